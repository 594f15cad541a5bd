#pragma once
// The settings dialog: Account, Targets, Monitoring, Notifications, Runners on this machine,
// General. Applying saves through SettingsStore (which refuses invalid values with a message)
// and the running app picks the change up live from SettingsStore::changed.

#include "SetupServices.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace relayq {

class AccountPage;
class GeneralPage;
class MonitoringPage;
class NotificationsPage;
class RunnersPage;
class TargetsPage;
struct AppSettings;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const SetupServices &services, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Shows the settings in force (SettingsStore::current()) on every page.
    void reload();
    // Saves what the pages hold. On a refusal the message is shown and false returned.
    bool apply();

    RunnersPage *runnersPage() const { return m_runners; }

private:
    bool collect(AppSettings &settings);
    void showError(const QString &message, QWidget *page = nullptr);
    void updateConnection();

    SetupServices m_services;
    QTabWidget *m_pages = nullptr;
    AccountPage *m_account = nullptr;
    TargetsPage *m_targets = nullptr;
    MonitoringPage *m_monitoring = nullptr;
    NotificationsPage *m_notifications = nullptr;
    RunnersPage *m_runners = nullptr;
    GeneralPage *m_general = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace relayq
