#pragma once
// The answers GitHub gives one poll of a large fleet, as bytes on the wire: every page the
// product's FleetPoller asks for (runners, runs by status, the jobs of each active run), written
// by the simulator's JSON writer (GitHub's published shape, compact as GitHub sends it) with the
// steps of GitHub's own example job. Two phases differ by a few per cent of runners and jobs, so
// alternating them makes the monitor raise and clear alerts as a real fleet does.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace relayq::bench {

struct FleetShape
{
    int repositories = 10;
    int runnersPerRepository = 100;
    int runsPerRepository = 100; // 70 % in progress, 10 % queued, 20 % completed
};

// One request's answer: its path (as FleetPoller asks), the array key and the page's bytes.
struct Page
{
    QString path;
    QString arrayKey; // "runners", "workflow_runs", "jobs"
    QString repository; // the target it belongs to
    QByteArray body;
};

class BenchFleetPages
{
public:
    BenchFleetPages(const FleetShape &shape, const QDateTime &now);

    // Every page of one poll of the fleet in `phase` (0 or 1).
    QList<Page> pages(int phase) const;

    const FleetShape &shape() const { return m_shape; }
    QStringList repositories() const;
    int runnersPerPhase() const; // runners in one poll, all repositories
    int activeRunsPerRepository() const;
    int completedRunsPerRepository() const;
    int queuedRunsPerRepository() const;
    // Runners offline in both phases: the ones a monitor must report.
    int steadyOfflinePerRepository() const { return 2; }

private:
    QList<Page> repositoryPages(int repoIndex, int phase) const;

    FleetShape m_shape;
    QDateTime m_now;
};

} // namespace relayq::bench
