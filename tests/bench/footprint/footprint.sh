#!/usr/bin/env bash
# Footprint benchmark (issue 7, "Footprint"): idle RSS, CPU time per idle minute and start-up
# time to the tray icon shown, under Xvfb, for
#   floor       a minimal Qt 6 tray app (FloorTray.cpp, built here)
#   relayq-demo relayq-tray --demo (in-process demo fleet; the demo polls every 10 s)
#   relayq-30s  relayq-tray watching the demo fleet served by relayq-sim, polling every 30 s
#   relayq-base the same with another relayq-tray binary (FP_TRAY_BASE), e.g. a saved copy from
#               before a change: before and after in one run, interleaved (only with FP_TRAY_BASE)
#   syncthing   Syncthing Tray (Debian) connected to a real Syncthing on loopback
# in the same run, interleaved (A B C D A B C D …), with both kinds of tray host:
#   sni         gtk-sni-tray-standalone (StatusNotifierItem): "shown" = the app's
#               RegisterStatusNotifierItem call reaching the StatusNotifierWatcher (dbus-monitor)
#   trayer      trayer (XEmbed): "shown" = the icon window reparented into trayer (xdock-watch)
# Not a test: it prints figures and asserts nothing about them.
#
#   tests/bench/footprint/footprint.sh [BUILD_DIR]    (default build-footprint, RelWithDebInfo)
#
# Environment: ROUNDS (default 3), IDLE_SECONDS (CPU window per round, default 120),
# SETTLE_SECONDS (after the last start, before the window; default 10), HOSTS ("sni trayer"),
# APPS ("floor relayq-demo relayq-30s syncthing"), OUT (results directory, default a temp dir),
# SKIP_BUILD=1 (use the binaries as they are), FP_TRAY / FP_SIM (other binaries than
# BUILD_DIR's, e.g. a saved copy to compare before and after a change), FP_TRAY_BASE (adds the
# app relayq-base to the default APPS).
#
# Figures: startup_ms (wall, from launch to shown; stretched by load), startup_cpu_ms (CPU the
# app used until then), idle_cpu_ms_per_min (utime+stime, 10 ms ticks; includes exited threads)
# and ..._schedstat (living threads, ns), rss_mib (VmRSS after the idle window).
set -uo pipefail

die() { echo "footprint: $*" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)

if [ "${1:-}" != "--inner" ]; then
    repo=$(cd "$here/../../.." && pwd)
    build=${1:-build-footprint}
    case $build in /*) ;; *) build=$repo/$build ;; esac
    for tool in Xvfb dbus-run-session dbus-monitor dbus-send dunst gtk-sni-tray-standalone \
                trayer syncthing syncthingtray cc cmake curl; do
        command -v "$tool" >/dev/null || die "missing $tool (scripts/install-deps.sh --bench)"
    done
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null \
            || die "configure failed"
    fi
    if [ "${SKIP_BUILD:-0}" != 1 ]; then
        cmake --build "$build" --target relayq-tray relayq-sim -j2 >/dev/null || die "build failed"
    fi
    cmake -S "$here" -B "$build/footprint-floor" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        >/dev/null && cmake --build "$build/footprint-floor" >/dev/null || die "floor build failed"
    cc -O2 -Wall -o "$build/footprint-floor/xdock-watch" "$here/xdock-watch.c" -lX11 \
        || die "xdock-watch build failed (libx11-dev)"
    export FP_TRAY=${FP_TRAY:-$build/app/tray/relayq-tray} FP_SIM=${FP_SIM:-$build/app/sim/relayq-sim}
    export FP_FLOOR=$build/footprint-floor/floor-tray FP_XDOCK=$build/footprint-floor/xdock-watch
    export FP_TRAY_BASE=${FP_TRAY_BASE:-}
    export OUT=${OUT:-$(mktemp -d /tmp/relayq-footprint.XXXXXX)}
    mkdir -p "$OUT"
    echo "== Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), Debian $(cat /etc/debian_version), relayq-tray build type $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")"
    echo "== Syncthing $(syncthing --version | cut -d' ' -f2), Syncthing Tray $(dpkg-query -W -f '${Version}' syncthingtray 2>/dev/null)"
    echo "== Results in $OUT"
    HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d) || die "mktemp failed"
    chmod 700 "$XDG_RUNTIME_DIR"
    TMPDIR=$XDG_RUNTIME_DIR
    export HOME XDG_RUNTIME_DIR TMPDIR
    unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS QT_QPA_PLATFORM
    dbus-run-session -- "$0" --inner
    rc=$?
    rm -rf "$HOME" "$XDG_RUNTIME_DIR"
    exit $rc
fi

# ---- inside the private session bus -------------------------------------------------------
rounds=${ROUNDS:-3}
idle=${IDLE_SECONDS:-120}
settle=${SETTLE_SECONDS:-10}
hosts=${HOSTS:-sni trayer}
default_apps="floor relayq-demo relayq-30s${FP_TRAY_BASE:+ relayq-base} syncthing"
apps=${APPS:-$default_apps}
results=$OUT/results.tsv
: >"$OUT/checks.log"
: >"$results"
work=$(mktemp -d "$XDG_RUNTIME_DIR/footprint.XXXXXX")
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
}
trap cleanup EXIT

wait_for() { # SECONDS COMMAND…: polls COMMAND every 0.05 s
    local tries=$(($1 * 20))
    shift
    while ((tries-- > 0)); do "$@" && return 0; sleep 0.05; done
    return 1
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
bus_owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q 'boolean true'
}
loadavg() { cut -d' ' -f1 /proc/loadavg; }
# CPU time of PID (all its threads, living and exited) in clock ticks: utime + stime.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# CPU time of PID's living threads in nanoseconds (schedstat: finer than clock ticks).
cpu_ns() { awk '{ s += $1 } END { print s + 0 }' /proc/"$1"/task/*/schedstat 2>/dev/null; }
rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

