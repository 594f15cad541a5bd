#!/usr/bin/env bash
# package.Build: makes the Debian package and the portable archive the way a release does: a
# Release tree of the app alone (never the test build, which CI compiles with the sanitizers),
# then cpack with that tree's CPackConfig.cmake, into a fresh OUT folder.
#   build-packages.sh SOURCE_DIR PACKAGE_TREE OUT_DIR
# PACKAGE_TREE is configured (or brought up to date) and built here: only what the package
# installs (relayq-tray, relayqctl, the rendered icons; lrelease's translations come with core).
# A missing tool (cpack's DEB generator needs dpkg-shlibdeps and file) fails with CI=true and
# skips (77) elsewhere.
set -uo pipefail

die() { echo "package.Build: $*" >&2; exit 1; }
[ $# -eq 3 ] || die "usage: $0 SOURCE_DIR PACKAGE_TREE OUT_DIR"
source_dir=$1 build=$2 out=$3

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

# The release build: optimised, no tests, no sanitizers, warnings still errors. The build tree's
# environment (ASAN_OPTIONS …) does not matter to it: nothing here is sanitized.
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
[ -f "$build/CMakeCache.txt" ] && generator=()
cmake -S "$source_dir" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
    -DRELAYQ_BUILD_TESTS=OFF -DRELAYQ_CONTRACT_TESTS=OFF -DRELAYQ_WARNINGS_AS_ERRORS=ON \
    -DRELAYQ_SANITIZE=OFF >"$build.configure.log" 2>&1 \
    || { cat "$build.configure.log" >&2; die "configuring the package tree failed"; }
cmake --build "$build" --parallel "$(nproc)" --target relayq-tray relayqctl relayq_app_icons \
    || die "building the package tree failed"
[ -f "$build/CPackConfig.cmake" ] || die "$build/CPackConfig.cmake is missing"

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
