#pragma once
// The fleet in one glance: the tray icon's state, a one-line headline and the tooltip, worked out
// from the last snapshot, the active alerts and the connection. A pure function, so every face
// (tray icon, status window, relayqctl) shows the same verdict and tests can table it.

#include "Alert.h"
#include "ConnectionStatus.h"
#include "FleetSnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace relayq {

// Ordered from best to worst where it matters: the worst state wins. Unknown is "no poll yet".
enum class FleetState { Unknown, Healthy, Busy, Warning, Critical, Disconnected };

// Stable machine names: "unknown", "healthy", "busy", "warning", "critical", "disconnected".
QString fleetStateKey(FleetState state);

struct StatusSummary
{
    FleetState state = FleetState::Unknown; // Unknown before the first poll
    int runnersOnline = 0, runnersOffline = 0, runnersTotal = 0;
    int jobsRunning = 0, jobsQueued = 0;
    qint64 longestQueuedSeconds = 0;
    bool notificationsPaused = false;
    // One short line: "rpi4-runner is offline", "All 3 runners online", "Can't reach GitHub".
    QString headline;
    // "3/4 runners online · 2 running · 1 queued 14 min · next check in 20 s".
    QString tooltip;

    // `snapshot` may be nullptr (no poll yet). Worst state wins; disconnected outranks
    // everything. Info alerts never change the state.
    static StatusSummary of(const FleetSnapshot *snapshot, const AlertList &alerts,
                            const ConnectionStatus &connection, const QDateTime &now,
                            const QDateTime &nextPoll, bool notificationsPaused);

    // What is wrong with the connection, in a few words: "Can't reach GitHub", "GitHub
    // rejected the token", "Rate-limited until 14:05" (local time). Empty when it is Ok.
    static QString connectionHeadline(const ConnectionStatus &connection);
    // "45 s", "14 min", "2 h 5 min".
    static QString formatDuration(qint64 seconds);

    Q_DECLARE_TR_FUNCTIONS(relayq::StatusSummary)
};

} // namespace relayq