Xvfb -displayfd 9 -screen 0 1280x800x24 -nolisten tcp 9>"$work/display" >"$OUT/xvfb.log" 2>&1 &
pids+=($!)
wait_for 20 grep -q '[0-9]' "$work/display" || die "Xvfb did not start"
DISPLAY=:$(tr -dc '0-9' <"$work/display")
export DISPLAY QT_QPA_PLATFORM=xcb LANG=C.UTF-8
dbus-update-activation-environment DISPLAY XDG_RUNTIME_DIR HOME
printf '[global]\n    monitor = 0\n' >"$work/dunstrc"
dunst -config "$work/dunstrc" >"$OUT/dunst.log" 2>&1 &
pids+=($!)
wait_for 20 bus_owned org.freedesktop.Notifications || die "dunst did not start"

# A real Syncthing on loopback, its own home, nothing leaving the machine.
st_home=$work/syncthing
st_port=$(free_port)
st_key=relayq-footprint-$RANDOM$RANDOM
syncthing --generate="$st_home" >"$OUT/syncthing-generate.log" 2>&1 || die "syncthing --generate failed"
sed -i -e 's#<globalAnnounceEnabled>true#<globalAnnounceEnabled>false#' \
    -e 's#<localAnnounceEnabled>true#<localAnnounceEnabled>false#' \
    -e 's#<relaysEnabled>true#<relaysEnabled>false#' \
    -e 's#<natEnabled>true#<natEnabled>false#' \
    -e 's#<urAccepted>[-0-9]*#<urAccepted>-1#' \
    -e 's#<startBrowser>true#<startBrowser>false#' \
    -e 's#<crashReportingEnabled>true#<crashReportingEnabled>false#' \
    -e 's#<autoUpgradeIntervalH>[0-9]*#<autoUpgradeIntervalH>0#' \
    -e "s#<listenAddress>default</listenAddress>#<listenAddress>tcp://127.0.0.1:$(free_port)</listenAddress>#" \
    "$st_home/config.xml"
STNODEFAULTFOLDER=1 STNOUPGRADE=1 syncthing serve --home="$st_home" --no-browser --no-restart \
    --no-upgrade --gui-address="http://127.0.0.1:$st_port" --gui-apikey="$st_key" \
    >"$OUT/syncthing.log" 2>&1 &
pids+=($!)
st_up() { curl -sf -H "X-API-Key: $st_key" "http://127.0.0.1:$st_port/rest/system/ping" >/dev/null; }
wait_for 60 st_up || die "syncthing did not answer on 127.0.0.1:$st_port"
mkdir -p "$HOME/.config"
cat >"$HOME/.config/syncthingtray.ini" <<INI
[General]
v=1.3.2

[tray]
connections\\1\\label=footprint
connections\\1\\syncthingUrl=http://127.0.0.1:$st_port
connections\\1\\apiKey=$st_key
connections\\1\\autoConnect=true
connections\\size=1
INI

