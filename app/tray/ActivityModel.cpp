#include "ActivityModel.h"

#include "QueueDiagnosis.h"

namespace relayq {

namespace {
// Text colours dark enough to read on a light list and still distinct on a dark one; the
// status text says "stuck" too, so colour is never the only sign.
const QColor kWarningText(0x9a, 0x67, 0x00);
const QColor kCriticalText(0xcf, 0x22, 0x2e);
} // namespace

ActivityModel::ActivityModel(QObject *parent) : KeyedTreeModel(parent)
{
    setHeaders({ tr("Run or job"), tr("Status"), tr("Time"), tr("Details") });
}

QString ActivityModel::formatElapsed(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    const qint64 minutes = (seconds % 3600) / 60;
    return minutes == 0 ? tr("%1 h").arg(seconds / 3600)
                        : tr("%1 h %2 min").arg(seconds / 3600).arg(minutes);
}

QString ActivityModel::statusText(ActionStatus status, const QString &raw)
{
    switch (status) {
    case ActionStatus::Queued: return tr("Queued");
    case ActionStatus::InProgress: return tr("In progress");
    case ActionStatus::Completed: return tr("Completed");
    case ActionStatus::Waiting: return tr("Waiting");
    case ActionStatus::Requested: return tr("Requested");
    case ActionStatus::Pending: return tr("Pending");
    case ActionStatus::ActionRequired: return tr("Action required");
    case ActionStatus::Unknown: break;
    }
    return raw;
}

QString ActivityModel::elapsedText(qint64 seconds) const
{
    // Past a minute the text only says minutes (and hours).
    const qint64 key = seconds < 60 ? qMax<qint64>(0, seconds) : seconds / 60 * 60;
    auto found = m_elapsedTexts.constFind(key);
    if (found == m_elapsedTexts.cend())
        found = m_elapsedTexts.insert(key, formatElapsed(key));
    return *found;
}

QString ActivityModel::statusWords(ActionStatus status, const QString &raw) const
{
    if (status == ActionStatus::Unknown)
        return statusText(status, raw);
    auto found = m_statusWords.constFind(int(status));
    if (found == m_statusWords.cend())
        found = m_statusWords.insert(int(status), statusText(status, raw));
    return *found;
}

void ActivityModel::setFleet(const FleetSnapshot &snapshot, const AlertList &alerts,
                             const QDateTime &now)
{
    m_elapsedTexts.clear();
    m_statusWords.clear();
    const QueueDiagnosis diagnosis(snapshot, alerts); // once per snapshot, not per job
    QList<Group> groups;
    QHash<qint64, qsizetype> runGroups; // run id -> its group
    for (const WorkflowRun &run : snapshot.runs) {
        if (!run.isActive())
            continue;
        runGroups.insert(run.id, groups.size());
        groups.append({ runRow(run, now), {} });
    }
    Group orphans; // jobs whose run is not in the list (yet)
    for (const Job &job : snapshot.jobs) {
        if (!isActive(job.status))
            continue;
        Row row = jobRow(job, diagnosis, now);
        const qsizetype group = runGroups.value(job.runId, -1);
        if (group < 0) {
            orphans.children.append(std::move(row));
            continue;
        }
        if (row.emphasis == kWarningText) // a stuck job: its run is highlighted too
            groups[group].row.emphasis = kWarningText;
        groups[group].children.append(std::move(row));
    }
    if (!orphans.children.isEmpty()) {
        orphans.row.key = QStringLiteral("group:other-jobs");
        orphans.row.texts = { tr("Other jobs"), QString(), QString(), QString() };
        groups.append(std::move(orphans));
    }
    setGroups(groups);
}

KeyedTreeModel::Row ActivityModel::runRow(const WorkflowRun &run, const QDateTime &now) const
{
    QString name = run.name.isEmpty() ? run.displayTitle : run.name;
    if (run.runNumber > 0)
        name += QStringLiteral(" #") + QString::number(run.runNumber);
    const QDateTime start = run.runStartedAt.isValid() ? run.runStartedAt : run.createdAt;
    QStringList details;
    if (!run.headBranch.isEmpty())
        details.append(tr("branch %1").arg(run.headBranch));
    details.append(run.target);
    const QString status = statusWords(run.status, run.statusText);
    Row row;
    row.key = QStringLiteral("run:") + run.target + u':' + QString::number(run.id);
    row.texts = { name, status, start.isValid() ? elapsedText(start.secsTo(now)) : QString(),
                  details.join(QStringLiteral(" · ")) };
    row.url = run.htmlUrl;
    row.accessibleText = tr("Run %1, %2").arg(name, status);
    return row;
}

KeyedTreeModel::Row ActivityModel::jobRow(const Job &job, const QueueDiagnosis &diagnosis,
                                          const QDateTime &now) const
{
    QString details;
    QString elapsed;
    const Alert *alert = diagnosis.jobAlert(job);
    if (job.isQueued()) {
        details = diagnosis.of(job);
        if (job.createdAt.isValid())
            elapsed = tr("waiting %1").arg(elapsedText(job.createdAt.secsTo(now)));
    } else {
        QStringList parts;
        if (!job.runnerName.isEmpty())
            parts.append(tr("On %1.").arg(job.runnerName));
        if (alert)
            parts.append(alert->message);
        details = parts.join(QLatin1Char(' '));
        if (job.startedAt.isValid())
            elapsed = elapsedText(job.startedAt.secsTo(now));
    }
    QString status = statusWords(job.status, job.statusText);
    Row row;
    if (alert && alert->kind == AlertKind::JobStuck) {
        status = tr("In progress, stuck");
        row.emphasis = kWarningText;
    } else if (job.isQueued() && diagnosis.noMatchingRunnerAlert(job)) {
        row.emphasis = kCriticalText;
    }
    row.key = QStringLiteral("job:") + job.target + u':' + QString::number(job.id);
    row.texts = { job.name, status, elapsed, details };
    row.url = job.htmlUrl;
    row.accessibleText = tr("Job %1, %2, %3").arg(job.name, status, details);
    return row;
}

} // namespace relayq
