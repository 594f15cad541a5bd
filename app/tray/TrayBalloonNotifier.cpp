#include "TrayBalloonNotifier.h"

#include <QSystemTrayIcon>

namespace relayq {

TrayBalloonNotifier::TrayBalloonNotifier(QSystemTrayIcon *tray, QObject *parent)
    : Notifier(parent), m_tray(tray)
{
    if (m_tray) {
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastCategory.isEmpty())
                emit actionInvoked(m_lastCategory, QStringLiteral("default"));
        });
    }
}

void TrayBalloonNotifier::show(const Notification &notification)
{
    if (!isAvailable())
        return;
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    if (notification.severity == Severity::Critical)
        icon = QSystemTrayIcon::Critical;
    else if (notification.severity == Severity::Warning)
        icon = QSystemTrayIcon::Warning;
    m_lastCategory = notification.category;
    m_tray->showMessage(notification.summary, notification.body, icon, 10000);
}

bool TrayBalloonNotifier::isAvailable() const
{
    return m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages();
}

} // namespace relayq
