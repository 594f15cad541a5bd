#include "WizardNotificationsPage.h"

#include "AppSettings.h"
#include "Autostart.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace relayq {

namespace {
// What each switch stands for. A kind belongs to exactly one switch.
const QList<AlertKind> kRunnerProblems { AlertKind::RunnerOffline, AlertKind::RunnerRemoved,
                                         AlertKind::NoMatchingRunner };
const QList<AlertKind> kSlowWork { AlertKind::JobQueuedTooLong, AlertKind::JobStuck,
                                   AlertKind::LongRunning, AlertKind::FailureRate,
                                   AlertKind::PoolEmpty };

bool anyEnabled(const NotificationSettings &settings, const QList<AlertKind> &kinds)
{
    for (AlertKind kind : kinds) {
        if (!settings.disabledKinds.contains(kind))
            return true;
    }
    return false;
}

void switchKinds(NotificationSettings *settings, const QList<AlertKind> &kinds, bool enabled)
{
    for (AlertKind kind : kinds) {
        if (enabled)
            settings->disabledKinds.remove(kind);
        else
            settings->disabledKinds.insert(kind);
    }
}
} // namespace

WizardNotificationsPage::WizardNotificationsPage(Autostart *autostart, QWidget *parent)
    : QWizardPage(parent)
    , m_problems(new QCheckBox(tr("Tell me when a runner goes &offline or no runner can take "
                                  "a job")))
    , m_slowWork(new QCheckBox(tr("Tell me about &slow work: jobs stuck or queued too long, "
                                  "long runs, many failures, an empty label pool")))
    , m_connection(new QCheckBox(tr("Tell me when &GitHub cannot be reached for a while")))
    , m_startOnLogin(new QCheckBox(tr("Start RelayQ when I &log in")))
    , m_startOnLoginNote(new QLabel)
{
    setObjectName(QStringLiteral("notificationsPage"));
    setTitle(tr("Notifications and start on login"));
    setSubTitle(tr("RelayQ tells you when something needs you. You can fine-tune this later "
                   "in the settings."));
    m_problems->setObjectName(QStringLiteral("runnerProblemsCheck"));
    m_slowWork->setObjectName(QStringLiteral("slowWorkCheck"));
    m_connection->setObjectName(QStringLiteral("connectionCheck"));
    m_startOnLogin->setObjectName(QStringLiteral("startOnLoginCheck"));
    m_startOnLoginNote->setObjectName(QStringLiteral("startOnLoginNote"));
    m_startOnLoginNote->setWordWrap(true);
    if (autostart) {
        m_startOnLoginNote->setText(tr("Adds an entry at %1.").arg(autostart->location()));
    } else {
        m_startOnLogin->setEnabled(false);
        m_startOnLoginNote->setText(tr("Starting on login is not available on this system; "
                                       "use your desktop's own startup settings."));
    }
    auto *layout = new QVBoxLayout(this);
    for (QCheckBox *box : { m_problems, m_slowWork, m_connection })
        layout->addWidget(box);
    layout->addSpacing(12);
    layout->addWidget(m_startOnLogin);
    layout->addWidget(m_startOnLoginNote);
    layout->addStretch(1);
}

void WizardNotificationsPage::showSettings(const AppSettings &settings)
{
    m_problems->setChecked(anyEnabled(settings.notifications, kRunnerProblems));
    m_slowWork->setChecked(anyEnabled(settings.notifications, kSlowWork));
    m_connection->setChecked(settings.notifications.connectionNotifications);
    // A tray monitor that is not running tells nobody anything: on unless it cannot be.
    m_startOnLogin->setChecked(m_startOnLogin->isEnabled());
}

void WizardNotificationsPage::apply(AppSettings *settings) const
{
    switchKinds(&settings->notifications, kRunnerProblems, m_problems->isChecked());
    switchKinds(&settings->notifications, kSlowWork, m_slowWork->isChecked());
    settings->notifications.connectionNotifications = m_connection->isChecked();
    settings->startOnLogin = startOnLogin();
}

bool WizardNotificationsPage::startOnLogin() const
{
    return m_startOnLogin->isEnabled() && m_startOnLogin->isChecked();
}

} // namespace relayq
