#!/usr/bin/env bash
# Train arvideo's recipe on one GPU within a time budget, on a machine with PyTorch and no internet.
#
#   scripts/train_gpu.sh OUT_DIR MINUTES [--device cpu] [--episodes N] [--eval_episodes N] [--frames N] [--base FILE]
#
# 1. installs what is missing (diffusers, vizdoom, ...) from the wheel folder $WHEELS (default .whl; fetch it
#    beforehand, on a machine with internet, with scripts/fetch_wheels.sh);
# 2. records the default ViZDoom data (N episodes, default 400) with all cores into OUT_DIR/data;
# 3. trains the base model (python finetune_base_model.py: the recipe) for 45 % of what is left of MINUTES, then the
#    autoregressive model from it (python finetune_autoregressive.py: the recipe) for what is left less a minute
#    (two with an evaluation), each stopping cleanly at its share (--max_minutes) or at the end of its recipe;
#    with --base FILE (a base checkpoint trained before, e.g. on the CPU) the base is not trained: FILE is used;
# 4. evaluates on the test episodes (arvideo-eval) into OUT_DIR/eval.json and OUT_DIR/eval.md (--eval_episodes 0: no
#    evaluation).
# OUT_DIR ends up holding checkpoints/{base,autoregressive}_best.safetensors (16-bit, ~5 MB each), eval.json,
# eval.md, log.txt, the training logs and sample grids (outputs/), and each run's final EMA weights beside its best
# ({base,autoregressive}_final.safetensors, 16-bit). Run it again with the same OUT_DIR to continue:
# data already recorded is kept and both trainings resume from OUT_DIR/checkpoints/*_last.pt.
# Extra flags for the trainings go in $BASE_ARGS and $AR_ARGS (e.g. AR_ARGS="--batch_size 64 --lr 5e-4"); without
# them the runs are the recipe. $AR_ARMS adds autoregressive runs from the same base side by side with the recipe's
# (their control): arms separated by ";", each NAME:FLAGS, e.g. AR_ARMS="clean:--ctx_noise_max 0;short:--context_frames 3"
# writes OUT_DIR/checkpoints/autoregressive_{clean,short}_{best,final}.safetensors (their output in OUT_DIR/ar_NAME.txt).
set -euo pipefail
if [ $# -lt 2 ]; then sed -n '2,/^# Extra flags/p' "$0" | sed 's/^# \{0,1\}//'; exit 2; fi
OUT=$1; MINUTES=$2; shift 2
DEVICE=auto; EPISODES=400; EVAL_EPISODES=8; FRAMES=243; BASE=
while [ $# -gt 0 ]; do
  case $1 in
    --device) DEVICE=$2; shift 2;;
    --episodes) EPISODES=$2; shift 2;;
    --eval_episodes) EVAL_EPISODES=$2; shift 2;;
    --frames) FRAMES=$2; shift 2;;
    --base) [ -f "$2" ] || { echo "error: --base $2: no such file" >&2; exit 2; }; BASE=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2;;
    *) echo "error: unknown flag $1" >&2; exit 2;;
  esac
done
ARMS=()
if [ -n "${AR_ARMS:-}" ]; then
  IFS=';' read -ra ARMS <<< "$AR_ARMS"
  for arm in "${ARMS[@]}"; do
    [[ "$arm" =~ ^[A-Za-z0-9_]+: ]] || { echo "error: AR_ARMS: '$arm' is not NAME:FLAGS (NAME of letters, digits, _)" >&2; exit 2; }
  done
fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
exec > >(tee -a "$OUT/log.txt") 2>&1
cd "$ROOT"
PY=${PYTHON:-python3}
t_start=$(date +%s)
say() { echo "[$(date +%H:%M:%S) +$(( $(date +%s) - t_start ))s] $*"; }
say "arvideo one-GPU recipe: OUT_DIR=$OUT MINUTES=$MINUTES device=$DEVICE episodes=$EPISODES"

