#!/bin/sh
# The installed data files as desktops and software centres read them:
#   check.sh desktop FILE.desktop           desktop-file-validate: no errors, no warnings
#   check.sh metainfo FILE.xml SOURCE_DIR   appstreamcli validate --no-net: no errors, no
#                                           warnings; every screenshot named exists in the tree
#   check.sh icons ICON_DIR APP_ID SIZE...  every rendered PNG exists at its size
# A missing tool skips (exit 77) locally; with CI=true it fails and names the Debian package.
set -u

need() { # need TOOL PACKAGE
    command -v "$1" >/dev/null 2>&1 && return 0
    if [ "${CI:-}" = true ]; then
        echo "FAIL: $1 is missing: install the Debian package $2" >&2
        exit 1
    fi
    echo "SKIP: $1 is missing (Debian package $2)" >&2
    exit 77
}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

check_desktop() {
    need desktop-file-validate desktop-file-utils
    out=$(desktop-file-validate "$1" 2>&1)
    status=$?
    printf '%s\n' "$out"
    [ $status -eq 0 ] || fail "desktop-file-validate refused $1"
    # Hints are advice; warnings and errors are not.
    if printf '%s\n' "$out" | grep -Eq ': (error|warning): '; then
        fail "desktop-file-validate found problems in $1"
    fi
    echo "OK: $1"
}

check_metainfo() {
    need appstreamcli appstream
    # appstreamcli fails on errors and warnings (infos and pedantic notes pass).
    appstreamcli validate --no-net --explain "$1" || fail "appstreamcli validate refused $1"
    # Software centres fetch the screenshots from the repository: each must be committed.
    prefix='https://raw.githubusercontent.com/relayq/relayq-tray/main/'
    images=$(sed -n 's:.*<image[^>]*>\(.*\)</image>.*:\1:p' "$1")
    [ -n "$images" ] || fail "no screenshots in $1"
    for url in $images; do
        case "$url" in
            "$prefix"*) file="$2/${url#"$prefix"}" ;;
            *) fail "screenshot $url is not in the repository ($prefix…)" ;;
        esac
        [ -s "$file" ] || fail "screenshot $url: $file is missing"
        echo "OK: screenshot $file"
    done
    echo "OK: $1"
}

check_icons() {
    need identify imagemagick
    dir=$1 id=$2
    shift 2
    [ $# -gt 0 ] || fail "no icon sizes given"
    for size in "$@"; do
        png="$dir/${size}x${size}/apps/$id.png"
        [ -s "$png" ] || fail "$png is missing (build the target relayq_app_icons)"
        actual=$(identify -format '%wx%h %m' "$png") || fail "$png is not an image"
        [ "$actual" = "${size}x${size} PNG" ] || fail "$png is $actual, not ${size}x${size} PNG"
        echo "OK: $png ($actual)"
    done
}

mode=${1:-}
[ $# -gt 0 ] && shift
case "$mode" in
    desktop) check_desktop "$@" ;;
    metainfo) check_metainfo "$@" ;;
    icons) check_icons "$@" ;;
    *) fail "usage: check.sh desktop|metainfo|icons ARGS" ;;
esac
