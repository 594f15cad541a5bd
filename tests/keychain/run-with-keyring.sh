#!/usr/bin/env bash
# Runs "$@" against a private, unlocked gnome-keyring: a fresh HOME and XDG_RUNTIME_DIR, a
# private session bus (dbus-run-session) and gnome-keyring-daemon's Secret Service in it, so a
# test never touches the developer's own keyring and can search HOME afterwards.
#   RELAYQ_TEST_HOME   the fresh HOME, for tests that search it
# Without gnome-keyring or dbus-run-session: exit 77 (CTest's "skipped") locally; with CI set,
# exit 1 and name the Debian package to install.
set -u

missing=()
command -v dbus-run-session >/dev/null 2>&1 || missing+=("dbus-run-session (Debian package dbus-daemon, pulled in by dbus)")
command -v gnome-keyring-daemon >/dev/null 2>&1 || missing+=("gnome-keyring-daemon (Debian package gnome-keyring)")
command -v dbus-send >/dev/null 2>&1 || missing+=("dbus-send (Debian package dbus-bin, pulled in by dbus)")
command -v secret-tool >/dev/null 2>&1 || missing+=("secret-tool (Debian package libsecret-tools)")
if [ ${#missing[@]} -gt 0 ]; then
  for m in "${missing[@]}"; do echo "run-with-keyring: missing $m" >&2; done
  if [ -n "${CI:-}" ]; then
    echo "run-with-keyring: CI must run the keychain tests: scripts/install-deps.sh --tests installs them" >&2
    exit 1
  fi
  echo "run-with-keyring: skipping (exit 77)" >&2
  exit 77
fi

home=$(mktemp -d "${TMPDIR:-/tmp}/relayq-keyring-home.XXXXXX") || exit 1
runtime=$(mktemp -d "${TMPDIR:-/tmp}/relayq-keyring-run.XXXXXX") || { rm -rf "$home"; exit 1; }
chmod 700 "$runtime"
cleanup() { rm -rf "$home" "$runtime"; }
trap cleanup EXIT

# Exported BEFORE dbus-run-session: the bus and the keyring daemon must see the fresh dirs.
export HOME="$home" XDG_RUNTIME_DIR="$runtime" RELAYQ_TEST_HOME="$home"
# Everything the app and the keyring write must land in the fresh HOME.
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME DBUS_SESSION_BUS_ADDRESS
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK GH_TOKEN GITHUB_TOKEN

# The daemon runs in the foreground of this session so that its pid is known and it is stopped
# when "$@" ends (a daemon still starting when the bus goes away would outlive the session).
# It takes the bus name a moment after it starts: wait for it, or the first keychain call
# would D-Bus-activate a second daemon.
printf pw > "$runtime/unlock"
dbus-run-session -- sh -c '
  gnome-keyring-daemon --foreground --unlock --components=secrets <"$XDG_RUNTIME_DIR/unlock" >/dev/null &
  daemon=$!
  tries=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.GetNameOwner string:org.freedesktop.secrets >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ $tries -gt 200 ] || ! kill -0 $daemon 2>/dev/null; then
      echo "run-with-keyring: gnome-keyring-daemon did not start its Secret Service" >&2
      kill $daemon 2>/dev/null; exit 1
    fi
    sleep 0.05
  done
  rm -f "$XDG_RUNTIME_DIR/unlock"
  "$@"
  rc=$?
  kill $daemon 2>/dev/null
  wait $daemon 2>/dev/null
  exit $rc' run-with-keyring "$@"