# 1. Dependencies: what is not importable comes from the wheel folder (no index, no internet).
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"
if ! $PY -c "import diffusers, vizdoom, accelerate, safetensors, tqdm, PIL" 2>/dev/null; then
  WHEELS=${WHEELS:-$ROOT/.whl}
  ls "$WHEELS"/*.whl >/dev/null 2>&1 || { echo "error: missing packages and no wheels in $WHEELS: run scripts/fetch_wheels.sh where there is internet" >&2; exit 1; }
  say "installing $(ls "$WHEELS"/*.whl | wc -l) wheels from $WHEELS into $OUT/site"
  $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target "$OUT/site" "$WHEELS"/*.whl
  export PYTHONPATH="$OUT/site:$PYTHONPATH"
  $PY -c "import diffusers, vizdoom, accelerate" || { echo "error: still missing a package after installing the wheels" >&2; exit 1; }
fi
$PY -c "import torch, arvideo; print('torch', torch.__version__, '| CUDA', torch.cuda.is_available(), '|', torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'no GPU', '| arvideo', arvideo.__version__)"

# 2. Data: the default recording, every core.
export ARVIDEO_DATA="$OUT/data" ARVIDEO_CACHE="$OUT/cache"
say "recording $EPISODES ViZDoom episodes with $(nproc) processes"
$PY -c "
from arvideo.data import DoomConfig, record_doom
import os
print(record_doom('$OUT/data', DoomConfig(n_episodes=$EPISODES, workers=os.cpu_count()), progress=False))"

# 3. Training: the recipe, each run within its share of the budget.
resume() { [ -f "$OUT/checkpoints/$1_last.pt" ] && echo --resume || true; }
left() { $PY -c "print(round(max(0.05, $MINUTES - ($(date +%s) - $t_start) / 60 - $1), 3))"; }
common="--data_dir $OUT/data --device $DEVICE --ckpt_dir $OUT/checkpoints --out_dir $OUT/outputs"
reserve=$([ "$EVAL_EPISODES" -gt 0 ] && echo 2 || echo 1)
if [ -n "$BASE" ]; then
  mkdir -p "$OUT/checkpoints"; cp "$BASE" "$OUT/checkpoints/base_best.safetensors"
  say "base model: $BASE (not trained here)"
else
  base_min=$($PY -c "print(round(max(0.05, ($MINUTES - ($(date +%s) - $t_start) / 60 - $reserve) * 0.45), 3))")
  say "base model: the recipe, at most $base_min minutes"
  $PY finetune_base_model.py $common --max_minutes "$base_min" $(resume base) ${BASE_ARGS:-}
fi
ar_min=$(left "$reserve")
base="$OUT/checkpoints/base_best.safetensors"
arm_pids=()
for arm in "${ARMS[@]}"; do
  short=${arm%%:*}; name=autoregressive_$short
  say "arm $name: ${AR_ARGS:-} ${arm#*:} (output: $OUT/ar_$short.txt)"
  $PY finetune_autoregressive.py $common --max_minutes "$ar_min" --init "$base" --name "$name" $(resume "$name") ${AR_ARGS:-} ${arm#*:} \
    > "$OUT/ar_$short.txt" 2>&1 &
  arm_pids+=($!)
done
say "autoregressive model: the recipe from $base, at most $ar_min minutes"
$PY finetune_autoregressive.py $common --max_minutes "$ar_min" --init "$base" $(resume autoregressive) ${AR_ARGS:-}
for i in "${!ARMS[@]}"; do
  arm=${ARMS[$i]%%:*}
  wait "${arm_pids[$i]}" || { echo "error: arm $arm failed:" >&2; tail -20 "$OUT/ar_$arm.txt" >&2; exit 1; }
  grep -v 'it/s]\|s/it]' "$OUT/ar_$arm.txt" | tail -3
done
say "final EMA weights of each run beside its best"
$PY -c "
import sys
from arvideo.train import last_ema
from arvideo.checkpoint import save_checkpoint, read_checkpoint
import os
for name in ['base', 'autoregressive'] + ['autoregressive_' + a for a in sys.argv[2:]]:
    last, best = f'{sys.argv[1]}/{name}_last.pt', f'{sys.argv[1]}/{name}_best.safetensors'
    if not os.path.exists(last): continue  # a base given with --base
    m, state = last_ema(last)
    _, sampler, facts = read_checkpoint(best)
    save_checkpoint(m, f'{sys.argv[1]}/{name}_final.safetensors', sampler=sampler,
                    **dict(facts, step=state['step'], epoch=state['epoch'], note=f'final EMA weights of {last}'))
    print(name, 'final step', state['step'])
" "$OUT/checkpoints" "${ARMS[@]%%:*}"

# 4. Evaluation on the test episodes.
if [ "$EVAL_EPISODES" -gt 0 ]; then
say "evaluating on $EVAL_EPISODES test episodes, $FRAMES frames"
$PY -c "import sys; from arvideo.cli import run_eval; run_eval(sys.argv[1:])" --checkpoint "$OUT/checkpoints/autoregressive_best.safetensors" \
  --base "$OUT/checkpoints/base_best.safetensors" --data_dir "$OUT/data" --episodes "$EVAL_EPISODES" --frames "$FRAMES" \
  --device "$DEVICE" --json "$OUT/eval.json" --png "$OUT/eval.png" | tee "$OUT/eval.md"
fi
ls -l "$OUT/checkpoints"/*.safetensors
say "done in $(( ($(date +%s) - t_start) / 60 )) min $(( ($(date +%s) - t_start) % 60 )) s: $OUT"
