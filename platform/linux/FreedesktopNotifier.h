#pragma once
// Shows notifications through the freedesktop notification server (org.freedesktop.Notifications
// on the session bus: dunst, GNOME Shell, Plasma, …). One live notification per category is
// updated in place (replaces_id) instead of stacking; action buttons come back as actionInvoked.
// Everything is asynchronous: a slow or hung server never blocks the GUI thread.

#include "Notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QSet>

class QDBusPendingCallWatcher;
class QDBusServiceWatcher;

namespace relayq {

class FreedesktopNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit FreedesktopNotifier(QObject *parent = nullptr); // the session bus
    // Another bus than the session bus (tests use a private one).
    explicit FreedesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);
    ~FreedesktopNotifier() override;

    void show(const Notification &notification) override;
    // Whether org.freedesktop.Notifications has an owner on the bus. Kept up to date from the
    // bus's NameOwnerChanged; only the very first call, before the initial asynchronous answer
    // arrived, asks the bus daemon itself (which answers at once, whatever the server does).
    bool isAvailable() const override;

    // The id the server gave the live notification of `category` (0: none).
    uint notificationId(const QString &category) const;

signals:
    void availabilityChanged(bool available);

private slots:
    // Slots by name: QDBusConnection::connect needs them for bus signals.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void send(const Notification &notification);
    void onNotifyFinished(QDBusPendingCallWatcher *watcher, const QString &category);
    void setAvailable(bool available);
    void forget(uint id);

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_serviceWatcher;
    mutable int m_available = -1; // -1 unknown yet, 0 no, 1 yes
    QHash<QString, uint> m_idByCategory;
    QHash<uint, QString> m_categoryById;
    QSet<uint> m_withUrl; // ids whose "default" action (a click on the body) means "open"
    // Categories with a Notify call in flight, and what to show next for them once it returns:
    // sending it earlier would carry a stale replaces_id and stack a second notification.
    QSet<QString> m_inFlight;
    QHash<QString, Notification> m_queued;
};

} // namespace relayq
