"""Fine-tune the base model to continue a video: [9 context frames + actions] -> next 9 frames.

python finetune_autoregressive.py                  # starts from checkpoints/base_best.safetensors, widened to 9 context frames
python finetune_autoregressive.py --resume         # continue from checkpoints/autoregressive_last.pt (also after Ctrl-C)
python finetune_autoregressive.py --use_curriculum false --name ar_nocurriculum
python finetune_autoregressive.py --data DIR --init PATH
Writes checkpoints/autoregressive_best.safetensors, chosen by the join metric (see the README).
"""
import sys
from arvideo.curriculum import finetune_autoregressive
from arvideo.train import run_cli, script_args

CONTEXT_FRAMES = 9      # Input length
TARGET_FRAMES = 9       # Prediction length
BATCH_SIZE = 4          # Reduce if OOM
NUM_EPOCHS = 15         # More = better quality
USE_CURRICULUM = True   # Recommended
SAMPLES_PER_EPOCH = 1600  # Windows drawn per epoch (0 = all ~30k)
LR = 3e-4
P_SELF_GEN = 0.5        # Final share of samples trained on the model's own context
PRESET = 'small'        # Used only when training from scratch
SEED = 0
NAME = 'autoregressive' # Checkpoint name: checkpoints/{NAME}_best.safetensors
DATA_DIR = ''           # '' = the default ViZDoom data in data/
DEVICE = 'auto'         # auto | cpu | cuda | mps

if __name__ == '__main__':
    a = script_args({k: v for k, v in globals().items() if k.isupper()}, __doc__, extra=[
        ('--resume', dict(action='store_true', help='continue from checkpoints/{NAME}_last.pt')),
        ('--init', dict(default='checkpoints/base_best.safetensors', help='checkpoint to start from'))])
    run_cli(finetune_autoregressive, data_dir=a.data_dir or None, context_frames=a.context_frames, target_frames=a.target_frames,
            batch_size=a.batch_size, num_epochs=a.num_epochs, use_curriculum=a.use_curriculum,
            samples_per_epoch=a.samples_per_epoch or None, lr=a.lr, p_self_gen=a.p_self_gen, init=a.init, preset=a.preset,
            seed=a.seed, device=a.device, resume=a.resume, name=a.name, command='python ' + ' '.join(sys.argv))
