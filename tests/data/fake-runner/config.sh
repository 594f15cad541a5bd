#!/bin/sh
# A stand-in for actions/runner's config.sh in tests. Works in its own directory, like the real
# one: configuring writes .runner (camelCase JSON, as the runner writes it), .credentials and
# .credentials_rsaparams; `remove` deletes them. The token comes as --token or, as the real
# runner reads any --arg, from ACTIONS_RUNNER_INPUT_TOKEN.
# Each call appends one line to $FAKE_RUNNER_LOG (default: fake-runner.log here): "token:set" or
# "token:unset", then the program name and its argv, tab-separated. The token's value is never
# written; $FAKE_RUNNER_TOKEN_CHECK (default: token-check.log here) gets "config.sh<TAB>clean" or
# "config.sh<TAB>LEAKED" for every call that had a token in the environment: LEAKED when the
# value also appeared in argv.
#   FAKE_RUNNER_FAIL=configure|remove   that step fails (exit 1 with a message)
#   FAKE_RUNNER_AGENT_ID=N              the agentId written to .runner (default 1)
here=$(cd "$(dirname "$0")" && pwd)
cd "$here" || exit 1
log=${FAKE_RUNNER_LOG:-$here/fake-runner.log}
check=${FAKE_RUNNER_TOKEN_CHECK:-$here/token-check.log}
token=$ACTIONS_RUNNER_INPUT_TOKEN
{
  if [ -n "$token" ]; then printf 'token:set'; else printf 'token:unset'; fi
  printf '\t%s' config.sh
  for a in "$@"; do printf '\t%s' "$a"; done
  echo
} >> "$log"
if [ -n "$token" ]; then
  verdict=clean
  for a in "$@"; do
    case "$a" in *"$token"*) verdict=LEAKED ;; esac
  done
  printf 'config.sh\t%s\n' "$verdict" >> "$check"
fi

command=configure
unattended=0
url=
name=
work=_work
while [ $# -gt 0 ]; do
  case "$1" in
    remove) command=remove; shift ;;
    --unattended) unattended=1; shift ;;
    --replace) shift ;;
    --url) url=$2; shift 2 ;;
    --name) name=$2; shift 2 ;;
    --labels|--runnergroup) shift 2 ;;
    --work) work=$2; shift 2 ;;
    --token) token=$2; shift 2 ;;
    *) echo "Unrecognized command-line input arguments: '$1'." >&2; exit 1 ;;
  esac
done

if [ "$command" = remove ]; then
  echo
  echo "# Runner removal"
  echo
  if [ ! -f .runner ]; then
    echo "Failed: the runner is not configured (no .runner)." >&2
    exit 1
  fi
  if [ -z "$token" ]; then
    echo "Enter runner remove token: (no terminal: no token given)" >&2
    exit 1
  fi
  if [ "$FAKE_RUNNER_FAIL" = remove ]; then
    echo "Http response code: NotFound from 'POST .../remove' (fake failure)" >&2
    exit 1
  fi
  rm -f .credentials .credentials_rsaparams .runner
  echo "√ Runner removed successfully"
  echo "√ Removed .credentials"
  echo "√ Removed .runner"
  exit 0
fi

if [ -f .runner ]; then
  echo "Cannot configure the runner because it is already configured. To reconfigure the runner, run 'config.cmd remove' or './config.sh remove' first." >&2
  exit 1
fi
if [ -z "$token" ] && [ "$unattended" = 1 ]; then
  echo "Invalid configuration provided for token. Terminating unattended configuration." >&2
  exit 1
fi
if [ -z "$url" ] || [ -z "$name" ]; then
  echo "Invalid configuration provided for url or name. Terminating unattended configuration." >&2
  exit 1
fi
if [ "$FAKE_RUNNER_FAIL" = configure ]; then
  echo "Http response code: Forbidden from 'POST https://api.github.com/actions/runner-registration' (fake failure)" >&2
  exit 1
fi
json_name=$(printf '%s' "$name" | sed 's/\\/\\\\/g; s/"/\\"/g')
json_url=$(printf '%s' "$url" | sed 's/\\/\\\\/g; s/"/\\"/g')
umask 077
cat > .runner <<RUNNER
{
  "agentId": ${FAKE_RUNNER_AGENT_ID:-1},
  "agentName": "$json_name",
  "poolId": 1,
  "poolName": "Default",
  "serverUrl": "https://pipelines.actions.githubusercontent.com/fake",
  "gitHubUrl": "$json_url",
  "workFolder": "$work"
}
RUNNER
printf '{"scheme":"OAuth","data":{"clientId":"fake-client","authorizationUrl":"https://pipelines.actions.githubusercontent.com/fake/_apis/oauth2/token","requireFipsCryptography":"False"}}' > .credentials
printf '{"d":"fake","dp":"fake","dq":"fake","exponent":"AQAB","inverseQ":"fake","modulus":"fake","p":"fake","q":"fake"}' > .credentials_rsaparams
echo
echo "# Runner Registration"
echo
echo "√ Runner successfully added"
echo "√ Runner connection is good"
echo "√ Settings Saved."
exit 0
