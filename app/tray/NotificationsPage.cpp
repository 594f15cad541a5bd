#include "NotificationsPage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace relayq {

QList<AlertKind> NotificationsPage::allKinds()
{
    return { AlertKind::RunnerOffline, AlertKind::NoMatchingRunner, AlertKind::JobQueuedTooLong,
             AlertKind::JobStuck,      AlertKind::FailureRate,      AlertKind::PoolEmpty,
             AlertKind::LongRunning,   AlertKind::RunnerRemoved };
}

QString NotificationsPage::kindText(AlertKind kind)
{
    switch (kind) {
    case AlertKind::RunnerOffline: return tr("A runner is offline");
    case AlertKind::RunnerRemoved: return tr("A runner was removed from GitHub");
    case AlertKind::NoMatchingRunner: return tr("A queued job has no online runner to take it");
    case AlertKind::JobQueuedTooLong: return tr("A job waits in the queue too long");
    case AlertKind::JobStuck: return tr("A job is stuck");
    case AlertKind::LongRunning: return tr("A job runs long");
    case AlertKind::FailureRate: return tr("The failure rate is high");
    case AlertKind::PoolEmpty: return tr("A label pool has no online runner");
    }
    return alertKindKey(kind);
}

NotificationsPage::NotificationsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("notificationsPage"));
    auto *kinds = new QGroupBox(tr("Notify me when"));
    auto *kindsLayout = new QVBoxLayout(kinds);
    for (AlertKind kind : allKinds()) {
        auto *box = new QCheckBox(kindText(kind));
        box->setObjectName(QStringLiteral("notify_") + alertKindKey(kind));
        kindsLayout->addWidget(box);
        m_kinds.insert(kind, box);
    }
    m_connection = new QCheckBox(tr("GitHub cannot be reached, and when it can again"));
    m_connection->setObjectName(QStringLiteral("connectionNotifications"));
    kindsLayout->addWidget(m_connection);

    m_flapWindow = new QSpinBox;
    m_flapWindow->setObjectName(QStringLiteral("flapWindowMinutes"));
    m_flapWindow->setRange(1, 24 * 60);
    m_flapWindow->setSuffix(tr(" min"));
    m_flapWindow->setToolTip(tr("A runner that keeps going offline and online notifies at most "
                                "once in this time"));
    auto *form = new QFormLayout;
    form->addRow(tr("A &flapping runner notifies at most once every:"), m_flapWindow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(kinds);
    layout->addLayout(form);
    layout->addStretch(1);
}

void NotificationsPage::load(const AppSettings &settings)
{
    const NotificationSettings &notifications = settings.notifications;
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it)
        it.value()->setChecked(!notifications.disabledKinds.contains(it.key()));
    m_connection->setChecked(notifications.connectionNotifications);
    m_flapWindow->setValue(notifications.flapWindowSeconds / 60);
}

std::optional<QString> NotificationsPage::apply(AppSettings &settings) const
{
    NotificationSettings &notifications = settings.notifications;
    notifications.disabledKinds.clear();
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it) {
        if (!it.value()->isChecked())
            notifications.disabledKinds.insert(it.key());
    }
    notifications.connectionNotifications = m_connection->isChecked();
    notifications.flapWindowSeconds = m_flapWindow->value() * 60;
    return std::nullopt;
}

} // namespace relayq
