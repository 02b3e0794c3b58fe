#!/usr/bin/env bash
# Train arvideo on one GPU within a time budget, on a machine with PyTorch and no internet.
#
#   scripts/train_gpu.sh OUT_DIR MINUTES [--device cpu] [--episodes N] [--eval_episodes N] [--frames N] [--init_dir DIR]
#
# 1. installs what is missing (diffusers, vizdoom, ...) from the wheel folder $WHEELS (default .whl; fetch it
#    beforehand, on a machine with internet, with scripts/fetch_wheels.sh);
# 2. records the default ViZDoom data (N episodes, default 400) with all cores into OUT_DIR/data;
# 3. trains the base model, then the autoregressive model (the design study's round-4 recipe: clean context, action
#    planes, EDM, a 32-wide frame head), 40 % and 55 % of what is left of MINUTES after recording;
#    With --init_dir DIR (e.g. checkpoints, the shipped models) both instead continue from DIR/base_best.safetensors
#    and DIR/autoregressive_best.safetensors, side by side on the device, each for all that is left of MINUTES less a
#    minute, the autoregressive one with the shipped model's recipe (context noise up to t = 300);
# 4. evaluates on the test episodes (arvideo-eval) into OUT_DIR/eval.json and OUT_DIR/eval.md (--eval_episodes 0: no
#    evaluation).
# OUT_DIR ends up holding checkpoints/{base,autoregressive}_best.safetensors (16-bit, ~5 MB each), eval.json,
# eval.md, log.txt, the training logs and sample grids (outputs/), and each run's final EMA weights beside its best
# ({base,autoregressive}_final.safetensors, 16-bit). Run it again with the same OUT_DIR to continue:
# data already recorded is kept and both trainings resume from OUT_DIR/checkpoints/*_last.pt.
# Extra flags for the trainings go in $BASE_ARGS and $AR_ARGS (e.g. AR_ARGS="--batch_size 64 --lr 5e-4").
# With --init_dir, $AR_ARMS adds autoregressive runs side by side with the others, the same recipe and $AR_ARGS plus
# their own flags: arms separated by ";", each NAME:FLAGS, e.g. AR_ARMS="mix:--frame_mix true;indep:--noise_corr 0"
# writes OUT_DIR/checkpoints/autoregressive_{mix,indep}_{best,final}.safetensors (their output in OUT_DIR/ar_NAME.txt).
# With --init_dir, $DISTILL=NAME (an arm of $AR_ARMS, or 'autoregressive' for the control) then distils that run's best
# checkpoint into its own sampling steps (`finetune_autoregressive.py --distill_from`, flags $DISTILL_ARGS, default
# "--teacher_steps 16 --noise_corr 0.5"): OUT_DIR/checkpoints/autoregressive_distill_{best,final}.safetensors; the runs
# before it then get 60 % of the minutes, the distillation what is left less a minute.
set -euo pipefail
if [ $# -lt 2 ]; then sed -n '2,/^# Extra flags/p' "$0" | sed 's/^# \{0,1\}//'; exit 2; fi
OUT=$1; MINUTES=$2; shift 2
DEVICE=auto; EPISODES=400; EVAL_EPISODES=8; FRAMES=243; INIT_DIR=
while [ $# -gt 0 ]; do
  case $1 in
    --device) DEVICE=$2; shift 2;;
    --episodes) EPISODES=$2; shift 2;;
    --eval_episodes) EVAL_EPISODES=$2; shift 2;;
    --frames) FRAMES=$2; shift 2;;
    --init_dir) [ -d "$2" ] || { echo "error: --init_dir $2: no such folder" >&2; exit 2; }; INIT_DIR=$(cd "$2" && pwd); shift 2;;
    *) echo "error: unknown flag $1" >&2; exit 2;;
  esac
done
for f in ${INIT_DIR:+base autoregressive}; do
  [ -f "$INIT_DIR/${f}_best.safetensors" ] || { echo "error: --init_dir: no $INIT_DIR/${f}_best.safetensors" >&2; exit 2; }
