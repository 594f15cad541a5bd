#pragma once
// The monitoring loop, assembled once for every face (relayqctl watch, the tray):
// PollScheduler → FleetPoller (through GitHubClient) → FleetMonitor. It adds only what the
// pieces cannot know alone: feeding each poll's outcome back to the scheduler (including "a
// runner was just seen offline: confirm soon"), and telling when the connection to GitHub as a
// whole changes.

#include "ConnectionStatus.h"
#include "FleetSnapshot.h"
#include "MonitorSettings.h"
#include "Target.h"

#include <QObject>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace relayq {

class Clock;
class FleetMonitor;
class FleetPoller;
class GitHubClient;
class PollScheduler;

class FleetWatch : public QObject
{
    Q_OBJECT
public:
    FleetWatch(QNetworkAccessManager *network, const Clock &clock, QObject *parent = nullptr);
    ~FleetWatch() override;

    // Returns a message in words when the API URL is refused; nothing changes then.
    std::optional<QString> setApiBase(const QUrl &apiBase);
    void setToken(const QString &token);
    void setTargets(const TargetList &targets);
    void setSettings(const MonitorSettings &settings);

    void start();
    void stop();
    // Polls now unless a poll is in flight (then false).
    bool checkNow();

    GitHubClient &client() const;
    FleetMonitor &monitor() const;
    PollScheduler &scheduler() const;
    FleetPoller &poller() const;

    // The overall connection state after the last poll (Ok before the first).
    ConnectionStatus connection() const;

signals:
    // The overall connection state moved to another ConnectionState (e.g. Ok → Unreachable).
    void connectionChanged(const relayq::ConnectionStatus &now,
                           const relayq::ConnectionStatus &before);
    // A poll finished and the monitor has digested it.
    void polled(const relayq::FleetSnapshot &snapshot);

private:
    void onSnapshot(const FleetSnapshot &snapshot);

    GitHubClient *m_client;
    FleetPoller *m_poller;
    PollScheduler *m_scheduler;
    FleetMonitor *m_monitor;
    ConnectionStatus m_connection;
};

} // namespace relayq
