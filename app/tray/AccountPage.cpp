#include "AccountPage.h"

#include "AccountCheck.h"
#include "ApiBase.h"
#include "Credentials.h"
#include "TokenEntry.h"

#include <QButtonGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace relayq {

namespace {
const QString kGitHubComApi = QStringLiteral("https://api.github.com");

bool isGitHubCom(const QString &host)
{
    return host.compare(QLatin1String("github.com"), Qt::CaseInsensitive) == 0
        || host.compare(QLatin1String("api.github.com"), Qt::CaseInsensitive) == 0;
}

bool isEnvironmentOrigin(Credentials::Origin origin)
{
    return origin == Credentials::Origin::GhTokenVariable
        || origin == Credentials::Origin::GithubTokenVariable;
}
} // namespace

AccountPage::AccountPage(const SetupServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_check(new AccountCheck(services.network, services.clock, this))
{
    setObjectName(QStringLiteral("accountPage"));
    m_results = new QListWidget;
    m_results->setObjectName(QStringLiteral("connectionResults"));
    m_results->setAccessibleName(tr("Results of the connection test"));
    m_results->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hostBox());
    layout->addWidget(tokenBox());
    layout->addWidget(m_results, 1);

    connect(&m_services.credentials, &Credentials::changed, this, [this] {
        m_login.clear();
        updateTokenStatus();
        emit connectionChanged();
    });
    updateTokenStatus();
}

AccountPage::~AccountPage() = default;

QWidget *AccountPage::hostBox()
{
    auto *box = new QGroupBox(tr("GitHub"));
    m_githubCom = new QRadioButton(tr("&GitHub.com"));
    m_githubCom->setObjectName(QStringLiteral("githubComButton"));
    m_enterprise = new QRadioButton(tr("GitHub &Enterprise Server:"));
    m_enterprise->setObjectName(QStringLiteral("enterpriseButton"));
    m_enterpriseHost = new QLineEdit;
    m_enterpriseHost->setObjectName(QStringLiteral("enterpriseHost"));
    m_enterpriseHost->setPlaceholderText(tr("github.example.com"));
    m_enterpriseHost->setAccessibleName(tr("GitHub Enterprise Server host or URL"));
    auto *group = new QButtonGroup(box);
    group->addButton(m_githubCom);
    group->addButton(m_enterprise);
    m_githubCom->setChecked(true);
    m_enterpriseHost->setEnabled(false);

    auto *enterpriseRow = new QHBoxLayout;
    enterpriseRow->addWidget(m_enterprise);
    enterpriseRow->addWidget(m_enterpriseHost, 1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_githubCom);
    layout->addLayout(enterpriseRow);

    connect(m_enterprise, &QRadioButton::toggled, m_enterpriseHost, &QLineEdit::setEnabled);
    connect(m_enterprise, &QRadioButton::toggled, this, [this] {
        updateTokenStatus();
        emit connectionChanged();
    });
    connect(m_enterpriseHost, &QLineEdit::textChanged, this, [this] {
        updateTokenStatus();
        emit connectionChanged();
    });
    return box;
}

