#!/usr/bin/env bash
# Run each notebook's tests with nbdev-test, two notebooks at a time, then print "N passed, M failed".
# Cells flagged #| slow or #| cuda are skipped; run them with: nbdev-test --flags "slow cuda"
set -u
cd "$(dirname "$0")"
log=$(mktemp -d)
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1} MPLBACKEND=Agg ARVIDEO_CACHE=${ARVIDEO_CACHE:-$log/cache}
ls nbs/*.ipynb | xargs -P "${JOBS:-2}" -I{} sh -c '
  n=$(basename "{}" .ipynb); t0=$(date +%s)
  if nbdev-test "{}" > "'"$log"'/$n.log" 2>&1; then r=PASS; else r=FAIL; fi
  echo "$r $n ($(( $(date +%s) - t0 ))s)"; echo "$r" > "'"$log"'/$n.result"'
for f in "$log"/*.result; do grep -q FAIL "$f" && { echo "---- $(basename "$f" .result)"; tail -40 "${f%.result}.log"; }; done
passed=$(cat "$log"/*.result | grep -c PASS); failed=$(cat "$log"/*.result | grep -c FAIL)
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
