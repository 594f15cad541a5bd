#!/usr/bin/env bash
# package.InstalledTray: runs TEST (TestInstalledTray) on the private headless desktop of
# tests/desktop/run-with-desktop.sh, once the package of this build (VERSION) is installed.
#   run-installed-tray.sh VERSION DESKTOP_RUNNER TEST
# Without the installed package (package.Install skipped: not root) it skips (77) locally and
# fails with CI=true.
set -uo pipefail

[ $# -eq 3 ] || { echo "usage: $0 VERSION DESKTOP_RUNNER TEST" >&2; exit 1; }
version=$1 runner=$2 test=$3

status=$(dpkg-query -W -f='${Status} ${Version}' relayq-tray 2>/dev/null)
if [ "$status" != "install ok installed $version" ]; then
    message="relayq-tray $version is not installed (dpkg: '${status:-unknown}'): package.Install did not run"
    [ "${CI:-}" = "true" ] && { echo "package.InstalledTray: FAIL: $message" >&2; exit 1; }
    echo "package.InstalledTray: SKIP: $message" >&2
    exit 77
fi
exec "$runner" "$test"
