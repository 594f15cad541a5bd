#!/bin/bash
# runner_health_check.sh - Ensure runners stay healthy
#
# A faithful port of the seed's runner_health_check.sh (/work/shared/docs/
# seed-reliability-patterns.md, "Health Monitoring" → "Automatic Recovery"), for the benchmarks
# of tests/bench (BenchRateLimit, BenchDetection) and docs/performance.md. The seed's logic is
# kept line for line: one `gh api …/actions/runners` call per runner per check, the runner's
# status picked out with jq, anything but "online" reported as offline and restarted.
# What changed:
#   - the transport: `gh` is the shell function of gh-curl.sh (curl + jq, gh's headers; token
#     from GH_TOKEN, API base from GH_API_URL);
#   - the repository and runner names, hard-coded in the seed (Khamel83/relayq; mac-mini-runner,
#     rpi4-runner, still the defaults), come from SEED_REPO and the arguments;
#   - the restart commands (`sudo ./svc.sh restart`, `sudo systemctl restart actions-runner`,
#     still the defaults) can be replaced through SEED_RESTART_MAC / SEED_RESTART_PI, so a
#     benchmark never runs sudo.
#
#   GH_API_URL=http://127.0.0.1:PORT GH_TOKEN=… SEED_REPO=owner/repo \
#       runner_health_check.sh [RUNNER_NAME…]

. "$(dirname "$0")/gh-curl.sh"

REPO=${SEED_REPO:-Khamel83/relayq}

check_runner() {
    local runner_name=$1
    # shellcheck disable=SC2155,SC2086 # the seed's line, kept as it is
    local runner_status=$(gh api repos/$REPO/actions/runners | \
        jq -r ".runners[] | select(.name == \"$runner_name\") | .status")

    if [ "$runner_status" != "online" ]; then
        echo "Runner $runner_name is offline, attempting restart"
        # Trigger restart based on runner type
        case $runner_name in
            *mac*) ${SEED_RESTART_MAC:-sudo ./svc.sh restart} ;;
            *pi*) ${SEED_RESTART_PI:-sudo systemctl restart actions-runner} ;;
        esac
    fi
}

if [ $# -eq 0 ]; then
    set -- "mac-mini-runner" "rpi4-runner"
fi
for runner_name in "$@"; do
    check_runner "$runner_name"
done
