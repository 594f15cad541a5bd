#!/usr/bin/env bash
# Installs what RelayQ Tray needs on Debian 12 (bookworm), and only what is missing.
#   scripts/install-deps.sh           build and run dependencies
#   scripts/install-deps.sh --tests   plus what the test suite needs (Node.js + Prism, clang for
#                                     the fuzzers, …)
#   scripts/install-deps.sh --bench   plus what scripts/run-benchmarks.sh compares against
#                                     (valgrind, the seed's curl + jq, Syncthing Tray, trayer)
# Runs as root, or through sudo when it is there.
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
want_bench=0
case "${1:-}" in
  --tests) want_tests=1 ;;
  --bench) want_tests=1; want_bench=1 ;;
esac

build_packages=(
  build-essential cmake ninja-build pkg-config dpkg-dev file binutils
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6svg6
  qtkeychain-qt6-dev libsecret-1-0 libspdlog-dev libyaml-cpp-dev libarchive-dev
  qt6-translations-l10n
)
# A real desktop for the tray tests: X server, session bus, notification server, tray host.
test_packages=(ca-certificates clang-format
  xvfb xauth dbus dbus-x11 dbus-user-session gnome-keyring libsecret-tools
  dunst haskell-gtk-sni-tray-utils
  imagemagick xdotool x11-utils desktop-file-utils appstream
  openssh-server openssh-client openssl
  clang libclang-rt-14-dev llvm curl jq)
# Benchmarks only: callgrind, the seed's scripts' tools, the peer tray and a classic tray host.
bench_packages=(valgrind syncthing syncthingtray trayer time libx11-dev python3 iproute2)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "install-deps: need root (or sudo) to install: $*" >&2; exit 3; fi
}

packages=("${build_packages[@]}")
[ $want_tests -eq 1 ] && packages+=("${test_packages[@]}")
[ $want_bench -eq 1 ] && packages+=("${bench_packages[@]}")
command -v node >/dev/null || { [ $want_tests -eq 1 ] && packages+=(nodejs npm); }

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ $want_tests -eq 1 ]; then
  # GitHub's OpenAPI description and Prism, pinned by tests/contract/package-lock.json.
  lock=tests/contract/package-lock.json
  stamp=tests/contract/node_modules/.relayq-lock.sha256
  if [ ! -f "$stamp" ] || ! sha256sum --status -c "$stamp" 2>/dev/null; then
    echo "install-deps: npm ci in tests/contract"
    (cd tests/contract && npm ci --no-audit --no-fund --loglevel=error)
    sha256sum "$lock" > "$stamp"
  fi
fi
