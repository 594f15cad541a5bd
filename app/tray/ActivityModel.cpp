#include "ActivityModel.h"

#include "ItemRoles.h"
#include "QueueDiagnosis.h"

#include <QFont>

namespace relayq {

namespace {
QStandardItem *cell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text);
    return item;
}

// Text colours dark enough to read on a light list and still distinct on a dark one; the
// status text says "stuck" too, so colour is never the only sign.
const QColor kWarningText(0x9a, 0x67, 0x00);
const QColor kCriticalText(0xcf, 0x22, 0x2e);

void highlight(const QList<QStandardItem *> &row, const QColor &color)
{
    for (QStandardItem *item : row) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        item->setForeground(color);
    }
}
} // namespace

ActivityModel::ActivityModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({ tr("Run or job"), tr("Status"), tr("Time"), tr("Details") });
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

void ActivityModel::setFleet(const FleetSnapshot &snapshot, const AlertList &alerts,
                             const QDateTime &now)
{
    removeRows(0, rowCount());
    QHash<qint64, QStandardItem *> runItems;
    QHash<qint64, QList<QStandardItem *>> runRows;
    for (const WorkflowRun &run : snapshot.runs) {
        if (!run.isActive())
            continue;
        QList<QStandardItem *> row = runRow(run, now);
        runItems.insert(run.id, row.first());
        runRows.insert(run.id, row);
        appendRow(row);
    }
    QStandardItem *orphans = nullptr; // jobs whose run is not in the list (yet)
    for (const Job &job : snapshot.jobs) {
        if (!isActive(job.status))
            continue;
        const QList<QStandardItem *> row = jobRow(job, snapshot, alerts, now);
        if (const Alert *alert = QueueDiagnosis::jobAlert(job, alerts);
            alert && alert->kind == AlertKind::JobStuck && runRows.contains(job.runId))
            highlight(runRows.value(job.runId), kWarningText);
        if (QStandardItem *parent = runItems.value(job.runId)) {
            parent->appendRow(row);
            continue;
        }
        if (!orphans) {
            QList<QStandardItem *> group { cell(tr("Other jobs")), cell(QString()), cell(QString()),
                                           cell(QString()) };
            orphans = group.first();
            orphans->setData(QStringLiteral("group:other-jobs"), KeyRole);
            appendRow(group);
        }
        orphans->appendRow(row);
    }
}

QList<QStandardItem *> ActivityModel::runRow(const WorkflowRun &run, const QDateTime &now) const
{
    QString name = run.name.isEmpty() ? run.displayTitle : run.name;
    if (run.runNumber > 0)
        name += QStringLiteral(" #%1").arg(run.runNumber);
    const QDateTime start = run.runStartedAt.isValid() ? run.runStartedAt : run.createdAt;
    QStringList details;
    if (!run.headBranch.isEmpty())
        details.append(tr("branch %1").arg(run.headBranch));
    details.append(run.target);
    QList<QStandardItem *> row { cell(name), cell(statusText(run.status, run.statusText)),
                                 cell(start.isValid() ? formatElapsed(start.secsTo(now))
                                                      : QString()),
                                 cell(details.join(QStringLiteral(" · "))) };
    row.first()->setData(run.htmlUrl, UrlRole);
    row.first()->setData(QStringLiteral("run:%1:%2").arg(run.target).arg(run.id), KeyRole);
    row.first()->setAccessibleText(tr("Run %1, %2").arg(name, row.at(StatusColumn)->text()));
    return row;
}

QList<QStandardItem *> ActivityModel::jobRow(const Job &job, const FleetSnapshot &snapshot,
                                             const AlertList &alerts, const QDateTime &now) const
{
    QString details;
    QString elapsed;
    const Alert *alert = QueueDiagnosis::jobAlert(job, alerts);
    if (job.isQueued()) {
        details = QueueDiagnosis::of(job, snapshot, alerts);
        if (job.createdAt.isValid())
            elapsed = tr("waiting %1").arg(formatElapsed(job.createdAt.secsTo(now)));
    } else {
        QStringList parts;
        if (!job.runnerName.isEmpty())
            parts.append(tr("On %1.").arg(job.runnerName));
        if (alert)
            parts.append(alert->message);
        details = parts.join(QLatin1Char(' '));
        if (job.startedAt.isValid())
            elapsed = formatElapsed(job.startedAt.secsTo(now));
    }
    QList<QStandardItem *> row { cell(job.name), cell(statusText(job.status, job.statusText)),
                                 cell(elapsed), cell(details) };
    if (alert && alert->kind == AlertKind::JobStuck) {
        row.at(StatusColumn)->setText(tr("In progress, stuck"));
        highlight(row, kWarningText);
    } else if (job.isQueued() && QueueDiagnosis::noMatchingRunnerAlert(job, alerts)) {
        highlight(row, kCriticalText);
    }
    row.first()->setData(job.htmlUrl, UrlRole);
    row.first()->setData(QStringLiteral("job:%1:%2").arg(job.target).arg(job.id), KeyRole);
    row.first()->setAccessibleText(
        tr("Job %1, %2, %3").arg(job.name, row.at(StatusColumn)->text(), details));
    return row;
}

} // namespace relayq
