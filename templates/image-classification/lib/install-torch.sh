#!/usr/bin/env bash
# The `setup` of the steps that import PyTorch. Where `python3` imports torch already (a GPU
# runner image, Debian's python3-torch, an activated virtualenv) it does nothing; elsewhere
# (a fresh GitHub-hosted runner) it installs the pinned version: the CUDA build when the
# machine has an NVIDIA driver, the much smaller CPU build otherwise.
set -euo pipefail

# find_spec looks torch up without importing it (an import takes seconds).
if python3 -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("torch") is None)'; then
  exit 0
fi
version=2.7.1
if command -v nvidia-smi >/dev/null 2>&1; then
  index=https://download.pytorch.org/whl/cu126
else
  index=https://download.pytorch.org/whl/cpu
fi
echo "install-torch: installing torch $version from $index"
# GitHub's Ubuntu 24.04 images allow pip next to the system Python; many self-hosted ones
# refuse it (PEP 668) unless asked. Older pip versions ignore the variable.
PIP_BREAK_SYSTEM_PACKAGES=1 python3 -m pip install --quiet --disable-pip-version-check \
  --index-url "$index" "torch==$version"
python3 -c 'import torch; print("install-torch: torch", torch.__version__)'
