#!/usr/bin/env bash
# Quick start, part 1: install what is missing, build, and watch the built-in demo fleet.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target relayqctl   # the demo needs only the CLI
exec build/dev/app/cli/relayqctl watch --demo "$@"
