#!/usr/bin/env bash
# Runs the benchmarks of tests/bench and prints the figures docs/performance.md reports:
# the poll cycle's time (median/min over many cycles) and its instruction count (callgrind),
# and the rate-limit cost of a simulated hour.
#
#   scripts/run-benchmarks.sh [BUILD_DIR]     (default: build-bench, RelWithDebInfo)
#
# Environment: ITERATIONS (timed cycles, default 50), CALLGRIND_CYCLES (default 2; each costs
# about 20 s under valgrind), NO_CALLGRIND=1 to skip callgrind.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-bench}
iterations=${ITERATIONS:-50}
cg_cycles=${CALLGRIND_CYCLES:-2}

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target BenchPollCycle BenchRateLimit
bench="$build/tests/bench"

echo "== Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), Debian $(cat /etc/debian_version), build type $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")"
echo
echo "== Poll cycle, time (QElapsedTimer)"
"$bench/BenchPollCycle" --iterations "$iterations"
echo

if [ "${NO_CALLGRIND:-0}" != 1 ]; then
    if ! command -v valgrind >/dev/null; then
        echo "valgrind is missing: sudo apt-get install valgrind (or NO_CALLGRIND=1)" >&2
        exit 1
    fi
    echo "== Poll cycle, instructions (callgrind, PollCycle::run only)"
    out=$(mktemp /tmp/relayq-callgrind.XXXXXX)
    # Collects only inside PollCycle::run: the fleet's construction is not counted. The program
    # runs 2 warm-up cycles plus --iterations, all of them inside the collected function.
    valgrind --tool=callgrind --callgrind-out-file="$out" --collect-atstart=no \
        "--toggle-collect=relayq::bench::PollCycle::run(*" \
        "$bench/BenchPollCycle" --iterations "$cg_cycles" >/dev/null 2>&1
    cycles=$((cg_cycles + 2))
    total=$(callgrind_annotate "$out" 2>/dev/null | sed -n 's/^ *\([0-9,]*\) .*PROGRAM TOTALS.*/\1/p' | tr -d ,)
    echo "instructions per cycle: $((total / cycles)) ($cycles cycles, $total in all)"
    echo "where they go (inclusive, per cycle):"
    callgrind_annotate --inclusive=yes --threshold=100 "$out" 2>/dev/null \
        | grep -E '^ *[0-9,]+ \([ 0-9.]+%\)  [^ ]+:(relayq::bench::PollCycle::(decode|read)|QJsonDocument::fromJson|relayq::FleetMonitor::update|relayq::HealthRules::(evaluate|servingRunners)|relayq::RunnerHistory::advance|relayq::NotificationPolicy::pollFinished|relayq::GitHubJson::parse(Runners|WorkflowRuns|Jobs))\(' \
        | awk -v n="$cycles" '{ ir = $1; gsub(",", "", ir); name = $0; sub(/^[^)]*\)  /, "", name); sub(/^[^:]*:/, "", name);
                                sub(/\(.*/, "", name); if (!seen[name]++) printf "  %12d  %s\n", ir / n, name }'
    echo "full profile: callgrind_annotate --inclusive=yes $out"
    echo
fi

echo "== Rate-limit cost, one simulated hour"
"$bench/BenchRateLimit"
