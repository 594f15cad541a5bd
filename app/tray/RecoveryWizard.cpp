#include "RecoveryWizard.h"

#include "AuditLog.h"
#include "LocalRunner.h"
#include "RecoveryPlanPage.h"
#include "RecoveryProgressPage.h"
#include "Target.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QMessageBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace relayq {

RecoveryWizard::RecoveryWizard(GitHubClient &client, ProcessRunner &processes, const Clock &clock,
                               RunnerRecovery::BackupFunction backup, AuditLog *audit,
                               const RecoveryPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_audit(audit)
    , m_recovery(
          std::make_unique<RunnerRecovery>(&client, &processes, clock, std::move(backup), audit))
    , m_openFolder([](const QUrl &folder) { return QDesktopServices::openUrl(folder); })
{
    setWindowTitle(tr("Recover %1").arg(plan.runnerName));
    m_confirmClose = [this](const QString &question) {
        return QMessageBox::question(this, tr("Stop the recovery?"), question,
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    m_recovery->setOrigin(QStringLiteral("tray"));
    m_recovery->setPlan(plan);
    connect(m_recovery.get(), &RunnerRecovery::stepChanged, this,
            [this](int step, RunnerRecovery::StepState state, const QString &text) {
                m_progressPage->showStep(step, state, text);
            });
    connect(m_recovery.get(), &RunnerRecovery::finished, this, &RecoveryWizard::onFinished);

    m_pages = new QStackedWidget(this);
    m_planPage = new RecoveryPlanPage(plan, m_pages);
    m_progressPage = new RecoveryProgressPage(m_pages);
    m_pages->addWidget(m_planPage);
    m_pages->addWidget(m_progressPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    connect(m_planPage, &RecoveryPlanPage::startRequested, this, &RecoveryWizard::start);
    connect(m_planPage, &RecoveryPlanPage::cancelRequested, this, &RecoveryWizard::reject);
    connect(m_progressPage, &RecoveryProgressPage::resumeRequested, this, &RecoveryWizard::resume);
    connect(m_progressPage, &RecoveryProgressPage::showBackupRequested, this,
            &RecoveryWizard::showBackup);
    connect(m_progressPage, &RecoveryProgressPage::closeRequested, this, &RecoveryWizard::reject);
    resize(560, 480);
}

RecoveryWizard::RecoveryWizard(GitHubClient &client, ProcessRunner &processes, const Clock &clock,
                               RunnerRecovery::BackupFunction backup, AuditLog *audit,
                               const LocalRunner &runner, const Target &target,
                               const QStringList &labels, QWidget *parent)
    : RecoveryWizard(client, processes, clock, std::move(backup), audit,
                     RecoveryPlan::fromLocalRunner(runner, target, labels), parent)
{ }

// The procedure goes first (members die in reverse order): nothing it started reaches the pages.
RecoveryWizard::~RecoveryWizard() = default;

void RecoveryWizard::start()
{
    if (!m_recovery)
        return;
    m_recovery->setPlan(m_planPage->plan());
    runFrom(RunnerRecovery::Backup);
}

void RecoveryWizard::resume()
{
    const int from = m_recovery ? m_recovery->outcome().resumeFrom : -1;
    if (from >= 0)
        runFrom(from);
}

void RecoveryWizard::runFrom(int step)
{
    if (!m_recovery || m_recovery->isRunning())
        return;
    m_pages->setCurrentWidget(m_progressPage);
    // Starting at Configure starts at the token step before it: that one waits again too.
    m_progressPage->begin(step == RunnerRecovery::Configure ? int(RunnerRecovery::RegistrationToken)
                                                            : step);
    m_recovery->start(step);
}

void RecoveryWizard::onFinished(bool succeeded)
{
    const RecoveryOutcome outcome = m_recovery->outcome();
    m_progressPage->showOutcome(outcome);
    emit recoveryFinished(succeeded, outcome.message);
}

void RecoveryWizard::showBackup()
{
    const QString path = m_progressPage->backupPath();
    if (path.isEmpty() || !m_openFolder)
        return;
    const QFileInfo info(path);
    m_openFolder(QUrl::fromLocalFile(info.isDir() ? info.absoluteFilePath() : info.absolutePath()));
}

void RecoveryWizard::reject()
{
    if (isRunning()) {
        if (!m_confirmClose || !m_confirmClose(closeQuestion()))
            return;
        recordStopped();
        // Destroying the procedure drops the callbacks of the step under way: nothing it started
        // reaches it, the pages or the injected objects afterwards.
        m_progressPage->showStep(m_recovery->currentStep(), RunnerRecovery::Failed,
                                 tr("Stopped when the window was closed."));
        m_recovery.reset();
    }
    QDialog::reject();
}

QString RecoveryWizard::closeQuestion() const
{
    const int step = m_recovery->currentStep();
    return tr("The recovery of %1 is at step %2 of %3 (%4).")
               .arg(m_recovery->plan().runnerName)
               .arg(step + 1)
               .arg(int(RunnerRecovery::StepCount))
               .arg(RunnerRecovery::stepTitle(step))
        + QLatin1Char(' ')
        + tr("Closing stops it: a command already running finishes on its own, but no further "
             "step runs, and the runner may stay offline or unregistered until the recovery is "
             "run again from step %1. The backup is kept.")
              .arg(step + 1)
        + QLatin1Char(' ') + tr("Stop the recovery and close?");
}

void RecoveryWizard::recordStopped()
{
    if (!m_audit)
        return;
    AuditEntry entry;
    entry.action = QStringLiteral("recover");
    entry.subject = m_recovery->plan().runnerName;
    entry.succeeded = false;
    entry.message = tr("Recovery of %1 stopped by closing its window during step %2 (%3).")
                        .arg(entry.subject)
                        .arg(m_recovery->currentStep() + 1)
                        .arg(RunnerRecovery::stepTitle(m_recovery->currentStep()));
    entry.origin = QStringLiteral("tray");
    m_audit->append(entry);
}

} // namespace relayq
