#!/usr/bin/env bash
# Runs "$@" against a private OpenSSH server on a loopback port: a throwaway host key and client
# key in a fresh temporary directory, an sshd_config allowing only that key, and ssh client
# configurations for the test, so nothing touches the machine's own sshd, keys or known_hosts.
# Exported for the test:
#   RELAYQ_SSHD_DIR                 the temporary directory (removed afterwards)
#   RELAYQ_SSHD_PORT                the port sshd listens on (127.0.0.1)
#   RELAYQ_SSHD_CLOSED_PORT         a loopback port nothing listens on
#   RELAYQ_SSHD_LOG                 sshd's log (LogLevel VERBOSE)
#   RELAYQ_SSH_USER                 the user to log in as (the one running this)
#   RELAYQ_SSH_CONFIG               an ssh config (-F) with the right key and known_hosts
#   RELAYQ_SSH_CONFIG_UNKNOWN_HOST  the same key, but an empty known_hosts
#   RELAYQ_SSH_CONFIG_WRONG_KEY     the known host, but a key sshd does not accept
# Without /usr/sbin/sshd or ssh: exit 77 (CTest's "skipped") locally; with CI set, exit 1 and
# name the Debian package to install.
set -u

sshd=/usr/sbin/sshd # sshd refuses to run unless started by its absolute path
missing=()
[ -x "$sshd" ] || missing+=("$sshd (Debian package openssh-server)")
command -v ssh >/dev/null 2>&1 || missing+=("ssh (Debian package openssh-client)")
command -v ssh-keygen >/dev/null 2>&1 || missing+=("ssh-keygen (Debian package openssh-client)")
if [ ${#missing[@]} -gt 0 ]; then
  for m in "${missing[@]}"; do echo "run-with-sshd: missing $m" >&2; done
  if [ -n "${CI:-}" ]; then
    echo "run-with-sshd: CI must run the SSH tests: scripts/install-deps.sh --tests installs them" >&2
    exit 1
  fi
  echo "run-with-sshd: skipping (exit 77)" >&2
  exit 77
fi

umask 077 # ssh refuses keys and configs others can read or write
dir=$(mktemp -d "${TMPDIR:-/tmp}/relayq-sshd.XXXXXX") || exit 1
pid=
cleanup() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# Root's sshd checks for its privilege separation directory even for a private instance
# (Debian's ssh.service creates it with RuntimeDirectory=sshd).
if [ "$(id -u)" = 0 ] && [ ! -d /run/sshd ]; then
  mkdir -p /run/sshd && chmod 755 /run/sshd
fi

ssh-keygen -q -N '' -t ed25519 -C relayq-test-host -f "$dir/host_key" || exit 1
ssh-keygen -q -N '' -t ed25519 -C relayq-test-client -f "$dir/client_key" || exit 1
ssh-keygen -q -N '' -t ed25519 -C relayq-test-stranger -f "$dir/wrong_key" || exit 1
cp "$dir/client_key.pub" "$dir/authorized_keys"
: > "$dir/known_hosts_empty"
user=$(id -un)

# A port nothing listens on now: bash's /dev/tcp fails to connect to it.
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

write_sshd_config() {
  cat > "$dir/sshd_config" <<CONFIG
ListenAddress 127.0.0.1
Port $1
HostKey $dir/host_key
AuthorizedKeysFile $dir/authorized_keys
PidFile $dir/sshd.pid
UsePAM no
StrictModes no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin prohibit-password
AllowUsers $user
LogLevel VERBOSE
CONFIG
}

# Another program may take the port between choosing and binding it: try a few.
started=0
for _ in 1 2 3 4 5; do
  port=$(free_port) || { echo "run-with-sshd: no free port found" >&2; exit 1; }
  write_sshd_config "$port"
  if ! "$sshd" -t -f "$dir/sshd_config"; then
    echo "run-with-sshd: sshd rejects the test configuration" >&2
    exit 1
  fi
  : > "$dir/sshd.log"
  "$sshd" -D -f "$dir/sshd_config" -E "$dir/sshd.log" </dev/null &
  pid=$!
  for _ in $(seq 1 200); do
    grep -q "Server listening on 127.0.0.1 port $port" "$dir/sshd.log" 2>/dev/null && started=1
    [ $started = 1 ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  [ $started = 1 ] && break
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  pid=
done
if [ $started != 1 ]; then
  echo "run-with-sshd: sshd did not start; its log:" >&2
  cat "$dir/sshd.log" >&2
  exit 1
fi
closed_port=$(free_port) || { echo "run-with-sshd: no free port found" >&2; exit 1; }

echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$dir/host_key.pub")" > "$dir/known_hosts"
write_client_config() { # file identity known_hosts
  cat > "$1" <<CONFIG
Host *
    IdentityFile $2
    IdentitiesOnly yes
    UserKnownHostsFile $3
    GlobalKnownHostsFile /dev/null
    User $user
CONFIG
}
write_client_config "$dir/ssh_config" "$dir/client_key" "$dir/known_hosts"
write_client_config "$dir/ssh_config_unknown_host" "$dir/client_key" "$dir/known_hosts_empty"
write_client_config "$dir/ssh_config_wrong_key" "$dir/wrong_key" "$dir/known_hosts"

export RELAYQ_SSHD_DIR="$dir" RELAYQ_SSHD_PORT="$port" RELAYQ_SSHD_CLOSED_PORT="$closed_port"
export RELAYQ_SSHD_LOG="$dir/sshd.log" RELAYQ_SSH_USER="$user"
export RELAYQ_SSH_CONFIG="$dir/ssh_config"
export RELAYQ_SSH_CONFIG_UNKNOWN_HOST="$dir/ssh_config_unknown_host"
export RELAYQ_SSH_CONFIG_WRONG_KEY="$dir/ssh_config_wrong_key"
# The developer's agent would offer its own keys; the test's configs name theirs.
unset SSH_AUTH_SOCK SSH_AGENT_PID

"$@"
rc=$?
if [ $rc != 0 ]; then
  echo "run-with-sshd: the test failed; sshd's log:" >&2
  cat "$dir/sshd.log" >&2
fi
exit $rc
