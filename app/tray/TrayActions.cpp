#include "TrayActions.h"

#include "DispatchDialog.h"
#include "FleetMonitor.h"
#include "FleetPoller.h"
#include "FleetWatch.h"
#include "Notification.h"
#include "NotificationDelivery.h"
#include "PollScheduler.h"
#include "RecentDispatchMenu.h"
#include "RecoveryBackup.h"
#include "RecoveryWizard.h"
#include "RunnerActions.h"
#include "RunnerBackup.h"
#include "StatusWindow.h"
#include "TrayMenu.h"
#include "WorkflowDispatch.h"

namespace relayq {

TrayActions::TrayActions(const Parts &parts, std::function<void(const QUrl &)> openUrl,
                         QObject *parent)
    : QObject(parent), m_parts(parts), m_openUrl(std::move(openUrl))
{
    RunnerActions *actions = &m_parts.actions;
    TrayMenu *menu = &m_parts.menu;
    connect(&m_parts.watch, &FleetWatch::polled, actions, &RunnerActions::onSnapshot);
    menu->runnersMenu()->setSource([actions] { return actions->choices(); });
    connect(menu->runnersMenu(), &RunnerMenu::commandRequested, this,
            &TrayActions::runRunnerCommand);
    m_parts.window.setRunnerChoices(
        [actions](const QString &name) { return actions->choice(name); });
    connect(&m_parts.window, &StatusWindow::runnerCommandRequested, this,
            &TrayActions::runRunnerCommand);
    m_parts.delivery.setRestartOffer(
        [this](const Notification &notification) { return restartOffer(notification); });
    connect(&m_parts.delivery, &NotificationDelivery::restartRequested, this,
            [this](const QString &name) {
                if (const auto refused
                    = m_parts.actions.restart(name, QStringLiteral("notification")))
                    m_parts.window.showActionStatus(*refused, true);
            });
    connect(actions, &RunnerActions::announce, &m_parts.delivery, &NotificationDelivery::deliver);
    connect(actions, &RunnerActions::restartProgress, this,
            [this](const QString &, const QString &text) {
                m_parts.window.showActionStatus(text, false);
            });
    connect(actions, &RunnerActions::restartFinished, this, [this](const RestartOutcome &outcome) {
        m_parts.window.showActionStatus(outcome.message, !outcome.succeeded);
    });
    connect(actions, &RunnerActions::recorded, this, &TrayActions::refreshAudit);

    connect(menu, &TrayMenu::dispatchRequested, this, [this] { openDispatch(); });
    m_recentMenu = new RecentDispatchMenu(m_parts.recent, menu);
    menu->setDispatchAgainMenu(m_recentMenu);
    connect(m_recentMenu, &RecentDispatchMenu::dispatchAgain, this,
            [this](const RecentDispatch &dispatch) { openDispatch(dispatch); });
    refreshAudit();
}

void TrayActions::runRunnerCommand(RunnerCommand command, const QString &runnerName)
{
    const QString origin = QStringLiteral("tray");
    switch (command) {
    case RunnerCommand::Restart:
        if (const auto refused = m_parts.actions.restart(runnerName, origin))
            m_parts.window.showActionStatus(*refused, true);
        break;
    case RunnerCommand::Backup: {
        const BackupResult result = m_parts.actions.backUp(runnerName, origin);
        m_parts.window.showActionStatus(
            result.isOk()
                ? tr("Backed up %1 to %2. %3")
                      .arg(runnerName, result.archivePath, RunnerBackup::privateKeyWarning())
                : tr("Could not back up %1: %2").arg(runnerName, result.error),
            !result.isOk());
        break;
    }
    case RunnerCommand::Recover: openRecovery(runnerName); break;
    }
}

// One dialog at a time: "Dispatch again" replaces an open one, as the user chose what to send.
void TrayActions::openDispatch(const std::optional<RecentDispatch> &preset)
{
    if (m_dispatchDialog && !preset) {
        m_dispatchDialog->show();
        m_dispatchDialog->raise();
        m_dispatchDialog->activateWindow();
        return;
    }
    delete m_dispatchDialog;
    auto *dialog = new DispatchDialog(m_parts.watch.poller().targets(), m_parts.dispatch,
                                      &m_parts.recent, preset);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUrlOpener([this](const QUrl &url) {
        m_openUrl(url);
        return true;
    });
    connect(dialog, &DispatchDialog::dispatched, this, [this] {
        refreshAudit();
        if (m_parts.watch.scheduler().isRunning())
            m_parts.watch.checkNow(); // the new run shows up in the window at once
    });
    connect(dialog, &QDialog::finished, this, &TrayActions::refreshAudit);
    m_dispatchDialog = dialog;
    dialog->show();
}

// Only for a runner whose folder is on this computer: the procedure runs its config.sh.
void TrayActions::openRecovery(const QString &runnerName)
{
    const RunnerService service = m_parts.actions.find(runnerName);
    const auto target = m_parts.actions.targetOf(runnerName);
    if (!service.local || !target) {
        m_parts.window.showActionStatus(
            !service.local ? tr("The runner folder of %1 is not on this computer: recover it "
                                "where it runs (relayqctl recover %1).")
                                 .arg(runnerName)
                           : tr("RelayQ has not seen %1 on GitHub yet; wait for the next check.")
                                 .arg(runnerName),
            true);
        return;
    }
    if (m_recoveryWizard) {
        m_recoveryWizard->raise();
        m_recoveryWizard->activateWindow();
        return;
    }
    const auto seen = m_parts.actions.seenRunner(runnerName);
    auto *wizard = new RecoveryWizard(
        m_parts.watch.client(), m_parts.actions.processes(), m_parts.clock,
        recoveryBackupTo(m_parts.clock, m_parts.actions.backupFolder()), &m_parts.actions.audit(),
        *service.local, *target, seen ? seen->labels : QStringList());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &RecoveryWizard::recoveryFinished, this,
            [this, runnerName](bool succeeded, const QString &message) {
                refreshAudit();
                m_parts.window.showActionStatus(message, !succeeded);
                Notification notification;
                notification.category = QStringLiteral("recover:") + runnerName;
                notification.summary = succeeded ? tr("%1 recovered").arg(runnerName)
                                                 : tr("Recovery of %1 stopped").arg(runnerName);
                notification.body = message;
                notification.severity = succeeded ? Severity::Info : Severity::Warning;
                m_parts.delivery.deliver(notification);
            });
    connect(wizard, &QDialog::finished, this, &TrayActions::refreshAudit);
    m_recoveryWizard = wizard;
    wizard->show();
}

DispatchDialog *TrayActions::dispatchDialog() const
{
    return m_dispatchDialog;
}

RecoveryWizard *TrayActions::recoveryWizard() const
{
    return m_recoveryWizard;
}

void TrayActions::refreshAudit()
{
    m_parts.window.showAudit(m_parts.actions.audit().recent(50));
}

// A "Restart" button only where it is unambiguous: the notification speaks of exactly one
// offline runner, and RelayQ can reach that runner's service.
QString TrayActions::restartOffer(const Notification &notification) const
{
    QStringList runners;
    for (const Alert &alert : m_parts.watch.monitor().activeAlerts()) {
        if (alert.kind == AlertKind::RunnerOffline && notification.alertIds.contains(alert.id)
            && !runners.contains(alert.subject, Qt::CaseInsensitive))
            runners.append(alert.subject);
    }
    if (runners.size() != 1 || !m_parts.actions.find(runners.first()).isUsable())
        return QString();
    return runners.first();
}

TrayActions::~TrayActions()
{
    delete m_dispatchDialog;
    delete m_recoveryWizard;
}

} // namespace relayq
