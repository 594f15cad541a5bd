#!/bin/sh
# A stand-in for actions/runner's svc.sh in tests. Works in its own directory: `install [user]`
# writes .service (the unit's name, as the real one does) and needs a configured runner;
# `uninstall` removes it; `start`/`stop`/`status` need it and keep the state in .fake-service.
# Each call appends "token:set|unset", "svc.sh" and its argv, tab-separated, to $FAKE_RUNNER_LOG
# (default: fake-runner.log here). FAKE_RUNNER_FAIL=install|uninstall|start|stop makes that
# step fail (exit 1 with a message).
here=$(cd "$(dirname "$0")" && pwd)
cd "$here" || exit 1
log=${FAKE_RUNNER_LOG:-$here/fake-runner.log}
{
  if [ -n "$ACTIONS_RUNNER_INPUT_TOKEN" ]; then printf 'token:set'; else printf 'token:unset'; fi
  printf '\t%s' svc.sh
  for a in "$@"; do printf '\t%s' "$a"; done
  echo
} >> "$log"
verb=$1
if [ -n "$verb" ] && [ "$FAKE_RUNNER_FAIL" = "$verb" ]; then
  echo "Failed to $verb the service (fake failure)" >&2
  exit 1
fi
unit=
[ -f .service ] && unit=$(cat .service)
case "$verb" in
  install)
    if [ ! -f .runner ]; then
      echo "Must configure the runner before installing the service (no .runner)." >&2
      exit 1
    fi
    if [ -n "$unit" ]; then
      echo "error: exists /etc/systemd/system/$unit" >&2
      exit 1
    fi
    name=$(sed -n 's/.*"agentName": *"\([^"]*\)".*/\1/p' .runner)
    unit="actions.runner.fake.$name.service"
    echo "Creating launch runner in /etc/systemd/system/$unit"
    echo "Run as user: ${2:-root}"
    printf '%s\n' "$unit" > .service
    echo stopped > .fake-service
    ;;
  uninstall)
    if [ -n "$unit" ]; then
      echo "Removed /etc/systemd/system/$unit."
    fi
    rm -f .service .fake-service
    ;;
  start|stop)
    if [ -z "$unit" ]; then
      echo "Failed to $verb the service: not installed (no .service)." >&2
      exit 5
    fi
    if [ "$verb" = start ]; then echo running > .fake-service; else echo stopped > .fake-service; fi
    echo "$verb $unit: $(cat .fake-service)"
    ;;
  status)
    if [ -z "$unit" ]; then echo "not installed"; exit 0; fi
    echo "$unit: $(cat .fake-service 2>/dev/null)"
    ;;
  *)
    echo "Usage: ./svc.sh [install, start, stop, status, uninstall]" >&2
    exit 1
    ;;
esac
exit 0
