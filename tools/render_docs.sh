#!/usr/bin/env bash
# Render the docs without Quarto: nbdev-proc-nbs processes nbs/ into _proc/ (executing the cells the docs need),
# then nbconvert's HTML exporter writes every processed page to _site/. Fails on a page that does not process or
# render, and on an image a page shows that is not there. (Where Quarto installs, `nbdev-docs` builds the real site
# into _docs/; here nbdev-proc-nbs says it cannot install Quarto and goes on.)
set -euo pipefail
cd "$(dirname "$0")/.."
export MPLBACKEND=Agg
rm -rf _proc _site
nbdev-proc-nbs 2>&1 | grep -v -i 'quarto\|sudo' || true
[ -f _proc/index.ipynb ] || { echo "error: nbdev-proc-nbs wrote no _proc/index.ipynb" >&2; exit 1; }
python - <<'PY'
import json, re, shutil, sys
from pathlib import Path
import nbformat
from nbconvert import HTMLExporter
site, keys = Path('_site'), {'cell_type', 'id', 'metadata', 'source', 'outputs', 'execution_count', 'attachments'}
site.mkdir()
shutil.copytree('nbs/images', site/'images')
pages, problems = sorted(Path('_proc').glob('*.ipynb')), []
for p in pages:
    d = json.loads(p.read_text())
    for c in d['cells']:  # nbdev's processing marks (has_sd, ...) are not nbformat's
        for k in set(c) - keys: del c[k]
        c.get('metadata', {}).pop('execution', None)  # execnb's timings, not nbformat's types
        if c['cell_type'] != 'code': c.pop('outputs', None); c.pop('execution_count', None)
    try:
        nb = nbformat.reads(json.dumps(d), as_version=4); nbformat.validate(nb)
        html, _ = HTMLExporter().from_notebook_node(nb)
    except Exception as e: problems.append(f'{p.name}: {type(e).__name__}: {str(e)[:300]}'); continue
    (site/f'{p.stem}.html').write_text(html)
    for c in nb.cells:
        if c.cell_type == 'markdown':
            for img in re.findall(r'!\[[^\]]*\]\(([^)\s]+)\)', c.source):
                if not img.startswith(('http', 'data:')) and not (Path('nbs')/img).exists(): problems.append(f'{p.name}: image {img} missing')
if problems: sys.exit('error: pages that did not render:\n' + '\n'.join(problems))
print(f'rendered {len(pages)} pages into _site/ (open _site/index.html)')
PY
