#pragma once
// A workflow run (GET /repos/{o}/{r}/actions/runs).

#include <QDateTime>
#include <QString>

namespace relayq {

// Status values shared by runs and jobs. GitHub may add values: those map to Unknown and the
// original string is kept for display.
enum class ActionStatus {
    Queued,
    InProgress,
    Completed,
    Waiting,
    Requested,
    Pending,
    ActionRequired,
    Unknown,
};

// True for states in which a run or job still needs a runner or holds one.
inline bool isActive(ActionStatus s)
{
    return s == ActionStatus::Queued || s == ActionStatus::InProgress || s == ActionStatus::Waiting
        || s == ActionStatus::Requested || s == ActionStatus::Pending;
}

struct WorkflowRun
{
    qint64 id = 0;
    QString name; // workflow name; may be empty (GitHub sends null)
    QString displayTitle;
    ActionStatus status = ActionStatus::Unknown;
    QString statusText;
    QString conclusion; // empty while running or when null
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime runStartedAt;
    QString htmlUrl;
    int runAttempt = 1;
    qint64 runNumber = 0;
    QString event;
    QString headBranch;
    qint64 workflowId = 0;
    QString path; // workflow file, e.g. ".github/workflows/build.yml"
    QString target;

    bool isActive() const { return relayq::isActive(status); }
    bool isCompleted() const { return status == ActionStatus::Completed; }
    // A completed run counts as failed when it concluded failure or timed_out.
    bool isFailure() const
    {
        return isCompleted()
            && (conclusion == QLatin1String("failure") || conclusion == QLatin1String("timed_out"));
    }
};

} // namespace relayq
