#pragma once
// Something about the fleet the user should know. An alert is identified by a stable id, so the
// same condition seen on the next poll is the same alert (and can be cleared later).

#include <QDateTime>
#include <QHashFunctions>
#include <QList>
#include <QString>

namespace relayq {

enum class AlertKind {
    RunnerOffline, // runner_offline
    RunnerRemoved, // runner_removed: a non-ephemeral runner vanished from GitHub (info, once)
    NoMatchingRunner, // no_matching_runner
    JobQueuedTooLong, // job_queued_too_long
    JobStuck, // job_stuck
    LongRunning, // long_running
    FailureRate, // failure_rate
    PoolEmpty, // pool_empty
};

enum class Severity { Info, Warning, Critical };

// Qt 6.4 has no qHash for enums; QSet<AlertKind> needs one (found by ADL).
inline size_t qHash(AlertKind kind, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(kind), seed);
}

QString alertKindKey(AlertKind kind); // "runner_offline", …
QString severityKey(Severity severity); // "info", "warning", "critical"

struct Alert
{
    QString id; // e.g. "runner_offline:acme/app:42"
    AlertKind kind = AlertKind::RunnerOffline;
    Severity severity = Severity::Info;
    QString subject; // what it is about, in the user's words: a runner name, a job, a label
    QString message; // one sentence saying what is wrong and, where known, why
    QDateTime since; // when the condition began
    QString target; // Target::name()
    QString url; // a page on GitHub to open, when there is one

    friend bool operator==(const Alert &, const Alert &) = default;
};

using AlertList = QList<Alert>;

} // namespace relayq
