#include "QueueDiagnosis.h"

#include "HealthRules.h"

#include <QCoreApplication>

namespace relayq {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("relayq::QueueDiagnosis", text);
}

// The same key HealthRules groups unservable jobs by: labels lower-cased, unique, sorted.
QString labelsKey(const QStringList &labels)
{
    QStringList key;
    for (const QString &label : labels)
        key.append(label.toLower());
    key.removeDuplicates();
    key.sort();
    return key.join(QLatin1Char(','));
}

// A repository's jobs can run on its own runners and on those of its owner's organisation.
bool serves(const Runner &runner, const Job &job, const FleetSnapshot &snapshot)
{
    if (runner.target == job.target)
        return true;
    const TargetState *runnerTarget = snapshot.targetState(runner.target);
    const TargetState *jobTarget = snapshot.targetState(job.target);
    return runnerTarget && jobTarget && !runnerTarget->target.isRepository()
        && runnerTarget->target.owner.compare(jobTarget->target.owner, Qt::CaseInsensitive) == 0;
}

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
    return findAlert(
        alerts,
        HealthRules::alertId(AlertKind::NoMatchingRunner, job.target, labelsKey(job.labels)));
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
    for (const Runner &runner : snapshot.runners) {
        if (runner.isOnline() && runner.carriesAll(job.labels) && serves(runner, job, snapshot))
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
