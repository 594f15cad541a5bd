#pragma once
// An hour of monitoring against the simulator over loopback HTTP, with one ManualClock shared by
// both sides so the hour passes in seconds. The client is either the product's real monitoring
// loop (FleetWatch: GitHubClient with its ETag cache, FleetPoller, FleetMonitor) or the curl + jq
// port of the seed's scripts (seed/), run once per interval against the same simulated fleet.
// Counts what GitHub would count: requests sent, 304s, requests charged to the primary rate
// limit, bytes received.

#include "Clock.h"

#include <QHash>
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

class SeedScripts;

enum class HourClient {
    RelayQ, // FleetWatch, one poll per interval
    SeedScripts, // runner_health_check.sh and monitor_jobs.sh for every repository per interval
    SeedHealthCheck, // runner_health_check.sh alone (what notices an offline runner)
};

struct HourCounts
{
    int polls = 0; // polls (RelayQ) or checks (the seed's scripts, one round of them)
    qint64 requests = 0;
    qint64 notModified = 0;
    qint64 charged = 0;
    qint64 chargedAfterFirstPoll = 0;
    qint64 chargedSeenByClient = 0; // RelayQ: the sum of FleetPoller::lastChargedRequests()
    qint64 bytesReceived = 0; // headers and bodies, as the simulator sent them
    int failedPolls = 0; // polls without a working connection; scripts that failed
    int runnersInLastSnapshot = 0; // RelayQ only
    int alertsRaised = 0; // RelayQ: FleetMonitor::alertRaised
    int offlineReports = 0; // seed: "Runner … is offline, attempting restart" lines
    int warnings = 0; // seed: "WARNING: …" lines (monitor_jobs.sh)
    int firstPollOverLimit = -1; // the poll after which the hour's charged count passed 5,000
    qint64 scriptCpuMilliseconds = 0; // seed: user + system time of the scripts and their tools
};

class SimulatedHour
{
public:
    static constexpr int kGitHubHourlyLimit = 5000;

    // repositories × runners (spread evenly), polled every intervalSeconds by `client`.
    // The simulator's rate limit is lifted, so the counts are what the client asks for; see
    // setRateLimit.
    SimulatedHour(const QStringList &repositories, int runners, int intervalSeconds,
                  HourClient client = HourClient::RelayQ);
    ~SimulatedHour();

    sim::SimFleet &fleet();
    ManualClock &clock() { return m_clock; }
    const QStringList &repositories() const { return m_repositories; }
    HourClient client() const { return m_client; }
    // RelayQ only (null for the seed's scripts): for a NotificationPolicy to attach to.
    FleetWatch *watch() const { return m_watch.get(); }
    void setRateLimit(int perHour);

    // Polls `polls` times, intervalSeconds apart; before each poll (after the clock moved)
    // `beforePoll(pollIndex, fleet)` may change the simulated fleet. False when a poll hung.
    bool run(int polls, const std::function<void(int, sim::SimFleet &)> &beforePoll);

    // One poll (or one round of the seed's scripts) now; false when it hung. Adds to counts()
    // except the simulator's counters, which run() reads.
    bool poll();
    // The seed's output of the last poll (empty for RelayQ).
    const QStringList &lastOutput() const { return m_lastOutput; }

    const HourCounts &counts() const { return m_counts; }

private:
    bool pollRelayq();
    bool pollSeed();

    ManualClock m_clock;
    QStringList m_repositories;
    int m_intervalSeconds;
    HourClient m_client;
    QHash<QString, QStringList> m_runnerNames; // by repository: what the seed's script lists
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FleetWatch> m_watch;
    std::unique_ptr<SeedScripts> m_seed;
    QStringList m_lastOutput;
    HourCounts m_counts;
};

} // namespace relayq::bench
