"""The shipped model's 243-frame rollouts of two test episodes under their true actions, truth above model, and where each
shows the room (`room_in_view`). Replays the same 8 test episodes as `arvideo-eval --episodes 8 --frames 243` (same batch, seed).

python lab/ship_strip.py [--checkpoint FILE] [--out nbs/images/test_243_truth_model.png] [--every 3] [--per_row 27]"""
import argparse
import numpy as np
from PIL import Image
from arvideo.checkpoint import load_checkpoint
from arvideo.data import room_in_view
from arvideo.evaluate import held_out_episodes, checkpoint_split, checkpoint_doom, replay

def pair_rows(truth, gen, every=3, per_row=27, gap=2):
    "uint8 image: `every`-th frames in rows of `per_row`, each truth row above the model's row, a white line between pairs."
    t, g = truth[::every], gen[::every]; h, w = t.shape[1:3]
    def row(f):
        r = np.full((h, per_row * (w + gap), 3), 255, np.uint8)
        for j, x in enumerate(f): r[:, j * (w + gap):j * (w + gap) + w] = x
        return r
    out = []
    for i in range(0, len(t), per_row):
        out += [row(t[i:i + per_row]), np.full((gap, per_row * (w + gap), 3), 255, np.uint8), row(g[i:i + per_row]),
                np.full((3 * gap, per_row * (w + gap), 3), 255, np.uint8)]
    return np.concatenate(out)

def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument('--checkpoint', default='checkpoints/autoregressive_best.safetensors')
    p.add_argument('--out', default='nbs/images/test_243_truth_model.png'); p.add_argument('--every', type=int, default=3)
    p.add_argument('--per_row', type=int, default=27); p.add_argument('--show', type=int, default=2)
    a = p.parse_args(argv)
    m = load_checkpoint(a.checkpoint).eval()
    eps = held_out_episodes(8, 9 + 243, split=checkpoint_split(m.facts), cfg=checkpoint_doom(a.checkpoint), progress=False)
    gen = replay(m, eps, 243, start=9)
    truth = np.stack([e.frames[9:252] for e in eps])
    facts = {}
    for e, g, t in zip(eps, gen, truth):
        rt, rg = room_in_view(t), room_in_view(g)
        facts[e.name] = dict(truth_room=float(rt.mean()), model_room=float(rg.mean()), agree=float((rt == rg).mean()),
                             truth_room_by_27=[float(x) for x in rt.reshape(-1, 27).mean(1)], model_room_by_27=[float(x) for x in rg.reshape(-1, 27).mean(1)])
        print(e.name, {k: (round(v, 2) if isinstance(v, float) else [round(x, 2) for x in v]) for k, v in facts[e.name].items()})
    print('all 8: room in view truth %.2f model %.2f, agree %.2f' % (np.mean([f['truth_room'] for f in facts.values()]),
          np.mean([f['model_room'] for f in facts.values()]), np.mean([f['agree'] for f in facts.values()])))
    img = np.concatenate([pair_rows(truth[i], gen[i], a.every, a.per_row) for i in range(a.show)])
    Image.fromarray(img).save(a.out)
    print('wrote', a.out, img.shape, 'episodes', [e.name for e in eps[:a.show]])
    return facts

if __name__ == '__main__': main()
