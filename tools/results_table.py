"""Print the README's results table and issue 34's goals, met or missed, from an `arvideo-eval --json` file.

python tools/results_table.py results/eval.json
"""
import json, sys

res = json.load(open(sys.argv[1] if len(sys.argv) > 1 else 'results/eval.json'))
ms = res['methods']
ar = next(k for k in ms if k.startswith('autoregressive'))
base, copy = 'base, last-frame chaining', 'copy-last-frame'
t = ms[ar]
truth = dict(sharpness=t['truth_sharpness'], flicker=t['truth_flicker'], join_ratio_81=t['truth_join_ratio_81'])
# (header, key, format, best: max | min | truth)
cols = [('PSNR 1-9', 'psnr_1-9', '.2f', 'max'), ('PSNR 73-81', 'psnr_73-81', '.2f', 'max'), ('PSNR 235-243', 'psnr_235-243', '.2f', 'max'),
        ('ΔPSNR 37-45', 'delta_psnr_37-45', '.2f', 'max'), ('ΔPSNR 73-81', 'delta_psnr_73-81', '.2f', 'max'),
        ('coarse 73-81', 'coarse_psnr_73-81', '.2f', 'max'), ('coarse 235-243', 'coarse_psnr_235-243', '.2f', 'max'),
        ('PSD 1-9', 'psd_error_1-9', '.2f', 'min'), ('PSD 73-81', 'psd_error_73-81', '.2f', 'min'), ('PSD 235-243', 'psd_error_235-243', '.2f', 'min'),
        ('sharpness', 'sharpness', '.4f', 'truth'), ('motion', 'flicker', '.2f', 'truth'), ('join ratio', 'join_ratio_81', '.2f', 'truth')]
names = {ar: 'autoregressive model (shipped)', base: base, copy: copy}
ok = lambda v: v is not None and v == v
def best(key, how):
    vals = {m: ms[m].get(key) for m in names if ok(ms[m].get(key))}
    if how == 'max': return max(vals, key=vals.get)
    if how == 'min': return min(vals, key=vals.get)
    return min(vals, key=lambda m: abs(vals[m] - truth[key]))
print('| method | ' + ' | '.join(c[0] for c in cols) + ' |\n|---|' + '---:|' * len(cols))
for m, label in names.items():
    cells = []
    for _, k, f, how in cols:
        v = ms[m].get(k)
        cells.append('-' if not ok(v) else (f'**{v:{f}}**' if best(k, how) == m else f'{v:{f}}'))
    print(f'| {label} | ' + ' | '.join(cells) + ' |')
print(f"| ground truth | - | - | - | - | - | - | - | 0 | 0 | 0 | {truth['sharpness']:.4f} | {truth['flicker']:.2f} | {truth['join_ratio_81']:.2f} |")

print('\nissue 34, done when:')
def goal(text, good): print(f"  {'met   ' if good else 'MISSED'} {text}")
for h in ('37-45', '73-81'):
    a, b = t[f'delta_psnr_{h}'], ms[base][f'delta_psnr_{h}']
    goal(f'ΔPSNR {h} >= 1.5 and above chaining: {a:.2f} (chaining {b:.2f})', a >= 1.5 and a > b)
for h in ('73-81', '235-243'):
    a, b, c = t[f'coarse_psnr_{h}'], ms[base][f'coarse_psnr_{h}'], ms[copy][f'coarse_psnr_{h}']
    goal(f'coarse PSNR {h} above copy-last and chaining: {a:.2f} (copy {c:.2f}, chaining {b:.2f})', a > b and a > c)
for h in ('1-9', '73-81', '235-243'):
    goal(f'PSD {h} <= 0.2: {t[f"psd_error_{h}"]:.3f}', t[f'psd_error_{h}'] <= 0.2)
for k in ('sharpness', 'flicker'):
    r = t[k] / t[f'truth_{k}']
    goal(f'{k} 0.75-1.25x the truth: {r:.2f}x', 0.75 <= r <= 1.25)
for n in ('81', '243'):
    r = t[f'join_ratio_{n}'] / t[f'truth_join_ratio_{n}']
    goal(f'join ratio at {n} <= 1.1x the truth: {t[f"join_ratio_{n}"]:.2f} vs {t[f"truth_join_ratio_{n}"]:.2f} ({r:.2f}x)', r <= 1.1)
