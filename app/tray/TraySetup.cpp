#include "TraySetup.h"

#include "Autostart.h"
#include "FirstRunWizard.h"
#include "KeychainTokenStore.h"
#include "SettingsDialog.h"
#include "SettingsStore.h"

namespace relayq {

TraySetup::TraySetup(std::unique_ptr<TokenStore> keychain, QNetworkAccessManager *network,
                     const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain ? std::move(keychain) : std::make_unique<KeychainTokenStore>())
    , m_credentials(*m_keychain, m_sessionTokens)
    , m_network(network)
    , m_clock(clock)
{ }

// The windows go first: they hold references to everything below.
TraySetup::~TraySetup()
{
    delete m_dialog.data();
    delete m_wizard.data();
}

QString TraySetup::settingsFilePath(const QString &configFile)
{
    if (!configFile.isEmpty())
        return configFile;
    const QString fromEnvironment = qEnvironmentVariable("RELAYQ_CONFIG");
    return fromEnvironment.isEmpty() ? SettingsStore::defaultFilePath() : fromEnvironment;
}

void TraySetup::openSettings(const QString &filePath)
{
    m_settings = std::make_unique<SettingsStore>(filePath);
}

void TraySetup::setAutostart(std::unique_ptr<Autostart> autostart)
{
    m_autostart = std::move(autostart);
}

SetupServices TraySetup::services()
{
    Q_ASSERT(m_settings);
    return SetupServices { *m_settings, m_credentials, m_autostart.get(),
                           m_processes, m_network,     m_clock };
}

void TraySetup::showSettingsDialog()
{
    if (!m_settings)
        return;
    if (!m_dialog) {
        m_dialog = new SettingsDialog(services());
        // A fresh dialog each time it is opened again: it reads the settings as they are then.
        connect(m_dialog, &QDialog::finished, m_dialog, &QObject::deleteLater);
    }
    bringForward(m_dialog);
}

void TraySetup::showWizard()
{
    if (!m_settings)
        return;
    if (!m_wizard) {
        m_wizard = new FirstRunWizard(services());
        connect(m_wizard, &QDialog::finished, m_wizard, &QObject::deleteLater);
    }
    bringForward(m_wizard);
}

SettingsDialog *TraySetup::settingsDialog() const
{
    return m_dialog;
}

FirstRunWizard *TraySetup::wizard() const
{
    return m_wizard;
}

void TraySetup::bringForward(QWidget *window)
{
    if (window->isMinimized())
        window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace relayq