# relayq-sim serving the demo fleet, for relayq-tray polling every 30 s.
sim_url=http://127.0.0.1:1
case " $apps " in
*" relayq-30s "* | *" relayq-base "*)
    "$FP_SIM" --demo >"$work/sim.out" 2>"$OUT/relayq-sim.log" &
    pids+=($!)
    wait_for 20 grep -q 'listening on' "$work/sim.out" || die "relayq-sim did not start"
    sim_url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/sim.out") ;;
esac
cat >"$work/relayq-30s.ini" <<INI
[github]
api_url=$sim_url

[targets]
list=relayq-demo/media-jobs

[monitor]
poll_interval=30

[meta]
schema_version=2
INI

launch() { # APP: starts it in the background, sets $app_pid
    case $1 in
    floor) "$FP_FLOOR" >"$OUT/app-$1.log" 2>&1 & ;;
    # Each relayq-tray its own XDG_RUNTIME_DIR: the single-instance socket lives there, and a
    # second instance would only ask the first to show its window.
    relayq-demo) mkdir -m 700 -p "$work/run-$1"
        XDG_RUNTIME_DIR=$work/run-$1 "$FP_TRAY" --demo >"$OUT/app-$1.log" 2>&1 & ;;
    relayq-30s) mkdir -m 700 -p "$work/run-$1"
        XDG_RUNTIME_DIR=$work/run-$1 GH_TOKEN=footprint-bench "$FP_TRAY" --config "$work/relayq-30s.ini" --no-setup \
        >"$OUT/app-$1.log" 2>&1 & ;;
    relayq-base) mkdir -m 700 -p "$work/run-$1"
        XDG_RUNTIME_DIR=$work/run-$1 GH_TOKEN=footprint-bench "$FP_TRAY_BASE" --config "$work/relayq-30s.ini" --no-setup \
        >"$OUT/app-$1.log" 2>&1 & ;;
    syncthing) syncthingtray >"$OUT/app-$1.log" 2>&1 & ;;
    esac
    app_pid=$!
}

# The event stream that says "icon shown" for the host, one line per icon: "<epoch s> …".
start_watch() {
    : >"$work/shown"
    case $1 in
    sni)
        dbus-monitor --session "type='method_call',interface='org.kde.StatusNotifierWatcher',member='RegisterStatusNotifierItem'" \
            >"$work/shown" 2>/dev/null &
        watch_pid=$!
        wait_for 10 test -s "$work/shown" || die "dbus-monitor did not start" ;;
    trayer)
        "$FP_XDOCK" >"$work/shown" &
        watch_pid=$!
        wait_for 10 grep -q ready "$work/shown" || die "xdock-watch did not start" ;;
    esac
}
# One line per icon shown: its time in epoch seconds (dbus-monitor's or xdock-watch's clock).
shown_times() {
    sed -n -e 's/^method call time=\([0-9.]*\) .*/\1/p' -e 's/^\([0-9][0-9.]*\) 0x.*/\1/p' "$work/shown"
}
shown_count() { shown_times | wc -l; }
shown_more_than() { [ "$(shown_count)" -gt "$1" ]; }

start_host() {
    case $1 in
    sni)
        for attempt in 1 2 3; do
            gtk-sni-tray-standalone --watcher --top --end -s 32 >>"$OUT/sni-tray.log" 2>&1 &
            host_pid=$!
            wait_for 30 bus_owned org.kde.StatusNotifierWatcher && kill -0 $host_pid 2>/dev/null && return 0
            kill $host_pid 2>/dev/null; wait $host_pid 2>/dev/null
            echo "footprint: gtk-sni-tray-standalone failed to start (attempt $attempt)" >&2
        done
        die "no SNI host" ;;
    trayer)
        trayer --edge top --align right --widthtype request --height 32 --SetDockType true \
            >"$OUT/trayer.log" 2>&1 &
        host_pid=$!
        sleep 2 # trayer says nothing when it owns _NET_SYSTEM_TRAY_S0; every start is checked below
        kill -0 $host_pid 2>/dev/null || die "trayer did not start" ;;
    esac
}

