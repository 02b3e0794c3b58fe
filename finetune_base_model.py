"""Train the base model: [image + actions] -> 9 frames. Writes checkpoints/base_best.safetensors.

python finetune_base_model.py                   # the shipped recipe; records the default ViZDoom data on first use; about 90 min on one CPU thread
python finetune_base_model.py --resume          # continue from checkpoints/base_last.pt (also after Ctrl-C or SIGTERM)
python finetune_base_model.py --data_dir DIR --image_size 32 --name mine
python finetune_base_model.py --max_minutes 10    # stop cleanly after 10 minutes; --resume continues
"""
import sys
from pathlib import Path
from arvideo.cli import run_cli, script_args, TRAIN_FLAGS, train_flags
from arvideo.finetune import finetune_base

IMAGE_SIZE = 64         # Frames are IMAGE_SIZE x IMAGE_SIZE (must match the data)
TARGET_FRAMES = 9       # Frames generated from one image
BATCH_SIZE = 16         # Reduce if OOM
NUM_EPOCHS = 40         # More = better quality (40 x 4800 = 192k windows)
SAMPLES_PER_EPOCH = 4800  # Windows drawn per epoch (0 = all)
LR = 5e-4               # Peak learning rate (after a linear warmup)
LR_DECAY = 0.2          # Share of the planned steps at the end whose learning rate falls linearly to 0
PRESET = 'small'        # tiny | small | base: the model size
ACTION_PLANES = True    # Each frame's action also enters as input planes beside the frames, so the convolutions see it
STEPS = 4               # Sampling: DDIM steps per chunk (stored in the checkpoint)
VAL_FRAC = None         # Share of episodes that choose the best checkpoint (default: the data's meta.json, else 0.05)
TEST_FRAC = None        # Share of episodes kept for arvideo-eval only, never trained on (default: meta.json, else 0.05)
SEED = 0                # Seeds the split, the initial weights and every step
SELECTION_CHUNKS = 9    # Chunks of the validation rollout that picks the best checkpoint (fewer if the validation episodes are shorter)
NAME = 'base'           # Checkpoint name: CKPT_DIR/{NAME}_best.safetensors (own data without --name: named after its folder)
CKPT_DIR = 'checkpoints'  # Where the best and last checkpoints go
OUT_DIR = 'outputs'     # Where the sample grids and the CSV log go
DATA_DIR = ''           # '' = the default ViZDoom data in data/
DEVICE = 'auto'         # auto | cpu | cuda | mps
MAX_MINUTES = None      # Stop cleanly after this many minutes, writing best and last (default: no limit)

if __name__ == '__main__':
    source = Path(__file__).read_text()
    a = script_args({k: v for k, v in globals().items() if k.isupper()}, __doc__, source=source, extra=TRAIN_FLAGS)
    run_cli(finetune_base, data_dir=a.data_dir or None, image_size=a.image_size, target_frames=a.target_frames, batch_size=a.batch_size,
            num_epochs=a.num_epochs, samples_per_epoch=a.samples_per_epoch or None, lr=a.lr, lr_decay=a.lr_decay, preset=a.preset,
            action_planes=a.action_planes, steps=a.steps, val_frac=a.val_frac, test_frac=a.test_frac, seed=a.seed,
            selection_chunks=a.selection_chunks, name=a.name, ckpt_dir=a.ckpt_dir, out_dir=a.out_dir, device=a.device,
            resume=a.resume, max_minutes=a.max_minutes, command='python ' + ' '.join(sys.argv), **train_flags(a))
