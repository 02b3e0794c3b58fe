"""Generate a long video by chaining 9-frame chunks.

python inference_autoregressive.py --num_output_frames 81 --action_mode forward
python inference_autoregressive.py --num_output_frames 243
python inference_autoregressive.py --action_mode replay --num_output_frames 81      # compare with a held-out episode
python inference_autoregressive.py --start my.png --action_mode file --actions acts.csv --output clips/mine.mp4
Writes OUTPUT (an .mp4), OUTPUT's name + _strip.png (joins marked red) and + .json (metrics and actions).
"""
from pathlib import Path
from arvideo.cli import run_cli, run_inference, script_args

CHECKPOINT = 'checkpoints/autoregressive_best.safetensors'  # The model to roll out
NUM_OUTPUT_FRAMES = 81  # 81 = 9 chunks of 9
ACTION_MODE = 'auto'    # auto (forward if the model has it, else random) | forward | left | right | random | replay | file
STEPS = None            # Sampling steps per chunk (default: the checkpoint's sampler; 6 for the shipped one)
NOISE_CORR = None       # Correlation of consecutive frames' starting noise, carried across joins (default: the checkpoint's; 0.25 for the shipped one)
SIGMA_JUMP = None       # The noise level the first sampling step lands at, the rest drawing detail below it (default: the checkpoint's; 1.4 for the shipped one; 0 = none)
SEED = 0                # Seeds the sampling noise and random actions
BATCH_SIZE = 1          # Rollouts generated together
DEVICE = 'auto'         # auto | cpu | cuda | mps
OUTPUT = 'outputs/rollout.mp4'  # The video; the strip and the JSON go beside it
START = ''              # Image or episode .npz ('' = first frames of a held-out episode of the checkpoint's data, or of DATA_DIR's)
ACTIONS = ''            # Actions for --action_mode file (which needs --start): .csv (a header, one row per frame), .npy or .json; row k leads into generated frame k
DATA_DIR = ''           # The dataset the start episode comes from when START is not given ('' = the checkpoint's)

if __name__ == '__main__':
    a = script_args({k: v for k, v in globals().items() if k.isupper()}, __doc__, source=Path(__file__).read_text())
    run_cli(run_inference, a.checkpoint, a.num_output_frames, a.action_mode, a.start or None, a.actions or None,
            a.steps, a.noise_corr, a.sigma_jump, a.seed, a.batch_size, a.device, a.output, data_dir=a.data_dir or None)
