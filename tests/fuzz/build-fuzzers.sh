#!/bin/sh
# Builds the libFuzzer targets in their own tree (tree/CMakeLists.txt): relayq_core and the
# Fuzz<Target> executables from this checkout, by clang with AddressSanitizer, UndefinedBehavior-
# Sanitizer and libFuzzer's coverage instrumentation. The CTest fixture fuzz.Build runs it.
#
#   tests/fuzz/build-fuzzers.sh BUILD_DIR       e.g. build/fuzz-tree
#
# FUZZ_CXX picks the compiler (default clang++), FUZZ_JOBS the parallel jobs (default nproc).
# Without clang or libFuzzer: exit 77 (CTest: skipped), but exit 1 when CI=true.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
tree=${1:?usage: build-fuzzers.sh BUILD_DIR}
mkdir -p "$tree"
tree=$(cd "$tree" && pwd)

missing()
{
    echo "fuzz: $1" >&2
    # Fuzzers left from an earlier build would be run by fuzz.<Target> as if current.
    rm -f "$tree"/fuzz/Fuzz*
    if [ "${CI:-}" = true ]; then
        echo "fuzz: CI=true, so this fails: scripts/install-deps.sh --tests installs" \
            "clang and libclang-rt-14-dev" >&2
        exit 1
    fi
    echo "fuzz: skipped (scripts/install-deps.sh --tests installs clang and libclang-rt-14-dev)" >&2
    exit 77
}

cxx=${FUZZ_CXX:-$(command -v clang++ || command -v clang++-14 || true)}
[ -n "$cxx" ] || missing "clang++ not found"
# libFuzzer comes apart from clang on Debian (libclang-rt-14-dev): link a fuzzer to know.
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' \
    > "$tree/probe.cpp"
"$cxx" -fsanitize=fuzzer,address,undefined "$tree/probe.cpp" -o "$tree/probe" 2> "$tree/probe.log" \
    || { cat "$tree/probe.log" >&2; missing "$cxx cannot link a libFuzzer target"; }

generator=
command -v ninja > /dev/null && generator="-G Ninja"
# Debug's -O1 -g: fast enough to fuzz, still readable in a stack trace. The sanitizers and
# fuzzer-no-link (coverage for libFuzzer) go on all the code in the tree, that is the code
# under test; -fsanitize=fuzzer is added to the Fuzz<Target> links only (tests/fuzz/CMakeLists.txt).
# shellcheck disable=SC2086
cmake -S "$here/tree" -B "$tree" $generator \
    -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
    -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fsanitize=fuzzer-no-link -fno-omit-frame-pointer" \
    > "$tree/configure.log" || { cat "$tree/configure.log"; exit 1; }

targets=$(sed -n 's/^set(relayq_fuzz_targets \(.*\))$/\1/p' "$here/CMakeLists.txt")
set --
for name in $targets; do set -- "$@" "Fuzz$name"; done
cmake --build "$tree" -j "${FUZZ_JOBS:-$(nproc)}" --target "$@"
echo "fuzz: built $* in $tree; CPU time of this script and the build (user, sys):"
times
