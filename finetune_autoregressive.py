"""Fine-tune the base model to continue a video: [9 context frames + actions] -> next 9 frames.

python finetune_autoregressive.py                  # starts from checkpoints/base_best.safetensors, widened to 9 context frames
python finetune_autoregressive.py --resume         # continue from checkpoints/autoregressive_last.pt (also after Ctrl-C)
python finetune_autoregressive.py --use_curriculum false --name ar_nocurriculum
python finetune_autoregressive.py --data_dir DIR --init PATH --name mine
python finetune_autoregressive.py --init none      # from scratch
python finetune_autoregressive.py --max_minutes 30 # stop cleanly after 30 minutes; --resume continues
python finetune_autoregressive.py --init T --distill_from T --teacher_steps 16 --name fast  # T's 16-step samples in its own sample_steps
Writes checkpoints/autoregressive_best.safetensors, chosen by the video_score of a 9-chunk (81-frame)
rollout on validation episodes (PSNR less penalties for blur or noise, missing motion and visible joins; see the README).
"""
import sys
from pathlib import Path
from arvideo.cli import run_cli, script_args, TRAIN_FLAGS, train_flags
from arvideo.finetune import finetune_autoregressive

CONTEXT_FRAMES = 9      # Input length
TARGET_FRAMES = 9       # Prediction length
BATCH_SIZE = 4          # Reduce if OOM
NUM_EPOCHS = 15         # More = better quality
USE_CURRICULUM = True   # Recommended
SAMPLES_PER_EPOCH = 1600  # Windows drawn per epoch (0 = all ~30k)
LR = 3e-4               # Peak learning rate (after a linear warmup)
LR_DECAY = 0.0          # Share of the planned steps (NUM_EPOCHS x steps an epoch) at the end whose learning rate falls linearly to 0 (0 = constant)
P_SELF_GEN = 0.5        # Final share of samples trained on the model's own context
CTX_NOISE_MAX = 200     # Context noise levels drawn from [0, CTX_NOISE_MAX] timesteps (0 = clean context)
P_CLEAN_CTX = 0.0       # Share of samples whose context stays clean (level 0) while context noise is on
ACTION_PLANES = False   # Actions also as input planes beside the frames (a base model without them gets them at zero)
FRAME_HEAD = 0          # Width of a per-frame head that refines each frame from its own noisy input (0 = none)
FRAME_MIX = False       # The frame head also mixes its features across the chunk's frames (needs a frame head; starts at zero)
NOISE_CORR = None       # Correlation of consecutive target frames' noise, in training and sampling (default: the init checkpoint's; 0 = independent)
PRECOND = None          # 'edm' = EDM preconditioning (the shipped model: with FRAME_HEAD 32); default: the base model's ('ddim')
PRESET = 'small'        # Used only when training from scratch (--init none)
VAL_FRAC = None         # Share of episodes that choose the best checkpoint (default: the data's meta.json, else 0.05)
TEST_FRAC = None        # Share of episodes kept for arvideo-eval only, never trained on (default: meta.json, else 0.05)
SEED = 0                # Seeds the split, the initial weights and every step
NAME = 'autoregressive' # Checkpoint name: CKPT_DIR/{NAME}_best.safetensors
CKPT_DIR = 'checkpoints'  # Where the best and last checkpoints go
OUT_DIR = 'outputs'     # Where the sample grids and the CSV log go
INIT = 'checkpoints/base_best.safetensors'  # Checkpoint to start from; none = from scratch
DATA_DIR = ''           # '' = the default ViZDoom data in data/
DEVICE = 'auto'         # auto | cpu | cuda | mps
MAX_MINUTES = None      # Stop cleanly after this many minutes, writing best and last (default: no limit)
SELECTION_CHUNKS = 9    # Chunks of the validation rollout that picks the best checkpoint (fewer if its episodes are shorter)
SELECTION_STEPS = ''    # Sampling step counts each validation tries, e.g. '4,5': the best is the checkpoint's sample_steps ('' = the model's own)
DISTILL_FROM = ''        # A teacher checkpoint: train the model's own few-step samples to match its TEACHER_STEPS-step ones instead ('' = no)
TEACHER_STEPS = 16      # Sampling steps of the teacher (with DISTILL_FROM)
SIGMA_LOC = None        # EDM: mean of log σ of the training noise levels (default: DIAMOND's -0.4; -1.2, EDM's, trains the detail-drawing levels more)

if __name__ == '__main__':
    a = script_args({k: v for k, v in globals().items() if k.isupper()}, __doc__, source=Path(__file__).read_text(),
                    extra=TRAIN_FLAGS)
    run_cli(finetune_autoregressive, data_dir=a.data_dir or None, context_frames=a.context_frames, target_frames=a.target_frames,
            batch_size=a.batch_size, num_epochs=a.num_epochs, use_curriculum=a.use_curriculum,
            samples_per_epoch=a.samples_per_epoch or None, lr=a.lr, p_self_gen=a.p_self_gen, ctx_noise_max=a.ctx_noise_max, p_clean_ctx=a.p_clean_ctx, init=a.init, preset=a.preset,
            val_frac=a.val_frac, test_frac=a.test_frac, seed=a.seed, device=a.device, resume=a.resume, max_minutes=a.max_minutes, name=a.name, ckpt_dir=a.ckpt_dir, out_dir=a.out_dir,
            action_planes=a.action_planes, frame_head=a.frame_head, frame_mix=a.frame_mix, precond=a.precond, selection_chunks=a.selection_chunks, selection_steps=a.selection_steps, lr_decay=a.lr_decay, noise_corr=a.noise_corr,
            distill_from=a.distill_from or None, teacher_steps=a.teacher_steps, sigma_loc=a.sigma_loc, command='python ' + ' '.join(sys.argv), **train_flags(a))
