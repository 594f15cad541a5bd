#!/bin/sh
# Runs one libFuzzer target for a bounded time on a fresh copy of its seeds (corpus/<Target>)
# and kept crashes (regressions/<Target>), with its dictionary; the source tree is never written.
# Fails on any crash, leak, undefined behaviour, timeout or failed check, and says where the
# input that did it was written and how to keep it as a regression.
#
#   tests/fuzz/run-fuzzer.sh TREE TARGET WORK_DIR SECONDS [libFuzzer options…]
#   e.g. tests/fuzz/run-fuzzer.sh build/fuzz-tree GitHubJson /tmp/fuzz-json 600 -jobs=2
#
# WORK_DIR is emptied first; it holds the corpus as the run grew it, the crash inputs
# (artifacts/) and the fuzzer's log (fuzz.log). Without the built fuzzer: exit 77, or 1 when
# CI=true.
set -u

here=$(cd "$(dirname "$0")" && pwd)
tree=${1:?usage: run-fuzzer.sh TREE TARGET WORK_DIR SECONDS [options]}
target=${2:?target missing}
work=${3:?work dir missing}
seconds=${4:?seconds missing}
shift 4

fuzzer=$(cd "$tree" 2> /dev/null && pwd)/fuzz/Fuzz$target
if [ ! -x "$fuzzer" ]; then
    echo "fuzz: $fuzzer was not built (fuzz.Build, tests/fuzz/build-fuzzers.sh)" >&2
    [ "${CI:-}" = true ] && exit 1
    exit 77
fi

rm -rf "$work"
mkdir -p "$work/corpus" "$work/artifacts" "$work/home"
cp "$here/corpus/$target/"* "$work/corpus/"
if [ -d "$here/regressions/$target" ]; then
    cp "$here/regressions/$target/"* "$work/corpus/"
fi
dict=
[ -f "$here/dict/$target.dict" ] && dict="-dict=$here/dict/$target.dict"

symbolizer=$(command -v llvm-symbolizer || command -v llvm-symbolizer-14 || true)
# A home of its own: nothing the fuzzer runs may read or write the user's.
export HOME="$work/home"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0${symbolizer:+:external_symbolizer_path=$symbolizer}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# shellcheck disable=SC2086
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" $dict "$@" "$work/corpus" > "$work/fuzz.log" 2>&1
status=$?

# The last coverage line (cov: edges, ft: features, exec/s) and the final statistics.
grep -E '^#[0-9]+.*(DONE|pulse|REDUCE|NEW)' "$work/fuzz.log" | tail -n 1
grep -E '^stat::' "$work/fuzz.log"
if [ "$status" -ne 0 ]; then
    echo "fuzz: Fuzz$target FAILED (exit $status); the end of $work/fuzz.log:"
    tail -n 60 "$work/fuzz.log"
    for artifact in "$work/artifacts/"*; do
        [ -f "$artifact" ] || continue
        echo "fuzz: the input is $artifact"
        echo "fuzz: replay it:  $fuzzer $artifact"
        echo "fuzz: once fixed, keep it: cp $artifact $here/regressions/$target/"
    done
    exit 1
fi
echo "fuzz: Fuzz$target ran ${seconds} s without a finding (log: $work/fuzz.log)"
