#pragma once
// Shows notifications. Declared here, implemented by platform/ (freedesktop D-Bus) and by the
// tray (QSystemTrayIcon balloons) and injected, so core decides *when* and never *how*.

#include "Notification.h"

#include <QObject>

namespace relayq {

class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Notifier() override = default;

    // Shows `notification`, replacing the live one of the same category if there is one.
    virtual void show(const Notification &notification) = 0;
    // Whether a notification server answers (false: the caller should fall back).
    virtual bool isAvailable() const = 0;

signals:
    // The user pressed a button (or the body: key "default") of a shown notification.
    void actionInvoked(const QString &category, const QString &actionKey);
};

} // namespace relayq
