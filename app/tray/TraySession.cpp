#include "TraySession.h"

#include "FleetWatch.h"
#include "NotificationDelivery.h"
#include "NotificationPolicy.h"
#include "SimFleet.h"
#include "Simulator.h"
#include "StatusWindow.h"
#include "TokenSource.h"
#include "TrayBalloonNotifier.h"
#include "TrayController.h"

#include <QCoreApplication>
#include <QDesktopServices>

#ifdef Q_OS_LINUX
#include "linux/FreedesktopNotifier.h"
#endif

namespace relayq {

TraySession::TraySession(QObject *parent)
    : QObject(parent)
    , m_watch(std::make_unique<FleetWatch>(&m_network, m_clock))
    , m_policy(std::make_unique<NotificationPolicy>(m_clock))
    , m_window(std::make_unique<StatusWindow>(m_clock))
    , m_delivery(std::make_unique<NotificationDelivery>(*m_policy, m_clock))
    , m_controller(std::make_unique<TrayController>(*m_watch, *m_policy, *m_window, m_clock))
    , m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    m_policy->attachTo(*m_watch);
    connectParts();
}

// Parts go in reverse order of construction: the notifiers and the controller (which refer to
// the window, the policy and the watch) first, the simulator after the watch stopped using it.
TraySession::~TraySession()
{
    m_watch->stop();
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
}

void TraySession::prepare(const TrayCommandLine &commandLine)
{
    m_setupMessage = configure(commandLine);
    m_window->showSetupMessage(m_setupMessage);
    m_controller->refresh();
}

QString TraySession::configure(const TrayCommandLine &commandLine)
{
    MonitorSettings settings;
    QUrl apiUrl = commandLine.apiUrl;
    TargetList targets = commandLine.targets;
    if (commandLine.demo) {
        // Exactly as relayqctl --demo: the demo fleet in this process on a loopback port.
        m_demo = std::make_unique<sim::Simulator>(m_clock);
        m_demo->fleet().loadDemoFleet();
        if (!m_demo->listen())
            return tr("Could not start the demo fleet on a loopback port.");
        apiUrl = m_demo->baseUrl();
        if (targets.isEmpty())
            targets.append(
                Target::repository(QStringLiteral("relayq-demo"), QStringLiteral("media-jobs")));
        m_watch->setToken(QStringLiteral("demo"));
        settings.pollIntervalSeconds = 10; // the demo fleet changes within seconds
    } else {
        const auto token = tokenFromEnvironment();
        if (!token)
            return tr("No GitHub token. Set GH_TOKEN (or GITHUB_TOKEN) to a token that can read "
                      "the runners of your targets, e.g. export GH_TOKEN=$(gh auth token), and "
                      "start relayq-tray again with --repo OWNER/REPO or --org ORG. To look "
                      "around first, run relayq-tray --demo.");
        m_watch->setToken(token->token);
    }
    if (targets.isEmpty())
        return tr("Nothing to watch. Start relayq-tray with --repo OWNER/REPO or --org ORG "
                  "(or try relayq-tray --demo).");
    if (const auto refused = m_watch->setApiBase(apiUrl))
        return *refused;
    m_watch->setTargets(targets);
    m_watch->setSettings(settings);
    return QString();
}

void TraySession::start()
{
    m_controller->start();
    chooseNotifiers();
    if (isWatching())
        m_watch->start();
    m_controller->refresh();
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
