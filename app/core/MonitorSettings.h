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
    int offlinePollsBeforeAlert = 2; // runner_offline debounce; `status` uses 1
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
