#pragma once
// A simulated workflow run: its status follows its jobs (queued → in_progress → completed).

#include <QDateTime>
#include <QList>
#include <QString>

namespace relayq::sim {

struct SimWorkflowRun
{
    qint64 id = 0;
    QString repo; // "owner/repo"
    qint64 workflowId = 0;
    QString name; // the workflow's name
    QString path; // the workflow's path
    int runNumber = 1;
    QString event = QStringLiteral("push");
    QString headBranch = QStringLiteral("main");
    QString headSha;
    QString status = QStringLiteral("queued");
    QString conclusion; // empty while not completed
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime runStartedAt;
    QList<qint64> jobIds;
};

} // namespace relayq::sim
