#pragma once
// The tray's face for actions: what RunnerActions (restart, backup, auto-recovery, audit log),
// WorkflowDispatch and the recovery procedure can do, reachable from the tray menu (Dispatch
// workflow…, Dispatch again, Runners ▸), the status window's runner list and the Restart button
// of an offline-runner notification; outcomes go to the window, notifications and the Actions
// pane. One dispatch dialog and one recovery wizard at a time. TraySession owns the parts and
// hands them over; this class only connects them and opens the dialogs.

#include "RecentDispatches.h"
#include "RunnerMenu.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace relayq {

class Clock;
class DispatchDialog;
class FleetWatch;
class NotificationDelivery;
class RecentDispatchMenu;
class RecoveryWizard;
class RunnerActions;
class StatusWindow;
class TrayMenu;
class WorkflowDispatch;
struct Notification;

class TrayActions : public QObject
{
    Q_OBJECT
public:
    // Everything the actions reach; all must outlive this object.
    struct Parts
    {
        FleetWatch &watch;
        TrayMenu &menu;
        StatusWindow &window;
        NotificationDelivery &delivery;
        RunnerActions &actions;
        WorkflowDispatch &dispatch;
        RecentDispatches &recent;
        const Clock &clock;
    };

    TrayActions(const Parts &parts, std::function<void(const QUrl &)> openUrl,
                QObject *parent = nullptr);
    ~TrayActions() override;

    // What the tray menu and the status window's context menu ask for a runner.
    void runRunnerCommand(relayq::RunnerCommand command, const QString &runnerName);
    // Opens the dispatch dialog (filled in with `preset` for "Dispatch again").
    void openDispatch(const std::optional<relayq::RecentDispatch> &preset = std::nullopt);
    // The recovery wizard, for a runner whose folder is on this computer.
    void openRecovery(const QString &runnerName);

    RecentDispatchMenu *recentDispatchMenu() const { return m_recentMenu; }
    // The open dispatch dialog / recovery wizard, or null.
    DispatchDialog *dispatchDialog() const;
    RecoveryWizard *recoveryWizard() const;

private:
    void refreshAudit();
    QString restartOffer(const Notification &notification) const;

    Parts m_parts;
    std::function<void(const QUrl &)> m_openUrl;
    RecentDispatchMenu *m_recentMenu = nullptr; // owned by the tray menu
    QPointer<DispatchDialog> m_dispatchDialog;
    QPointer<RecoveryWizard> m_recoveryWizard;
};

} // namespace relayq
