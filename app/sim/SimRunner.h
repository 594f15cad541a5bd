#pragma once
// A self-hosted runner as the simulator keeps it: registered on a repository ("owner/repo") or an
// organisation ("org"), online or not, busy while it runs a job.

#include <QString>
#include <QStringList>

namespace relayq::sim {

struct SimRunner
{
    qint64 id = 0;
    QString target; // "owner/repo" or "org", as registered
    QString name;
    QString os = QStringLiteral("Linux");
    QStringList labels; // always starts with "self-hosted"
    bool online = true;
    bool ephemeral = false;
    qint64 jobId = 0; // the job it runs; 0 when idle

    bool busy() const { return jobId != 0; }
};

} // namespace relayq::sim
