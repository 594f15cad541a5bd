#pragma once
// A job of a workflow run (GET …/actions/runs/{run_id}/jobs).

#include "WorkflowRun.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace relayq {

struct Job
{
    qint64 id = 0;
    qint64 runId = 0;
    QString name;
    QString workflowName;
    ActionStatus status = ActionStatus::Unknown;
    QString statusText;
    QString conclusion;
    QStringList labels; // the job's runs-on
    std::optional<qint64> runnerId;
    QString runnerName;
    QString runnerGroupName;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime completedAt;
    QString htmlUrl;
    QString headBranch;
    QString target;

    bool isQueued() const { return status == ActionStatus::Queued; }
    bool isInProgress() const { return status == ActionStatus::InProgress; }
};

} // namespace relayq
