#!/usr/bin/env bash
# Where an idle relayq-tray spends its CPU time (issue 7, "Footprint"): relayq-tray watching the
# demo fleet served by relayq-sim (another process, so the simulator's cost is not counted),
# polling every 30 s, under Xvfb with an SNI host (tests/desktop/run-with-desktop.sh), run under
# callgrind; the counters are zeroed after WARMUP_SECONDS (start-up and the first polls) and
# dumped after IDLE_SECONDS more. Prints the top functions; asserts nothing.
#
#   tests/bench/footprint/profile-idle.sh [BUILD_DIR]   (default build-footprint)
#
# Environment: WARMUP_SECONDS (default 60), IDLE_SECONDS (default 120), FP_TRAY / FP_SIM (other
# binaries), TOOL=callgrind (default), TOOL=heaptrack (the heap
# still allocated after the window, by allocation site) or TOOL=none (no valgrind: utime+stime and RSS only),
# OUT (directory for callgrind.out and logs; default a temp dir).
set -uo pipefail

die() { echo "profile-idle: $*" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)

if [ "${1:-}" != "--inner" ]; then
    build=${1:-build-footprint}
    case $build in /*) ;; *) build=$repo/$build ;; esac
    export FP_TRAY=${FP_TRAY:-$build/app/tray/relayq-tray} FP_SIM=${FP_SIM:-$build/app/sim/relayq-sim}
    [ -x "$FP_TRAY" ] && [ -x "$FP_SIM" ] || die "build relayq-tray and relayq-sim in $build first"
    export OUT=${OUT:-$(mktemp -d /tmp/relayq-profile-idle.XXXXXX)}
    mkdir -p "$OUT"
    export RELAYQ_ARTIFACTS=$OUT
    exec "$repo/tests/desktop/run-with-desktop.sh" "$0" --inner
fi

warmup=${WARMUP_SECONDS:-60}
idle=${IDLE_SECONDS:-120}
tool=${TOOL:-callgrind}
work=$(mktemp -d)
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
}
trap cleanup EXIT

"$FP_SIM" --demo >"$work/sim.out" 2>"$OUT/relayq-sim.log" &
pids+=($!)
for _ in $(seq 100); do grep -q 'listening on' "$work/sim.out" && break; sleep 0.1; done
sim=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/sim.out")
[ -n "$sim" ] || die "relayq-sim did not start"
cat >"$work/relayq.ini" <<INI
[github]
api_url=$sim

[targets]
list=relayq-demo/media-jobs

[monitor]
poll_interval=30

[meta]
schema_version=2
INI

case $tool in
callgrind)
    GH_TOKEN=footprint-bench valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.out" \
        "$FP_TRAY" --config "$work/relayq.ini" --no-setup >"$OUT/relayq-tray.log" 2>&1 & ;;
heaptrack)
    GH_TOKEN=footprint-bench heaptrack -o "$OUT/heaptrack" "$FP_TRAY" --config "$work/relayq.ini" \
        --no-setup >"$OUT/relayq-tray.log" 2>&1 & ;;
none)
    GH_TOKEN=footprint-bench "$FP_TRAY" --config "$work/relayq.ini" --no-setup \
        >"$OUT/relayq-tray.log" 2>&1 & ;;
*) die "TOOL: callgrind, heaptrack or none" ;;
esac
pid=$!
pids+=("$pid")
sleep "$warmup"
# heaptrack runs the app as its child
[ "$tool" = heaptrack ] && pid=$(pgrep -n -P "$pid")
kill -0 "$pid" 2>/dev/null || die "relayq-tray died (see $OUT/relayq-tray.log)"
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
[ "$tool" = callgrind ] && callgrind_control -z "$pid" >/dev/null
t0=$(ticks)
sleep "$idle"
t1=$(ticks)
echo "relayq-tray: $(( (t1 - t0) * 1000 / $(getconf CLK_TCK) )) ms CPU in ${idle} s (ticks; ${tool})," \
    "RSS $(awk '/^VmRSS:/ { printf "%.1f MiB", $2 / 1024 }' "/proc/$pid/status")"
grep -E '^(Rss|Pss|Private_Dirty|Anonymous)' "/proc/$pid/smaps_rollup" >"$OUT/smaps_rollup"
cp "/proc/$pid/smaps" "$OUT/smaps"
if [ "$tool" = heaptrack ]; then
    kill -9 "$pid" # what is still allocated now shows as "leaked": the idle heap
    sleep 5
    heaptrack_print -f "$(ls -t "$OUT"/heaptrack*.zst "$OUT"/heaptrack*.gz 2>/dev/null | head -1)" \
        --print-leaks 1 --print-peaks 0 --print-allocators 0 --print-temporary 0 \
        >"$OUT/heaptrack.txt" 2>&1
    grep -A2000 -m1 'MOST MEMORY LEAKED' "$OUT/heaptrack.txt" | head -120
fi
if [ "$tool" = callgrind ]; then
    callgrind_control -d "$pid" >/dev/null
    sleep 2
    dump=$OUT/callgrind.out.1 # the dump of the window (callgrind.out: the rest, at exit)
    echo "== callgrind: $dump (inclusive, top 40)"
    callgrind_annotate --inclusive=yes "$dump" 2>/dev/null | head -60
fi
