"""Generate a long video by chaining 9-frame chunks.

python inference_autoregressive.py --num_output_frames 81 --action_mode forward
python inference_autoregressive.py --num_output_frames 243
python inference_autoregressive.py --action_mode replay --num_output_frames 81      # compare with a held-out episode
python inference_autoregressive.py --start my.png --action_mode file --actions acts.json
Writes OUTPUT.mp4, OUTPUT_strip.png (joins marked red) and OUTPUT.json (metrics and actions).
"""
from arvideo.rollout import run_inference
from arvideo.train import run_cli, script_args

CHECKPOINT = 'checkpoints/autoregressive_best.safetensors'
NUM_OUTPUT_FRAMES = 81  # 81 = 9 chunks of 9
ACTION_MODE = 'forward' # forward | left | right | random | replay | file
STEPS = 0               # DDIM steps per chunk (0 = the checkpoint's default)
CONTEXT_NOISE = 0       # noise level (timesteps) put on the context
SEED = 0
BATCH = 1               # rollouts generated together
DEVICE = 'cpu'          # cpu | cuda | mps
OUTPUT = 'outputs/rollout'
START = ''              # image or episode .npz ('' = first frames of a held-out default episode)
ACTIONS = ''            # .npy/.json for --action_mode file; an episode .npz start gives replay actions

if __name__ == '__main__':
    a = script_args({k: v for k, v in globals().items() if k.isupper()}, __doc__)
    run_cli(run_inference, a.checkpoint, a.num_output_frames, a.action_mode, a.start or None, a.actions or None,
            a.steps or None, a.context_noise, a.seed, a.batch, a.device, a.output)
