#include "TokenEntry.h"

#include "GitHubCliToken.h"
#include "GitHubWebUrl.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace relayq {

namespace {
QLabel *wrappedLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

TokenEntry::TokenEntry(const SetupServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_gh(std::make_unique<GitHubCliToken>(services.processes))
{
    setObjectName(QStringLiteral("tokenEntry"));
    m_input = new QLineEdit;
    m_input->setObjectName(QStringLiteral("tokenInput"));
    m_input->setEchoMode(QLineEdit::Password);
    m_input->setPlaceholderText(tr("github_pat_… or ghp_…"));
    m_input->setAccessibleName(tr("GitHub token"));
    auto *label = new QLabel(tr("&Token:"));
    label->setBuddy(m_input);
    connect(m_input, &QLineEdit::textChanged, this, &TokenEntry::textEdited);
    connect(m_input, &QLineEdit::returnPressed, this, &TokenEntry::check);

    m_status = wrappedLabel(QStringLiteral("tokenStatus"));
    m_status->setAccessibleName(tr("Token check"));
    m_keychainProblem = wrappedLabel(QStringLiteral("keychainProblem"));
    m_keychainProblem->setAccessibleName(tr("Keychain problem"));
    m_sessionOnly = new QCheckBox(tr("Keep the token in memory for this session only"));
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyCheck"));
    m_sessionOnly->setToolTip(tr("RelayQ forgets the token when it quits; it is never written "
                                 "to disk. You will be asked for it again next time."));
    connect(m_sessionOnly, &QCheckBox::toggled, this, &TokenEntry::storageChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createHelp());
    layout->addWidget(label);
    layout->addWidget(m_input);
    layout->addWidget(buttonRow());
    layout->addWidget(m_status);
    layout->addWidget(m_keychainProblem);
    layout->addWidget(m_sessionOnly);
    layout->addStretch(1);

    connect(&m_services.credentials, &Credentials::changed, this,
            &TokenEntry::updateKeychainProblem);
    setApiUrl(QUrl(QStringLiteral("https://api.github.com")));
    updateKeychainProblem();
    updateButtons();
}

TokenEntry::~TokenEntry() = default;

QWidget *TokenEntry::createHelp()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_createLink = new QLabel;
    m_createLink->setObjectName(QStringLiteral("createTokenLink"));
    m_createLink->setOpenExternalLinks(true);
    m_createLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *permissions = new QLabel(
        tr("It needs, for the repositories you watch: Administration: read, Actions: read "
           "(write to start workflows), Metadata: read; and for organisations: Self-hosted "
           "runners: read. A classic token needs the repo scope (admin:org for "
           "organisations)."));
    permissions->setObjectName(QStringLiteral("tokenPermissions"));
    permissions->setWordWrap(true);
    layout->addWidget(m_createLink);
    layout->addWidget(permissions);
    return box;
}

QWidget *TokenEntry::buttonRow()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_import = new QPushButton(tr("&Import from GitHub CLI"));
    m_import->setObjectName(QStringLiteral("importGhButton"));
    m_import->setToolTip(tr("Takes the token of a logged-in gh (gh auth token)"));
    m_check = new QPushButton(tr("C&heck"));
    m_check->setObjectName(QStringLiteral("checkTokenButton"));
    m_check->setToolTip(tr("Asks GitHub whom the token belongs to"));
    for (QPushButton *button : { m_import, m_check }) {
        button->setAutoDefault(false);
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
        layout->addWidget(button);
    }
    layout->addStretch(1);
    connect(m_import, &QPushButton::clicked, this, &TokenEntry::importFromGitHubCli);
    connect(m_check, &QPushButton::clicked, this, &TokenEntry::check);
    return row;
}

void TokenEntry::setApiUrl(const QUrl &apiUrl)
{
    if (apiUrl != m_apiUrl && m_identity) {
        m_identity.reset(); // checked against another server: says nothing about this one
        showStatus(QString(), false);
    }
    m_apiUrl = apiUrl;
    const QUrl page = GitHubWebUrl::webBase(apiUrl).resolved(
        QUrl(QStringLiteral("/settings/personal-access-tokens/new")));
    m_createLink->setText(tr("<a href=\"%1\">Create a fine-grained token on GitHub</a>")
                              .arg(page.toString(QUrl::FullyEncoded).toHtmlEscaped()));
    m_createLink->setToolTip(page.toString());
}