done
ARMS=()
if [ -n "${AR_ARMS:-}" ]; then
  [ -n "$INIT_DIR" ] || { echo "error: AR_ARMS needs --init_dir (arms continue the models there)" >&2; exit 2; }
  IFS=';' read -ra ARMS <<< "$AR_ARMS"
  for arm in "${ARMS[@]}"; do
    [[ "$arm" =~ ^[A-Za-z0-9_]+: ]] || { echo "error: AR_ARMS: '$arm' is not NAME:FLAGS (NAME of letters, digits, _)" >&2; exit 2; }
  done
fi
TEACHER=
if [ -n "${DISTILL:-}" ]; then
  [ -n "$INIT_DIR" ] || { echo "error: DISTILL needs --init_dir (it distils a run that continues the models there)" >&2; exit 2; }
  if [ "$DISTILL" = autoregressive ]; then TEACHER=autoregressive
  else
    for arm in "${ARMS[@]}"; do [ "${arm%%:*}" = "$DISTILL" ] && TEACHER=autoregressive_$DISTILL; done
    [ -n "$TEACHER" ] || { echo "error: DISTILL=$DISTILL is neither 'autoregressive' nor an arm of AR_ARMS" >&2; exit 2; }
  fi
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

# 2. Data, recorded with every core.
export ARVIDEO_DATA="$OUT/data" ARVIDEO_CACHE="$OUT/cache"
say "recording $EPISODES ViZDoom episodes with $(nproc) processes"
$PY -c "
from arvideo.data import DoomConfig, record_doom
import os
print(record_doom('$OUT/data', DoomConfig(n_episodes=$EPISODES, workers=os.cpu_count()), progress=False))"

# 3. Training, each within its share of the budget; the epochs are many so that the budget ends each run.
used=$(( $(date +%s) - t_start ))
left=$($PY -c "print(max(0.05, $MINUTES - $used / 60))")
base_min=$($PY -c "print(round($left * 0.4, 3))"); ar_min=$($PY -c "print(round($left * 0.55, 3))")
resume() { [ -f "$OUT/checkpoints/$1_last.pt" ] && echo --resume || true; }
common="--data_dir $OUT/data --device $DEVICE --ckpt_dir $OUT/checkpoints --out_dir $OUT/outputs --num_epochs 100000"
ar_recipe="--use_curriculum false --p_self_gen 0 --action_planes true --frame_head 32 --precond edm"
if [ -z "$INIT_DIR" ]; then
  say "base model: $base_min minutes"
  $PY finetune_base_model.py $common --max_minutes "$base_min" $(resume base) ${BASE_ARGS:-}
  say "autoregressive model: $ar_min minutes (clean context, action planes, EDM, frame head 32: round 4 of the design study)"
  $PY finetune_autoregressive.py $common --max_minutes "$ar_min" --init "$OUT/checkpoints/base_best.safetensors" \
    --ctx_noise_max 0 $ar_recipe $(resume autoregressive) ${AR_ARGS:-}
