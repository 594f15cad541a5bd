#pragma once
// Carries what NotificationPolicy decided to the Notifier in use, and the user's answer back:
// "open" (or a click on the body) opens the notification's page, "snooze-1h" snoozes the alerts
// it spoke of, "restart" restarts the offline runner it spoke of. Remembers the last
// notification per category, as the buttons refer to it.

#include "Notification.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace relayq {

class Clock;
class NotificationPolicy;
class Notifier;

class NotificationDelivery : public QObject
{
    Q_OBJECT
public:
    NotificationDelivery(NotificationPolicy &policy, const Clock &clock, QObject *parent = nullptr);

    // Not owned, in order of preference: each notification goes to the first that is
    // available at that moment (a notification server may come and go). None available: the
    // notification is dropped; the window still shows every alert.
    void setNotifiers(const QList<Notifier *> &notifiers);
    Notifier *currentNotifier() const;

    // The last notification shown in `category` (empty category when none).
    Notification last(const QString &category) const { return m_last.value(category); }

    // Which runner a "Restart" button on `notification` would restart (empty: no button). Asked
    // for each notification; the session offers one for an offline runner with a usable service.
    using RestartOffer = std::function<QString(const Notification &notification)>;
    void setRestartOffer(RestartOffer offer) { m_restartOffer = std::move(offer); }

    void deliver(const Notification &notification);
    void handleAction(const QString &category, const QString &actionKey);

signals:
    void openUrlRequested(const QUrl &url);
    // A body click on a notification without a page: the user wants to see the app.
    void showWindowRequested();
    void alertsSnoozed(const QStringList &alertIds, const QDateTime &until);
    // The "Restart" button of a notification about this offline runner was pressed.
    void restartRequested(const QString &runnerName);

private:
    NotificationPolicy &m_policy;
    const Clock &m_clock;
    QList<QPointer<Notifier>> m_notifiers;
    QHash<QString, Notification> m_last;
    RestartOffer m_restartOffer;
    QHash<QString, QString> m_restartRunner; // by category: the runner its "Restart" restarts
};

} // namespace relayq
