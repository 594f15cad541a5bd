#pragma once
// An hour of the product's real monitoring loop (FleetWatch: GitHubClient with its ETag cache,
// FleetPoller, FleetMonitor) polling the simulator over loopback HTTP, with one ManualClock
// shared by both sides so the hour passes in seconds. Counts what GitHub would count: requests
// sent, 304s, requests charged to the primary rate limit, bytes received.

#include "Clock.h"

#include <QStringList>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace relayq {
class FleetWatch;
namespace sim {
class SimFleet;
class Simulator;
} // namespace sim
} // namespace relayq

namespace relayq::bench {

struct HourCounts
{
    int polls = 0;
    qint64 requests = 0;
    qint64 notModified = 0;
    qint64 charged = 0;
    qint64 chargedAfterFirstPoll = 0;
    qint64 chargedSeenByClient = 0; // the sum of FleetPoller::lastChargedRequests()
    qint64 bytesReceived = 0; // headers and bodies, as the simulator sent them
    int failedPolls = 0; // polls that ended without a working connection
    int runnersInLastSnapshot = 0;
    int alertsRaised = 0;
};

class SimulatedHour
{
public:
    // repositories × runnersPerRepository (spread evenly), polled every intervalSeconds.
    SimulatedHour(const QStringList &repositories, int runners, int intervalSeconds);
    ~SimulatedHour();

    sim::SimFleet &fleet();
    const QStringList &repositories() const { return m_repositories; }

    // Polls `polls` times, intervalSeconds apart; before each poll (after the clock moved)
    // `beforePoll(pollIndex, fleet)` may change the simulated fleet. False when a poll hung.
    bool run(int polls, const std::function<void(int, sim::SimFleet &)> &beforePoll);

    const HourCounts &counts() const { return m_counts; }

private:
    bool pollOnce();

    ManualClock m_clock;
    QStringList m_repositories;
    int m_intervalSeconds;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FleetWatch> m_watch;
    HourCounts m_counts;
};

} // namespace relayq::bench