QString TokenEntry::token() const
{
    return m_input->text().trimmed();
}

void TokenEntry::setToken(const QString &token)
{
    m_input->setText(token);
}

Credentials::Storage TokenEntry::storage() const
{
    return m_sessionOnly->isChecked() ? Credentials::Storage::SessionOnly
                                      : Credentials::Storage::Keychain;
}

void TokenEntry::setSessionOnly(bool sessionOnly)
{
    if (sessionOnly)
        m_sessionOnly->show();
    m_sessionOnly->setChecked(sessionOnly);
}

void TokenEntry::offerSessionOnly(const QString &problem)
{
    m_offeredProblem = problem;
    updateKeychainProblem();
}

void TokenEntry::updateKeychainProblem()
{
    const QString problem
        = m_offeredProblem.isEmpty() ? m_services.credentials.problem() : m_offeredProblem;
    m_keychainProblem->setText(
        problem.isEmpty() ? QString()
                          : tr("The OS keychain cannot be used: %1 Until that is fixed, "
                               "RelayQ can keep the token in memory for this session only.")
                                .arg(problem));
    m_keychainProblem->setVisible(!problem.isEmpty());
    m_sessionOnly->setVisible(!problem.isEmpty() || m_sessionOnly->isChecked());
}

void TokenEntry::textEdited()
{
    delete m_accountCheck; // its answer would be about the previous text
    m_accountCheck = nullptr;
    m_identity.reset();
    showStatus(QString(), false);
    setBusy(false);
    updateButtons();
    emit tokenChanged();
}

void TokenEntry::check()
{
    if (token().isEmpty() || m_busy)
        return;
    delete m_accountCheck;
    m_accountCheck = new AccountCheck(m_services.network, m_services.clock, this);
    if (const auto refused = m_accountCheck->setApiBase(m_apiUrl)) {
        showStatus(*refused, true);
        return;
    }
    m_accountCheck->setToken(token());
    setBusy(true);
    showStatus(tr("Asking GitHub whom the token belongs to…"), false);
    // The check is the context: replacing or deleting it drops a stale answer.
    m_accountCheck->checkIdentity(m_accountCheck, [this](const TokenIdentity &identity) {
        m_accountCheck->deleteLater();
        m_accountCheck = nullptr;
        setBusy(false);
        showIdentity(identity);
    });
}

void TokenEntry::showIdentity(const TokenIdentity &identity)
{
    if (!identity.status.isOk()) {
        m_identity.reset();
        showStatus(
            identity.status.message.isEmpty()
                ? tr("GitHub did not accept the token (HTTP %1).").arg(identity.status.httpStatus)
                : identity.status.message,
            true);
    } else {
        m_identity = identity;
        QString text = tr("Belongs to %1 (%2).").arg(identity.login, identity.kindText());
        if (identity.expiresAt.isValid())
            text += QLatin1Char(' ')
                + tr("Expires on %1.")
                      .arg(QLocale().toString(identity.expiresAt.toLocalTime().date(),
                                              QLocale::LongFormat));
        showStatus(text, false);
    }
    emit checked(identity);
}

void TokenEntry::importFromGitHubCli()
{
    if (m_busy)
        return;
    const QString host = GitHubWebUrl::webBase(m_apiUrl).host();
    setBusy(true);
    showStatus(tr("Asking the GitHub CLI for its token for %1…").arg(host), false);
    m_gh->fetch(host, this, [this, host](const GitHubCliTokenResult &result) {
        setBusy(false);
        if (!result.isOk()) {
            showStatus(result.message.isEmpty()
                           ? tr("The GitHub CLI gave no token for %1.").arg(host)
                           : result.message,
                       true);
            return;
        }
        m_input->setText(result.token);
        showStatus(tr("Imported the GitHub CLI's token for %1.").arg(host), false);
        check(); // one click: the user sees at once whom it belongs to
    });
}

void TokenEntry::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem); // for style sheets and tests
}

void TokenEntry::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    updateButtons();
    emit busyChanged(busy);
}

void TokenEntry::updateButtons()
{
    m_import->setEnabled(!m_busy);
    m_check->setEnabled(!m_busy && !token().isEmpty());
}

} // namespace relayq
