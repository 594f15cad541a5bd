#include "NotificationDelivery.h"

#include "Clock.h"
#include "NotificationPolicy.h"
#include "Notifier.h"

namespace relayq {

NotificationDelivery::NotificationDelivery(NotificationPolicy &policy, const Clock &clock,
                                           QObject *parent)
    : QObject(parent), m_policy(policy), m_clock(clock)
{
    connect(&m_policy, &NotificationPolicy::notify, this, &NotificationDelivery::deliver);
}

void NotificationDelivery::setNotifiers(const QList<Notifier *> &notifiers)
{
    for (const QPointer<Notifier> &old : std::as_const(m_notifiers)) {
        if (old)
            disconnect(old, nullptr, this, nullptr);
    }
    m_notifiers.clear();
    for (Notifier *notifier : notifiers) {
        m_notifiers.append(notifier);
        connect(notifier, &Notifier::actionInvoked, this, &NotificationDelivery::handleAction);
    }
}

Notifier *NotificationDelivery::currentNotifier() const
{
    for (const QPointer<Notifier> &notifier : m_notifiers) {
        if (notifier && notifier->isAvailable())
            return notifier;
    }
    return nullptr;
}

void NotificationDelivery::deliver(const Notification &notification)
{
    Notification shown = notification;
    const QString runner = m_restartOffer ? m_restartOffer(notification) : QString();
    if (runner.isEmpty()) {
        m_restartRunner.remove(notification.category);
    } else {
        shown.actions.append({ QStringLiteral("restart"), tr("Restart %1").arg(runner) });
        m_restartRunner.insert(notification.category, runner);
    }
    m_last.insert(shown.category, shown);
    if (Notifier *notifier = currentNotifier())
        notifier->show(shown);
}

void NotificationDelivery::handleAction(const QString &category, const QString &actionKey)
{
    const auto found = m_last.constFind(category);
    if (found == m_last.constEnd())
        return;
    const Notification &notification = *found;
    if (actionKey == QLatin1String("open") || actionKey == QLatin1String("default")) {
        if (!notification.url.isEmpty())
            emit openUrlRequested(QUrl(notification.url));
        else
            emit showWindowRequested();
    } else if (actionKey == QLatin1String("snooze-1h") && !notification.alertIds.isEmpty()) {
        const QDateTime until = m_clock.now().addSecs(3600);
        m_policy.snooze(notification.alertIds, until);
        emit alertsSnoozed(notification.alertIds, until);
    } else if (actionKey == QLatin1String("restart") && m_restartRunner.contains(category)) {
        emit restartRequested(m_restartRunner.value(category));
    }
}

} // namespace relayq
