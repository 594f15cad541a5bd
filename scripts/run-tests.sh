#!/usr/bin/env bash
# Quick start, part 2: install what is missing, build with warnings as errors, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci "$@"
