#!/usr/bin/env bash
# Runs COMMAND… inside a private, headless desktop: a fresh HOME and XDG_RUNTIME_DIR, its own
# session bus, Xvfb, dunst (org.freedesktop.Notifications), a StatusNotifierItem host/watcher and
# dbus-monitor logging every notification call. Returns COMMAND's exit code.
#
# Exports for the command: DISPLAY, RELAYQ_NOTIFY_LOG (dbus-monitor output), RELAYQ_ARTIFACTS
# (directory for screenshots and logs; default ./desktop-artifacts), RELAYQ_DMENU_CHOICE (a file:
# write an action label pattern there and dunst's context menu picks the matching action).
#
# A missing tool fails with the Debian package to install when CI=true; elsewhere it exits 77,
# which CTest reports as skipped (SKIP_RETURN_CODE 77).
set -uo pipefail

die() { echo "run-with-desktop: $*" >&2; exit 1; }

if [ "${1:-}" != "--inner" ]; then
    [ $# -gt 0 ] || die "usage: $0 COMMAND [ARG…]"
    missing=()
    for pair in Xvfb:xvfb dbus-run-session:dbus-daemon dbus-send:dbus-bin \
                dbus-monitor:dbus-bin dbus-update-activation-environment:dbus-bin \
                dunst:dunst dunstctl:dunst gtk-sni-tray-standalone:haskell-gtk-sni-tray-utils \
                import:imagemagick xdotool:xdotool; do
        command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        packages=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
        message="missing desktop test tools; install: apt-get install -y ${packages}"
        if [ "${CI:-}" = "true" ]; then
            die "$message (CI installs every component: scripts/install-deps.sh --tests)"
        fi
        echo "run-with-desktop: SKIP: $message" >&2
        exit 77
    fi
    # Fresh HOME and runtime dir exported BEFORE dbus-run-session, so the bus and everything on
    # it use them (and nothing touches the user's real desktop, keyring or dunst).
    RELAYQ_ARTIFACTS=${RELAYQ_ARTIFACTS:-$PWD/desktop-artifacts}
    mkdir -p "$RELAYQ_ARTIFACTS" || die "cannot create $RELAYQ_ARTIFACTS"
    RELAYQ_ARTIFACTS=$(cd "$RELAYQ_ARTIFACTS" && pwd)
    HOME=$(mktemp -d) || die "mktemp failed"
    XDG_RUNTIME_DIR=$(mktemp -d) || die "mktemp failed"
    chmod 700 "$XDG_RUNTIME_DIR"
    # TMPDIR too: local sockets (e.g. the tray's single-instance one) must not meet a real
    # session's, nor another test's running in parallel.
    TMPDIR=$XDG_RUNTIME_DIR
    export HOME XDG_RUNTIME_DIR TMPDIR RELAYQ_ARTIFACTS
    unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS QT_QPA_PLATFORM
    dbus-run-session -- "$0" --inner "$@"
    rc=$?
    rm -rf "$HOME" "$XDG_RUNTIME_DIR"
    exit $rc
fi
shift # --inner: we are on the private session bus now

work=$(mktemp -d "$XDG_RUNTIME_DIR/desktop.XXXXXX") || die "mktemp failed"
pids=()
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
}
trap cleanup EXIT

# Polls CONDITION (a command) every 0.1 s for at most SECONDS seconds.
wait_for() {
    local what=$1 seconds=$2 tries
    shift 2
    for ((tries = seconds * 10; tries > 0; tries--)); do
        "$@" && return 0
        sleep 0.1
    done
    die "$what did not come up within ${seconds} s"
}
bus_name_owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q 'boolean true'
}

# Xvfb picks a free display itself and writes its number once it accepts connections.
Xvfb -displayfd 9 -screen 0 1280x800x24 -nolisten tcp 9>"$work/display" \
    >"$RELAYQ_ARTIFACTS/xvfb.log" 2>&1 &
pids+=($!)
wait_for Xvfb 20 grep -q '[0-9]' "$work/display"
DISPLAY=:$(tr -dc '0-9' <"$work/display")
export DISPLAY
export QT_QPA_PLATFORM=xcb
dbus-update-activation-environment DISPLAY XDG_RUNTIME_DIR HOME \
    || die "dbus-update-activation-environment failed"

# dunst: headless-friendly, every notification stays until closed, and its context menu asks a
# fake dmenu which picks the action named in $RELAYQ_DMENU_CHOICE.
export RELAYQ_DMENU_CHOICE=$work/dmenu-choice
cat >"$work/dmenu" <<DMENU
#!/bin/sh
# Stands in for dmenu: prints the menu line that matches the pattern the test wrote.
cat >"$work/dmenu-input"
[ -s "$RELAYQ_DMENU_CHOICE" ] && grep -F -m1 -- "\$(cat "$RELAYQ_DMENU_CHOICE")" "$work/dmenu-input"
exit 0
DMENU
chmod +x "$work/dmenu"
cat >"$work/dunstrc" <<DUNSTRC
[global]
    monitor = 0
    follow = none
    width = 300
    height = 300
    origin = top-right
    offset = 10x40
    notification_limit = 0
    idle_threshold = 0
    show_indicators = no
    sticky_history = yes
    history_length = 50
    dmenu = $work/dmenu
    browser = /bin/true
    mouse_left_click = do_action
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
DUNSTRC
dunst -config "$work/dunstrc" >"$RELAYQ_ARTIFACTS/dunst.log" 2>&1 &
pids+=($!)
wait_for dunst 20 bus_name_owned org.freedesktop.Notifications

# gtk-sni-tray-standalone sometimes dies at start-up (its host registers with its own watcher
# before that is exported: "Pattern match failure … Main.hs:177"), more often on a loaded machine.
# Such a death is the tool's, not ours: start it again, at most three times.
sni_up() { kill -0 "$1" 2>/dev/null && bus_name_owned org.kde.StatusNotifierWatcher; }
sni_dead() { ! kill -0 "$1" 2>/dev/null; }
: >"$RELAYQ_ARTIFACTS/sni-tray.log"
for attempt in 1 2 3; do
    gtk-sni-tray-standalone --watcher --top --end -s 32 \
        >>"$RELAYQ_ARTIFACTS/sni-tray.log" 2>&1 &
    sni=$!
    for ((tries = 300; tries > 0; tries--)); do
        sni_up "$sni" && break
        sni_dead "$sni" && break
        sleep 0.1
    done
    sni_up "$sni" && break
    sni_dead "$sni" || kill "$sni" 2>/dev/null
    echo "run-with-desktop: gtk-sni-tray-standalone failed to start (attempt $attempt)" >&2
done
pids+=("$sni")
sni_up "$sni" || die "gtk-sni-tray-standalone did not come up (see sni-tray.log)"

export RELAYQ_NOTIFY_LOG=$RELAYQ_ARTIFACTS/notify.log
: >"$RELAYQ_NOTIFY_LOG"
dbus-monitor --session "interface='org.freedesktop.Notifications'" >"$RELAYQ_NOTIFY_LOG" 2>&1 &
pids+=($!)
# dbus-monitor logs its own NameAcquired/NameLost once it is monitoring.
wait_for dbus-monitor 20 test -s "$RELAYQ_NOTIFY_LOG"

"$@"
rc=$?
exit $rc
