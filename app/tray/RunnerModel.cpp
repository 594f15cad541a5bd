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

const Job *currentJob(const Runner &runner, const FleetSnapshot &snapshot)
{
    for (const Job &job : snapshot.jobs) {
        if (job.isInProgress() && job.runnerId && *job.runnerId == runner.id
            && job.target == runner.target)
            return &job;
    }
    return nullptr;
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
    for (const TargetState &state : snapshot.targets) {
        QList<QStandardItem *> row = targetRow(state, snapshot);
        for (const Runner &runner : snapshot.runners) {
            if (runner.target == state.target.name())
                row.first()->appendRow(runnerRow(runner, snapshot));
        }
        appendRow(row);
    }
}

QList<QStandardItem *> RunnerModel::targetRow(const TargetState &state,
                                              const FleetSnapshot &snapshot) const
{
    const QString name = state.target.name();
    int online = 0, total = 0;
    for (const Runner &runner : snapshot.runners) {
        if (runner.target != name)
            continue;
        ++total;
        online += runner.isOnline() ? 1 : 0;
    }
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

QList<QStandardItem *> RunnerModel::runnerRow(const Runner &runner,
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
    if (const Job *job = currentJob(runner, snapshot)) {
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
    row.first()->setIcon(TrayIconPainter::dot(TrayIconPainter::stateColor(look)));
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
