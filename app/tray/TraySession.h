#pragma once
// Everything relayq-tray runs, assembled once: the clock, the network, the monitoring loop
// (FleetWatch), the notification policy and its delivery, the status window and the tray
// controller, the user's settings and token (TraySetup) — plus, with --demo, the in-process
// simulator serving the demo fleet on loopback — and the actions (RunnerActions: restart,
// backup, auto-recovery, the audit log; the dispatch dialog and the recovery wizard) reachable
// from the tray menu, the status window and notifications. Settings and the token apply live:
// a saved change reaches the monitoring loop (and the runner bindings) at once.
// main() only parses the command line and hands it over; tests build a session the same way.

#include "AppSettings.h"
#include "Clock.h"
#include "RecentDispatches.h"
#include "RunnerMenu.h"
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

class ApplicationLog;
class DispatchDialog;
class FleetWatch;
class NotificationDelivery;
class NotificationPolicy;
class Notifier;
class RecentDispatchMenu;
class RecoveryWizard;
class RunnerActions;
class StatusWindow;
class TokenStore;
class TrayController;
class TraySetup;
class TrayActions;
class WorkflowDispatch;

class TraySession : public QObject
{
    Q_OBJECT
public:
    explicit TraySession(QObject *parent = nullptr);
    // `keychain` stands in for the OS keychain (tests pass a SessionTokenStore); null: the OS's.
    // `clock`: where time comes from (tests pass a ManualClock); null: the system clock.
    explicit TraySession(std::unique_ptr<TokenStore> keychain, QObject *parent = nullptr,
                         const Clock *clock = nullptr);
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
    // How pages on GitHub (and the log folder) are opened (QDesktopServices by default; tests
    // record instead).
    void setUrlOpener(std::function<void(const QUrl &)> opener);
    // The log the settings' level applies to (live) and whose redaction learns the token in use;
    // its folder is what "Open log folder" opens. Set before prepare(); null: none (tests).
    void setLog(ApplicationLog *log) { m_log = log; }

    const Clock &clock() const { return m_clock; }
    FleetWatch &watch() const { return *m_watch; }
    NotificationPolicy &policy() const { return *m_policy; }
    NotificationDelivery &delivery() const { return *m_delivery; }
    StatusWindow &window() const { return *m_window; }
    TrayController &controller() const { return *m_controller; }
    TraySetup &setup() const { return *m_setup; }
    RunnerActions &actions() const { return *m_actions; }
    RecentDispatchMenu *recentDispatchMenu() const;
    // The open dispatch dialog / recovery wizard, or null.
    DispatchDialog *dispatchDialog() const;
    RecoveryWizard *recoveryWizard() const;

    // What the tray menu and the status window's context menu ask for a runner.
    void runRunnerCommand(relayq::RunnerCommand command, const QString &runnerName);
    // Opens the dispatch dialog (filled in with `preset` for "Dispatch again").
    void openDispatch(const std::optional<relayq::RecentDispatch> &preset = std::nullopt);

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
    void connectActions();
    void prepareDemoServices();
    bool watchesRepository() const;
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

    SystemClock m_systemClock;
    const Clock &m_clock; // m_systemClock unless a test gave its own
    QNetworkAccessManager m_network;
    std::unique_ptr<sim::Simulator> m_demo;
    std::unique_ptr<FleetWatch> m_watch;
    std::unique_ptr<NotificationPolicy> m_policy;
    std::unique_ptr<StatusWindow> m_window;
    std::unique_ptr<NotificationDelivery> m_delivery;
    std::unique_ptr<TrayController> m_controller;
    std::unique_ptr<TraySetup> m_setup;
    std::unique_ptr<RunnerActions> m_actions;
    std::unique_ptr<WorkflowDispatch> m_dispatch;
    std::unique_ptr<RecentDispatches> m_recentDispatches;
    std::unique_ptr<TrayActions> m_trayActions; // the actions' menus, dialogs and messages
    std::vector<std::unique_ptr<Notifier>> m_notifiers;
    std::function<void(const QUrl &)> m_opener;
    ApplicationLog *m_log = nullptr;
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
