#pragma once
// The CPU work of one poll once GitHub's answers have arrived, done by the product's own code
// in the order the product does it: each page decoded and merged as GitHubClient does (its
// EtagCache: a page unchanged since the last poll comes back as a 304 and its document from the
// cache; a changed one is parsed with QJsonDocument and kept; then PagedList), read into fleet
// values (FleetReader, which reads again only what changed) and assembled into a FleetSnapshot
// as FleetPoller does, digested by FleetMonitor (runner history diff, HealthRules,
// raise/clear), and told to NotificationPolicy. Network I/O is not part of it.

#include "BenchFleetPages.h"
#include "Clock.h"
#include "EtagCache.h"
#include "FleetMonitor.h"
#include "FleetReader.h"
#include "NotificationPolicy.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QUrl>

namespace relayq::bench {

// Nanoseconds each stage of one cycle took.
struct CycleTimes
{
    qint64 decode = 0;
    qint64 read = 0;
    qint64 monitor = 0;
    qint64 notify = 0;
    // The whole cycle in CPU time of this thread: what other processes on a loaded machine
    // take away from the wall-clock figures above does not count here.
    qint64 cpu = 0;
    qint64 total() const { return decode + read + monitor + notify; }
};

// A page as the server holds it: its URL and its ETag, worked out before the cycles (the
// server's work, not the client's).
struct ServedPage
{
    const Page *page;
    QUrl url;
    QByteArray etag;
};

class PollCycle
{
public:
    PollCycle(const QStringList &repositories, ManualClock &clock);

    // The pages of one poll as the server would answer them; `pages` must outlive the result.
    static QList<ServedPage> serve(const QList<Page> &pages);

    // One poll over `pages`; the clock must already be at the poll's time.
    CycleTimes run(const QList<ServedPage> &pages);
    // The same, for the warm-up polls: a separate function so that callgrind, which collects
    // only inside run(), counts the steady state and not the first poll's cold caches.
    CycleTimes warmUp(const QList<ServedPage> &pages);

    const FleetSnapshot &lastSnapshot() const { return m_monitor.lastSnapshot(); }
    AlertList activeAlerts() const { return m_monitor.activeAlerts(); }
    int notifications() const { return m_notifications; }
    qint64 raisedTotal() const { return m_raisedTotal; }
    qint64 clearedTotal() const { return m_clearedTotal; }
    // Pages of the last cycle answered 304 (the ETag matched), and all its pages.
    int lastNotModified() const { return m_lastNotModified; }
    int lastPages() const { return m_lastPages; }

private:
    // One list answer after its pages were merged.
    struct Answer
    {
        const Page *first; // its first page: path, key, repository
        ApiResult result; // as GitHubClient hands it to FleetPoller
    };
    CycleTimes cycle(const QList<ServedPage> &pages);
    QList<Answer> decode(const QList<ServedPage> &pages);
    QJsonDocument answer(const ServedPage &page, bool *fromCache);
    FleetSnapshot read(const QList<Answer> &answers);

    TargetList m_targets;
    EtagCache m_cache; // GitHubClient's, with its default bounds
    FleetReader m_reader; // FleetPoller's
    ManualClock &m_clock;
    FleetMonitor m_monitor;
    NotificationPolicy m_policy;
    AlertList m_raised, m_cleared, m_notices;
    int m_notifications = 0;
    qint64 m_raisedTotal = 0;
    qint64 m_clearedTotal = 0;
    int m_notModified = 0;
    int m_lastNotModified = 0;
    int m_lastPages = 0;
};

} // namespace relayq::bench
