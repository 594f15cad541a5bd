#pragma once
// One poll of every target: runners, active and recent workflow runs, and the jobs of active
// runs, assembled into a FleetSnapshot. A target whose requests failed keeps its previous data,
// marked stale, so a failed poll never looks like an emptied fleet.

#include "FleetReader.h"
#include "FleetSnapshot.h"
#include "Target.h"

#include <QObject>

#include <memory>

namespace relayq {

class Clock;
class GitHubClient;

class FleetPoller : public QObject
{
    Q_OBJECT
public:
    FleetPoller(GitHubClient *client, const Clock &clock, QObject *parent = nullptr);
    ~FleetPoller() override;

    // Used from the next round on; a round in flight finishes with the list it started with.
    void setTargets(const TargetList &targets);
    TargetList targets() const;

    // Starts a poll; returns false (and does nothing) while one is in flight.
    bool poll();
    bool isPolling() const;

    // Requests of the last finished poll that GitHub charged to the rate limit (not 304s).
    int lastChargedRequests() const;

    // The run statuses fetched for "active" runs, one request each.
    static QStringList activeRunStatuses();

signals:
    void snapshotReady(const relayq::FleetSnapshot &snapshot);

private:
    class Round;
    void finishRound();

    GitHubClient *m_client;
    const Clock &m_clock;
    TargetList m_targets;
    FleetSnapshot m_previous;
    FleetReader m_reader; // remembers each request's last reading: a 304 is not read again
    std::unique_ptr<Round> m_round;
    int m_lastCharged = 0;
};

} // namespace relayq
