#!/usr/bin/env bash
# package.Inspect: reads the packages package.Build made, without installing them.
#   inspect-package.sh OUT_DIR BUILD_DIR VERSION APP_ID "ICON SIZES"
# BUILD_DIR is the tree the packages were made from (package.Build's Release tree).
# The control fields (name, version, architecture, the Depends shlibdeps cannot see and the ones
# it must find), the payload (binaries 0755 and stripped, data files 0644, all root-owned, every
# icon size at its size, no test programs), the same files as the project's install rules, and
# the same binaries in the .tar.gz. Every problem is listed; the exit code is 1 if there is any.
set -uo pipefail

[ $# -eq 5 ] || { echo "usage: $0 OUT_DIR BUILD_DIR VERSION APP_ID SIZES" >&2; exit 1; }
out=$1 build=$2 version=$3 app_id=$4 sizes=$5
export LC_ALL=C.UTF-8

problems=0
fail() { echo "package.Inspect: FAIL: $*" >&2; problems=$((problems + 1)); }
ok() { echo "package.Inspect: ok: $*"; }

for pair in dpkg-deb:dpkg readelf:binutils file:file tar:tar; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || {
        echo "package.Inspect: missing ${pair%%:*}; install: apt-get install -y ${pair#*:}" >&2
        [ "${CI:-}" = "true" ] && exit 1
        exit 77
    }
done

arch=$(dpkg --print-architecture)
deb=$out/relayq-tray_${version}_${arch}.deb
tgz=$out/relayq-tray-${version}-Linux-$(uname -m).tar.gz
[ -f "$deb" ] || { echo "package.Inspect: no $deb (ls: $(ls "$out" 2>&1))" >&2; exit 1; }
[ -f "$tgz" ] || { echo "package.Inspect: no $tgz (ls: $(ls "$out" 2>&1))" >&2; exit 1; }

work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT

# --- Control fields ---------------------------------------------------------------------------
dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = relayq-tray ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', want $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
for name in Maintainer Section Homepage; do
    [ -n "$(field "$name")" ] || fail "no $name"
done
# A summary line and a long description under it.
[ "$(field Description | wc -l)" -ge 3 ] || fail "Description has no long text"

# Each wanted package as a whole name in the comma/pipe-separated list (version bounds allowed).
depends=$(field Depends)
has_relation() { tr ',|' '\n' <<<"$1" | sed 's/(.*//; s/^ *//; s/ *$//' | grep -Eqx "$2"; }
# Run-time plugins and dlopen'ed libraries shlibdeps cannot see, then what it must have found.
for wanted in libqt6svg6 libsecret-1-0 hicolor-icon-theme \
              libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6dbus6 libqt6keychain1 \
              'libspdlog[-0-9a-z.]*' 'libyaml-cpp[0-9.]*' libarchive13 libc6; do
    if has_relation "$depends" "$wanted"; then ok "Depends: $wanted"; else fail "Depends lacks $wanted"; fi
done
has_relation "$(field Recommends)" qt6-translations-l10n \
    || fail "Recommends lacks qt6-translations-l10n (Qt's own German and Spanish)"
has_relation "$(field Suggests)" openssh-client || fail "Suggests lacks openssh-client"

# --- Payload: names, modes, owners ------------------------------------------------------------
dpkg-deb -c "$deb" >"$work/contents"
# "drwxr-xr-x root/root 0 2024-01-01 00:00 ./usr/bin/" → mode owner path (no links expected).
awk '{ print $1, $2, $6 }' "$work/contents" >"$work/entries"
mode_of() { awk -v p="$1" '$3 == p { print $1 " " $2 }' "$work/entries"; }
expect_file() { # PATH MODE
    local got
    got=$(mode_of "$1")
    if [ "$got" = "$2 root/root" ]; then ok "$1 $2"; else fail "$1: '${got:-missing}', want $2 root/root"; fi
}
expect_file ./usr/bin/relayq-tray -rwxr-xr-x
expect_file ./usr/bin/relayqctl -rwxr-xr-x
expect_file "./usr/share/applications/$app_id.desktop" -rw-r--r--
expect_file "./usr/share/metainfo/$app_id.metainfo.xml" -rw-r--r--
expect_file "./usr/share/doc/relayq-tray/copyright" -rw-r--r--
expect_file "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" -rw-r--r--
for size in $sizes; do
    expect_file "./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" -rw-r--r--
done

programs=$(awk '$3 ~ /^\.\/usr\/bin\/./ { print $3 }' "$work/entries" | sort | tr '\n' ' ')
[ "$programs" = "./usr/bin/relayq-tray ./usr/bin/relayqctl " ] \
    || fail "/usr/bin holds '$programs', want exactly relayq-tray and relayqctl"
awk '$2 != "root/root"' "$work/entries" | grep . && fail "entries not owned by root/root (above)"
# Folders 0755, files 0644, and 0755 only for the programs; nothing outside /usr.
awk '$1 ~ /^d/ && $1 != "drwxr-xr-x"' "$work/entries" | grep . && fail "folders not 0755 (above)"
awk '$1 ~ /^-/ && $1 != "-rw-r--r--" && $3 !~ /^\.\/usr\/bin\//' "$work/entries" | grep . \
    && fail "data files not 0644 (above)"
awk '$1 !~ /^[-d]/' "$work/entries" | grep . && fail "links or special files (above)"
grep -Ev '^\./(usr(/.*)?)?$' <(awk '{ print $3 }' "$work/entries") | grep . \
    && fail "paths outside /usr (above)"
# No test program or test data, by folder or by name.
grep -Ei '/tests?(/|$)|/Test[^/]*$|/relayq-sim$|/relayq-render-icon$' "$work/entries" \
    && fail "test programs or build tools in the package (above)"

# --- The programs are stripped ELF executables; the icons are as big as their folder says ----
dpkg-deb -x "$deb" "$work/root"
for program in relayq-tray relayqctl; do
    path=$work/root/usr/bin/$program
    sections=$(readelf -S -W "$path" 2>&1)
    if grep -Eq '\.(debug_info|symtab)\b' <<<"$sections"; then
        fail "$program is not stripped: $(grep -Eo '\.(debug_[a-z]+|symtab)' <<<"$sections" | tr '\n' ' ')"
    else
        ok "$program stripped ($(stat -c %s "$path") bytes)"
    fi
    file -b "$path" | grep -q '^ELF .*executable' || fail "$program: $(file -b "$path")"
    # A release build: CI's test build is sanitized, and that one must never be packaged.
    sanitizers=$(readelf -d -W "$path" 2>&1 | grep -Eo 'lib(a|ub|l|t)san[^] ]*' | tr '\n' ' ')
    [ -z "$sanitizers" ] || fail "$program is a sanitizer build (needs $sanitizers)"
done
for size in $sizes; do
    png=$work/root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [ -f "$png" ] || continue # reported above
    file -b "$png" | grep -q "^PNG image data, $size x $size," \
        || fail "${size}x${size} icon is '$(file -b "$png")'"
done

# --- Exactly what the project's install rules install -----------------------------------------
# The package must neither lose nor add files: compare with a plain DESTDIR install of the tree.
if DESTDIR=$work/staged cmake --install "$build" --prefix /usr >"$work/install.log" 2>&1; then
    (cd "$work/staged" && find . -type f | sort) >"$work/installed"
    (cd "$work/root" && find . -type f | sort) >"$work/packaged"
    if diff -u "$work/installed" "$work/packaged"; then
        ok "the package holds exactly the $(wc -l <"$work/packaged") files the install rules install"
    else
        fail "package and install rules differ (diff above: - installed only, + packaged only)"
    fi
else
    cat "$work/install.log" >&2
    fail "cmake --install of $build failed"
fi

# --- The portable archive: the same files under one folder, programs executable ---------------
top=relayq-tray-${version}-Linux-$(uname -m)
tar -tvzf "$tgz" >"$work/tgz-contents" || fail "cannot list $tgz"
for program in relayq-tray relayqctl; do
    if grep -Eq "^-rwxr-xr-x .* $top/bin/$program\$" "$work/tgz-contents"; then
        ok "tar.gz: $top/bin/$program 0755"
    else
        fail "tar.gz lacks an executable $top/bin/$program"
    fi
done
(cd "$work/root/usr" && find . -type f | sed "s|^\\.|$top|" | sort) >"$work/deb-files"
awk '$1 ~ /^-/ { print $NF }' "$work/tgz-contents" | sort >"$work/tgz-files"
if diff -u "$work/deb-files" "$work/tgz-files"; then
    ok "tar.gz holds the same $(wc -l <"$work/tgz-files") files"
else
    fail "tar.gz and .deb hold different files (diff above)"
fi

echo "package.Inspect: $(basename "$deb") $(stat -c %s "$deb") bytes, $(basename "$tgz")" \
    "$(stat -c %s "$tgz") bytes, $(wc -l <"$work/entries") entries"
[ $problems -eq 0 ] || { echo "package.Inspect: $problems problem(s)" >&2; exit 1; }
echo "package.Inspect: all checks passed"
