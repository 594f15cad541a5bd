#include "NotificationPolicy.h"

#include "FleetMonitor.h"
#include "FleetWatch.h"
#include "StatusSummary.h"

#include <algorithm>

namespace relayq {

namespace {

const QString kAlerts = QStringLiteral("alerts");
const QString kRecovered = QStringLiteral("recovered");
const QString kStartup = QStringLiteral("startup");
const QString kConnection = QStringLiteral("connection");
const QString kOpen = QStringLiteral("open");
const QString kSnoozeHour = QStringLiteral("snooze-1h");

// Worst first, then oldest, then by id: the same alerts always read the same way.
void sortWorstFirst(AlertList *alerts)
{
    std::stable_sort(alerts->begin(), alerts->end(), [](const Alert &a, const Alert &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.since != b.since)
            return a.since < b.since;
        return a.id < b.id;
    });
}

QStringList idsOf(const AlertList &alerts)
{
    QStringList ids;
    for (const Alert &a : alerts)
        ids.append(a.id);
    return ids;
}

} // namespace

NotificationPolicy::NotificationPolicy(const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock)
{
    qRegisterMetaType<relayq::Notification>();
}

void NotificationPolicy::setSettings(const NotificationSettings &settings)
{
    m_settings = settings;
}

void NotificationPolicy::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    // Whatever the flap window held back belongs to the time before the pause: drop it, so
    // resuming never releases a burst.
    m_unsettled.clear();
    emit pausedChanged(paused);
}

void NotificationPolicy::snooze(const QStringList &alertIds, const QDateTime &until)
{
    for (const QString &id : alertIds)
        m_snoozedUntil.insert(id, until);
}

void NotificationPolicy::acknowledge(const QStringList &alertIds)
{
    for (const QString &id : alertIds)
        m_acknowledged.insert(id);
}

Notification NotificationPolicy::lastNotification(const QString &category) const
{
    return m_last.value(category);
}

bool NotificationPolicy::handleAction(const QString &category, const QString &actionKey)
{
    if (actionKey != kSnoozeHour)
        return false;
    snooze(m_last.value(category).alertIds, m_clock.now().addSecs(3600));
    return true;
}

void NotificationPolicy::attachTo(FleetWatch &watch)
{
    FleetMonitor &monitor = watch.monitor();
    connect(&monitor, &FleetMonitor::alertRaised, this,
            [this](const Alert &alert) { m_pendingRaised.append(alert); });
    connect(&monitor, &FleetMonitor::alertCleared, this,
            [this](const Alert &alert) { m_pendingCleared.append(alert); });
    connect(&monitor, &FleetMonitor::notice, this,
            [this](const Alert &alert) { m_pendingNotices.append(alert); });
    FleetWatch *source = &watch;
    connect(source, &FleetWatch::polled, this, [this, source] {
        const AlertList raised = std::exchange(m_pendingRaised, {});
        const AlertList cleared = std::exchange(m_pendingCleared, {});
        const AlertList notices = std::exchange(m_pendingNotices, {});
        pollFinished(source->connection(), raised, cleared, notices);
    });
}

