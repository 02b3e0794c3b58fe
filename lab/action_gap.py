"""How much the objective asks for the actions: a checkpoint's denoising error on validation windows with the true target actions
against the same windows with actions shuffled across windows (same noise, same σ), per σ. A model that ignores its actions: ratio 1.

python lab/action_gap.py CHECKPOINT... [--windows 256]"""
import argparse, torch
from arvideo.checkpoint import load_checkpoint
from arvideo.data import load_dataset, default_data_dir
from arvideo.evaluate import checkpoint_split, checkpoint_doom
from arvideo.windows import WindowDataset, split_episodes
from arvideo.train import collate, split_window

SIGMAS = (0.05, 0.2, 0.5, 1.0, 2.0, 5.0)

@torch.no_grad()
def action_gap(path, n=256, seed=0) -> dict:
    m = load_checkpoint(path).eval(); C, P = m.cfg.n_ctx, m.cfg.n_tgt
    ds = load_dataset(default_data_dir(checkpoint_doom(path)))
    va = split_episodes(ds.episodes, **checkpoint_split(m.facts))[1]
    if m.cfg.precond != 'edm': raise ValueError('EDM checkpoints only')
    w = WindowDataset(va, C, P, stride=P, verbose=False)
    g = torch.Generator().manual_seed(seed)
    idx = torch.randperm(len(w), generator=g)[:n].tolist()
    ctx, tgt, acts, _, _ = split_window(m, collate(w, idx), 0, 'cpu')
    perm = torch.randperm(len(idx), generator=g)
    out = {}
    for s in SIGMAS:
        noise = torch.randn(tgt.shape, generator=g)
        t = torch.full((len(idx),), s)
        err = lambda a: sum(((m(tgt[i:i + 32] + s * noise[i:i + 32], ctx[i:i + 32], a[i:i + 32], t[i:i + 32]) - tgt[i:i + 32]) ** 2).sum().item()
                            for i in range(0, len(idx), 32)) / tgt.numel()
        true, shuf = err(acts), err(acts[perm])
        out[s] = (true, shuf)
        print(f'{path}  σ {s:<5} mse true {true:.5f}  shuffled {shuf:.5f}  ratio {shuf / true:.3f}', flush=True)
    return out

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__); p.add_argument('checkpoints', nargs='+'); p.add_argument('--windows', type=int, default=256)
    a = p.parse_args()
    for c in a.checkpoints: action_gap(c, a.windows)
