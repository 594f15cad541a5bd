#pragma once
// Watches the fleet poll after poll: feeds each FleetSnapshot through the health rules and turns
// "what holds now" into events — an alert is raised once when its condition starts, cleared once
// when it ends, and kept (with its original `since`) while it holds. Runner history (offline
// debounce, removals) lives here between polls. A target whose poll failed or whose data is
// stale neither raises nor clears anything: a connection problem is never a runner problem.

#include "Alert.h"
#include "Clock.h"
#include "FleetSnapshot.h"
#include "MonitorSettings.h"
#include "RunnerHistory.h"

#include <QMap>
#include <QMetaType>
#include <QObject>

namespace relayq {

class FleetMonitor : public QObject
{
    Q_OBJECT

public:
    FleetMonitor(const Clock &clock, const MonitorSettings &settings, QObject *parent = nullptr);

    // New thresholds apply at once to the last snapshot (without counting it as another poll).
    void setSettings(const MonitorSettings &settings);
    const MonitorSettings &settings() const { return m_settings; }

    void update(const FleetSnapshot &snapshot);

    // Sorted worst first, then oldest first.
    AlertList activeAlerts() const;
    const FleetSnapshot &lastSnapshot() const { return m_snapshot; }
    bool hasSnapshot() const { return m_hasSnapshot; }
    // Whether the last snapshot saw a runner offline (on a fresh target) that has not yet been
    // offline for offlinePollsBeforeAlert polls: another poll soon tells an outage from a blip.
    bool awaitsConfirmation() const;

signals:
    void alertRaised(const relayq::Alert &alert);
    void alertCleared(const relayq::Alert &alert);
    void notice(const relayq::Alert &alert); // one-off news (runner_removed), never active
    void updated(); // after each update, all its signals are out

private:
    struct Changes
    {
        AlertList raised;
        AlertList cleared;
    };
    Changes reconcile(const AlertList &holding);
    void announce(const Changes &changes, const AlertList &notices);
    bool isFrozen(const QString &target) const;

    const Clock &m_clock;
    MonitorSettings m_settings;
    FleetSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    RunnerHistory m_history;
    QMap<QString, Alert> m_active; // by id
};

} // namespace relayq

Q_DECLARE_METATYPE(relayq::Alert)
