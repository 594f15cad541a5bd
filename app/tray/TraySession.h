#pragma once
// Everything relayq-tray runs, assembled once: the clock, the network, the monitoring loop
// (FleetWatch), the notification policy and its delivery, the status window and the tray
// controller, the user's settings and token (TraySetup) — plus, with --demo, the in-process
// simulator serving the demo fleet on loopback. Settings and the token apply live: a saved
// change reaches the monitoring loop at once, without a restart.
// main() only parses the command line and hands it over; tests build a session the same way.

#include "AppSettings.h"
#include "Clock.h"
#include "TrayCommandLine.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace relayq::sim {
class Simulator;
}

namespace relayq {

class FleetWatch;
class NotificationDelivery;
class NotificationPolicy;
class Notifier;
class StatusWindow;
class TokenStore;
class TrayController;
class TraySetup;

class TraySession : public QObject
{
    Q_OBJECT
public:
    explicit TraySession(QObject *parent = nullptr);
    // `keychain` stands in for the OS keychain (tests pass a SessionTokenStore); null: the OS's.
    explicit TraySession(std::unique_ptr<TokenStore> keychain, QObject *parent = nullptr);
    ~TraySession() override;

    // Configures monitoring: the demo, or the settings file with the command line's overrides
    // and the token (read asynchronously from the keychain). Without a token or targets nothing
    // is watched and the window says what to set (setupMessage()); the app still runs.
    void prepare(const TrayCommandLine &commandLine);
    // Shows the tray icon (or the window where there is no tray) and starts polling — or, when
    // setup is incomplete, opens the first-run wizard (unless --no-setup).
    void start();

    QString setupMessage() const { return m_setupMessage; }
    bool isWatching() const { return m_setupMessage.isEmpty(); }
    // The token is still being read (from the OS keychain).
    bool isReadingToken() const { return m_readingToken; }
    // How pages on GitHub are opened (QDesktopServices by default; tests record instead).
    void setUrlOpener(std::function<void(const QUrl &)> opener);

    const Clock &clock() const { return m_clock; }
    FleetWatch &watch() const { return *m_watch; }
    NotificationPolicy &policy() const { return *m_policy; }
    NotificationDelivery &delivery() const { return *m_delivery; }
    StatusWindow &window() const { return *m_window; }
    TrayController &controller() const { return *m_controller; }
    TraySetup &setup() const { return *m_setup; }

signals:
    // isWatching() or setupMessage() changed (a token arrived, targets were saved …).
    void setupStateChanged();

private:
    struct Overrides
    {
        std::optional<QUrl> apiUrl;
        std::optional<TargetList> targets;
    };

    void connectParts();
    void connectSetup();
    QString prepareDemo(const TrayCommandLine &commandLine);
    void prepareSettings(const TrayCommandLine &commandLine);
    void applySettings(const AppSettings &saved);
    void applyApiBase(const QUrl &apiUrl);
    void applyTargets(const TargetList &targets);
    void applyPendingTargets();
    void applyToken();
    void readToken();
    void updateSetupState();
    bool setupIncomplete() const;
    QString describeSetup() const;
    void showAccount();
    void showNotices();
    void offerWizardOnce();
    void chooseNotifiers();
    void openUrl(const QUrl &url);

    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<sim::Simulator> m_demo;
    std::unique_ptr<FleetWatch> m_watch;
    std::unique_ptr<NotificationPolicy> m_policy;
    std::unique_ptr<StatusWindow> m_window;
    std::unique_ptr<NotificationDelivery> m_delivery;
    std::unique_ptr<TrayController> m_controller;
    std::unique_ptr<TraySetup> m_setup;
    std::vector<std::unique_ptr<Notifier>> m_notifiers;
    std::function<void(const QUrl &)> m_opener;
    QString m_setupMessage;

    // Live settings: what the file says, the command line's overrides, what is in force.
    AppSettings m_saved;
    Overrides m_overrides;
    AppSettings m_effective;
    std::optional<TargetList> m_pendingTargets; // applied when the poll in flight ends
    QStringList m_loadWarnings;
    QString m_apiRefusal; // the API URL in force could not be used (the previous one stays)
    QString m_demoProblem;
    QString m_tokenHost; // the API host whose token was last read
    bool m_apiUsable = false;
    bool m_readingToken = false;
    bool m_started = false;
    bool m_noSetup = false;
    bool m_wizardOffered = false;
};

} // namespace relayq