QWidget *AccountPage::tokenBox()
{
    auto *box = new QGroupBox(tr("Token"));
    m_tokenStatus = new QLabel;
    m_tokenStatus->setObjectName(QStringLiteral("tokenStatus"));
    m_tokenStatus->setWordWrap(true);
    m_tokenStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tokenNote = new QLabel;
    m_tokenNote->setObjectName(QStringLiteral("tokenNote"));
    m_tokenNote->setWordWrap(true);
    m_tokenNote->hide();
    m_test = new QPushButton(tr("&Test connection"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_replace = new QPushButton(tr("Re&place token…"));
    m_replace->setObjectName(QStringLiteral("replaceTokenButton"));
    m_remove = new QPushButton(tr("Re&move token"));
    m_remove->setObjectName(QStringLiteral("removeTokenButton"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { m_test, m_replace, m_remove }) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_tokenStatus);
    layout->addWidget(m_tokenNote);
    layout->addLayout(buttons);
    connect(m_test, &QPushButton::clicked, this, &AccountPage::testConnection);
    connect(m_replace, &QPushButton::clicked, this, &AccountPage::replaceToken);
    connect(m_remove, &QPushButton::clicked, this, &AccountPage::removeToken);
    return box;
}

QUrl AccountPage::apiUrlFromText(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("https://"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    if (isGitHubCom(url.host()))
        return QUrl(kGitHubComApi);
    const QString path = url.path();
    if ((path.isEmpty() || path == QLatin1String("/")) && !ApiBase::isLoopbackHost(url.host()))
        url.setPath(QStringLiteral("/api/v3"));
    else if (path.endsWith(QLatin1Char('/')))
        url.setPath(path.chopped(1));
    return url;
}

QUrl AccountPage::apiUrl() const
{
    if (m_githubCom->isChecked())
        return QUrl(kGitHubComApi);
    return apiUrlFromText(m_enterpriseHost->text());
}

void AccountPage::load(const AppSettings &settings)
{
    const QUrl &url = settings.apiUrl;
    if (isGitHubCom(url.host())) {
        m_githubCom->setChecked(true);
        m_enterpriseHost->clear();
    } else {
        m_enterprise->setChecked(true);
        // The usual Enterprise URL reads best as its host; anything else is shown whole.
        const bool usual = url.scheme() == QLatin1String("https") && url.port() == -1
            && url.path() == QLatin1String("/api/v3");
        m_enterpriseHost->setText(usual ? url.host() : url.toString());
    }
    m_login.clear();
    m_results->clear();
    updateTokenStatus();
}

std::optional<QString> AccountPage::apply(AppSettings &settings) const
{
    const QUrl url = apiUrl();
    if (!url.isValid())
        return tr("Type the host of your GitHub Enterprise Server, such as github.example.com, "
                  "or choose GitHub.com.");
    if (const auto refused = ApiBase::check(url))
        return *refused;
    settings.apiUrl = url;
    return std::nullopt;
}

void AccountPage::updateTokenStatus()
{
    const Credentials &credentials = m_services.credentials;
    QStringList lines;
    if (!credentials.hasToken()) {
        lines.append(tr("No token yet. Use Replace token… to add one."));
    } else if (m_login.isEmpty()) {
        lines.append(tr("Token from %1.").arg(credentials.originText()));
    } else {
        lines.append(tr("Token from %1, belongs to %2.").arg(credentials.originText(), m_login));
    }
    if (!credentials.problem().isEmpty())
        lines.append(credentials.problem());
    m_tokenStatus->setText(lines.join(QLatin1Char('\n')));

    QString note;
    if (isEnvironmentOrigin(credentials.origin()))
        note = tr("The environment variable wins while it is set: Replace token and Remove "
                  "token change only the token kept in the keychain.");
    // The token is kept per host; replacing it for a host the app does not use yet would
    // leave the running app without one.
    const bool sameHost = apiUrl().host().compare(credentials.host(), Qt::CaseInsensitive) == 0;
    if (!sameHost)
        note = tr("Apply the new host first; its token is kept under that host.");
    m_tokenNote->setText(note);
    m_tokenNote->setVisible(!note.isEmpty());
    m_replace->setEnabled(sameHost);
    m_remove->setEnabled(sameHost);
}

void AccountPage::addResult(const QString &text)
{
    m_results->addItem(text);
}

void AccountPage::testConnection()
{
    const int run = ++m_run;
    m_results->clear();
    const QString token = m_services.credentials.token();
    if (token.isEmpty()) {
        addResult(tr("There is no token to test. Use Replace token… to add one."));
        return;
    }
    if (const auto refused = m_check->setApiBase(apiUrl())) {
        addResult(*refused);
        return;
    }
    m_check->setToken(token);
    addResult(tr("Checking the token…"));
    m_check->checkIdentity(
        this, [this, run](const TokenIdentity &identity) { showIdentity(run, identity); });
}

void AccountPage::showIdentity(int run, const TokenIdentity &identity)
{
    if (run != m_run)
        return;
    m_results->clear();
    if (!identity.status.isOk()) {
        addResult(identity.status.message.isEmpty()
                      ? tr("GitHub did not answer as expected (%1).")
                            .arg(connectionStateKey(identity.status.state))
                      : identity.status.message);
        return;
    }
    m_login = identity.login;
    updateTokenStatus();
    QString who
        = tr("The token belongs to %1 (%2 token).").arg(identity.login, identity.kindText());
    if (identity.kind == TokenIdentity::Kind::Classic)
        who += QLatin1Char(' ')
            + tr("Scopes: %1.")
                  .arg(identity.scopes.isEmpty() ? tr("none")
                                                 : identity.scopes.join(QStringLiteral(", ")));
    if (identity.expiresAt.isValid())
        who += QLatin1Char(' ')
            + tr("It expires on %1.").arg(QLocale().toString(identity.expiresAt.toLocalTime()));
    addResult(who);
    if (m_targets.isEmpty())
        addResult(tr("No targets to check yet."));
    for (const Target &target : std::as_const(m_targets))
        m_check->checkTarget(
            target, this, [this, run](const TargetCheck &check) { showTargetCheck(run, check); });
}

void AccountPage::showTargetCheck(int run, const TargetCheck &check)
{
    if (run != m_run)
        return;
    const QString name = check.target.name();
    if (check.isOk()) {
        addResult(tr("%1: OK.").arg(name));
    } else if (check.problems.isEmpty()) {
        addResult(tr("%1: %2").arg(name, check.status.message));
    } else {
        for (const QString &problem : check.problems)
            addResult(tr("%1: %2").arg(name, problem));
    }
    for (const QString &note : check.notes)
        addResult(tr("%1: %2").arg(name, note));
}

void AccountPage::replaceToken()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("replaceTokenDialog"));
    dialog->setWindowTitle(tr("Replace token"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *entry = new TokenEntry(m_services, dialog);
    entry->setApiUrl(apiUrl());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(entry, &TokenEntry::tokenChanged, ok,
            [ok, entry] { ok->setEnabled(!entry->token().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(entry);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, entry] {
        m_results->clear();
        m_services.credentials.save(
            entry->token(), entry->storage(), this, [this](const TokenStoreResult &result) {
                addResult(result.isOk() ? tr("The new token is kept.") : result.message);
            });
    });
    dialog->open(); // asynchronous: no nested event loop
}

void AccountPage::removeToken()
{
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Remove token"),
        tr("Remove the token kept for %1? RelayQ stops checking until you add one again.")
            .arg(m_services.credentials.host()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("removeTokenQuestion"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setDefaultButton(QMessageBox::Cancel);
    connect(question, &QMessageBox::finished, this, [this](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        m_results->clear();
        m_services.credentials.forget(this, [this](const TokenStoreResult &result) {
            addResult(result.isOk() ? tr("The token was removed.") : result.message);
        });
    });
    question->open();
}

} // namespace relayq
