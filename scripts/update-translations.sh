#!/usr/bin/env bash
# Brings translations/*.ts up to date with the sources (lupdate), the one way they are updated.
#   scripts/update-translations.sh          update the .ts files in place
#   scripts/update-translations.sh --check  change nothing; fail when lupdate would change a .ts
#                                           file or a message is unfinished (CI runs this)
# No source locations in the files (-locations none): moving code must not change them.
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
  for candidate in lupdate-qt6 /usr/lib/qt6/bin/lupdate lupdate; do
    command -v "$candidate" >/dev/null && { lupdate=$candidate; break; }
  done
fi
[ -n "$lupdate" ] || { echo "update-translations: lupdate missing (apt-get install qt6-l10n-tools)" >&2; exit 3; }

ts_files=(translations/relayq_*.ts)
run_lupdate() { "$lupdate" -silent -recursive -locations none -no-obsolete -extensions cpp,h app platform -ts "$@"; }

if [ "${1:-}" != "--check" ]; then
  run_lupdate "${ts_files[@]}"
  exit 0
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "${ts_files[@]}" "$scratch/"
run_lupdate "${ts_files[@]/#translations/$scratch}"
status=0
for ts in "${ts_files[@]}"; do
  copy="$scratch/$(basename "$ts")"
  if ! diff -u "$ts" "$copy" > "$copy.diff"; then
    echo "FAIL: $ts is not what lupdate makes of the sources; run scripts/update-translations.sh and translate:" >&2
    head -40 "$copy.diff" >&2
    status=1
  fi
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  if [ "$unfinished" -gt 0 ]; then
    echo "FAIL: $ts has $unfinished unfinished message(s), e.g.:" >&2
    { grep -B3 'type="unfinished"' "$ts" | grep '<source>' | head -5 >&2; } || true
    status=1
  fi
  echo "$ts: $(grep -c '<message' "$ts") messages, $unfinished unfinished"
done
exit $status