void NotificationPolicy::pollFinished(const ConnectionStatus &connection, const AlertList &raised,
                                      const AlertList &cleared, const AlertList &notices)
{
    const QDateTime now = m_clock.now();
    for (auto it = m_snoozedUntil.begin(); it != m_snoozedUntil.end();)
        it = it.value() <= now ? m_snoozedUntil.erase(it) : std::next(it);
    for (auto it = m_lastNotified.begin(); it != m_lastNotified.end();)
        it = isInFlapWindow(it.key(), now) ? std::next(it) : m_lastNotified.erase(it);
    ++m_polls;

    if (const std::optional<Notification> news = connectionNews(connection))
        send(*news, now);

    const int startupPolls = std::max(1, m_settings.startupPolls);
    if (m_paused || m_polls <= startupPolls) {
        track(raised, cleared);
        forgetSilently(cleared);
        if (!m_paused && m_polls == startupPolls)
            announceStartup(now);
        return;
    }

    AlertList raisedAndNotices = raised;
    for (const Alert &n : notices) {
        if (n.severity != Severity::Info) // info notices (runner_removed) never notify
            raisedAndNotices.append(n);
    }
    track(raised, cleared);
    Batch batch = sortOut(raisedAndNotices, cleared, now);
    settleFlapping(now, &batch);
    if (!batch.recovered.isEmpty()) {
        for (const Alert &a : std::as_const(batch.recovered))
            m_toldActive.remove(a.id);
        send(recoveredNotification(batch.recovered), now);
    }
    if (!batch.raised.isEmpty()) {
        for (const Alert &a : std::as_const(batch.raised)) {
            if (m_active.contains(a.id))
                m_toldActive.insert(a.id);
        }
        send(alertsNotification(kAlerts, batch.raised), now);
    }
}

// GitHub failing once is a blip; failing twice in a row is an outage worth one word, and its
// end is worth another only if the user heard of it.
std::optional<Notification> NotificationPolicy::connectionNews(const ConnectionStatus &connection)
{
    const bool allowed = !m_paused && m_settings.connectionNotifications;
    if (!connection.isOk()) {
        if (++m_failedPolls != 2)
            return std::nullopt;
        m_outageAnnounced = allowed;
        if (!allowed)
            return std::nullopt;
        Notification n;
        n.category = kConnection;
        n.summary = StatusSummary::connectionHeadline(connection);
        n.body = connection.message;
        n.severity = Severity::Warning;
        return n;
    }
    const bool wasAnnounced = m_outageAnnounced;
    m_failedPolls = 0;
    m_outageAnnounced = false;
    if (!wasAnnounced || !allowed)
        return std::nullopt;
    Notification n;
    n.category = kConnection;
    n.summary = tr("GitHub is reachable again");
    n.body = tr("RelayQ is watching your runners again.");
    n.severity = Severity::Info;
    return n;
}

// Keeps the set of active alerts true without saying anything (start-up, pause).
void NotificationPolicy::track(const AlertList &raised, const AlertList &cleared)
{
    for (const Alert &a : cleared)
        m_active.remove(a.id);
    for (const Alert &a : raised)
        m_active.insert(a.id, a);
}

void NotificationPolicy::forgetSilently(const AlertList &cleared)
{
    for (const Alert &a : cleared) {
        m_toldActive.remove(a.id);
        m_acknowledged.remove(a.id);
        m_unsettled.remove(a.id);
    }
}

void NotificationPolicy::announceStartup(const QDateTime &now)
{
    AlertList wrong;
    for (const Alert &a : std::as_const(m_active)) {
        if (a.severity != Severity::Info && !isSilenced(a, now))
            wrong.append(a);
    }
    if (wrong.isEmpty())
        return;
    sortWorstFirst(&wrong);
    for (const Alert &a : std::as_const(wrong))
        m_toldActive.insert(a.id);
    send(alertsNotification(kStartup, wrong), now);
}

bool NotificationPolicy::isSilenced(const Alert &alert, const QDateTime &now) const
{
    if (m_settings.disabledKinds.contains(alert.kind) || m_acknowledged.contains(alert.id))
        return true;
    const QDateTime until = m_snoozedUntil.value(alert.id);
    return until.isValid() && until > now;
}

bool NotificationPolicy::isInFlapWindow(const QString &id, const QDateTime &now) const
{
    const QDateTime last = m_lastNotified.value(id);
    return last.isValid() && last.secsTo(now) < m_settings.flapWindowSeconds;
}

