#pragma once
// The CPU work of one poll once GitHub's answers have arrived, done by the product's own code
// in the order the product does it: each page decoded and merged as GitHubClient does
// (QJsonDocument + PagedList), read into fleet values (GitHubJson) and assembled into a
// FleetSnapshot as FleetPoller does, digested by FleetMonitor (runner history diff, HealthRules,
// raise/clear), and told to NotificationPolicy. Network I/O is not part of it.

#include "BenchFleetPages.h"
#include "Clock.h"
#include "FleetMonitor.h"
#include "NotificationPolicy.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace relayq::bench {

// Nanoseconds each stage of one cycle took.
struct CycleTimes
{
    qint64 decode = 0;
    qint64 read = 0;
    qint64 monitor = 0;
    qint64 notify = 0;
    qint64 total() const { return decode + read + monitor + notify; }
};

class PollCycle
{
public:
    PollCycle(const QStringList &repositories, ManualClock &clock);

    // One poll over `pages`; the clock must already be at the poll's time.
    CycleTimes run(const QList<Page> &pages);

    const FleetSnapshot &lastSnapshot() const { return m_monitor.lastSnapshot(); }
    AlertList activeAlerts() const { return m_monitor.activeAlerts(); }
    int notifications() const { return m_notifications; }
    qint64 raisedTotal() const { return m_raisedTotal; }
    qint64 clearedTotal() const { return m_clearedTotal; }

private:
    // One list answer after its pages were merged.
    struct Answer
    {
        const Page *first; // its first page: path, key, repository
        QJsonDocument document;
    };
    QList<Answer> decode(const QList<Page> &pages) const;
    FleetSnapshot read(const QList<Answer> &answers) const;

    TargetList m_targets;
    ManualClock &m_clock;
    FleetMonitor m_monitor;
    NotificationPolicy m_policy;
    AlertList m_raised, m_cleared, m_notices;
    int m_notifications = 0;
    qint64 m_raisedTotal = 0;
    qint64 m_clearedTotal = 0;
};

} // namespace relayq::bench
