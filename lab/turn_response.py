"""Does a model turn when told to, and by how much? Each checkpoint rolled out from validation starts under a held action
(left, right, forward) and under random ones; the figure is the mean horizontal shift of the picture from frame to frame,
in pixels (the column-brightness profile's best alignment, ±8 px), also chunk by chunk, beside the truth's shift after each action in the same
episodes. A model that obeys turns by the truth's amount; one that ignores its actions shifts alike under all three.

python lab/turn_response.py NAME=CHECKPOINT ... [--episodes 8] [--frames 27] [--json OUT]"""
import argparse, json
import numpy as np
from arvideo.checkpoint import load_checkpoint, read_checkpoint_meta
from arvideo.evaluate import replay, held_out_episodes, checkpoint_split, checkpoint_data_dir, checkpoint_doom, random_actions

def shift(f0, f1, max_shift=8) -> int:
    "Pixels the picture moved from `f0` to `f1` (uint8 (h, w, 3)): the roll of `f0`'s column profile that best matches `f1`'s."
    a, b = (f.astype(np.float32).mean((0, 2)) for f in (f0, f1))
    a, b = a - a.mean(), b - b.mean()
    m = max_shift
    return max(range(-m, m + 1), key=lambda d: float(np.dot(np.roll(a, d)[m:-m], b[m:-m])))

def mean_shift(video, absolute=False) -> float:
    "Mean frame-to-frame `shift` over a (episodes, frames, h, w, 3) video."
    s = [shift(v[i], v[i + 1]) for v in video for i in range(len(v) - 1)]
    return float(np.mean(np.abs(s) if absolute else s))

def truth_shift(episodes) -> dict:
    "The recorded frames' mean shift after each action id (frame i to i+1 after action i)."
    pairs = [(int(e.actions[i]), shift(e.frames[i], e.frames[i + 1])) for e in episodes for i in range(len(e.frames) - 1)]
    return {a: float(np.mean([s for b, s in pairs if b == a])) for a in sorted({a for a, _ in pairs})}

def turn_response(path, episodes, n_frames=27, start=9, seed=0) -> dict:
    m = load_checkpoint(path).eval()
    out = {}
    P = m.cfg.n_tgt
    for i, name in enumerate(m.cfg.action_names):
        v = replay(m, episodes, n_frames, start, seed=seed, actions=np.full((len(episodes), n_frames + P), i))
        out[name] = mean_shift(v)
        out[name + ' by chunk'] = [mean_shift(v[:, k:k + P]) for k in range(0, n_frames - 1, P)]
    out['random (absolute)'] = mean_shift(replay(m, episodes, n_frames, start, seed=seed,
                                                 actions=random_actions(m.cfg, len(episodes), n_frames + m.cfg.n_tgt, seed)), absolute=True)
    return out

def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument('arms', nargs='+'); p.add_argument('--episodes', type=int, default=8); p.add_argument('--frames', type=int, default=27)
    p.add_argument('--json', default=None)
    a = p.parse_args(argv)
    first = a.arms[0].split('=', 1)[1]
    cfg, facts = read_checkpoint_meta(first)
    eps = held_out_episodes(a.episodes, 9 + a.frames, checkpoint_data_dir(first, None), checkpoint_split(facts), 'val', cfg=checkpoint_doom(first), progress=False)
    names = cfg.action_names
    res = {'truth (after each action)': {names[k]: v for k, v in truth_shift(eps).items()}}
    print('truth', {k: round(v, 2) for k, v in res['truth (after each action)'].items()}, flush=True)
    for arm in a.arms:
        name, path = arm.split('=', 1)
        res[name] = turn_response(path, eps, a.frames)
        print(name, {k: [round(x, 2) for x in v] if isinstance(v, list) else round(v, 2) for k, v in res[name].items()}, flush=True)
    if a.json: open(a.json, 'w').write(json.dumps(res, indent=1))

if __name__ == '__main__': main()
