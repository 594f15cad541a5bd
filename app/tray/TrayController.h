#pragma once
// Presents the fleet: owns the tray icon (state icon, tooltip, context menu, left click toggles
// the status window) and keeps the status window current. Every poll and every connection
// change recomputes one StatusSummary that both show. Where the desktop has no system tray the
// status window becomes the main window and the app keeps working. The icon follows the panel:
// drawn for a light or a dark one as the settings say, or as the application palette suggests.

#include "StatusSummary.h"
#include "TrayIconPainter.h"

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
    StatusSummary computeSummary() const;
    void applyPanelTone();
    void refreshTray();
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
    QTimer m_tooltipTimer; // "next check in 20 s" must not go stale between polls
};

} // namespace relayq
