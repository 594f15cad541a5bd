#!/usr/bin/env bash
# Fails when a C++ source differs from what .clang-format makes of it (CI runs this as a test).
# Fix with: scripts/check-format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=${CLANG_FORMAT:-clang-format}
mapfile -t files < <(find app platform tests -path '*/node_modules' -prune -o \
                          \( -name '*.cpp' -o -name '*.h' \) -print 2>/dev/null | sort)
if [ "${1:-}" = "--fix" ]; then
  "$clang_format" -i "${files[@]}"
else
  "$clang_format" --dry-run --Werror "${files[@]}"
  echo "clang-format: ${#files[@]} files clean"
fi
