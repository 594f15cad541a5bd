#pragma once
// The tray's guided recovery of one runner, on top of RunnerRecovery: a first page that says
// what will happen and shows the plan (labels editable), then the seven steps as they run, and
// at the end "back online" or what failed, with Resume from the failed step and Show backup.
// The procedure belongs to the dialog and dies with it (or earlier); closing while it runs asks
// first, and stopping destroys it, which drops the step under way (a command already started
// ends on its own) and leaves the dialog done.

#include "RunnerRecovery.h"

#include <QDialog>
#include <QUrl>

#include <functional>
#include <memory>

class QStackedWidget;

namespace relayq {

class AuditLog;
class Clock;
class GitHubClient;
class ProcessRunner;
class RecoveryPlanPage;
class RecoveryProgressPage;
struct LocalRunner;
struct Target;

class RecoveryWizard : public QDialog
{
    Q_OBJECT
public:
    // `client`, `processes`, `clock` and `audit` (may be null) are not owned and must outlive the
    // dialog. `plan`: RecoveryPlan::fromLocalRunner(…) or RecoveryPlan::withoutLocalConfig(…).
    RecoveryWizard(GitHubClient &client, ProcessRunner &processes, const Clock &clock,
                   RunnerRecovery::BackupFunction backup, AuditLog *audit, const RecoveryPlan &plan,
                   QWidget *parent = nullptr);
    // The plan from a runner directory RunnerConfigReader read; `labels` as GitHub lists them.
    RecoveryWizard(GitHubClient &client, ProcessRunner &processes, const Clock &clock,
                   RunnerRecovery::BackupFunction backup, AuditLog *audit,
                   const LocalRunner &runner, const Target &target, const QStringList &labels,
                   QWidget *parent = nullptr);
    ~RecoveryWizard() override;

    // How "Show backup" opens the backup's folder; QDesktopServices::openUrl unless replaced.
    using FolderOpener = std::function<bool(const QUrl &folder)>;
    void setFolderOpener(FolderOpener opener) { m_openFolder = std::move(opener); }
    // Asked before closing while the recovery runs; true: stop it and close. A QMessageBox
    // unless replaced (tests).
    using CloseConfirmation = std::function<bool(const QString &question)>;
    void setCloseConfirmation(CloseConfirmation confirm) { m_confirmClose = std::move(confirm); }

    // The procedure, for its settings (privilege wrapper, poll interval …) and checkNow(). Null
    // once the user stopped it by closing the dialog: the dialog is done then.
    RunnerRecovery *recovery() const { return m_recovery.get(); }
    RecoveryPlanPage *planPage() const { return m_planPage; }
    RecoveryProgressPage *progressPage() const { return m_progressPage; }
    bool isRunning() const { return m_recovery && m_recovery->isRunning(); }

public slots:
    void start(); // Start: the plan as page 1 shows it, from step 1
    void resume(); // Resume from the step that failed
    void showBackup(); // opens the backup's folder
    void reject() override; // Close / Escape / the window's close button

signals:
    // The recovery ended (not when stopped by closing); `message` as the user was told.
    void recoveryFinished(bool succeeded, const QString &message);

private:
    void runFrom(int step);
    void onFinished(bool succeeded);
    QString closeQuestion() const;
    void recordStopped();

    AuditLog *m_audit = nullptr;
    std::unique_ptr<RunnerRecovery> m_recovery;
    FolderOpener m_openFolder;
    CloseConfirmation m_confirmClose;

    QStackedWidget *m_pages = nullptr;
    RecoveryPlanPage *m_planPage = nullptr;
    RecoveryProgressPage *m_progressPage = nullptr;
};

} // namespace relayq
