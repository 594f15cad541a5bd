#pragma once
// Decides *when* the user hears about the fleet, never *how* (that is a Notifier's business):
// raised critical/warning alerts coalesced per poll, critical recoveries, one summary at
// start-up, flapping runners held to one notification per window, connection outages only
// when they outlast a blip. Pause, snooze, acknowledge and per-kind switches silence it.

#include "Alert.h"
#include "Clock.h"
#include "ConnectionStatus.h"
#include "Notification.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace relayq {

class FleetWatch;

struct NotificationSettings
{
    QSet<AlertKind> disabledKinds; // per-kind switches (empty: all on)
    int flapWindowSeconds = 600; // a runner flapping notifies at most once per window
    bool connectionNotifications = true;
    // Polls whose alerts make up the one start-up summary. 2 covers runner_offline's debounce
    // (MonitorSettings::offlinePollsBeforeAlert), so an offline runner is in it, not after it.
    int startupPolls = 2;
};

class NotificationPolicy : public QObject
{
    Q_OBJECT
public:
    explicit NotificationPolicy(const Clock &clock, QObject *parent = nullptr);

    void setSettings(const NotificationSettings &settings);
    const NotificationSettings &settings() const { return m_settings; }

    // Feeds one finished poll: what the monitor raised, cleared and noticed in it, and the
    // overall connection after it. Emits at most one notification per category per poll.
    void pollFinished(const ConnectionStatus &connection, const AlertList &raised,
                      const AlertList &cleared, const AlertList &notices);
    // Convenience: collects the monitor's signals of each poll and calls pollFinished on
    // FleetWatch::polled.
    void attachTo(FleetWatch &watch);

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Silences these alert ids until `until` (a new raise after that notifies again).
    void snooze(const QStringList &alertIds, const QDateTime &until);
    // No more notifications for these ids while they stay active; forgotten when they clear.
    void acknowledge(const QStringList &alertIds);

    // The last notification emitted in `category` (empty when none): what its buttons act on.
    Notification lastNotification(const QString &category) const;
    // Carries out an action of a shown notification that core can do alone ("snooze-1h": snooze
    // its alerts for an hour). False for actions the caller must do itself ("open").
    bool handleAction(const QString &category, const QString &actionKey);

signals:
    void notify(const relayq::Notification &notification);
    void pausedChanged(bool paused);

private:
    struct Batch
    {
        AlertList raised;
        AlertList recovered;
    };
    bool isSilenced(const Alert &alert, const QDateTime &now) const;
    bool isInFlapWindow(const QString &id, const QDateTime &now) const;
    void track(const AlertList &raised, const AlertList &cleared);
    std::optional<Notification> connectionNews(const ConnectionStatus &connection);
    Batch sortOut(const AlertList &raised, const AlertList &cleared, const QDateTime &now);
    void settleFlapping(const QDateTime &now, Batch *batch);
    void forgetSilently(const AlertList &cleared);
    void announceStartup(const QDateTime &now);
    Notification alertsNotification(const QString &category, AlertList alerts) const;
    Notification recoveredNotification(const AlertList &alerts) const;
    void send(const Notification &notification, const QDateTime &now);

    const Clock &m_clock;
    NotificationSettings m_settings;
    bool m_paused = false;
    int m_polls = 0;
    int m_failedPolls = 0; // consecutive polls that ended without a working connection
    bool m_outageAnnounced = false;
    QHash<QString, Alert> m_active; // raised and not yet cleared, by id
    QSet<QString> m_toldActive; // ids whose last word to the user was "this is wrong"
    QHash<QString, QDateTime> m_lastNotified; // id → last raise/recovery notification
    QHash<QString, Alert> m_unsettled; // changes held back by the flap window, by id
    QHash<QString, QDateTime> m_snoozedUntil;
    QSet<QString> m_acknowledged;
    QHash<QString, Notification> m_last; // by category
    // Collected from the monitor between two polls when attached to a FleetWatch.
    AlertList m_pendingRaised, m_pendingCleared, m_pendingNotices;
};

} // namespace relayq
