#include "TraySession.h"

#include "ApplicationLog.h"
#include "Credentials.h"
#include "DemoRunnerService.h"
#include "FleetMonitor.h"
#include "FleetPoller.h"
#include "FleetWatch.h"
#include "GitHubClient.h"
#include "NotificationDelivery.h"
#include "NotificationPolicy.h"
#include "PollScheduler.h"
#include "RunnerActions.h"
#include "SettingsStore.h"
#include "SimFleet.h"
#include "Simulator.h"
#include "StatusWindow.h"
#include "SystemAutostart.h"
#include "TokenStore.h"
#include "TrayActions.h"
#include "TrayBalloonNotifier.h"
#include "TrayController.h"
#include "TrayMenu.h"
#include "TraySetup.h"
#include "WorkflowDispatch.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QSignalBlocker>

#include <spdlog/spdlog.h>

#ifdef Q_OS_LINUX
#include "linux/FreedesktopNotifier.h"
#endif

namespace relayq {

namespace {
void logWarning(const QString &text)
{
    spdlog::warn("{}", text.toStdString());
}
} // namespace

TraySession::TraySession(QObject *parent) : TraySession(nullptr, parent) { }

TraySession::TraySession(std::unique_ptr<TokenStore> keychain, QObject *parent, const Clock *clock)
    : QObject(parent)
    , m_clock(clock ? *clock : m_systemClock)
    , m_watch(std::make_unique<FleetWatch>(&m_network, m_clock))
    , m_policy(std::make_unique<NotificationPolicy>(m_clock))
    , m_window(std::make_unique<StatusWindow>(m_clock))
    , m_delivery(std::make_unique<NotificationDelivery>(*m_policy, m_clock))
    , m_controller(std::make_unique<TrayController>(*m_watch, *m_policy, *m_window, m_clock))
    , m_setup(std::make_unique<TraySetup>(std::move(keychain), &m_network, m_clock))
    , m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    m_actions = std::make_unique<RunnerActions>(m_watch->client(), m_clock);
    m_dispatch = std::make_unique<WorkflowDispatch>(m_watch->client(), m_clock);
    m_dispatch->setAuditLog(&m_actions->audit());
    m_recentDispatches = std::make_unique<RecentDispatches>(m_clock);
    m_policy->attachTo(*m_watch);
    connectParts();
    connectSetup();
    connectActions();
}

// Parts go in reverse order of construction: the dialogs and the stores first, then the
// notifiers and the controller (which refer to the window, the policy and the watch), the
// simulator after the watch stopped using it.
TraySession::~TraySession()
{
    m_watch->stop();
    m_trayActions.reset();
    m_dispatch.reset();
    m_actions.reset();
    m_setup.reset();
    m_notifiers.clear();
    m_controller.reset();
    m_delivery.reset();
    m_window.reset();
    m_policy.reset();
    m_watch.reset();
    m_demo.reset();
}

void TraySession::connectParts()
{
    auto open = [this](const QUrl &url) { openUrl(url); };
    connect(m_window.get(), &StatusWindow::openUrlRequested, this, open);
    connect(m_controller.get(), &TrayController::openUrlRequested, this, open);
    connect(m_delivery.get(), &NotificationDelivery::openUrlRequested, this, open);
    connect(m_delivery.get(), &NotificationDelivery::showWindowRequested, m_window.get(),
            &StatusWindow::bringForward);
    connect(m_delivery.get(), &NotificationDelivery::alertsSnoozed, m_window.get(),
            &StatusWindow::showSnoozed);
    connect(m_window.get(), &StatusWindow::acknowledgeRequested, m_policy.get(),
            &NotificationPolicy::acknowledge);
    connect(m_window.get(), &StatusWindow::snoozeRequested, m_policy.get(),
            &NotificationPolicy::snooze);
    connect(m_controller.get(), &TrayController::quitRequested, qApp, &QCoreApplication::quit,
            Qt::QueuedConnection);
    connect(m_watch.get(), &FleetWatch::polled, this, &TraySession::applyPendingTargets);
    connect(m_controller->menu(), &TrayMenu::openLogFolderRequested, this, [this] {
        const bool ownFolder = m_log && !m_log->folder().isEmpty();
        openUrl(QUrl::fromLocalFile(ownFolder ? m_log->folder() : ApplicationLog::defaultFolder()));
    });
}

