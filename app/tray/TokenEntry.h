#pragma once
// Where the user gives RelayQ a GitHub token: paste it (password echo), create one on GitHub
// (link plus the permissions it needs), or import the GitHub CLI's with one click; "Check"
// says whom it belongs to. When the OS keychain is unusable it says exactly why and offers to
// keep the token in memory for this session only. Shared by the first-run wizard and the
// settings dialog. The token is never logged or shown.

#include "AccountCheck.h"
#include "Credentials.h"
#include "SetupServices.h"

#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace relayq {

class GitHubCliToken;

class TokenEntry : public QWidget
{
    Q_OBJECT
public:
    explicit TokenEntry(const SetupServices &services, QWidget *parent = nullptr);
    ~TokenEntry() override;

    // The API the token is for: picks the "create a token" page and the host gh is asked about.
    void setApiUrl(const QUrl &apiUrl);
    QUrl apiUrl() const { return m_apiUrl; }

    QString token() const; // as typed, without surrounding white space
    void setToken(const QString &token);
    Credentials::Storage storage() const;
    void setSessionOnly(bool sessionOnly);
    // Shows why the keychain cannot be used and the session-only choice (also shown on its own
    // when Credentials::problem() says so).
    void offerSessionOnly(const QString &problem);

    // Whom the current token belongs to, once a check of exactly this token succeeded.
    std::optional<TokenIdentity> identity() const { return m_identity; }
    bool isChecked() const { return m_identity.has_value(); }
    bool isBusy() const { return m_busy; }

public slots:
    void check();
    void importFromGitHubCli();

signals:
    void tokenChanged();
    void storageChanged();
    // A check of the current token ended (status Ok or not).
    void checked(const relayq::TokenIdentity &identity);
    void busyChanged(bool busy);

private:
    QWidget *createHelp();
    QWidget *buttonRow();
    void textEdited();
    void showIdentity(const TokenIdentity &identity);
    void showStatus(const QString &text, bool problem);
    void setBusy(bool busy);
    void updateButtons();
    void updateKeychainProblem();

    SetupServices m_services;
    std::unique_ptr<GitHubCliToken> m_gh;
    QUrl m_apiUrl;
    QLineEdit *m_input = nullptr;
    QLabel *m_createLink = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_keychainProblem = nullptr;
    QCheckBox *m_sessionOnly = nullptr;
    AccountCheck *m_accountCheck = nullptr; // one per check: a stale answer is never heard
    std::optional<TokenIdentity> m_identity;
    QString m_offeredProblem;
    bool m_busy = false;
};

} // namespace relayq
