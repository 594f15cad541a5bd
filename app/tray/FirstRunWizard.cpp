#include "FirstRunWizard.h"

#include "AppSettings.h"
#include "Autostart.h"
#include "Credentials.h"
#include "SettingsStore.h"
#include "TokenEntry.h"
#include "WizardDonePage.h"
#include "WizardHostPage.h"
#include "WizardNotificationsPage.h"
#include "WizardTargetsPage.h"
#include "WizardTokenPage.h"

#include <QAbstractButton>
#include <QStringList>

namespace relayq {

FirstRunWizard::FirstRunWizard(const SetupServices &services, QWidget *parent)
    : QWizard(parent)
    , m_services(services)
    , m_existingToken(services.credentials.hasToken())
    , m_hostPage(new WizardHostPage)
    , m_tokenPage(new WizardTokenPage(services))
    , m_targetsPage(new WizardTargetsPage(services))
    , m_notificationsPage(new WizardNotificationsPage(services.autostart))
    , m_donePage(new WizardDonePage)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set up RelayQ"));
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(HostPage, m_hostPage);
    setPage(TokenPage, m_tokenPage);
    setPage(TargetsPage, m_targetsPage);
    setPage(NotificationsPage, m_notificationsPage);
    setPage(DonePage, m_donePage);

    const AppSettings &current = services.settings.current();
    m_hostPage->setApiUrl(current.apiUrl);
    m_notificationsPage->showSettings(current);
    if (m_existingToken) {
        setStartId(TargetsPage);
        m_targetsPage->showTokenOrigin(
            tr("Using the token for %1 from %2.")
                .arg(current.apiUrl.host(), services.credentials.originText()));
    }
    connect(m_donePage, &WizardDonePage::sessionOnlyToggled, m_tokenPage->tokenEntry(),
            &TokenEntry::setSessionOnly);
}

FirstRunWizard::~FirstRunWizard() = default;

QUrl FirstRunWizard::apiUrl() const
{
    return m_existingToken ? m_services.settings.current().apiUrl : m_hostPage->apiUrl();
}

QString FirstRunWizard::token() const
{
    return m_existingToken ? m_services.credentials.token() : m_tokenPage->tokenEntry()->token();
}

void FirstRunWizard::initializePage(int id)
{
    switch (id) {
    case TokenPage: m_tokenPage->tokenEntry()->setApiUrl(apiUrl()); break;
    case TargetsPage: m_targetsPage->setConnection(apiUrl(), token()); break;
    case DonePage:
        m_donePage->showProblem(QString());
        m_donePage->showSummary(summary());
        break;
    default: break;
    }
    QWizard::initializePage(id);
}

QString FirstRunWizard::summary() const
{
    QStringList lines;
    lines << tr("GitHub: %1").arg(apiUrl().toString());
    if (m_existingToken) {
        lines << tr("Token: from %1").arg(m_services.credentials.originText());
    } else {
        const TokenEntry *entry = m_tokenPage->tokenEntry();
        const QString owner = entry->identity() ? entry->identity()->login : QString();
        lines
            << (entry->storage() == Credentials::Storage::Keychain
                    ? tr("Token: belongs to %1, kept in the OS keychain").arg(owner)
                    : tr("Token: belongs to %1, kept in memory for this session only").arg(owner));
    }
    QStringList names;
    for (const Target &target : m_targetsPage->targets())
        names << target.name();
    lines << tr("Watching: %1").arg(names.join(QLatin1String(", ")));
    lines << (m_notificationsPage->startOnLogin() ? tr("Starts when you log in")
                                                  : tr("Does not start when you log in"));
    return lines.join(QLatin1Char('\n'));
}

void FirstRunWizard::accept()
{
    if (m_saving)
        return;
    m_saving = true;
    button(QWizard::FinishButton)->setEnabled(false);
    m_donePage->showProblem(tr("Saving…"));
    if (m_existingToken)
        saveSettings();
    else
        saveToken();
}

void FirstRunWizard::saveToken()
{
    const QString host = apiUrl().host();
    if (m_services.credentials.host() != host)
        m_services.credentials.setHost(host);
    m_services.credentials.save(token(), m_tokenPage->tokenEntry()->storage(), this,
                                [this](const TokenStoreResult &result) { tokenSaved(result); });
}

void FirstRunWizard::tokenSaved(const TokenStoreResult &result)
{
    if (result.isOk()) {
        saveSettings();
        return;
    }
    const bool keychain = m_tokenPage->tokenEntry()->storage() == Credentials::Storage::Keychain;
    if (keychain)
        m_tokenPage->tokenEntry()->offerSessionOnly(result.message);
    fail(keychain ? tr("The token could not be kept in the OS keychain: %1 You can keep it in "
                       "memory for this session only and press Finish again.")
                        .arg(result.message)
                  : tr("The token could not be kept: %1").arg(result.message),
         keychain);
}

void FirstRunWizard::saveSettings()
{
    AppSettings settings = m_services.settings.current();
    settings.apiUrl = apiUrl();
    settings.targets = m_targetsPage->targets();
    m_notificationsPage->apply(&settings);
    if (const auto problem = m_services.settings.save(settings)) {
        fail(tr("The settings could not be saved: %1").arg(*problem));
        return;
    }
    if (m_services.autostart && m_services.autostart->isEnabled() != settings.startOnLogin) {
        if (const auto problem = m_services.autostart->setEnabled(settings.startOnLogin)) {
            fail(tr("Start on login could not be set up: %1").arg(*problem));
            return;
        }
    }
    m_saving = false;
    m_donePage->showProblem(QString());
    QWizard::accept();
}

void FirstRunWizard::fail(const QString &problem, bool offerSessionOnly)
{
    m_saving = false;
    m_donePage->showProblem(problem, offerSessionOnly);
    button(QWizard::FinishButton)->setEnabled(true);
}

} // namespace relayq
