#pragma once
// One job of a simulated workflow run. Status and conclusion use GitHub's words
// (queued/in_progress/completed; success/failure/cancelled …).

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace relayq::sim {

struct SimJob
{
    qint64 id = 0;
    qint64 runId = 0;
    QString name;
    QStringList labels; // runs-on
    QString status = QStringLiteral("queued");
    QString conclusion; // empty while not completed
    QDateTime createdAt;
    QDateTime startedAt; // when a runner took it
    QDateTime completedAt;
    QDateTime eligibleAt; // runners pick it up from then on (GitHub's pickup latency)
    QDateTime completeAt; // when it will complete (in progress, not stuck)
    QString plannedConclusion = QStringLiteral("success");
    qint64 runnerId = 0;
    QString runnerName;
    bool stuck = false; // never completes by itself
};

} // namespace relayq::sim
