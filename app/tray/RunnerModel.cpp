#include "RunnerModel.h"

#include "GitHubWebUrl.h"
#include "TrayIconPainter.h"

namespace relayq {

namespace {
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

RunnerModel::RunnerModel(QObject *parent) : KeyedTreeModel(parent)
{
    setHeaders(
        { tr("Runner"), tr("Status"), tr("Labels"), tr("Activity"), tr("OS"), tr("Version") });
}

void RunnerModel::setApiBase(const QUrl &apiBase)
{
    m_apiBase = apiBase;
}

void RunnerModel::setFleet(const FleetSnapshot &snapshot)
{
    QHash<QString, QList<const Runner *>> byTarget; // in the snapshot's order
    for (const Runner &runner : snapshot.runners)
        byTarget[runner.target].append(&runner);
    const auto jobs = currentJobs(snapshot);
    QList<Group> groups;
    groups.reserve(snapshot.targets.size());
    for (const TargetState &state : snapshot.targets) {
        const QList<const Runner *> runners = byTarget.value(state.target.name());
        Group group { targetRow(state, runners), {} };
        group.children.reserve(runners.size());
        const QString prefix = runnersPagePrefix(state);
        for (const Runner *runner : runners) {
            const Job *job = jobs.value(qMakePair(runner->target, runner->id));
            group.children.append(runnerRow(*runner, job, prefix));
        }
        groups.append(std::move(group));
    }
    setGroups(groups);
}

QIcon RunnerModel::dot(FleetState look) const
{
    auto found = m_dots.constFind(int(look));
    if (found == m_dots.cend())
        found = m_dots.insert(int(look), TrayIconPainter::dot(TrayIconPainter::stateColor(look)));
    return *found;
}

KeyedTreeModel::Row RunnerModel::targetRow(const TargetState &state,
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
    Row row;
    row.key = QStringLiteral("target:") + name;
    row.texts = { name, status, QString(), QString(), QString(), QString() };
    row.url = GitHubWebUrl::targetPage(m_apiBase, state.target).toString();
    row.accessibleText = tr("Target %1, %2").arg(name, status);
    return row;
}

KeyedTreeModel::Row RunnerModel::runnerRow(const Runner &runner, const Job *job,
                                           const QString &pagePrefix) const
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
    Row row;
    row.key = QStringLiteral("runner:") + runner.target + u':' + QString::number(runner.id);
    row.texts
        = { runner.name, status, runner.labels.join(u", "), activity, runner.os, runner.version };
    row.icon = dot(look);
    row.url = pagePrefix.isEmpty() ? QString() : pagePrefix + QString::number(runner.id);
    row.accessibleText = tr("Runner %1, %2").arg(runner.name, status);
    return row;
}

// The runners' settings pages, where GitHub shows a runner's details and lets the owner remove
// it: this prefix and the runner id.
QString RunnerModel::runnersPagePrefix(const TargetState &state) const
{
    QUrl page = GitHubWebUrl::webBase(m_apiBase);
    const QString suffix = QStringLiteral("/settings/actions/runners/");
    page.setPath(state.target.isRepository()
                     ? QLatin1Char('/') + state.target.name() + suffix
                     : QStringLiteral("/organizations/") + state.target.owner + suffix);
    return page.toString();
}

} // namespace relayq
