#pragma once
// Everything known about the fleet after one poll: immutable values, compared poll to poll by
// FleetMonitor. A target whose poll failed keeps its last good data (marked stale) so that a
// failed poll neither raises nor clears anything.

#include "ConnectionStatus.h"
#include "Job.h"
#include "Runner.h"
#include "Target.h"
#include "WorkflowRun.h"

#include <QDateTime>
#include <QList>

namespace relayq {

struct TargetState
{
    Target target;
    ConnectionStatus connection; // how this target's requests went in this poll
    bool stale = false; // true when the data below is from an earlier poll
    QDateTime lastSuccess; // when data for this target was last fetched completely
};

struct FleetSnapshot
{
    QDateTime takenAt;
    QList<TargetState> targets;
    QList<Runner> runners; // of every target
    QList<WorkflowRun> runs; // active runs and the recent completed ones of repository targets
    QList<Job> jobs; // jobs of active runs

    // Worst connection state across targets (Ok when every target answered).
    ConnectionStatus connection() const;
    // The state of one target; nullptr when it is not watched.
    const TargetState *targetState(const QString &targetName) const;
    bool isTargetFresh(const QString &targetName) const;
};

} // namespace relayq

#include <QMetaType>
Q_DECLARE_METATYPE(relayq::FleetSnapshot)
Q_DECLARE_METATYPE(relayq::ConnectionStatus)
