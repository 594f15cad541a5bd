#!/usr/bin/env bash
# package.Install: installs the built .deb on this machine with dpkg -i (apt-get -f brings any
# missing dependency, as on a user's machine), then runs what it installed from /usr/bin: both
# versions, German and Spanish help texts (the translations are built into the binaries), the
# installed desktop file through desktop-file-validate, and no unresolved library.
#   install-package.sh OUT_DIR VERSION APP_ID
# Needs root: without it, skips (77) locally and fails with CI=true. package.Remove undoes it.
set -uo pipefail

[ $# -eq 3 ] || { echo "usage: $0 OUT_DIR VERSION APP_ID" >&2; exit 1; }
out=$1 version=$2 app_id=$3

skip_or_fail() {
    if [ "${CI:-}" = "true" ]; then echo "package.Install: FAIL: $*" >&2; exit 1; fi
    echo "package.Install: SKIP: $*" >&2
    exit 77
}
[ "$(id -u)" -eq 0 ] || skip_or_fail "installing a package needs root"
command -v desktop-file-validate >/dev/null 2>&1 \
    || skip_or_fail "desktop-file-validate is missing; install: apt-get install -y desktop-file-utils"

problems=0
fail() { echo "package.Install: FAIL: $*" >&2; problems=$((problems + 1)); }
ok() { echo "package.Install: ok: $*"; }

deb=$out/relayq-tray_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || { echo "package.Install: no $deb" >&2; exit 1; }

export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
if ! dpkg -i "$deb"; then
    # Dependencies missing on this machine: dpkg leaves the package unconfigured, apt completes it.
    echo "package.Install: dpkg -i left dependencies open; apt-get install -f" >&2
    apt-get install -f -y --no-install-recommends || { echo "apt-get install -f failed" >&2; exit 1; }
fi
status=$(dpkg-query -W -f='${Status} ${Version}' relayq-tray 2>&1)
[ "$status" = "install ok installed $version" ] \
    || { echo "package.Install: relayq-tray is '$status' after installing" >&2; exit 1; }
ok "dpkg: $status"
unset LC_ALL

# The programs the package put in /usr/bin, not the build tree's.
for program in relayq-tray relayqctl; do
    path=/usr/bin/$program
    dpkg -S "$path" 2>/dev/null | grep -q '^relayq-tray: ' || fail "$path does not belong to relayq-tray"
    unresolved=$(ldd "$path" 2>&1 | grep 'not found')
    [ -z "$unresolved" ] || fail "$path: libraries not found: $unresolved"
    said=$(env LANG=C.UTF-8 "$path" --version 2>&1)
    if grep -Fq "$version" <<<"$said"; then
        ok "$program --version: $said"
    else
        fail "$program --version said '$said', want $version"
    fi
done

# The system's language picks the built-in translation (no locale needs to be generated: Qt reads
# LANG itself). Strings whose German and Spanish the .ts files have.
help_in() { # LANG PROGRAM
    env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG="$1" "/usr/bin/$2" --help 2>&1
}
expect_help() { # LANG PROGRAM TRANSLATION ENGLISH
    local text
    text=$(help_in "$1" "$2")
    if grep -Fq "$3" <<<"$text" && ! grep -Fq "$4" <<<"$text"; then
        ok "LANG=$1 $2 --help: \"$3\""
    else
        fail "LANG=$1 $2 --help lacks \"$3\" (or still says \"$4\"):"$'\n'"$text"
    fi
}
expect_help de_DE.UTF-8 relayqctl "Die eingebaute Demo-Flotte verwenden" \
    "Use the built-in demo fleet"
expect_help es_ES.UTF-8 relayq-tray "Supervisar la flota de demostración integrada" \
    "Watch the built-in demo fleet"
expect_help de_DE.UTF-8 relayq-tray "Die eingebaute Demo-Flotte überwachen" \
    "Watch the built-in demo fleet"

desktop=/usr/share/applications/$app_id.desktop
# Hints are advice; errors (and a non-zero exit) are not.
if report=$(desktop-file-validate "$desktop" 2>&1) && ! grep -q 'error:' <<<"$report"; then
    ok "desktop-file-validate $desktop${report:+ (}${report}${report:+)}"
else
    fail "desktop-file-validate $desktop: ${report:-exit code not 0}"
fi
grep -qx "Exec=relayq-tray.*" "$desktop" || fail "$desktop does not start relayq-tray"

[ $problems -eq 0 ] || { echo "package.Install: $problems problem(s)" >&2; exit 1; }
echo "package.Install: all checks passed"