void TraySession::connectSetup()
{
    TraySetup *setup = m_setup.get();
    connect(m_window.get(), &StatusWindow::settingsRequested, setup,
            &TraySetup::showSettingsDialog);
    connect(m_window.get(), &StatusWindow::setupRequested, setup, &TraySetup::showWizard);
    connect(m_controller->menu(), &TrayMenu::settingsRequested, setup,
            &TraySetup::showSettingsDialog);
    connect(m_controller->menu(), &TrayMenu::setupRequested, setup, &TraySetup::showWizard);
    connect(&setup->credentials(), &Credentials::changed, this, &TraySession::applyToken);
}

void TraySession::connectActions()
{
    const TrayActions::Parts parts {
        *m_watch,   *m_controller->menu(), *m_window,           *m_delivery,
        *m_actions, *m_dispatch,           *m_recentDispatches, m_clock
    };
    m_trayActions = std::make_unique<TrayActions>(parts, [this](const QUrl &url) { openUrl(url); });
}

RecentDispatchMenu *TraySession::recentDispatchMenu() const
{
    return m_trayActions->recentDispatchMenu();
}

DispatchDialog *TraySession::dispatchDialog() const
{
    return m_trayActions->dispatchDialog();
}

RecoveryWizard *TraySession::recoveryWizard() const
{
    return m_trayActions->recoveryWizard();
}

void TraySession::runRunnerCommand(RunnerCommand command, const QString &runnerName)
{
    m_trayActions->runRunnerCommand(command, runnerName);
}

void TraySession::openDispatch(const std::optional<RecentDispatch> &preset)
{
    m_trayActions->openDispatch(preset);
}

bool TraySession::watchesRepository() const
{
    const TargetList targets = m_watch->poller().targets();
    return std::any_of(targets.cbegin(), targets.cend(),
                       [](const Target &target) { return target.isRepository(); });
}

void TraySession::prepare(const TrayCommandLine &commandLine)
{
    m_noSetup = commandLine.noSetup;
    if (commandLine.demo)
        m_demoProblem = prepareDemo(commandLine);
    else
        prepareSettings(commandLine);
    updateSetupState();
}

QString TraySession::prepareDemo(const TrayCommandLine &commandLine)
{
    // Exactly as relayqctl --demo: the demo fleet in this process on a loopback port, no
    // settings file and no keychain.
    m_demo = std::make_unique<sim::Simulator>(m_clock);
    m_demo->fleet().loadDemoFleet();
    if (!m_demo->listen())
        return tr("Could not start the demo fleet on a loopback port.");
    TargetList targets = commandLine.targets;
    if (targets.isEmpty())
        targets.append(
            Target::repository(QStringLiteral("relayq-demo"), QStringLiteral("media-jobs")));
    if (const auto refused = m_watch->setApiBase(m_demo->baseUrl()))
        return *refused;
    m_apiUsable = true;
    m_watch->setToken(QStringLiteral("demo"));
    m_watch->setTargets(targets);
    MonitorSettings settings;
    settings.pollIntervalSeconds = 10; // the demo fleet changes within seconds
    m_watch->setSettings(settings);
    prepareDemoServices();
    return QString();
}

// Every demo runner can be restarted (and is watched by auto-recovery): its "service" tells
// the simulator it is online again.
void TraySession::prepareDemoServices()
{
    for (const sim::SimRunner &runner : m_demo->fleet().allRunners())
        m_actions->addFixedService(
            runner.name, std::make_shared<DemoRunnerService>(m_demo->fleet(), runner.id), true);
}

void TraySession::prepareSettings(const TrayCommandLine &commandLine)
{
    m_setup->openSettings(TraySetup::settingsFilePath(commandLine.configFile));
    m_setup->setAutostart(makeSystemAutostart(QCoreApplication::applicationFilePath()));
    SettingsStore &store = m_setup->settings();
    connect(&store, &SettingsStore::changed, this, [this](const AppSettings &saved) {
        m_loadWarnings.clear(); // the file now holds what was just checked and saved
        applySettings(saved);
        updateSetupState();
    });
    const AppSettings saved = store.load(&m_loadWarnings);
    for (const QString &warning : std::as_const(m_loadWarnings))
        logWarning(tr("Settings file %1: %2").arg(store.filePath(), warning));
    if (!commandLine.apiUrl.isEmpty())
        m_overrides.apiUrl = commandLine.apiUrl;
    if (!commandLine.targets.isEmpty())
        m_overrides.targets = commandLine.targets;
    m_saved = saved;
    applySettings(saved);
}

