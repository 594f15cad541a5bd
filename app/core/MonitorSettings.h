#pragma once
// Thresholds of the health rules and the poll interval, with the defaults the issue specifies.
// Settings (issue 4) fills this from the user's configuration.

#include <QHash>
#include <QString>
#include <QStringList>

namespace relayq {

struct MonitorSettings
{
    int pollIntervalSeconds = 30; // clamped to [10, 3600] by PollScheduler
    // runner_offline debounce: polls in a row that see the runner offline; `status` uses 1.
    // Each observation short of it is followed by the next one PollScheduler::kConfirmSeconds
    // later (not a whole interval), so the default alerts 11–40 s after a runner went at 30 s
    // polls and stays quiet for a runner back within 10 s.
    int offlinePollsBeforeAlert = 2;
    int queuedTooLongSeconds = 10 * 60; // job_queued_too_long
    int stuckSeconds = 6 * 60 * 60; // job_stuck
    QHash<QString, int> stuckSecondsPerWorkflow; // key: workflow name or file path
    int longRunningSeconds = 2 * 60 * 60; // long_running (info)
    double failureRateThreshold = 0.20; // failure_rate when strictly above
    int failureRateWindow = 100; // last N completed runs
    int failureRateMinimumRuns = 5; // too few runs say nothing about a rate
    QStringList poolLabels; // labels the user treats as pools (pool_empty)
};

} // namespace relayq
