#pragma once
// Notifications as tray balloons (QSystemTrayIcon::showMessage): where no freedesktop
// notification server answers. Balloons have no buttons; clicking one counts as "default" for
// the category shown last.

#include "Notifier.h"

#include <QPointer>

class QSystemTrayIcon;

namespace relayq {

class TrayBalloonNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit TrayBalloonNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);

    void show(const Notification &notification) override;
    bool isAvailable() const override;

private:
    QPointer<QSystemTrayIcon> m_tray;
    QString m_lastCategory;
};

} // namespace relayq
