#!/usr/bin/env bash
# package.Build: makes the Debian package and the portable archive from a built tree, the way a
# release does (cpack with the tree's CPackConfig.cmake), into a fresh OUT folder.
#   build-packages.sh BUILD_DIR OUT_DIR
# A missing tool (cpack's DEB generator needs dpkg-shlibdeps and file) fails with CI=true and
# skips (77) elsewhere.
set -uo pipefail

die() { echo "package.Build: $*" >&2; exit 1; }
[ $# -eq 2 ] || die "usage: $0 BUILD_DIR OUT_DIR"
build=$1 out=$2

missing=()
for pair in cpack:cmake dpkg-shlibdeps:dpkg-dev file:file strip:binutils; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
    message="missing packaging tools; install: apt-get install -y ${missing[*]}"
    [ "${CI:-}" = "true" ] && die "$message"
    echo "package.Build: SKIP: $message" >&2
    exit 77
fi
[ -f "$build/CPackConfig.cmake" ] || die "$build/CPackConfig.cmake is missing: configure first"

# Old packages must not pass for new ones.
rm -rf "$out" || die "cannot remove $out"
mkdir -p "$out" || die "cannot make $out"
# Nothing from the user's locale in dpkg-shlibdeps' or tar's messages.
export LC_ALL=C.UTF-8
cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$out" || die "cpack failed"

# The staging folders are cpack's own; only the two packages (and their checksums) stay.
rm -rf "$out/_CPack_Packages"
ls -l "$out"
debs=("$out"/*.deb) tgzs=("$out"/*.tar.gz)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then die "expected one .deb in $out"; fi
if [ ${#tgzs[@]} -ne 1 ] || [ ! -f "${tgzs[0]}" ]; then die "expected one .tar.gz in $out"; fi
echo "package.Build: $(basename "${debs[0]}") $(stat -c %s "${debs[0]}") bytes," \
    "$(basename "${tgzs[0]}") $(stat -c %s "${tgzs[0]}") bytes"