// The saved settings with this run's command-line overrides on top. An override lasts until
// the user saves a different value for the same setting: what they just chose then wins.
void TraySession::applySettings(const AppSettings &saved)
{
    if (m_overrides.apiUrl && saved.apiUrl != m_saved.apiUrl)
        m_overrides.apiUrl.reset();
    if (m_overrides.targets && saved.targets != m_saved.targets)
        m_overrides.targets.reset();
    m_saved = saved;
    m_effective = saved;
    if (m_overrides.apiUrl)
        m_effective.apiUrl = *m_overrides.apiUrl;
    if (m_overrides.targets)
        m_effective.targets = *m_overrides.targets;

    if (m_log)
        m_log->setLevel(m_effective.logLevel); // --verbose, if given, still wins (ApplicationLog)
    m_controller->setIconTone(m_effective.trayIconTone);
    applyApiBase(m_effective.apiUrl);
    applyTargets(m_effective.targets);
    m_watch->setSettings(m_effective.monitor);
    m_policy->setSettings(m_effective.notifications);
    m_actions->setBindings(m_effective.runnerBindings, m_effective.runnerDirectories);
}

// A refused URL leaves the one in force working (and says why); the token belongs to a host,
// so a new host means reading its token before anything is sent there.
void TraySession::applyApiBase(const QUrl &apiUrl)
{
    if (const auto refused = m_watch->setApiBase(apiUrl)) {
        m_apiRefusal = *refused;
        logWarning(*refused);
        return;
    }
    m_apiRefusal.clear();
    m_apiUsable = true;
    const QString host = m_watch->client().apiBase().host();
    if (host != m_tokenHost) {
        m_tokenHost = host;
        m_watch->setToken(QString()); // the old host's token never goes to the new one
        {
            // Its "no token any more" is no news: the new host's token is read right after.
            const QSignalBlocker quiet(&m_setup->credentials());
            m_setup->credentials().setHost(host);
        }
        readToken();
    }
}

void TraySession::readToken()
{
    m_readingToken = true;
    showAccount();
    m_setup->credentials().load(); // may answer at once (GH_TOKEN), else from the event loop
}

// A poll in flight finishes with the old list; the new one is applied when it ends and polled
// at once, so the user sees the new targets without waiting a whole interval.
void TraySession::applyTargets(const TargetList &targets)
{
    if (m_watch->poller().isPolling()) {
        m_pendingTargets = targets;
        return;
    }
    m_pendingTargets.reset();
    if (targets == m_watch->poller().targets())
        return;
    m_watch->setTargets(targets);
    if (m_watch->scheduler().isRunning())
        m_watch->checkNow(); // the new targets should not wait a whole interval
}

void TraySession::applyPendingTargets()
{
    if (!m_pendingTargets)
        return;
    const TargetList targets = *m_pendingTargets;
    applyTargets(targets);
}

void TraySession::applyToken()
{
    const Credentials &credentials = m_setup->credentials();
    m_readingToken = false;
    m_watch->setToken(credentials.token());
    if (m_log)
        m_log->addSecret(credentials.token()); // masked in every log line from now on
    if (!credentials.problem().isEmpty())
        logWarning(credentials.problem());
    const bool wasRunning = m_watch->scheduler().isRunning();
    updateSetupState();
    if (wasRunning && m_watch->scheduler().isRunning())
        m_watch->checkNow(); // a new token: find out now whether it works
}

bool TraySession::setupIncomplete() const
{
    if (m_demo || !m_setup->hasSettings())
        return false;
    if (!m_apiUsable)
        return true;
    return !m_readingToken && (!m_setup->credentials().hasToken() || m_effective.targets.isEmpty());
}