else
  both_min=$($PY -c "print(round(max(0.05, ($left - 1) * (0.6 if '$TEACHER' else 1)), 3))")
  say "continuing $INIT_DIR/{base,autoregressive}_best.safetensors side by side, $both_min minutes each (base: $OUT/base_train.txt)"
  $PY finetune_autoregressive.py $common --max_minutes "$both_min" --init "$INIT_DIR/base_best.safetensors" --name base \
    --context_frames 1 --use_curriculum false --ctx_noise_max 0 --p_self_gen 0 --action_planes true $(resume base) ${BASE_ARGS:-} \
    > "$OUT/base_train.txt" 2>&1 &
  base_pid=$!
  arm_pids=()
  for arm in "${ARMS[@]}"; do
    short=${arm%%:*}; name=autoregressive_$short
    say "arm $name: ${AR_ARGS:-} ${arm#*:} (output: $OUT/ar_$short.txt)"
    $PY finetune_autoregressive.py $common --max_minutes "$both_min" --init "$INIT_DIR/autoregressive_best.safetensors" \
      --ctx_noise_max 300 $ar_recipe --name "$name" $(resume "$name") ${AR_ARGS:-} ${arm#*:} > "$OUT/ar_$short.txt" 2>&1 &
    arm_pids+=($!)
  done
  $PY finetune_autoregressive.py $common --max_minutes "$both_min" --init "$INIT_DIR/autoregressive_best.safetensors" \
    --ctx_noise_max 300 $ar_recipe $(resume autoregressive) ${AR_ARGS:-}
  wait $base_pid || { echo "error: the base model's training failed:" >&2; tail -20 "$OUT/base_train.txt" >&2; exit 1; }
  grep -v 'it/s]\|s/it]' "$OUT/base_train.txt" | tail -5
  for i in "${!ARMS[@]}"; do
    arm=${ARMS[$i]%%:*}
    wait "${arm_pids[$i]}" || { echo "error: arm $arm failed:" >&2; tail -20 "$OUT/ar_$arm.txt" >&2; exit 1; }
    grep -v 'it/s]\|s/it]' "$OUT/ar_$arm.txt" | tail -3
  done
  if [ -n "$TEACHER" ]; then
    used=$(( $(date +%s) - t_start ))
    dist_min=$($PY -c "print(round(max(0.05, $MINUTES - $used / 60 - 1), 3))")
    teacher="$OUT/checkpoints/${TEACHER}_best.safetensors"
    say "distilling $teacher into its own sampling steps: $dist_min minutes (${DISTILL_ARGS:---teacher_steps 16 --noise_corr 0.5})"
    $PY finetune_autoregressive.py $common --max_minutes "$dist_min" --init "$teacher" --distill_from "$teacher" --use_curriculum false \
      --p_self_gen 0 --ctx_noise_max 0 --name autoregressive_distill $(resume autoregressive_distill) ${AR_ARGS:-} \
      ${DISTILL_ARGS:---teacher_steps 16 --noise_corr 0.5}
  fi
fi
say "final EMA weights of each run beside its best"
$PY -c "
import sys
from arvideo.train import last_ema
from arvideo.checkpoint import save_checkpoint, read_checkpoint_meta
for name in ['base', 'autoregressive'] + ['autoregressive_' + a for a in sys.argv[2:]]:
    last, best = f'{sys.argv[1]}/{name}_last.pt', f'{sys.argv[1]}/{name}_best.safetensors'
    m, state = last_ema(last)
    facts = dict(read_checkpoint_meta(best)[1], step=state['step'], epoch=state['epoch'], note=f'final EMA weights of {last}')
    save_checkpoint(m, f'{sys.argv[1]}/{name}_final.safetensors', **facts); print(name, 'final step', state['step'])
" "$OUT/checkpoints" "${ARMS[@]%%:*}" ${TEACHER:+distill}

# 4. Evaluation on the test episodes.
if [ "$EVAL_EPISODES" -gt 0 ]; then
say "evaluating on $EVAL_EPISODES test episodes, $FRAMES frames"
$PY -c "import sys; from arvideo.cli import run_eval; run_eval(sys.argv[1:])" --checkpoint "$OUT/checkpoints/autoregressive_best.safetensors" \
  --base "$OUT/checkpoints/base_best.safetensors" --data_dir "$OUT/data" --episodes "$EVAL_EPISODES" --frames "$FRAMES" \
  --device "$DEVICE" --json "$OUT/eval.json" --png "$OUT/eval.png" | tee "$OUT/eval.md"
fi
ls -l "$OUT/checkpoints"/*.safetensors
say "done in $(( ($(date +%s) - t_start) / 60 )) min $(( ($(date +%s) - t_start) % 60 )) s: $OUT"
