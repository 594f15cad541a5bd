#pragma once
// The user's configuration as the running tray holds it: the settings file, the token and the
// stores it may live in (the OS keychain, or memory for this session), start on login, a way to
// run `gh`, and the two windows that change them — the settings dialog and the first-run
// wizard, each opened at most once at a time. TraySession applies what changes here to the
// monitoring loop; this class only keeps the pieces and hands them to the dialogs.

#include "Credentials.h"
#include "LocalProcessRunner.h"
#include "SessionTokenStore.h"
#include "SetupServices.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QWidget;

namespace relayq {

class Autostart;
class Clock;
class FirstRunWizard;
class SettingsDialog;
class SettingsStore;
class TokenStore;

class TraySetup : public QObject
{
    Q_OBJECT
public:
    // `keychain` null: the OS keychain (KeychainTokenStore). Tests pass a SessionTokenStore so
    // they never touch, or wait for, a real keychain.
    TraySetup(std::unique_ptr<TokenStore> keychain, QNetworkAccessManager *network,
              const Clock &clock, QObject *parent = nullptr);
    ~TraySetup() override;

    // Where the settings live: `configFile` if given, else $RELAYQ_CONFIG, else the default.
    static QString settingsFilePath(const QString &configFile);
    // Opens the settings file; until then there are no settings (the demo never opens one).
    void openSettings(const QString &filePath);
    bool hasSettings() const { return m_settings != nullptr; }
    SettingsStore &settings() const { return *m_settings; }
    Credentials &credentials() { return m_credentials; }
    Autostart *autostart() const { return m_autostart.get(); }
    void setAutostart(std::unique_ptr<Autostart> autostart);

    // What the dialogs work with; only valid once the settings are open.
    SetupServices services();

    // Opens the dialog, or raises the one already open. Nothing without settings.
    void showSettingsDialog();
    void showWizard();
    SettingsDialog *settingsDialog() const; // the open one, or null
    FirstRunWizard *wizard() const;

private:
    void bringForward(QWidget *window);

    std::unique_ptr<TokenStore> m_keychain;
    SessionTokenStore m_sessionTokens;
    Credentials m_credentials;
    LocalProcessRunner m_processes;
    std::unique_ptr<Autostart> m_autostart;
    std::unique_ptr<SettingsStore> m_settings;
    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    QPointer<SettingsDialog> m_dialog;
    QPointer<FirstRunWizard> m_wizard;
};

} // namespace relayq
