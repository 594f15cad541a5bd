#include "linux/FreedesktopNotifier.h"

#include "AppIdentity.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QVariantMap>

#include <spdlog/spdlog.h>

namespace relayq {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kDefaultAction = QStringLiteral("default");
const QString kOpenAction = QStringLiteral("open");
// The desktop file and the themed icon are both named after the application id: the server
// finds the app's name, icon and notification settings through it.
const QString kApplicationId = QString::fromLatin1(AppIdentity::kApplicationId);

QStringList actionList(const Notification &notification)
{
    QStringList actions;
    for (const NotificationAction &action : notification.actions)
        actions << action.key << action.label;
    // A click on the body is the "default" action: it opens the page when there is one.
    if (!notification.url.isEmpty())
        actions << kDefaultAction
                << QCoreApplication::translate("relayq::FreedesktopNotifier", "Open");
    return actions;
}

QVariantMap hints(const Notification &notification)
{
    const uchar urgency = notification.severity == Severity::Critical ? 2 : 1;
    return { { QStringLiteral("urgency"), QVariant::fromValue(urgency) },
             { QStringLiteral("desktop-entry"), kApplicationId } };
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier(QObject *parent)
    : FreedesktopNotifier(QDBusConnection::sessionBus(), parent)
{ }

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : Notifier(parent)
    , m_bus(bus)
    , m_serviceWatcher(
          new QDBusServiceWatcher(kService, bus, QDBusServiceWatcher::WatchForOwnerChange, this))
{
    if (!m_bus.isConnected()) {
        m_available = 0;
        return;
    }
    connect(m_serviceWatcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &, const QString &, const QString &newOwner) {
                setAvailable(!newOwner.isEmpty());
            });
    // Empty service: servers differ in whether they send these to us alone or to everyone, and
    // the id check below is what makes a signal ours.
    m_bus.connect(QString(), kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QString(), kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));

    const QDBusMessage hasOwner = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
    auto *watcher
        = new QDBusPendingCallWatcher(m_bus.asyncCall(QDBusMessage(hasOwner) << kService), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<bool> reply = *w;
        w->deleteLater();
        if (m_available < 0) // the service watcher may have been first
            setAvailable(reply.isValid() && reply.value());
    });
}

FreedesktopNotifier::~FreedesktopNotifier() = default;

bool FreedesktopNotifier::isAvailable() const
{
    if (m_available < 0) {
        // Asked before the asynchronous answer came: the bus daemon answers this itself, in
        // microseconds, so it cannot hang on a slow notification server.
        const QDBusReply<bool> reply = m_bus.interface()->isServiceRegistered(kService);
        m_available = reply.isValid() && reply.value() ? 1 : 0;
    }
    return m_available == 1;
}

uint FreedesktopNotifier::notificationId(const QString &category) const
{
    return m_idByCategory.value(category, 0);
}

void FreedesktopNotifier::show(const Notification &notification)
{
    if (m_inFlight.contains(notification.category)) {
        m_queued.insert(notification.category, notification); // only the latest matters
        return;
    }
    send(notification);
}

void FreedesktopNotifier::send(const Notification &notification)
{
    QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << QStringLiteral("RelayQ Tray") << notificationId(notification.category) << kApplicationId
         << notification.summary << notification.body << actionList(notification)
         << hints(notification) << qint32(-1);
    m_inFlight.insert(notification.category);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const QString category = notification.category;
    const bool withUrl = !notification.url.isEmpty();
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, category, withUrl](QDBusPendingCallWatcher *w) {
                const QDBusPendingReply<uint> reply = *w;
                if (reply.isValid() && withUrl)
                    m_withUrl.insert(reply.value());
                else if (reply.isValid())
                    m_withUrl.remove(reply.value());
                onNotifyFinished(w, category);
            });
}

void FreedesktopNotifier::onNotifyFinished(QDBusPendingCallWatcher *watcher,
                                           const QString &category)
{
    const QDBusPendingReply<uint> reply = *watcher;
    watcher->deleteLater();
    m_inFlight.remove(category);
    if (reply.isError()) {
        spdlog::warn("FreedesktopNotifier: Notify failed: {}",
                     reply.error().message().toStdString());
    } else {
        const uint id = reply.value();
        const uint previous = m_idByCategory.value(category, 0);
        if (previous != 0 && previous != id)
            forget(previous);
        m_idByCategory.insert(category, id);
        m_categoryById.insert(id, category);
    }
    if (m_queued.contains(category))
        send(m_queued.take(category));
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto category = m_categoryById.constFind(id);
    if (category == m_categoryById.constEnd())
        return; // another application's notification, or one we no longer show
    const bool opens = actionKey == kDefaultAction && m_withUrl.contains(id);
    emit actionInvoked(*category, opens ? kOpenAction : actionKey);
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    forget(id);
}

void FreedesktopNotifier::forget(uint id)
{
    const QString category = m_categoryById.take(id);
    m_withUrl.remove(id);
    if (!category.isEmpty() && m_idByCategory.value(category) == id)
        m_idByCategory.remove(category);
}

void FreedesktopNotifier::setAvailable(bool available)
{
    const int value = available ? 1 : 0;
    if (m_available == value)
        return;
    m_available = value;
    emit availabilityChanged(available);
}

} // namespace relayq
