#include "AutoRecovery.h"

#include "Clock.h"
#include "FleetSnapshot.h"
#include "ServiceControl.h"

namespace relayq {

namespace {
constexpr qint64 kHour = 3600;
const QString kOrigin = QStringLiteral("auto-recovery");
} // namespace

AutoRecovery::AutoRecovery(RunnerRestart &restart, const Clock &clock, ServiceFactory factory,
                           QObject *parent)
    : QObject(parent), m_restart(restart), m_clock(clock), m_factory(std::move(factory))
{
    connect(&m_restart, &RunnerRestart::finished, this, &AutoRecovery::onRestartFinished);
}

void AutoRecovery::setBindings(const RunnerBindingList &bindings)
{
    QHash<QString, Watch> watches;
    for (const RunnerBinding &binding : bindings) {
        if (!binding.autoRecovery || binding.runnerName.isEmpty())
            continue;
        const QString key = binding.runnerName.toLower();
        Watch watch = m_watches.value(key); // a changed binding keeps its counts
        watch.binding = binding;
        watches.insert(key, watch);
    }
    m_watches = watches;
}

int AutoRecovery::offlinePolls(const QString &runnerName) const
{
    return m_watches.value(runnerName.toLower()).offlinePolls;
}

int AutoRecovery::attemptsInLastHour(const QString &runnerName) const
{
    const QDateTime hourAgo = m_clock.now().addSecs(-kHour);
    const QList<QDateTime> attempts = m_watches.value(runnerName.toLower()).attempts;
    return int(std::count_if(attempts.begin(), attempts.end(),
                             [&hourAgo](const QDateTime &when) { return when > hourAgo; }));
}

bool AutoRecovery::hasGivenUp(const QString &runnerName) const
{
    return m_watches.value(runnerName.toLower()).gaveUp;
}

void AutoRecovery::onSnapshot(const FleetSnapshot &snapshot)
{
    for (const Runner &runner : snapshot.runners) {
        auto watch = m_watches.find(runner.name.toLower());
        if (watch == m_watches.end())
            continue;
        // Only what GitHub said in this very poll counts: a failed or stale target says
        // nothing about its runners.
        const TargetState *target = snapshot.targetState(runner.target);
        if (!target || target->stale || !target->connection.isOk())
            continue;
        observe(*watch, runner);
    }
}

void AutoRecovery::observe(Watch &watch, const Runner &runner)
{
    if (runner.isOnline()) {
        watch.offlinePolls = 0;
        watch.gaveUp = false;
        return;
    }
    if (!runner.isOffline() || watch.busy || watch.gaveUp)
        return; // an unknown status is not offline; a restart in progress is not recounted
    ++watch.offlinePolls;
    if (watch.offlinePolls >= m_offlinePolls)
        act(watch, runner);
}

int AutoRecovery::backoffFor(qsizetype attemptsSoFar) const
{
    if (m_backoff.isEmpty())
        return 0;
    return m_backoff.at(std::min<qsizetype>(attemptsSoFar, m_backoff.size() - 1));
}

void AutoRecovery::act(Watch &watch, const Runner &runner)
{
    const QDateTime now = m_clock.now();
    watch.attempts.removeIf([&now](const QDateTime &when) { return when.secsTo(now) >= kHour; });
    const QString name = watch.binding.runnerName;
    if (watch.attempts.size() >= m_maxAttempts) {
        giveUp(watch,
               tr("%1 is still offline after %2 automatic restarts in the last hour. RelayQ "
                  "stops trying until it is seen online again: look at the runner's own logs.")
                   .arg(name)
                   .arg(watch.attempts.size()));
        return;
    }
    if (!watch.attempts.isEmpty()
        && watch.attempts.last().secsTo(now) < backoffFor(watch.attempts.size()))
        return; // backing off: the next poll looks again
    const std::shared_ptr<ServiceControl> service = m_factory ? m_factory(watch.binding) : nullptr;
    if (!service) {
        giveUp(watch,
               tr("%1 is offline, but RelayQ cannot reach its service to restart it.").arg(name));
        return;
    }
    watch.busy = true;
    const QString key = name.toLower();
    service->run(ServiceAction::Status, this,
                 [this, key, runner, service](const ServiceOutcome &outcome) {
                     onStatus(key, runner, service, outcome);
                 });
}

void AutoRecovery::onStatus(const QString &key, const Runner &runner,
                            std::shared_ptr<ServiceControl> service, const ServiceOutcome &outcome)
{
    auto watch = m_watches.find(key);
    if (watch == m_watches.end())
        return; // unbound meanwhile
    const QString name = watch->binding.runnerName;
    QString reason;
    switch (outcome.state.kind) {
    case ServiceState::Kind::NotFound:
        watch->busy = false;
        giveUp(*watch,
               tr("%1 is offline and its service is not installed (%2); RelayQ will not "
                  "restart it.")
                   .arg(name, outcome.message));
        return;
    case ServiceState::Kind::Running:
        reason = tr("its service is running but the runner is not connected (hung)");
        break;
    case ServiceState::Kind::Stopped: reason = tr("its service is stopped"); break;
    case ServiceState::Kind::Failed: reason = tr("its service has failed"); break;
    case ServiceState::Kind::Unknown:
        reason = tr("the state of its service could not be read (%1)").arg(outcome.message);
        break;
    }
    RestartRequest request;
    request.target = Target::parse(runner.target).value_or(Target {});
    request.runnerId = runner.id;
    request.runnerName = name;
    request.service = std::move(service);
    request.origin = kOrigin;
    emit restarting(name,
                    tr("%1 has been offline for %2 polls and %3: restarting it.")
                        .arg(name)
                        .arg(watch->offlinePolls)
                        .arg(reason));
    if (m_restart.restart(request)) {
        watch->busy = false; // refused (someone else is restarting it, or cooling down)
        return;
    }
    watch->attempts.append(m_clock.now());
}

void AutoRecovery::onRestartFinished(const RestartOutcome &outcome)
{
    if (outcome.origin != kOrigin)
        return;
    auto watch = m_watches.find(outcome.runnerName.toLower());
    if (watch == m_watches.end())
        return;
    watch->busy = false;
    watch->offlinePolls = 0; // count afresh after each attempt
    emit attempted(outcome.runnerName, outcome);
}

void AutoRecovery::giveUp(Watch &watch, const QString &message)
{
    watch.gaveUp = true;
    watch.offlinePolls = 0;
    emit gaveUp(watch.binding.runnerName, message);
}

} // namespace relayq
