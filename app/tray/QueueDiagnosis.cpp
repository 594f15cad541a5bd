#include "QueueDiagnosis.h"

#include "HealthRules.h"

#include <QCoreApplication>

namespace relayq {

namespace {
const Alert *findAlert(const AlertList &alerts, const QString &id)
{
    for (const Alert &alert : alerts) {
        if (alert.id == id)
            return &alert;
    }
    return nullptr;
}
} // namespace

const Alert *QueueDiagnosis::noMatchingRunnerAlert(const Job &job, const AlertList &alerts)
{
    return findAlert(alerts, HealthRules::noMatchingRunnerId(job));
}

const Alert *QueueDiagnosis::jobAlert(const Job &job, const AlertList &alerts)
{
    const QString key = QString::number(job.id);
    if (const Alert *stuck
        = findAlert(alerts, HealthRules::alertId(AlertKind::JobStuck, job.target, key)))
        return stuck;
    return findAlert(alerts, HealthRules::alertId(AlertKind::JobQueuedTooLong, job.target, key));
}

QString QueueDiagnosis::of(const Job &job, const FleetSnapshot &snapshot, const AlertList &alerts)
{
    if (const Alert *alert = noMatchingRunnerAlert(job, alerts))
        return alert->message;
    QStringList idle, busy;
    for (const Runner &runner : HealthRules::servingRunners(snapshot, job.target)) {
        if (runner.isOnline() && runner.carriesAll(job.labels))
            (runner.busy ? busy : idle).append(runner.name);
    }
    QString line;
    if (!idle.isEmpty())
        line = tr("%1 can take it; GitHub has not assigned it yet.").arg(idle.join(u", "));
    else if (!busy.isEmpty())
        line = tr("Waiting for a busy runner: %1.").arg(busy.join(u", "));
    else
        line = tr("Waiting for a runner with the labels %1.").arg(job.labels.join(u", "));
    if (const Alert *alert = jobAlert(job, alerts))
        line = alert->message + QLatin1Char(' ') + line;
    return line;
}

} // namespace relayq
