#!/bin/sh
# bench.Smoke: every benchmark once on a tiny fleet. Asserts that each still runs and checks its
# own results; never how fast it was (timing targets belong in benchmarks, not in tests).
set -e
for bench in "$@"; do
    echo "== $bench --smoke"
    "$bench" --smoke
done
