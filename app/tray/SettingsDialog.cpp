#include "SettingsDialog.h"

#include "AccountPage.h"
#include "Autostart.h"
#include "Credentials.h"
#include "GeneralPage.h"
#include "MonitoringPage.h"
#include "NotificationsPage.h"
#include "RunnersPage.h"
#include "SettingsStore.h"
#include "TargetListEditor.h"
#include "TargetsPage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace relayq {

SettingsDialog::SettingsDialog(const SetupServices &services, QWidget *parent)
    : QDialog(parent), m_services(services)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("RelayQ Settings"));
    m_account = new AccountPage(m_services);
    m_targets = new TargetsPage(m_services);
    m_monitoring = new MonitoringPage;
    m_notifications = new NotificationsPage;
    m_runners = new RunnersPage;
    m_general = new GeneralPage(m_services.autostart);

    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->addTab(m_account, tr("Account"));
    m_pages->addTab(m_targets, tr("Targets"));
    m_pages->addTab(m_monitoring, tr("Monitoring"));
    m_pages->addTab(m_notifications, tr("Notifications"));
    m_pages->addTab(m_runners, tr("Runners on this machine"));
    m_pages->addTab(m_general, tr("General"));

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Why the settings were not saved"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply
                                     | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    TargetListEditor *editor = m_targets->editor();
    connect(m_account, &AccountPage::connectionChanged, this, &SettingsDialog::updateConnection);
    connect(editor, &TargetListEditor::targetsChanged, this,
            [this, editor] { m_account->setTargets(editor->targets()); });
    reload();
    resize(720, 560);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::reload()
{
    const AppSettings &settings = m_services.settings.current();
    m_account->load(settings);
    m_targets->load(settings);
    m_monitoring->load(settings);
    m_notifications->load(settings);
    m_runners->load(settings);
    m_general->load(settings);
    m_account->setTargets(settings.targets);
    updateConnection();
    showError(QString());
}

void SettingsDialog::updateConnection()
{
    // New targets are checked where, and with what, the Account page says now.
    m_targets->editor()->setConnection(m_account->apiUrl(), m_services.credentials.token());
}

bool SettingsDialog::collect(AppSettings &settings)
{
    const auto pageProblem = [this, &settings](auto *page) {
        const std::optional<QString> problem = page->apply(settings);
        if (problem)
            showError(*problem, page);
        return problem.has_value();
    };
    return !(pageProblem(m_account) || pageProblem(m_targets) || pageProblem(m_monitoring)
             || pageProblem(m_notifications) || pageProblem(m_runners) || pageProblem(m_general));
}

bool SettingsDialog::apply()
{
    AppSettings settings = m_services.settings.current();
    if (!collect(settings))
        return false;
    if (const std::optional<QString> refused = m_services.settings.save(settings)) {
        showError(*refused);
        return false;
    }
    Autostart *autostart = m_services.autostart;
    if (autostart && autostart->isEnabled() != settings.startOnLogin) {
        if (const std::optional<QString> failed = autostart->setEnabled(settings.startOnLogin)) {
            showError(tr("The settings were saved, but starting on login could not be changed: "
                         "%1")
                          .arg(*failed),
                      m_general);
            return false;
        }
    }
    showError(QString());
    return true;
}

void SettingsDialog::showError(const QString &message, QWidget *page)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (page)
        m_pages->setCurrentWidget(page);
}

} // namespace relayq
