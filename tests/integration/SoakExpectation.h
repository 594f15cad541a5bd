#pragma once
// What the soak test (TestSoak.cpp) expects the user to hear, worked out from its own churn
// script and never from the product's monitor: which alert conditions hold at each poll (from
// what the script did to the simulated fleet and which targets the script's faults made
// stale), then what NotificationPolicy's documented rules make of them:
// - runner_offline needs MonitorSettings::offlinePollsBeforeAlert (2) fresh polls in a row;
//   a poll whose target failed neither counts nor breaks the streak; the poll after a first
//   sighting comes 10 s later (PollScheduler::confirmSoon) and is a poll like any other here:
//   it counts towards the start-up polls and the streaks;
// - a target whose poll failed keeps its alerts as they were (GitHub unreachable is never a
//   runner problem);
// - the first NotificationSettings::startupPolls (2) polls are silent, then one start-up
//   summary of what is wrong; after that one notification per poll for what was raised
//   (critical and warning) and one for critical alerts the user was told of that cleared;
// - an alert notified less than flapWindowSeconds ago changes silently and is settled (said)
//   once the window is over, if the change still holds;
// - the connection: a word on the second failed poll in a row, and "reachable again" once.

#include "Alert.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace relayq::soak {

// One notification, as the test compares them: the poll it came after, its category and the
// alerts it speaks of (sorted).
struct Heard
{
    int poll = 0;
    QString category;
    QStringList alertIds;

    friend bool operator==(const Heard &, const Heard &) = default;
    QString toString() const
    {
        return QStringLiteral("poll %1: %2 [%3]").arg(poll).arg(category, alertIds.join(u' '));
    }
};

// An alert condition that holds at a poll: its id, the target it belongs to, its severity.
struct Condition
{
    QString id;
    QString target;
    Severity severity = Severity::Warning;
};

class SoakExpectation
{
public:
    SoakExpectation(int startupPolls, qint64 flapWindowSeconds)
        : m_startupPolls(startupPolls), m_flapWindow(flapWindowSeconds)
    { }

    // One poll at `now`: `holding` is what holds on the fresh targets, `stale` the targets whose
    // poll failed (their alerts stay as they were), `connectionOk` whether nothing failed.
    // Returns what the user should hear after this poll.
    QList<Heard> poll(const QDateTime &now, const QList<Condition> &holding,
                      const QSet<QString> &stale, bool connectionOk)
    {
        ++m_polls;
        m_now = now;
        QList<Heard> heard;
        for (auto it = m_lastNotified.begin(); it != m_lastNotified.end();)
            it = inFlapWindow(it.key()) ? std::next(it) : m_lastNotified.erase(it);
        connectionNews(connectionOk, &heard);

        // The monitor's raise/clear: frozen targets keep theirs.
        QHash<QString, Condition> next;
        for (const Condition &c : holding)
            next.insert(c.id, c);
        QList<Condition> raised, cleared;
        for (const Condition &c : holding) {
            if (!m_active.contains(c.id))
                raised.append(c);
        }
        for (const Condition &c : std::as_const(m_active)) {
            if (next.contains(c.id))
                continue;
            if (stale.contains(c.target))
                next.insert(c.id, c);
            else
                cleared.append(c);
        }
        m_active = next;
        m_raisedTotal += raised.size();
        m_clearedTotal += cleared.size();

        if (m_polls <= m_startupPolls) {
            for (const Condition &c : cleared) {
                m_told.remove(c.id);
                m_unsettled.remove(c.id);
            }
            if (m_polls == m_startupPolls)
                startupSummary(&heard);
            return heard;
        }
        QStringList say, recovered;
        for (const Condition &c : cleared) {
            if (!m_told.contains(c.id))
                continue;
            if (c.severity != Severity::Critical) {
                m_told.remove(c.id);
                m_unsettled.remove(c.id);
            } else if (inFlapWindow(c.id)) {
                m_unsettled.insert(c.id, c);
                ++m_heldByFlapWindow;
            } else {
                m_unsettled.remove(c.id);
                recovered.append(c.id);
            }
        }
        for (const Condition &c : raised) {
            if (m_told.contains(c.id)) {
                m_unsettled.remove(c.id);
            } else if (inFlapWindow(c.id)) {
                m_unsettled.insert(c.id, c);
                ++m_heldByFlapWindow;
            } else {
                m_unsettled.remove(c.id);
                say.append(c.id);
            }
        }
        settle(&say, &recovered);
        if (!recovered.isEmpty()) {
            for (const QString &id : std::as_const(recovered))
                m_told.remove(id);
            heard.append(notify(QStringLiteral("recovered"), recovered));
        }
        if (!say.isEmpty()) {
            for (const QString &id : std::as_const(say)) {
                if (m_active.contains(id))
                    m_told.insert(id);
            }
            heard.append(notify(QStringLiteral("alerts"), say));
        }
        return heard;
    }

    qint64 raisedTotal() const { return m_raisedTotal; }
    qint64 clearedTotal() const { return m_clearedTotal; }
    int heldByFlapWindow() const { return m_heldByFlapWindow; }

private:
    bool inFlapWindow(const QString &id) const
    {
        const auto it = m_lastNotified.constFind(id);
        return it != m_lastNotified.cend() && it->secsTo(m_now) < m_flapWindow;
    }

    Heard notify(const QString &category, QStringList ids)
    {
        for (const QString &id : std::as_const(ids))
            m_lastNotified.insert(id, m_now);
        ids.sort();
        return Heard { m_polls, category, ids };
    }

    void connectionNews(bool ok, QList<Heard> *heard)
    {
        if (!ok) {
            if (++m_failedPolls == 2) {
                m_outageAnnounced = true;
                heard->append(notify(QStringLiteral("connection"), {}));
            }
            return;
        }
        if (m_outageAnnounced)
            heard->append(notify(QStringLiteral("connection"), {}));
        m_failedPolls = 0;
        m_outageAnnounced = false;
    }

    void startupSummary(QList<Heard> *heard)
    {
        QStringList wrong;
        for (const Condition &c : std::as_const(m_active)) {
            if (c.severity != Severity::Info)
                wrong.append(c.id);
        }
        if (wrong.isEmpty())
            return;
        for (const QString &id : std::as_const(wrong))
            m_told.insert(id);
        heard->append(notify(QStringLiteral("startup"), wrong));
    }

    // A change held back by the flap window is said once the window is over, if it still holds.
    void settle(QStringList *say, QStringList *recovered)
    {
        const QHash<QString, Condition> held = m_unsettled;
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            if (inFlapWindow(it.key()))
                continue;
            m_unsettled.remove(it.key());
            const bool active = m_active.contains(it.key());
            const bool told = m_told.contains(it.key());
            if (active && !told)
                say->append(it.key());
            else if (!active && told && it->severity == Severity::Critical)
                recovered->append(it.key());
            else if (!active && told)
                m_told.remove(it.key());
        }
    }

    const int m_startupPolls;
    const qint64 m_flapWindow;
    QDateTime m_now;
    int m_polls = 0;
    int m_failedPolls = 0;
    bool m_outageAnnounced = false;
    QHash<QString, Condition> m_active;
    QSet<QString> m_told;
    QHash<QString, QDateTime> m_lastNotified;
    QHash<QString, Condition> m_unsettled;
    qint64 m_raisedTotal = 0;
    qint64 m_clearedTotal = 0;
    int m_heldByFlapWindow = 0;
};

} // namespace relayq::soak
