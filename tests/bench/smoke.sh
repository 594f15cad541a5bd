#!/bin/sh
# bench.Smoke: every benchmark once on a tiny fleet. Asserts that each still runs and checks its
# own results; never how fast it was (timing targets belong in benchmarks, not in tests).
# BenchRateLimit and BenchDetection run the curl + jq port of the seed's scripts: without curl
# or jq this skips (exit 77), or fails when CI=true (scripts/install-deps.sh --tests has them).
set -e
for tool in bash curl jq; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "bench.Smoke: $tool is missing (scripts/install-deps.sh --tests)" >&2
        [ "${CI:-}" = true ] && exit 1
        exit 77
    fi
done
for bench in "$@"; do
    echo "== $bench --smoke"
    "$bench" --smoke
done
