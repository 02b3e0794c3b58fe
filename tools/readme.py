"""Write README.md from nbs/index.ipynb (nbdev-readme needs Quarto, which cannot be installed here).
Markdown cells are copied; code cells are shown as code unless flagged `#| hide`; links to the docs' own pages and
images are made relative to the repo root. `--check`: exit 1 if README.md is not what this would write."""
import json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
nb = json.loads((root/'nbs'/'index.ipynb').read_text())
out = []
for c in nb['cells']:
    src = ''.join(c['source'])
    if c['cell_type'] == 'markdown': out.append(src)
    elif not src.lstrip().startswith('#| hide'):
        out.append('```python\n' + '\n'.join(l for l in src.splitlines() if not l.startswith('#|')) + '\n```')
text = '\n\n'.join(out) + '\n'
text = text.replace('](images/', '](nbs/images/')
text = re.sub(r'\]\(([a-z0-9_]+)\.html\)', r'](nbs/\1.ipynb)', text)  # a docs page: its notebook
if '--check' in sys.argv:
    same = (root/'README.md').read_text() == text
    print('README.md is up to date' if same else 'README.md differs from nbs/index.ipynb: run python tools/readme.py')
    sys.exit(0 if same else 1)
(root/'README.md').write_text(text)
print('wrote', root/'README.md')
