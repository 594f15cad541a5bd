#!/usr/bin/env bash
# Runs the benchmarks of tests/bench and prints the figures docs/performance.md reports:
# the poll cycle's time (median/min over many cycles) and its instruction count (callgrind),
# the rate-limit cost of a simulated hour, RelayQ next to the curl + jq port of the seed's
# scripts (tests/bench/seed), and the detection latency of an offline runner (both again).
#
#   scripts/run-benchmarks.sh [BUILD_DIR]     (default: build-bench, RelWithDebInfo)
#
# Environment: ITERATIONS (timed cycles, default 50), CALLGRIND_CYCLES (default 2; each costs
# about 20 s under valgrind), NO_CALLGRIND=1 to skip callgrind; SEED_POLLS (checks of the seed's
# scripts per scenario, default 120 = the whole hour: each check starts about 200 processes,
# 2-5 s of CPU, so the hour takes 10-20 minutes), NO_SEED=1 for RelayQ alone;
# NO_INSTALL=1 to skip scripts/install-deps.sh --bench.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-bench}
iterations=${ITERATIONS:-50}
cg_cycles=${CALLGRIND_CYCLES:-2}

# valgrind, curl and jq (the seed's scripts), time; installs only what is missing.
if [ "${NO_INSTALL:-0}" != 1 ]; then
    scripts/install-deps.sh --bench
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target BenchPollCycle BenchRateLimit BenchDetection
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
    # Collects only inside PollCycle::run: the fleet's construction and the warm-up cycles
    # (PollCycle::warmUp) are not counted, so every collected cycle is one of --iterations.
    valgrind --tool=callgrind --callgrind-out-file="$out" --collect-atstart=no \
        "--toggle-collect=relayq::bench::PollCycle::run(*" \
        "$bench/BenchPollCycle" --iterations "$cg_cycles" >/dev/null 2>&1
    cycles=$cg_cycles
    total=$(callgrind_annotate "$out" 2>/dev/null | sed -n 's/^ *\([0-9,]*\) .*PROGRAM TOTALS.*/\1/p' | tr -d ,)
    echo "instructions per cycle: $((total / cycles)) ($cycles cycles, $total in all)"
    echo "where they go (inclusive, per cycle):"
    callgrind_annotate --inclusive=yes --threshold=100 "$out" 2>/dev/null \
        | grep -E '^ *[0-9,]+ \([ 0-9.]+%\)  [^ ]+:(relayq::bench::PollCycle::(decode|read)|QJsonDocument::fromJson|relayq::FleetMonitor::update|relayq::HealthRules::(evaluate|servingRunners)|relayq::RunnerHistory::advance|relayq::NotificationPolicy::pollFinished|relayq::GitHubJson::parse(Runners|WorkflowRuns|Jobs)|relayq::FleetReader::runners|relayq::EtagCache::find|relayq::PagedList::document)\(' \
        | awk -v n="$cycles" '{ ir = $1; gsub(",", "", ir); name = $0; sub(/^[^)]*\)  /, "", name); sub(/^[^:]*:/, "", name);
                                sub(/\(.*/, "", name); if (!seen[name]++) printf "  %12d  %s\n", ir / n, name }'
    echo "full profile: callgrind_annotate --inclusive=yes $out"
    echo
fi

echo "== Rate-limit cost, one simulated hour: RelayQ and the seed's scripts (tests/bench/seed)"
if [ "${NO_SEED:-0}" = 1 ]; then
    "$bench/BenchRateLimit" --no-seed
else
    "$bench/BenchRateLimit" --seed-polls "${SEED_POLLS:-120}"
fi
echo

echo "== Detection latency of an offline runner: RelayQ and the seed's health check"
"$bench/BenchDetection"
