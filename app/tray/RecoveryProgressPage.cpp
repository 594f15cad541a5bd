#include "RecoveryProgressPage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace relayq {

namespace {

QLabel *wrappedLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RecoveryProgressPage::RecoveryProgressPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    for (int step = 0; step < RunnerRecovery::StepCount; ++step) {
        m_status << StepStatus::Waiting;
        m_steps->addItem(QString());
        updateItem(step);
    }
    layout->addWidget(m_steps);
    m_current = wrappedLabel(this, QStringLiteral("current"));
    layout->addWidget(m_current);
    m_result = wrappedLabel(this, QStringLiteral("result"));
    layout->addWidget(m_result);

    m_outputToggle = new QToolButton(this);
    m_outputToggle->setText(tr("Helper output"));
    m_outputToggle->setCheckable(true);
    m_outputToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_outputToggle->setArrowType(Qt::RightArrow);
    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("helperOutput"));
    m_output->setReadOnly(true);
    m_output->setVisible(false);
    connect(m_outputToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_output->setVisible(shown);
        m_outputToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    layout->addWidget(m_outputToggle);
    layout->addWidget(m_output);

    auto *backupRow = new QHBoxLayout;
    m_backup = wrappedLabel(this, QStringLiteral("backup"));
    m_showBackup = new QPushButton(tr("Show backup"), this);
    m_showBackup->setObjectName(QStringLiteral("showBackup"));
    connect(m_showBackup, &QPushButton::clicked, this, &RecoveryProgressPage::showBackupRequested);
    backupRow->addWidget(m_backup, 1);
    backupRow->addWidget(m_showBackup);
    layout->addLayout(backupRow);

    auto *buttons = new QHBoxLayout;
    m_resume = new QPushButton(this);
    m_resume->setObjectName(QStringLiteral("resume"));
    connect(m_resume, &QPushButton::clicked, this, [this] { emit resumeRequested(m_resumeFrom); });
    m_close = new QPushButton(tr("Close"), this);
    connect(m_close, &QPushButton::clicked, this, &RecoveryProgressPage::closeRequested);
    buttons->addStretch();
    buttons->addWidget(m_resume);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    begin(RunnerRecovery::Backup);
}

void RecoveryProgressPage::begin(int fromStep)
{
    for (int step = std::max(fromStep, 0); step < m_status.size(); ++step) {
        m_status[step] = StepStatus::Waiting;
        m_steps->item(step)->setToolTip(QString());
        updateItem(step);
    }
    m_resumeFrom = -1;
    m_current->clear();
    m_result->clear();
    m_result->setVisible(false);
    m_output->clear();
    m_outputToggle->setChecked(false);
    m_outputToggle->setVisible(false);
    m_resume->setVisible(false);
    showBackupPath(m_backupPath);
}

void RecoveryProgressPage::showStep(int step, RunnerRecovery::StepState state, const QString &text)
{
    if (step < 0 || step >= m_status.size())
        return;
    switch (state) {
    case RunnerRecovery::Running: m_status[step] = StepStatus::Running; break;
    case RunnerRecovery::Done: m_status[step] = StepStatus::Done; break;
    case RunnerRecovery::Skipped: m_status[step] = StepStatus::Skipped; break;
    case RunnerRecovery::Failed: m_status[step] = StepStatus::Failed; break;
    }
    m_steps->item(step)->setToolTip(text);
    updateItem(step);
    m_current->setText(state == RunnerRecovery::Running
                           ? tr("Step %1 of %2: %3").arg(step + 1).arg(m_status.size()).arg(text)
                           : text);
}

void RecoveryProgressPage::showOutcome(const RecoveryOutcome &outcome)
{
    m_result->setText(outcome.succeeded
                          ? tr("The runner is back online.") + QLatin1Char(' ') + outcome.message
                          : outcome.message);
    m_result->setVisible(true);
    m_output->setPlainText(outcome.helperOutput);
    m_outputToggle->setVisible(!outcome.helperOutput.isEmpty());
    m_resumeFrom = outcome.succeeded ? -1 : outcome.resumeFrom;
    m_resume->setText(tr("Resume from step %1").arg(m_resumeFrom + 1));
    m_resume->setVisible(m_resumeFrom >= 0);
    if (!outcome.backupPath.isEmpty())
        m_backupPath = outcome.backupPath;
    showBackupPath(m_backupPath);
}

QString RecoveryProgressPage::statusText(int step) const
{
    switch (status(step)) {
    case StepStatus::Waiting: return tr("waiting");
    case StepStatus::Running: return tr("running");
    case StepStatus::Done: return tr("done");
    case StepStatus::Skipped: return tr("skipped");
    case StepStatus::Failed: return tr("failed");
    }
    return {};
}

QString RecoveryProgressPage::currentText() const
{
    return m_current->text();
}
QString RecoveryProgressPage::resultText() const
{
    return m_result->text();
}
QString RecoveryProgressPage::helperOutput() const
{
    return m_output->toPlainText();
}

void RecoveryProgressPage::updateItem(int step)
{
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (status(step)) {
    case StepStatus::Waiting: break;
    case StepStatus::Running: icon = QStyle::SP_BrowserReload; break;
    case StepStatus::Done: icon = QStyle::SP_DialogApplyButton; break;
    case StepStatus::Skipped: icon = QStyle::SP_MediaSkipForward; break;
    case StepStatus::Failed: icon = QStyle::SP_MessageBoxCritical; break;
    }
    QListWidgetItem *item = m_steps->item(step);
    item->setIcon(icon == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(icon));
    item->setText(
        tr("%1. %2 — %3").arg(step + 1).arg(RunnerRecovery::stepTitle(step), statusText(step)));
}

void RecoveryProgressPage::showBackupPath(const QString &path)
{
    m_backup->setText(path.isEmpty() ? QString() : tr("Backup: %1").arg(path));
    m_backup->setVisible(!path.isEmpty());
    m_showBackup->setVisible(!path.isEmpty());
}

} // namespace relayq
