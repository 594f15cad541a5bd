#pragma once
// First run, when there is no token or nothing to watch: API host → token (create one, paste
// it, or import it from the GitHub CLI) → targets, each checked against the API as it is
// added → notifications and start on login → done. Finishing saves the settings and the
// token; the running app starts polling from SettingsStore::changed and Credentials::changed.
// When Credentials already has a token (GH_TOKEN, the keychain) the host and token pages are
// skipped and the targets page says where the token came from.

#include "SetupServices.h"

#include <QUrl>
#include <QWizard>

namespace relayq {

class WizardDonePage;
class WizardHostPage;
class WizardNotificationsPage;
class WizardTargetsPage;
class WizardTokenPage;
struct TokenStoreResult;

class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { HostPage, TokenPage, TargetsPage, NotificationsPage, DonePage };

    explicit FirstRunWizard(const SetupServices &services, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // The API and token chosen so far (the existing ones when those pages were skipped).
    QUrl apiUrl() const;
    QString token() const;
    bool usesExistingToken() const { return m_existingToken; }
    bool isSaving() const { return m_saving; }

    // Finish: keeps the token, then the settings, then start on login; closes (accepted) only
    // when all of it worked, else says what failed on the last page and stays open.
    void accept() override;

protected:
    void initializePage(int id) override;

private:
    QString summary() const;
    void saveToken();
    void tokenSaved(const TokenStoreResult &result);
    void saveSettings();
    void fail(const QString &problem, bool offerSessionOnly = false);

    SetupServices m_services;
    bool m_existingToken = false;
    bool m_saving = false;
    WizardHostPage *m_hostPage;
    WizardTokenPage *m_tokenPage;
    WizardTargetsPage *m_targetsPage;
    WizardNotificationsPage *m_notificationsPage;
    WizardDonePage *m_donePage;
};

} // namespace relayq
