#include "FleetMonitor.h"

#include "HealthRules.h"

#include <algorithm>

namespace relayq {

FleetMonitor::FleetMonitor(const Clock &clock, const MonitorSettings &settings, QObject *parent)
    : QObject(parent), m_clock(clock), m_settings(settings)
{
    qRegisterMetaType<relayq::Alert>();
}

void FleetMonitor::setSettings(const MonitorSettings &settings)
{
    m_settings = settings;
    if (!m_hasSnapshot)
        return;
    announce(reconcile(HealthRules::evaluate(m_snapshot, m_history, m_settings, m_clock.now())),
             {});
}

void FleetMonitor::update(const FleetSnapshot &snapshot)
{
    const QDateTime now = m_clock.now();
    m_snapshot = snapshot;
    m_hasSnapshot = true;
    const QList<Runner> removed
        = m_history.advance(snapshot, snapshot.takenAt.isValid() ? snapshot.takenAt : now);
    const Changes changes
        = reconcile(HealthRules::evaluate(m_snapshot, m_history, m_settings, now));
    announce(changes, HealthRules::removedRunnerNotices(removed, now));
}

// Signals go out only once the state is complete, so a slot that reads activeAlerts() sees the
// poll's whole outcome.
void FleetMonitor::announce(const Changes &changes, const AlertList &notices)
{
    for (const Alert &alert : changes.cleared)
        emit alertCleared(alert);
    for (const Alert &alert : changes.raised)
        emit alertRaised(alert);
    for (const Alert &alert : notices)
        emit notice(alert);
    emit updated();
}

// An alert of a target that is watched but not fresh in the last snapshot is kept as it is.
// Fleet-wide alerts (no target) are frozen only when no target at all answered.
bool FleetMonitor::isFrozen(const QString &target) const
{
    if (target.isEmpty()) {
        return std::none_of(
            m_snapshot.targets.cbegin(), m_snapshot.targets.cend(),
            [this](const TargetState &t) { return m_snapshot.isTargetFresh(t.target.name()); });
    }
    return m_snapshot.targetState(target) && !m_snapshot.isTargetFresh(target);
}

FleetMonitor::Changes FleetMonitor::reconcile(const AlertList &holding)
{
    Changes changes;
    QMap<QString, Alert> next;
    for (const Alert &alert : holding) {
        if (next.contains(alert.id))
            continue;
        const auto previous = m_active.constFind(alert.id);
        if (previous == m_active.constEnd()) {
            next.insert(alert.id, alert);
            changes.raised.append(alert);
        } else {
            // Still the same condition: keep when it began; take the fresh wording silently.
            Alert kept = alert;
            kept.since = previous->since;
            next.insert(alert.id, kept);
        }
    }
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it) {
        if (next.contains(it.key()))
            continue;
        if (isFrozen(it->target))
            next.insert(it.key(), it.value());
        else
            changes.cleared.append(it.value());
    }
    m_active = next;
    return changes;
}

bool FleetMonitor::awaitsConfirmation() const
{
    if (!m_hasSnapshot)
        return false;
    const int needed = std::max(1, m_settings.offlinePollsBeforeAlert);
    // As HealthRules' runner_offline: ephemeral runners are never alerted, so never confirmed.
    return std::any_of(m_snapshot.runners.cbegin(), m_snapshot.runners.cend(),
                       [this, needed](const Runner &runner) {
                           if (runner.ephemeral || !runner.isOffline()
                               || !m_snapshot.isTargetFresh(runner.target))
                               return false;
                           const int polls = m_history.offlinePolls(runner);
                           return polls > 0 && polls < needed;
                       });
}

AlertList FleetMonitor::activeAlerts() const
{
    AlertList list = m_active.values();
    std::stable_sort(list.begin(), list.end(), [](const Alert &a, const Alert &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.since != b.since)
            return a.since < b.since;
        return a.id < b.id;
    });
    return list;
}

} // namespace relayq
