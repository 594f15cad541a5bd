#pragma once
// The second page of the guided recovery: the seven steps, each with its state (waiting, running,
// done, skipped, failed), what the current step is doing, and at the end either "back online" or
// what failed with the helper's output, a button to resume from the failed step, and where the
// backup is with a button to show it.

#include "RunnerRecovery.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace relayq {

class RecoveryProgressPage : public QWidget
{
    Q_OBJECT
public:
    enum class StepStatus { Waiting, Running, Done, Skipped, Failed };
    Q_ENUM(StepStatus)

    explicit RecoveryProgressPage(QWidget *parent = nullptr);

    // A (new) attempt starts at `fromStep`: that step and the ones after it wait again; the
    // earlier ones keep what they showed. The outcome of the previous attempt is cleared.
    void begin(int fromStep);
    void showStep(int step, RunnerRecovery::StepState state, const QString &text);
    void showOutcome(const RecoveryOutcome &outcome);

    StepStatus status(int step) const { return m_status.value(step, StepStatus::Waiting); }
    QString statusText(int step) const;
    QString currentText() const;
    QString resultText() const;
    QString helperOutput() const;
    QString backupPath() const { return m_backupPath; }
    int resumeStep() const { return m_resumeFrom; } // -1: nothing to resume
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *showBackupButton() const { return m_showBackup; }
    QPushButton *closeButton() const { return m_close; }

signals:
    void resumeRequested(int fromStep);
    void showBackupRequested();
    void closeRequested();

private:
    void updateItem(int step);
    void showBackupPath(const QString &path);

    QList<StepStatus> m_status;
    QString m_backupPath;
    int m_resumeFrom = -1;

    QListWidget *m_steps = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_result = nullptr;
    QToolButton *m_outputToggle = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QLabel *m_backup = nullptr;
    QPushButton *m_showBackup = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace relayq
