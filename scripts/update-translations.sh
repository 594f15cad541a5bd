#!/usr/bin/env bash
# Brings translations/*.ts up to date with the sources (lupdate), the one way they are updated.
#   scripts/update-translations.sh          update the .ts files in place
#   scripts/update-translations.sh --check  change nothing; fail when lupdate would change a .ts
#                                           file, a message is unfinished, or lupdate warns
#                                           (CI runs this)
# No source locations in the files (-locations none): moving code must not change them.
# A warning is never harmless here: "Class 'relayq' lacks Q_OBJECT macro" means a tr() whose
# context lupdate cannot tell, so its text is filed under another context than the program
# looks it up under, and its translation never shows.
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
# With -silent, whatever lupdate prints on stderr is a warning (file:line: what).
if ! run_lupdate "${ts_files[@]/#translations/$scratch}" 2> "$scratch/lupdate.err"; then
  echo "update-translations: lupdate failed:" >&2
  cat "$scratch/lupdate.err" >&2
  exit 3
fi
status=0
if [ -s "$scratch/lupdate.err" ]; then
  echo "FAIL: lupdate warns ($(sort -u "$scratch/lupdate.err" | wc -l) warning(s)); every tr() must have a context lupdate can see (Q_OBJECT, Q_DECLARE_TR_FUNCTIONS, or QCoreApplication::translate(\"relayq::Class\", \"literal\")):" >&2
  sort -u "$scratch/lupdate.err" | sed "s|^$PWD/||" >&2
  status=1
fi
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
