#include "RecoveryPlanPage.h"

#include "RunnerBackup.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relayq {

namespace {

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

RecoveryPlanPage::RecoveryPlanPage(const RecoveryPlan &plan, QWidget *parent)
    : QWidget(parent), m_plan(plan)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = selectableLabel(explanation(), this);
    intro->setObjectName(QStringLiteral("explanation"));
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->addRow(tr("Runner:"), selectableLabel(plan.runnerName, this));
    form->addRow(tr("Folder:"), selectableLabel(plan.runnerDir, this));
    const QString target = plan.target.isRepository()
        ? tr("the repository %1").arg(plan.target.name())
        : tr("the organization %1").arg(plan.target.name());
    form->addRow(tr("Registered to:"), selectableLabel(target, this));
    m_labels = new QLineEdit(plan.labels.join(QStringLiteral(", ")), this);
    m_labels->setObjectName(QStringLiteral("labels"));
    m_labels->setPlaceholderText(tr("none besides GitHub's default ones"));
    m_labels->setToolTip(tr("The runner's own labels, separated by commas. GitHub's default "
                            "labels (self-hosted, the system and the architecture) are added by "
                            "the runner itself."));
    form->addRow(tr("Labels:"), m_labels);
    layout->addLayout(form);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("Start"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryPlanPage::startRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecoveryPlanPage::cancelRequested);
    layout->addWidget(buttons);
}

RecoveryPlan RecoveryPlanPage::plan() const
{
    RecoveryPlan plan = m_plan;
    QStringList labels;
    for (const QString &label : m_labels->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!label.trimmed().isEmpty())
            labels << label.trimmed();
    }
    plan.labels = RunnerRecovery::customLabels(labels);
    return plan;
}

QString RecoveryPlanPage::explanation() const
{
    QStringList steps;
    for (int step = 0; step < RunnerRecovery::StepCount; ++step)
        steps << tr("%1. %2").arg(step + 1).arg(RunnerRecovery::stepTitle(step));
    return tr("This registers %1 with GitHub again, under the same name and labels, in seven "
              "steps:")
               .arg(m_plan.runnerName)
        + QLatin1Char('\n') + steps.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + tr("A backup of the runner's configuration is made first and kept, whatever happens.")
        + QLatin1Char(' ') + RunnerBackup::privateKeyWarning() + QStringLiteral("\n\n")
        + tr("Stopping, uninstalling, installing and starting the service needs administrator "
             "rights: the system asks for the administrator password in its own dialog.")
        + QLatin1Char(' ')
        + tr("If a step fails, the recovery stops there and says what happened and how to "
             "resume.");
}

} // namespace relayq