for host in $hosts; do
    start_host "$host"
    start_watch "$host"
    for ((round = 1; round <= rounds; round++)); do
        declare -A running=()
        for app in $apps; do
            before=$(shown_count)
            load=$(loadavg)
            t0=$EPOCHREALTIME
            launch "$app"
            running[$app]=$app_pid
            startup=NA startup_cpu=NA
            deadline=$((${EPOCHREALTIME%.*} + 30))
            while ((${EPOCHREALTIME%.*} < deadline)); do
                if shown_more_than "$before"; then
                    # CPU time spent up to the icon shown (plus at most one 10 ms poll):
                    # unlike the wall time, not stretched by other processes on the machine.
                    startup_cpu=$(awk -v ns="$(cpu_ns "$app_pid")" 'BEGIN { printf "%.1f", ns / 1e6 }')
                    t1=$(shown_times | sed -n "$((before + 1))p")
                    startup=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) * 1000 }')
                    break
                fi
                sleep 0.01
            done
            printf '%s\t%s\t%s\tstartup_ms\t%s\t%s\n' "$host" "$round" "$app" "$startup" "$load" >>"$results"
            printf '%s\t%s\t%s\tstartup_cpu_ms\t%s\t%s\n' "$host" "$round" "$app" "$startup_cpu" "$load" >>"$results"
            sleep 1
        done
        sleep "$settle"
        declare -A ticks0=() ns0=()
        for app in $apps; do
            ticks0[$app]=$(cpu_ticks "${running[$app]}")
            ns0[$app]=$(cpu_ns "${running[$app]}")
        done
        load=$(loadavg)
        t0=$EPOCHREALTIME
        sleep "$idle"
        t1=$EPOCHREALTIME
        hz=$(getconf CLK_TCK)
        for app in $apps; do
            pid=${running[$app]}
            kill -0 "$pid" 2>/dev/null || { echo "footprint: $app ($host, round $round) died" >&2; continue; }
            per_min=$(awk -v a="${ticks0[$app]}" -v b="$(cpu_ticks "$pid")" -v hz="$hz" -v s0="$t0" -v s1="$t1" \
                'BEGIN { printf "%.1f", (b - a) * 1000 / hz * 60 / (s1 - s0) }')
            ns_min=$(awk -v a="${ns0[$app]}" -v b="$(cpu_ns "$pid")" -v s0="$t0" -v s1="$t1" \
                'BEGIN { printf "%.2f", (b - a) / 1e6 * 60 / (s1 - s0) }')
            printf '%s\t%s\t%s\tidle_cpu_ms_per_min\t%s\t%s\n' "$host" "$round" "$app" "$per_min" "$load" >>"$results"
            printf '%s\t%s\t%s\tidle_cpu_ms_per_min_schedstat\t%s\t%s\n' "$host" "$round" "$app" "$ns_min" "$load" >>"$results"
            printf '%s\t%s\t%s\trss_mib\t%s\t%s\n' "$host" "$round" "$app" \
                "$(awk -v k="$(rss_kib "$pid")" 'BEGIN { printf "%.1f", k / 1024 }')" "$load" >>"$results"
        done
        if ss -tnp 2>/dev/null | grep "127.0.0.1:$st_port" | grep -q syncthingtray; then
            echo "$host round $round: Syncthing Tray connected to Syncthing" >>"$OUT/checks.log"
        else
            echo "$host round $round: Syncthing Tray NOT connected to Syncthing" >>"$OUT/checks.log"
        fi
        for app in $apps; do kill "${running[$app]}" 2>/dev/null; done
        for app in $apps; do wait "${running[$app]}" 2>/dev/null; done
        unset running ticks0 ns0
        sleep 1
    done
    kill "$watch_pid" "$host_pid" 2>/dev/null
    wait "$watch_pid" "$host_pid" 2>/dev/null
    sleep 1
done

echo
echo "host    app          quantity                         min     median  (load avg at start: min-max)"
python3 - "$results" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    host, _round, app, quantity, value, load = line.rstrip("\n").split("\t")
    entry = rows.setdefault((host, app, quantity), ([], []))
    if value != "NA":
        entry[0].append(float(value))
    entry[1].append(float(load))
for (host, app, quantity), (values, loads) in sorted(rows.items()):
    if values:
        print(f"{host:<7} {app:<12} {quantity:<32} {min(values):7.1f} {statistics.median(values):7.1f}"
              f"  ({min(loads)}-{max(loads)}, {len(values)} of {len(loads)} rounds)")
    else:
        print(f"{host:<7} {app:<12} {quantity:<32}      NA      NA")
PY
echo
cat "$OUT/checks.log" 2>/dev/null
