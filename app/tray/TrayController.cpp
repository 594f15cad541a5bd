#include "TrayController.h"

#include "FleetMonitor.h"
#include "FleetPoller.h"
#include "FleetWatch.h"
#include "GitHubClient.h"
#include "GitHubWebUrl.h"
#include "NotificationPolicy.h"
#include "PollScheduler.h"
#include "StatusWindow.h"
#include "TrayMenu.h"

#include <QApplication>

namespace relayq {

TrayController::TrayController(FleetWatch &watch, NotificationPolicy &policy, StatusWindow &window,
                               const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_watch(watch)
    , m_policy(policy)
    , m_window(window)
    , m_clock(clock)
    , m_menu(new TrayMenu)
{
    connect(&m_watch, &FleetWatch::polled, this, &TrayController::refresh);
    connect(&m_watch, &FleetWatch::connectionChanged, this, &TrayController::refresh);
    connect(&m_policy, &NotificationPolicy::pausedChanged, this, &TrayController::refresh);

    connect(m_menu, &TrayMenu::pauseRequested, &m_policy, &NotificationPolicy::setPaused);
    connect(m_menu, &TrayMenu::checkNowRequested, this, [this] {
        m_watch.checkNow();
        m_summary = computeSummary();
        refreshTray();
    });
    connect(m_menu, &TrayMenu::openWindowRequested, &m_window, &StatusWindow::bringForward);
    connect(m_menu, &TrayMenu::openUrlRequested, this, &TrayController::openUrlRequested);
    connect(m_menu, &TrayMenu::quitRequested, this, &TrayController::quitRequested);

    m_tooltipTimer.setInterval(5000);
    connect(&m_tooltipTimer, &QTimer::timeout, this, [this] {
        // Only the tooltip's "next check in" moves between polls; the icon comes from the cache.
        m_summary = computeSummary();
        refreshTray();
    });
    // A switch between light and dark desktop themes arrives as a new application palette, sent
    // to the application object (Qt 6 has no signal for it any more); the filter looks only at
    // that one event type.
    qApp->installEventFilter(this);
    m_painter.setPanelTone(TrayIconPainter::toneOf(QApplication::palette()));
    refresh();
}

TrayController::~TrayController()
{
    if (m_tray)
        m_tray->hide();
    delete m_menu; // a QMenu has no QObject parent here: QSystemTrayIcon does not own it
}

void TrayController::start()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayController::onActivated);
        refreshTray();
        m_tray->show();
        // Closing the window only hides it; Quit in the menu ends the app.
        QApplication::setQuitOnLastWindowClosed(false);
        m_tooltipTimer.start();
    } else {
        // No tray (GNOME without an extension, some Wayland sessions): the window is the app,
        // and closing it quits.
        m_window.bringForward();
    }
}

void TrayController::setIconTone(const QString &setting)
{
    m_chosenTone = TrayIconPainter::toneChoice(setting);
    applyPanelTone();
}

void TrayController::applyPanelTone()
{
    const PanelTone tone = m_chosenTone.value_or(TrayIconPainter::toneOf(QApplication::palette()));
    if (tone == m_painter.panelTone())
        return;
    m_painter.setPanelTone(tone);
    refreshTray();
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && !m_chosenTone)
        applyPanelTone();
    return QObject::eventFilter(watched, event);
}

StatusSummary TrayController::computeSummary() const
{
    const FleetMonitor &monitor = m_watch.monitor();
    return StatusSummary::of(monitor.hasSnapshot() ? &monitor.lastSnapshot() : nullptr,
                             monitor.activeAlerts(), m_watch.connection(), m_clock.now(),
                             m_watch.scheduler().nextPollAt(), m_policy.isPaused());
}

void TrayController::refresh()
{
    m_summary = computeSummary();
    m_menu->setPaused(m_policy.isPaused());
    updateTargets();
    refreshTray();
    refreshWindow();
}

void TrayController::refreshTray()
{
    m_menu->setCanCheck(m_watch.scheduler().isRunning() && !m_watch.scheduler().isPolling());
    if (!m_tray)
        return;
    m_tray->setIcon(m_painter.icon(TrayIconLook::of(m_summary)));
    m_tray->setToolTip(m_summary.headline.isEmpty()
                           ? m_summary.tooltip
                           : m_summary.headline + QLatin1Char('\n') + m_summary.tooltip);
}

void TrayController::refreshWindow()
{
    FleetMonitor &monitor = m_watch.monitor();
    m_window.showSummary(m_summary);
    m_window.setApiBase(m_watch.client().apiBase());
    QDateTime lastSuccess;
    if (monitor.hasSnapshot()) {
        const FleetSnapshot &snapshot = monitor.lastSnapshot();
        m_window.showFleet(snapshot, monitor.activeAlerts());
        for (const TargetState &state : snapshot.targets) {
            if (state.lastSuccess.isValid()
                && (!lastSuccess.isValid() || state.lastSuccess > lastSuccess))
                lastSuccess = state.lastSuccess;
        }
    }
    if (m_watch.scheduler().isRunning() || monitor.hasSnapshot())
        m_window.showConnection(m_watch.connection(), lastSuccess, m_watch.scheduler().nextPollAt(),
                                m_watch.client().rateLimit());
}

void TrayController::updateTargets()
{
    QList<TrayMenu::TargetLink> links;
    const QUrl apiBase = m_watch.client().apiBase();
    for (const Target &target : m_watch.poller().targets())
        links.append({ target.name(), GitHubWebUrl::targetPage(apiBase, target) });
    m_menu->setTargets(links);
}

void TrayController::onActivated(QSystemTrayIcon::ActivationReason reason)
{
    if (reason == QSystemTrayIcon::Trigger)
        m_window.toggle();
}

} // namespace relayq
