#include "Alert.h"

namespace relayq {

QString alertKindKey(AlertKind kind)
{
    switch (kind) {
    case AlertKind::RunnerOffline: return QStringLiteral("runner_offline");
    case AlertKind::RunnerRemoved: return QStringLiteral("runner_removed");
    case AlertKind::NoMatchingRunner: return QStringLiteral("no_matching_runner");
    case AlertKind::JobQueuedTooLong: return QStringLiteral("job_queued_too_long");
    case AlertKind::JobStuck: return QStringLiteral("job_stuck");
    case AlertKind::LongRunning: return QStringLiteral("long_running");
    case AlertKind::FailureRate: return QStringLiteral("failure_rate");
    case AlertKind::PoolEmpty: return QStringLiteral("pool_empty");
    }
    return QStringLiteral("unknown");
}

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Critical: return QStringLiteral("critical");
    }
    return QStringLiteral("unknown");
}

} // namespace relayq
