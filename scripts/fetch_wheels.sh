#!/usr/bin/env bash
# Fetch the wheels scripts/train_gpu.sh installs on a GPU machine without internet (Python 3.12, x86-64 Linux,
# PyTorch, accelerate, safetensors, numpy, pillow, tqdm, huggingface_hub already there): diffusers (6.4 MB) and
# vizdoom (39 MB). Run it where pip reaches the index; it writes .whl/ (git-ignored).
#   scripts/fetch_wheels.sh [DIR] [PYTHON_VERSION]
set -euo pipefail
DIR=${1:-.whl}; PYV=${2:-3.12}
mkdir -p "$DIR"
for pkg in diffusers==0.42.1 vizdoom==1.3.2 importlib_metadata; do
  python3 -m pip download -q --no-deps --only-binary=:all: --python-version "$PYV" --implementation cp \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 --platform manylinux_2_17_x86_64 \
    --platform manylinux2014_x86_64 --platform manylinux1_x86_64 --platform any -d "$DIR" "$pkg"
done
ls -l "$DIR"
