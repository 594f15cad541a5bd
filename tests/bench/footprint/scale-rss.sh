#!/usr/bin/env bash
# Scale benchmark, memory (issue 7, "Scale"): relayq-tray's RSS under Xvfb while it watches
# 10 repositories with 100 runners each (1,000) on relayq-sim, 10 in-progress runs (stuck, so
# they stay) and 2 queued jobs no runner can take per repository, polling every 30 s; once its
# first poll is complete (the simulator's request count stands still), first with
# the status window never opened, then with it open (a second launch asks the running one to
# show it). Target: under 60 MB. Prints figures, asserts nothing about them.
#
#   tests/bench/footprint/scale-rss.sh [BUILD_DIR]     (default build-footprint)
#
# Environment: SAMPLE_SECONDS (per phase, default 120; RSS sampled every 10 s), SKIP_BUILD=1.
set -uo pipefail

die() { echo "scale-rss: $*" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)

if [ "${1:-}" != "--inner" ]; then
    build=${1:-build-footprint}
    case $build in /*) ;; *) build=$repo/$build ;; esac
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null \
            || die "configure failed"
    fi
    if [ "${SKIP_BUILD:-0}" != 1 ]; then
        cmake --build "$build" --target relayq-tray relayq-sim -j2 >/dev/null || die "build failed"
    fi
    export FP_TRAY=${FP_TRAY:-$build/app/tray/relayq-tray} FP_SIM=${FP_SIM:-$build/app/sim/relayq-sim}
    echo "== Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), build type $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")"
    RELAYQ_ARTIFACTS=${RELAYQ_ARTIFACTS:-$(mktemp -d /tmp/relayq-scale.XXXXXX)}
    export RELAYQ_ARTIFACTS
    exec "$repo/tests/desktop/run-with-desktop.sh" "$0" --inner
fi

# ---- inside run-with-desktop.sh: Xvfb, dunst, SNI host, private bus and HOME ---------------
seconds=${SAMPLE_SECONDS:-120}
work=$(mktemp -d)
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
}
trap cleanup EXIT
rss_mib() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

"$FP_SIM" >"$work/sim.out" 2>"$RELAYQ_ARTIFACTS/relayq-sim.log" &
pids+=($!)
for _ in $(seq 100); do grep -q 'listening on' "$work/sim.out" && break; sleep 0.1; done
sim=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/sim.out")
[ -n "$sim" ] || die "relayq-sim did not start"

# The fleet, through the simulator's control API (one process, keep-alive).
python3 - "$sim" <<'PY' || die "could not build the fleet"
import http.client, json, sys, urllib.parse
url = urllib.parse.urlparse(sys.argv[1])
conn = http.client.HTTPConnection(url.hostname, url.port)
def post(path, body):
    conn.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
    answer = conn.getresponse(); data = answer.read()
    if answer.status >= 300:
        sys.exit(f"{path}: {answer.status} {data[:200]!r}")
    return json.loads(data or b"{}")
for t in range(10):
    repo = f"scale-org/service-{t}"
    post("/_sim/repositories", {"full_name": repo, "public": False})
    for i in range(100):
        post("/_sim/runners", {"target": repo, "name": f"runner-{t}-{i + 1:03d}",
                                "labels": ["self-hosted", "Linux", "X64", f"pool-{i % 4}"],
                                "os": "Linux", "ephemeral": False})
    for i in range(10):
        run = post("/_sim/jobs", {"repo": repo, "workflow": f"CI {i % 5}", "labels": [f"pool-{i % 4}"]})
        post(f"/_sim/runs/{run['run_id']}/stick", {})
    for i in range(2):
        post("/_sim/jobs", {"repo": repo, "workflow": "GPU", "labels": ["gpu"]})
PY
sleep 3 # the simulator's pick-up delay: the stuck jobs start on their runners
targets=$(seq -s, -f 'scale-org/service-%g' 0 9)
cat >"$work/relayq.ini" <<INI
[github]
api_url=$sim

[targets]
list=$targets

[monitor]
poll_interval=30

[meta]
schema_version=2
INI

GH_TOKEN=scale-bench "$FP_TRAY" --config "$work/relayq.ini" --no-setup \
    >"$RELAYQ_ARTIFACTS/relayq-tray.log" 2>&1 &
tray=$!
pids+=("$tray")
requests() { curl -s -m 10 "$sim/_sim/counters" | sed -n 's/.*"requests":\([0-9]*\).*/\1/p'; }
# The first poll is complete when the requests stop for 6 s (at most 5 minutes).
last=-1 still=0
for ((waited = 0; waited < 300 && still < 3; waited += 2)); do
    sleep 2
    now=$(requests)
    if [ "${now:-0}" -gt 0 ] && [ "$now" = "$last" ]; then still=$((still + 1)); else still=0; fi
    last=$now
done
[ "$still" -ge 3 ] || die "the first poll did not finish within 5 minutes"
echo "first poll complete after about ${waited} s: $last requests"
sample() { # PHASE: RSS every 10 s for $seconds
    local max=0 now
    for ((elapsed = 0; elapsed < seconds; elapsed += 10)); do
        sleep 10
        now=$(rss_mib "$tray") || die "relayq-tray died"
        echo "$1 t=$((elapsed + 10))s RSS ${now} MiB"
        max=$(awk -v a="$max" -v b="$now" 'BEGIN { print (b > a) ? b : a }')
    done
    echo "$1: max RSS $max MiB"
}
sample "window never opened"
GH_TOKEN=scale-bench "$FP_TRAY" --config "$work/relayq.ini" --no-setup >/dev/null 2>&1
sleep 2
xdotool search --name 'RelayQ — runner status' >/dev/null 2>&1 \
    && echo "status window is open" || echo "status window NOT found"
import -window root "$RELAYQ_ARTIFACTS/scale-window.png" 2>/dev/null
sample "window open"
echo "simulator counters: $(curl -s -m 10 "$sim/_sim/counters")"
echo "screenshot: $RELAYQ_ARTIFACTS/scale-window.png"
