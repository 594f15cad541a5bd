#!/bin/bash
# monitor_jobs.sh - Monitor job health
#
# A faithful port of the seed's monitor_jobs.sh (/work/shared/docs/
# seed-reliability-patterns.md, "Monitoring Patterns" → "Job Status Monitoring"), for the
# benchmarks of tests/bench and docs/performance.md. The seed's logic is kept line for line:
# three `gh run list` calls (in-progress runs created on the date six hours ago, the last 100
# runs, their conclusions), each as gh makes it (runs, then the workflows for their names).
# What changed:
#   - the transport: `gh` is the shell function of gh-curl.sh (curl + jq, gh's headers; token
#     from GH_TOKEN, API base from GH_API_URL);
#   - the repository, hard-coded in the seed (Khamel83/relayq, still the default), comes from
#     SEED_REPO.
#
#   GH_API_URL=http://127.0.0.1:PORT GH_TOKEN=… SEED_REPO=owner/repo monitor_jobs.sh

. "$(dirname "$0")/gh-curl.sh"

REPO=${SEED_REPO:-Khamel83/relayq}

# Check for stuck jobs
stuck_jobs=$(gh run list --repo "$REPO" --status in_progress --created "$(date -d '6 hours ago' --iso-8601)" | wc -l)

if [ "$stuck_jobs" -gt 0 ]; then
    echo "WARNING: $stuck_jobs jobs running for >6 hours"
    # Send notification
fi

# Check failure rate
total_jobs=$(gh run list --repo "$REPO" --limit 100 | wc -l)
failed_jobs=$(gh run list --repo "$REPO" --limit 100 --json conclusion | jq '[.[] | select(.conclusion == "failure")] | length')

failure_rate=$((failed_jobs * 100 / total_jobs))
if [ "$failure_rate" -gt 20 ]; then
    echo "WARNING: High failure rate: $failure_rate%"
fi
