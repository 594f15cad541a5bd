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

    m_toolTipTimer.setParent(this); // findable by tests
    m_toolTipTimer.setObjectName(QStringLiteral("toolTipTimer"));
    m_toolTipTimer.setSingleShot(true);
    m_toolTipTimer.setTimerType(Qt::VeryCoarseTimer); // a minute boundary, to the second
    connect(&m_toolTipTimer, &QTimer::timeout, this, [this] {
        m_summary = computeSummary();
        refreshTray();
    });
    // A switch between light and dark desktop themes arrives as a new application palette, sent
    // to the application object (Qt 6 has no signal for it any more); the filter also sees the
    // status window being shown and an XEmbed tray about to show its tooltip (both below).
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
    m_iconKey = 0; // the same look, drawn for the other panel
    refreshTray();
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ApplicationPaletteChange:
        if (watched == qApp && !m_chosenTone)
            applyPanelTone();
        break;
    case QEvent::ToolTip:
        // Qt's XEmbed tray icon (a private widget class) is about to show the tooltip: the one
        // moment the countdown can be exact. This filter runs before the widget reads the text.
        if (watched->isWidgetType()
            && qstrcmp(watched->metaObject()->className(), "QSystemTrayIconSys") == 0)
            publishToolTip(toolTipOf(computeSummary(true)));
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

// Without the countdown unless asked: what is sent to the tray must stay true until the next
// change, and "next check in 20 s" does not.
StatusSummary TrayController::computeSummary(bool withCountdown) const
{
    const FleetMonitor &monitor = m_watch.monitor();
    return StatusSummary::of(monitor.hasSnapshot() ? &monitor.lastSnapshot() : nullptr,
                             monitor.activeAlerts(), m_watch.connection(), m_clock.now(),
                             withCountdown ? m_watch.scheduler().nextPollAt() : QDateTime(),
                             m_policy.isPaused());
}

QString TrayController::toolTipOf(const StatusSummary &summary)
{
    return summary.headline.isEmpty() ? summary.tooltip
                                      : summary.headline + QLatin1Char('\n') + summary.tooltip;
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
    publishIcon();
    publishToolTip(toolTipOf(m_summary));
    scheduleToolTipUpdate();
}

// Setting the same icon again is not free: an XEmbed tray repaints, a StatusNotifierItem host
// is told and fetches every size again over D-Bus.
void TrayController::publishIcon()
{
    const QIcon icon = m_painter.icon(TrayIconLook::of(m_summary));
    if (icon.cacheKey() == m_iconKey)
        return;
    m_iconKey = icon.cacheKey();
    m_icon = icon;
    ++m_iconUpdates;
    if (m_tray)
        m_tray->setIcon(icon);
}

void TrayController::publishToolTip(const QString &text)
{
    if (text == m_toolTip)
        return;
    m_toolTip = text;
    if (m_tray)
        m_tray->setToolTip(text);
}

// "1 queued 14 min" becomes "15 min" at the next whole minute of the oldest queued job's wait;
// nothing else in the tooltip moves between changes. Under a minute the age is as of the last
// check (it would change every second).
void TrayController::scheduleToolTipUpdate()
{
    m_toolTipTimer.stop();
    m_toolTipDueAt = QDateTime();
    if (m_summary.jobsQueued == 0 || !m_watch.connection().isOk())
        return;
    const qint64 toNextMinute = 60 - m_summary.longestQueuedSeconds % 60;
    m_toolTipDueAt = m_clock.now().addSecs(toNextMinute);
    // Half a second late rather than early: a second-accurate timer may fire either way.
    m_toolTipTimer.start(int(toNextMinute * 1000 + 500));
}

// A hidden window only keeps the poll result and updates its lists when shown
// (StatusWindow::showFleet): rebuilding them was most of a poll's cost in the tray.
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