QString TraySession::describeSetup() const
{
    if (m_demo)
        return m_demoProblem;
    if (!m_apiUsable)
        return m_apiRefusal;
    if (m_readingToken)
        return tr("Reading the token from the OS keychain…");
    const Credentials &credentials = m_setup->credentials();
    const bool noToken = !credentials.hasToken();
    const bool noTargets = m_effective.targets.isEmpty();
    const QString problem
        = credentials.problem().isEmpty() ? QString() : credentials.problem() + QLatin1Char(' ');
    if (noToken && noTargets)
        return tr("RelayQ Tray is not set up yet: it needs a GitHub token and targets to watch "
                  "(repositories OWNER/REPO or organisations). %1Choose Set up… to do both in a "
                  "few steps. To look around first, run relayq-tray --demo.")
            .arg(problem);
    if (noToken)
        return tr("No GitHub token for %1. %2Choose Set up… to paste one or import it from the "
                  "GitHub CLI, or set GH_TOKEN (or GITHUB_TOKEN) before starting relayq-tray. "
                  "To look around first, run relayq-tray --demo.")
            .arg(credentials.host(), problem);
    if (noTargets)
        return tr("Nothing to watch: there are no targets yet. Add a repository (OWNER/REPO) or "
                  "an organisation in Settings… → Targets, or start relayq-tray with --repo "
                  "OWNER/REPO or --org ORG (or try relayq-tray --demo).");
    return QString();
}

void TraySession::updateSetupState()
{
    const QString before = m_setupMessage;
    m_setupMessage = describeSetup();
    m_window->showSetupMessage(m_setupMessage);
    const bool hasSettings = !m_demo && m_setup->hasSettings();
    m_window->offerSetup(hasSettings, setupIncomplete());
    m_controller->menu()->setSetup(hasSettings, setupIncomplete());
    m_controller->menu()->setCanDispatch(isWatching() && watchesRepository());
    showAccount();
    showNotices();
    if (m_started) {
        if (isWatching() && !m_watch->scheduler().isRunning())
            m_watch->start();
        else if (!isWatching() && m_watch->scheduler().isRunning())
            m_watch->stop();
        offerWizardOnce();
    }
    m_controller->refresh();
    if (m_setupMessage != before)
        emit setupStateChanged();
}

void TraySession::showAccount()
{
    if (m_demo || !m_setup->hasSettings()) {
        m_window->showAccount(QString());
        return;
    }
    const Credentials &credentials = m_setup->credentials();
    QString text;
    if (m_readingToken)
        text = tr("Reading the token from the OS keychain…");
    else if (credentials.hasToken())
        text = tr("GitHub token from %1.").arg(credentials.originText());
    else
        text = tr("No GitHub token for %1.").arg(credentials.host());
    if (!credentials.problem().isEmpty())
        text += QLatin1Char('\n') + credentials.problem();
    m_window->showAccount(text);
}

void TraySession::showNotices()
{
    QStringList notices = m_loadWarnings;
    if (!m_apiRefusal.isEmpty() && m_apiUsable)
        notices.append(tr("The API URL %1 was not used: %2 Still watching %3.")
                           .arg(m_effective.apiUrl.toDisplayString(), m_apiRefusal,
                                m_watch->client().apiBase().toDisplayString()));
    m_window->showSettingsNotices(notices);
}

// By itself at most once per run, when setup is found incomplete (usually at start, once the
// token has been read); the menu and the window offer it whenever the user wants.
void TraySession::offerWizardOnce()
{
    if (m_noSetup || m_wizardOffered || !setupIncomplete())
        return;
    m_wizardOffered = true;
    m_setup->showWizard();
}

void TraySession::start()
{
    m_started = true;
    m_controller->start();
    chooseNotifiers();
    updateSetupState(); // starts polling, or opens the wizard when setup is incomplete
}

// The freedesktop server when one answers, tray balloons otherwise (asked per notification).
void TraySession::chooseNotifiers()
{
#ifdef Q_OS_LINUX
    m_notifiers.push_back(std::make_unique<FreedesktopNotifier>());
#endif
    if (m_controller->hasTray())
        m_notifiers.push_back(std::make_unique<TrayBalloonNotifier>(m_controller->trayIcon()));
    QList<Notifier *> order;
    for (const auto &notifier : m_notifiers)
        order.append(notifier.get());
    m_delivery->setNotifiers(order);
}

void TraySession::setUrlOpener(std::function<void(const QUrl &)> opener)
{
    m_opener = std::move(opener);
}

void TraySession::openUrl(const QUrl &url)
{
    if (url.isValid() && m_opener)
        m_opener(url);
}

} // namespace relayq
