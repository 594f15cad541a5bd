#include "FleetWatch.h"

#include "FleetMonitor.h"
#include "FleetPoller.h"
#include "GitHubClient.h"
#include "PollScheduler.h"

namespace relayq {

FleetWatch::FleetWatch(QNetworkAccessManager *network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(new GitHubClient(network, clock, this))
    , m_poller(new FleetPoller(m_client, clock, this))
    , m_scheduler(new PollScheduler(clock, this))
    , m_monitor(new FleetMonitor(clock, MonitorSettings {}, this))
{
    connect(m_scheduler, &PollScheduler::pollDue, m_poller, &FleetPoller::poll);
    connect(m_poller, &FleetPoller::snapshotReady, this, &FleetWatch::onSnapshot);
}

FleetWatch::~FleetWatch() = default;

std::optional<QString> FleetWatch::setApiBase(const QUrl &apiBase)
{
    return m_client->setApiBase(apiBase);
}

void FleetWatch::setToken(const QString &token)
{
    m_client->setToken(token);
}

void FleetWatch::setTargets(const TargetList &targets)
{
    m_poller->setTargets(targets);
}

void FleetWatch::setSettings(const MonitorSettings &settings)
{
    m_scheduler->setIntervalSeconds(settings.pollIntervalSeconds);
    m_monitor->setSettings(settings);
}

void FleetWatch::start()
{
    m_scheduler->start();
}

void FleetWatch::stop()
{
    m_scheduler->stop();
}

bool FleetWatch::checkNow()
{
    return m_scheduler->pollNow();
}

GitHubClient &FleetWatch::client() const
{
    return *m_client;
}
FleetMonitor &FleetWatch::monitor() const
{
    return *m_monitor;
}
PollScheduler &FleetWatch::scheduler() const
{
    return *m_scheduler;
}
FleetPoller &FleetWatch::poller() const
{
    return *m_poller;
}

ConnectionStatus FleetWatch::connection() const
{
    return m_connection;
}

void FleetWatch::onSnapshot(const FleetSnapshot &snapshot)
{
    const ConnectionStatus now = snapshot.connection();
    m_scheduler->pollFinished(now, m_client->rateLimit(), m_poller->lastChargedRequests());
    m_monitor->update(snapshot);
    // A runner seen offline for the first time (of offlinePollsBeforeAlert): look again in
    // PollScheduler::kConfirmSeconds instead of a whole interval. A poll that failed for its
    // target advanced nothing, so it asks for nothing: GitHub unreachable is not polled faster.
    if (m_monitor->awaitsConfirmation())
        m_scheduler->confirmSoon();

    const ConnectionStatus before = m_connection;
    m_connection = now;
    if (now.state != before.state)
        emit connectionChanged(now, before);
    emit polled(snapshot);
}

} // namespace relayq
