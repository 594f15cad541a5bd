#!/usr/bin/env bash
# package.Remove (cleanup of the installed-package fixture): dpkg -r relayq-tray, so the machine
# is left as it was before package.Install. Nothing to do when it is not installed (Install
# skipped or failed before dpkg); without root, skips (77) locally and fails with CI=true.
set -uo pipefail

gone() { case "$1" in "" | *not-installed | *config-files) return 0 ;; *) return 1 ;; esac; }
if gone "$(dpkg-query -W -f='${Status}' relayq-tray 2>/dev/null)"; then
    echo "package.Remove: relayq-tray is not installed; nothing to remove"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    [ "${CI:-}" = "true" ] && { echo "package.Remove: FAIL: removing a package needs root" >&2; exit 1; }
    echo "package.Remove: SKIP: removing a package needs root" >&2
    exit 77
fi
export DEBIAN_FRONTEND=noninteractive
dpkg -r relayq-tray || exit 1
left=$(dpkg-query -W -f='${Status}' relayq-tray 2>/dev/null)
gone "$left" || { echo "package.Remove: relayq-tray is still '$left'" >&2; exit 1; }
for path in /usr/bin/relayq-tray /usr/bin/relayqctl; do
    [ ! -e "$path" ] || { echo "package.Remove: $path is still there" >&2; exit 1; }
done
echo "package.Remove: relayq-tray removed"
