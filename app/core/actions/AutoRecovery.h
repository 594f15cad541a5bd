#pragma once
// Opt-in auto-recovery: a runner bound to a local (or remote) service with autoRecovery set
// that stays offline for N polls while GitHub answered is restarted through RunnerRestart —
// when its service is stopped, failed, or running but hung. At most a few attempts per hour,
// spaced by a growing back-off, then it gives up loudly until the runner is seen online again.
//
// A poll in which the runner's target could not be reached counts nothing and resets nothing:
// "GitHub unreachable" is never "runner offline".
//
// Attempts are counted in a sliding hour per runner and are not forgotten when the runner comes
// back: a runner that falls over again right after each restart still gets at most that many
// restarts an hour. Seeing it online ends a give-up (a new one is announced again) and the
// offline count.

#include "RunnerBinding.h"
#include "RunnerRestart.h"
#include "ServiceControl.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace relayq {

class Clock;
struct FleetSnapshot;
struct Runner;

class AutoRecovery : public QObject
{
    Q_OBJECT
public:
    // Builds the service control of a binding (the platform's business); null when it cannot.
    using ServiceFactory = std::function<std::shared_ptr<ServiceControl>(const RunnerBinding &)>;

    AutoRecovery(RunnerRestart &restart, const Clock &clock, ServiceFactory factory,
                 QObject *parent = nullptr);

    // Every binding; only those with autoRecovery set are watched. Runners no longer bound
    // lose their counts.
    void setBindings(const RunnerBindingList &bindings);
    // Consecutive offline polls before acting (default 3).
    void setOfflinePolls(int polls) { m_offlinePolls = polls; }
    // Attempts per sliding hour (default 3).
    void setMaxAttemptsPerHour(int attempts) { m_maxAttempts = attempts; }
    // Least time between an attempt and the next, by how many attempts the hour already holds:
    // default {0, 300, 900} — the first at once, the second 5 min after it, the third 15 min
    // after that. The last value repeats.
    void setBackoffSeconds(const QList<int> &seconds) { m_backoff = seconds; }

    // Feed every poll's snapshot (connect FleetWatch::polled here).
    void onSnapshot(const FleetSnapshot &snapshot);

    // For the status window: polls counted so far, and attempts in the last hour.
    int offlinePolls(const QString &runnerName) const;
    int attemptsInLastHour(const QString &runnerName) const;
    bool hasGivenUp(const QString &runnerName) const;

signals:
    // Before restarting: what was found (e.g. "service failed"), for the tray.
    void restarting(const QString &runnerName, const QString &reason);
    void attempted(const QString &runnerName, const relayq::RestartOutcome &outcome);
    void gaveUp(const QString &runnerName, const QString &message);

private:
    struct Watch
    {
        RunnerBinding binding;
        int offlinePolls = 0;
        QList<QDateTime> attempts; // when each restart was started, within the last hour
        bool busy = false; // asking the service or restarting
        bool gaveUp = false;
    };

    void observe(Watch &watch, const Runner &runner);
    void act(Watch &watch, const Runner &runner);
    void onStatus(const QString &key, const Runner &runner, std::shared_ptr<ServiceControl> service,
                  const ServiceOutcome &outcome);
    void onRestartFinished(const RestartOutcome &outcome);
    void giveUp(Watch &watch, const QString &message);
    int backoffFor(qsizetype attemptsSoFar) const;

    RunnerRestart &m_restart;
    const Clock &m_clock;
    ServiceFactory m_factory;
    QHash<QString, Watch> m_watches; // by lower-case runner name
    int m_offlinePolls = 3;
    int m_maxAttempts = 3;
    QList<int> m_backoff { 0, 300, 900 };
};

} // namespace relayq
