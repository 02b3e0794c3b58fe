"""One study round's table: each arm replayed on validation episodes by `arvideo.evaluate.evaluate(part='val')`, true and random actions.

python lab/eval_round.py OUT.json NAME=CHECKPOINT[@guidance] ... [--base FILE] [--reference AR_FILE] [--episodes 8] [--frames 81]
Writes {arm: figures} (curves dropped) and prints one table: ΔPSNR, coarse PSNR, PSNR, realism. Choices are made on it; test episodes are never used."""
import argparse, json, sys
from pathlib import Path
from arvideo.checkpoint import read_checkpoint_meta
from arvideo.evaluate import evaluate

KEYS = ['delta_psnr_1-9', 'delta_psnr_37-45', 'delta_psnr_73-81', 'coarse_psnr_37-45', 'coarse_psnr_73-81', 'psnr_1-9', 'psnr_37-45', 'psnr_73-81',
        'psd_error_73-81', 'sharpness_x', 'motion_ratio', 'join_ratio_81', 'score']

def figures(m) -> dict:
    r = {k: v for k, v in m.items() if not isinstance(v, list)}
    r['sharpness_x'] = m['sharpness'] / m['truth_sharpness']
    return r

def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument('out'); p.add_argument('arms', nargs='+')
    p.add_argument('--base', default='checkpoints/base_best.safetensors'); p.add_argument('--episodes', type=int, default=8)
    p.add_argument('--reference', default=None, help='an autoregressive checkpoint to evaluate 1-frame-context arms beside')
    p.add_argument('--frames', type=int, default=81); p.add_argument('--seed', type=int, default=0)
    a = p.parse_args(argv)
    rows, chain = {}, None
    for arm in a.arms:
        name, spec = arm.split('=', 1)
        path, _, w = spec.partition('@')
        one = read_checkpoint_meta(path)[0].n_ctx == 1  # a 1-frame context: rolled out as the baseline chain is, with its own sampler
        res = evaluate(a.reference if one else path, path if one else a.base, episodes=a.episodes, n_frames=a.frames,
                       sampler=dict(guidance=float(w)) if w else None, seed=a.seed, progress=False, part='val')
        ms = res['methods']
        rows[name] = dict(figures(ms['base, last-frame chaining'] if one else next(v for k, v in ms.items() if k.startswith('autoregressive'))),
                          checkpoint=path, guidance=float(w or 1), episodes=res['episodes'])
        if one: continue
        chain = chain or dict(figures(ms['base, last-frame chaining']), checkpoint=a.base, episodes=res['episodes'])
        rows.setdefault('copy-last-frame', figures(ms['copy-last-frame']))
        print(name, {k: round(rows[name][k], 2) for k in KEYS if k in rows[name]}, file=sys.stderr, flush=True)
    rows['base, last-frame chaining'] = chain
    Path(a.out).write_text(json.dumps(rows, indent=1))
    print('| arm | ' + ' | '.join(KEYS) + ' |\n|---|' + '---:|' * len(KEYS))
    for k, r in rows.items(): print(f'| {k} | ' + ' | '.join(f'{r[x]:.2f}' if x in r else '-' for x in KEYS) + ' |')

if __name__ == '__main__': main()
