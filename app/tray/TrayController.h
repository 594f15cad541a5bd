#pragma once
// Presents the fleet: owns the tray icon (state icon, tooltip, context menu, left click toggles
// the status window) and keeps the status window current. Every poll and every connection
// change recomputes one StatusSummary that both show. Where the desktop has no system tray the
// status window becomes the main window and the app keeps working. The icon follows the panel:
// drawn for a light or a dark one as the settings say, or as the application palette suggests.
// Idle costs nothing: no periodic timer. The icon and the tooltip go to the tray only when they
// change; the countdown "next check in 20 s" is put in the tooltip right before it shows where
// Qt draws the tooltip itself (XEmbed trays) and left out where the host shows what it was last
// sent (StatusNotifierItem), since it would go stale; a queue age ("1 queued 14 min") is brought
// up to date at each minute boundary. The hidden status window is brought up to date when shown.

#include "StatusSummary.h"
#include "TrayIconPainter.h"

#include <QDateTime>
#include <QIcon>
#include <QObject>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace relayq {

class Clock;
class FleetWatch;
class NotificationPolicy;
class StatusWindow;
class TrayMenu;

class TrayController : public QObject
{
    Q_OBJECT
public:
    TrayController(FleetWatch &watch, NotificationPolicy &policy, StatusWindow &window,
                   const Clock &clock, QObject *parent = nullptr);
    ~TrayController() override;

    // Shows the tray icon, or the status window where there is no system tray.
    void start();
    bool hasTray() const { return m_tray != nullptr; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    TrayMenu *menu() const { return m_menu; }
    const StatusSummary &summary() const { return m_summary; }
    // What the tray shows (or would show, where there is no tray): the tooltip, and how often the
    // icon was replaced — for tests and the footprint benchmark.
    QString toolTip() const { return m_toolTip; }
    int iconUpdates() const { return m_iconUpdates; }
    // When the tooltip's queue age is next brought up to date (invalid: nothing to update).
    QDateTime toolTipDueAt() const { return m_toolTipDueAt; }

    // Recomputes the summary and shows it on the icon and in the window.
    void refresh();

    // The setting "app/tray_icon_tone": "light" or "dark" panels, or "auto" (anything else):
    // follow the application palette, also when it changes while the app runs.
    void setIconTone(const QString &setting);
    PanelTone panelTone() const { return m_painter.panelTone(); }

signals:
    void openUrlRequested(const QUrl &url);
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StatusSummary computeSummary(bool withCountdown = false) const;
    static QString toolTipOf(const StatusSummary &summary);
    void applyPanelTone();
    void refreshTray();
    void publishIcon();
    void publishToolTip(const QString &text);
    void scheduleToolTipUpdate();
    void refreshWindow();
    void updateTargets();
    void onActivated(QSystemTrayIcon::ActivationReason reason);

    FleetWatch &m_watch;
    NotificationPolicy &m_policy;
    StatusWindow &m_window;
    const Clock &m_clock;
    TrayMenu *m_menu;
    QSystemTrayIcon *m_tray = nullptr;
    TrayIconPainter m_painter;
    std::optional<PanelTone> m_chosenTone; // nothing: automatic
    StatusSummary m_summary;
    QIcon m_icon; // what the tray shows
    qint64 m_iconKey = 0; // its cacheKey (0: none yet)
    int m_iconUpdates = 0;
    QString m_toolTip;
    QTimer m_toolTipTimer; // single shot: the next minute boundary of a queue age
    QDateTime m_toolTipDueAt;
};

} // namespace relayq
