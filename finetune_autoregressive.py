"""Fine-tune the base model to continue a video: [CONTEXT_FRAMES context frames + actions] -> next TARGET_FRAMES frames (3 -> 9 by default).

python finetune_autoregressive.py                  # the shipped recipe, from checkpoints/base_best.safetensors widened to 3 context frames
python finetune_autoregressive.py --resume         # continue from checkpoints/autoregressive_last.pt (also after Ctrl-C or SIGTERM)
python finetune_autoregressive.py --use_curriculum false --name ar_nocurriculum
python finetune_autoregressive.py --data_dir DIR --init PATH --name mine
python finetune_autoregressive.py --max_minutes 30 # stop cleanly after 30 minutes; --resume continues
Writes checkpoints/autoregressive_best.safetensors, chosen by the video_score of a 9-chunk (81-frame) rollout on
validation episodes (PSNR less penalties for blur or noise, missing motion and visible joins).
"""
import sys
from pathlib import Path
from arvideo.cli import run_cli, script_args, TRAIN_FLAGS, train_flags
from arvideo.finetune import finetune_autoregressive

CONTEXT_FRAMES = 3      # Input length
TARGET_FRAMES = 9       # Prediction length
BATCH_SIZE = 4          # Reduce if OOM
NUM_EPOCHS = 45         # More = better quality
USE_CURRICULUM = True   # Recommended: clean context first, context noise from 75% of the run (false: context noise throughout)
SAMPLES_PER_EPOCH = 1600  # Windows drawn per epoch (0 = all)
LR = 3e-4               # Peak learning rate (after a linear warmup)
LR_DECAY = 0.2          # Share of the planned steps at the end whose learning rate falls linearly to 0
CTX_NOISE_MAX = 300     # Context noise levels drawn from [0, CTX_NOISE_MAX] timesteps, the level given to the model (0 = clean context)
INIT = 'checkpoints/base_best.safetensors'  # The base checkpoint to start from; none = from scratch (with PRESET)
PRECOND = 'edm'         # 'edm': EDM preconditioning, Euler sampling; 'ddim': the base model's x0 prediction
ACTION_PLANES = True    # Each frame's action also enters as input planes beside the frames
FRAME_HEAD = 32         # Width of a per-frame head that refines each frame from its own noisy input (0 = none)
STEPS = 6               # Sampling: Euler steps per chunk (stored in the checkpoint; inference and eval can override)
NOISE_CORR = 0.25       # Sampling: correlation of consecutive frames' starting noise, carried across joins
SIGMA_JUMP = 1.4        # Sampling: the noise level the first Euler step lands at, the rest drawing detail below it (0 = none)
PRESET = 'small'        # tiny | small | base: the model size when training from scratch (--init none)
VAL_FRAC = None         # Share of episodes that choose the best checkpoint (default: INIT's split on the same data, else meta.json's, else 0.05)
TEST_FRAC = None        # Share of episodes kept for arvideo-eval only, never trained on (default: as VAL_FRAC)
SEED = 0                # Seeds the split, the initial weights and every step
SELECTION_CHUNKS = 9    # Chunks of the validation rollout that picks the best checkpoint (fewer if the validation episodes are shorter)
NAME = 'autoregressive' # Checkpoint name: CKPT_DIR/{NAME}_best.safetensors (own data without --name: named after its folder)
CKPT_DIR = 'checkpoints'  # Where the best and last checkpoints go
OUT_DIR = 'outputs'     # Where the sample grids and the CSV log go
DATA_DIR = ''           # '' = the default ViZDoom data in data/
DEVICE = 'auto'         # auto | cpu | cuda | mps
MAX_MINUTES = None      # Stop cleanly after this many minutes, writing best and last (default: no limit)

if __name__ == '__main__':
    source = Path(__file__).read_text()
    a = script_args({k: v for k, v in globals().items() if k.isupper()}, __doc__, source=source, extra=TRAIN_FLAGS)
    run_cli(finetune_autoregressive, data_dir=a.data_dir or None, context_frames=a.context_frames, target_frames=a.target_frames,
            batch_size=a.batch_size, num_epochs=a.num_epochs, use_curriculum=a.use_curriculum, samples_per_epoch=a.samples_per_epoch or None,
            lr=a.lr, lr_decay=a.lr_decay, ctx_noise_max=a.ctx_noise_max, init=a.init, precond=a.precond, action_planes=a.action_planes,
            frame_head=a.frame_head, steps=a.steps, noise_corr=a.noise_corr, sigma_jump=a.sigma_jump, preset=a.preset,
            val_frac=a.val_frac, test_frac=a.test_frac, seed=a.seed, selection_chunks=a.selection_chunks, name=a.name,
            ckpt_dir=a.ckpt_dir, out_dir=a.out_dir, device=a.device, resume=a.resume, max_minutes=a.max_minutes,
            command='python ' + ' '.join(sys.argv), **train_flags(a))
