#include "RunnerModel.h"

#include "GitHubWebUrl.h"
#include "ItemRoles.h"
#include "TrayIconPainter.h"

namespace relayq {

namespace {
QStandardItem *cell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text);
    return item;
}

// The job each runner is running, found once per snapshot rather than once per runner (a scan
// of every job for each of 1,000 runners): the first in-progress job naming the runner.
QHash<QPair<QString, qint64>, const Job *> currentJobs(const FleetSnapshot &snapshot)
{
    QHash<QPair<QString, qint64>, const Job *> jobs;
    for (const Job &job : snapshot.jobs) {
        const auto key = qMakePair(job.target, job.runnerId.value_or(0));
        if (job.isInProgress() && job.runnerId && !jobs.contains(key))
            jobs.insert(key, &job);
    }
    return jobs;
}
} // namespace

RunnerModel::RunnerModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels(
        { tr("Runner"), tr("Status"), tr("Labels"), tr("Activity"), tr("OS"), tr("Version") });
}

void RunnerModel::setApiBase(const QUrl &apiBase)
{
    m_apiBase = apiBase;
}

void RunnerModel::setFleet(const FleetSnapshot &snapshot)
{
    removeRows(0, rowCount());
    QHash<QString, QList<const Runner *>> byTarget; // in the snapshot's order
    for (const Runner &runner : snapshot.runners)
        byTarget[runner.target].append(&runner);
    const auto jobs = currentJobs(snapshot);
    for (const TargetState &state : snapshot.targets) {
        const QList<const Runner *> runners = byTarget.value(state.target.name());
        QList<QStandardItem *> row = targetRow(state, runners);
        for (const Runner *runner : runners) {
            const Job *job = jobs.value(qMakePair(runner->target, runner->id));
            row.first()->appendRow(runnerRow(*runner, job, snapshot));
        }
        appendRow(row);
    }
}

QIcon RunnerModel::dot(FleetState look) const
{
    auto found = m_dots.constFind(int(look));
    if (found == m_dots.cend())
        found = m_dots.insert(int(look), TrayIconPainter::dot(TrayIconPainter::stateColor(look)));
    return *found;
}

QList<QStandardItem *> RunnerModel::targetRow(const TargetState &state,
                                              const QList<const Runner *> &runners) const
{
    const QString name = state.target.name();
    const int total = int(runners.size());
    const int online = int(std::count_if(runners.cbegin(), runners.cend(),
                                         [](const Runner *runner) { return runner->isOnline(); }));
    QString status
        = total == 0 ? tr("No self-hosted runners") : tr("%1 of %2 online").arg(online).arg(total);
    if (!state.connection.isOk())
        status = tr("Not reachable: %1").arg(state.connection.message);
    else if (state.stale)
        status += QStringLiteral(" · ") + tr("data from an earlier check");
    QList<QStandardItem *> row { cell(name), cell(status) };
    for (int column = LabelsColumn; column <= VersionColumn; ++column)
        row.append(cell(QString()));
    row.first()->setData(GitHubWebUrl::targetPage(m_apiBase, state.target).toString(), UrlRole);
    row.first()->setData(QStringLiteral("target:") + name, KeyRole);
    row.first()->setAccessibleText(tr("Target %1, %2").arg(name, status));
    return row;
}

QList<QStandardItem *> RunnerModel::runnerRow(const Runner &runner, const Job *job,
                                              const FleetSnapshot &snapshot) const
{
    QString status;
    FleetState look = FleetState::Unknown;
    if (runner.isOnline()) {
        status = runner.busy ? tr("Online, busy") : tr("Online, idle");
        look = runner.busy ? FleetState::Busy : FleetState::Healthy;
    } else if (runner.isOffline()) {
        status = tr("Offline");
        look = FleetState::Critical;
    } else {
        status = runner.statusText.isEmpty() ? tr("Unknown") : runner.statusText;
    }
    QString activity = runner.busy ? tr("Busy") : tr("Idle");
    if (job) {
        activity = job->workflowName.isEmpty()
            ? tr("Running %1").arg(job->name)
            : tr("Running %1 / %2").arg(job->workflowName, job->name);
    } else if (!runner.isOnline()) {
        activity = QString();
    }
    QList<QStandardItem *> row {
        cell(runner.name), cell(status),    cell(runner.labels.join(u", ")),
        cell(activity),    cell(runner.os), cell(runner.version)
    };
    row.first()->setIcon(dot(look));
    row.first()->setData(runnerPage(runner, snapshot), UrlRole);
    row.first()->setData(QStringLiteral("runner:%1:%2").arg(runner.target).arg(runner.id), KeyRole);
    row.first()->setAccessibleText(tr("Runner %1, %2").arg(runner.name, status));
    return row;
}

// The runner's settings page, where GitHub shows its details and lets the owner remove it.
QString RunnerModel::runnerPage(const Runner &runner, const FleetSnapshot &snapshot) const
{
    const TargetState *state = snapshot.targetState(runner.target);
    if (!state)
        return QString();
    QUrl page = GitHubWebUrl::webBase(m_apiBase);
    const QString suffix = QStringLiteral("/settings/actions/runners/%1").arg(runner.id);
    page.setPath(state->target.isRepository()
                     ? QLatin1Char('/') + state->target.name() + suffix
                     : QStringLiteral("/organizations/") + state->target.owner + suffix);
    return page.toString();
}

} // namespace relayq
