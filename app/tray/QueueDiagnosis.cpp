#include "QueueDiagnosis.h"

#include "HealthRules.h"

namespace relayq {

QueueDiagnosis::QueueDiagnosis(const FleetSnapshot &snapshot, const AlertList &alerts)
    : m_snapshot(snapshot)
{
    m_alerts.reserve(alerts.size());
    for (const Alert &alert : alerts) {
        if (m_alerts.contains(alert.id))
            continue; // the first wins, as a scan of the list would find it
        m_alerts.insert(alert.id, &alert);
        if (alert.kind != AlertKind::JobStuck && alert.kind != AlertKind::JobQueuedTooLong)
            continue;
        // The id is the kind, the target and the job id: keep it by the job id it names.
        const QString prefix = HealthRules::alertId(alert.kind, alert.target, QString());
        bool ok = false;
        const qint64 jobId = alert.id.startsWith(prefix)
            ? QStringView(alert.id).mid(prefix.size()).toLongLong(&ok)
            : 0;
        if (ok && alert.id.size() == prefix.size() + QString::number(jobId).size())
            (alert.kind == AlertKind::JobStuck ? m_stuck : m_queuedTooLong).insert(jobId, &alert);
    }
}

const Alert *QueueDiagnosis::find(const QString &id) const
{
    return m_alerts.value(id, nullptr);
}

const Alert *QueueDiagnosis::noMatchingRunnerAlert(const Job &job) const
{
    return find(HealthRules::noMatchingRunnerId(job));
}

const Alert *QueueDiagnosis::jobAlert(const Job &job) const
{
    for (const auto *byJob : { &m_stuck, &m_queuedTooLong }) {
        for (auto it = byJob->constFind(job.id); it != byJob->cend() && it.key() == job.id; ++it) {
            if ((*it)->target == job.target)
                return *it;
        }
    }
    return nullptr;
}

// Which runners could take the job, the same for every job of the target asking for the same
// labels.
QString QueueDiagnosis::waitingFor(const Job &job) const
{
    const QString key = job.target + QLatin1Char('\n') + job.labels.join(QLatin1Char('\n'));
    const auto known = m_waiting.constFind(key);
    if (known != m_waiting.cend())
        return *known;
    auto serving = m_serving.constFind(job.target);
    if (serving == m_serving.cend())
        serving = m_serving.insert(job.target, HealthRules::servingRunners(m_snapshot, job.target));
    QStringList idle, busy;
    for (const Runner &runner : *serving) {
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
    m_waiting.insert(key, line);
    return line;
}

QString QueueDiagnosis::of(const Job &job) const
{
    if (const Alert *alert = noMatchingRunnerAlert(job))
        return alert->message;
    QString line = waitingFor(job);
    if (const Alert *alert = jobAlert(job))
        line = alert->message + QLatin1Char(' ') + line;
    return line;
}

} // namespace relayq