// Decides, alert by alert, what this poll's changes are worth saying (m_active already holds
// the poll's outcome). A change the flap window
// holds back is kept in m_unsettled and said later only if it still holds then.
NotificationPolicy::Batch
NotificationPolicy::sortOut(const AlertList &raised, const AlertList &cleared, const QDateTime &now)
{
    Batch batch;
    for (const Alert &c : cleared) {
        const bool acknowledged = m_acknowledged.remove(c.id);
        if (!m_toldActive.contains(c.id))
            continue; // the user never heard of it: nothing to take back
        if (c.severity != Severity::Critical || acknowledged || isSilenced(c, now)) {
            m_toldActive.remove(c.id);
            m_unsettled.remove(c.id);
        } else if (isInFlapWindow(c.id, now)) {
            m_unsettled.insert(c.id, c);
        } else {
            m_unsettled.remove(c.id);
            batch.recovered.append(c);
        }
    }
    for (const Alert &r : raised) {
        if (r.severity == Severity::Info || isSilenced(r, now))
            continue;
        if (m_toldActive.contains(r.id)) {
            m_unsettled.remove(r.id); // back to what the user was last told
        } else if (isInFlapWindow(r.id, now)) {
            m_unsettled.insert(r.id, r);
        } else {
            m_unsettled.remove(r.id);
            batch.raised.append(r);
        }
    }
    return batch;
}

// Once the flap window of a held-back change is over, says it if it still holds.
void NotificationPolicy::settleFlapping(const QDateTime &now, Batch *batch)
{
    const QHash<QString, Alert> held = m_unsettled;
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        if (isInFlapWindow(it.key(), now))
            continue;
        m_unsettled.remove(it.key());
        const auto active = m_active.constFind(it.key());
        const bool told = m_toldActive.contains(it.key());
        if (active != m_active.cend() && !told) {
            if (!isSilenced(*active, now))
                batch->raised.append(*active);
        } else if (active == m_active.cend() && told) {
            if (it->severity == Severity::Critical && !isSilenced(*it, now))
                batch->recovered.append(*it);
            else
                m_toldActive.remove(it.key());
        }
    }
}

Notification NotificationPolicy::alertsNotification(const QString &category, AlertList alerts) const
{
    sortWorstFirst(&alerts);
    Notification n;
    n.category = category;
    n.severity = alerts.first().severity;
    n.url = alerts.first().url;
    n.alertIds = idsOf(alerts);
    if (alerts.size() == 1) {
        n.summary = alerts.first().message;
        n.body = alerts.first().target;
    } else {
        n.summary = tr("%1 problems in your runner fleet").arg(alerts.size());
        QStringList lines;
        for (const Alert &a : std::as_const(alerts))
            lines.append(a.message);
        n.body = lines.join(QLatin1Char('\n'));
    }
    if (!n.url.isEmpty())
        n.actions.append({ kOpen, tr("Open on GitHub") });
    n.actions.append({ kSnoozeHour, tr("Snooze 1 h") });
    return n;
}

Notification NotificationPolicy::recoveredNotification(const AlertList &alerts) const
{
    auto line = [](const Alert &a) {
        if (a.kind == AlertKind::RunnerOffline)
            return tr("%1 is back online").arg(a.subject);
        return tr("%1: resolved").arg(a.subject);
    };
    Notification n;
    n.category = kRecovered;
    n.severity = Severity::Info;
    n.url = alerts.first().url;
    n.alertIds = idsOf(alerts);
    if (alerts.size() == 1) {
        n.summary = line(alerts.first());
        n.body = alerts.first().target;
    } else {
        n.summary = tr("%1 problems resolved").arg(alerts.size());
        QStringList lines;
        for (const Alert &a : alerts)
            lines.append(line(a));
        n.body = lines.join(QLatin1Char('\n'));
    }
    if (!n.url.isEmpty())
        n.actions.append({ kOpen, tr("Open on GitHub") });
    return n;
}

void NotificationPolicy::send(const Notification &notification, const QDateTime &now)
{
    for (const QString &id : notification.alertIds)
        m_lastNotified.insert(id, now);
    m_last.insert(notification.category, notification);
    emit notify(notification);
}

} // namespace relayq
