#!/usr/bin/env bash
# Quick start, part 1: install what is missing, build, and run RelayQ Tray on the built-in demo
# fleet. Without a graphical session (no DISPLAY / WAYLAND_DISPLAY) it watches the same demo
# fleet in the terminal with relayqctl instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target relayq-tray relayqctl   # the demo needs only these two
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/dev/app/tray/relayq-tray --demo "$@"
fi
echo "No graphical session here: watching the demo fleet in the terminal instead (Ctrl+C stops)."
exec build/dev/app/cli/relayqctl watch --demo "$@"
