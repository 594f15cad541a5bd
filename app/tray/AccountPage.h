#pragma once
// Settings page "Account": which GitHub (github.com or a GitHub Enterprise Server), where the
// token comes from and whom it belongs to, "Test connection" (the token, then what each target
// needs, in words), and replacing or removing the token kept in the keychain.

#include "AppSettings.h"
#include "SetupServices.h"

#include <QUrl>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace relayq {

class AccountCheck;
struct TargetCheck;
struct TokenIdentity;

class AccountPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountPage(const SetupServices &services, QWidget *parent = nullptr);
    ~AccountPage() override;

    void load(const AppSettings &settings);
    // The problem in words when the page holds something that cannot be kept.
    std::optional<QString> apply(AppSettings &settings) const;

    // The API URL as entered now (invalid while the Enterprise host is empty).
    QUrl apiUrl() const;
    // What "Test connection" checks besides the token (the Targets page's list).
    void setTargets(const TargetList &targets) { m_targets = targets; }

    // "github.com" → https://api.github.com; "ghe.example.com" or https://ghe.example.com →
    // https://ghe.example.com/api/v3; a URL with a path, or a loopback one, is taken as is.
    static QUrl apiUrlFromText(const QString &text);

signals:
    // The host or the token changed: where targets are checked changes with it.
    void connectionChanged();

private:
    QWidget *hostBox();
    QWidget *tokenBox();
    void testConnection();
    void showIdentity(int run, const TokenIdentity &identity);
    void showTargetCheck(int run, const TargetCheck &check);
    void replaceToken();
    void removeToken();
    void updateTokenStatus();
    void addResult(const QString &text);

    SetupServices m_services;
    AccountCheck *m_check;
    TargetList m_targets;
    QString m_login; // from the last successful Test connection
    int m_run = 0; // the current Test connection; older answers are dropped
    QRadioButton *m_githubCom = nullptr;
    QRadioButton *m_enterprise = nullptr;
    QLineEdit *m_enterpriseHost = nullptr;
    QLabel *m_tokenStatus = nullptr;
    QLabel *m_tokenNote = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_replace = nullptr;
    QPushButton *m_remove = nullptr;
    QListWidget *m_results = nullptr;
};

} // namespace relayq
