#include "MonitoringPage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace relayq {

namespace {
enum Column { WorkflowColumn, MinutesColumn };
constexpr int kMinutesPerDay = 24 * 60;
constexpr int kMinutesPerWeek = 7 * kMinutesPerDay;
} // namespace

MonitoringPage::MonitoringPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("monitoringPage"));
    m_pollInterval = spinBox(QStringLiteral("pollInterval"), 10, 3600, tr(" s"));
    m_pollInterval->setToolTip(tr("Between 10 seconds and 1 hour"));
    m_stuck = spinBox(QStringLiteral("stuckMinutes"), 10, kMinutesPerWeek, tr(" min"));
    m_queued = spinBox(QStringLiteral("queuedMinutes"), 1, kMinutesPerDay, tr(" min"));
    m_longRunning = spinBox(QStringLiteral("longRunningMinutes"), 1, kMinutesPerWeek, tr(" min"));
    m_failureRate = spinBox(QStringLiteral("failureRatePercent"), 1, 100, tr(" %"));
    m_poolLabels = new QLineEdit;
    m_poolLabels->setObjectName(QStringLiteral("poolLabels"));
    m_poolLabels->setPlaceholderText(tr("gpu, arm64"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Check every:"), m_pollInterval);
    form->addRow(tr("A job is &stuck after:"), m_stuck);
    form->addRow(tr("A job has waited in the &queue too long after:"), m_queued);
    form->addRow(tr("A job is &long-running after:"), m_longRunning);
    form->addRow(tr("The &failure rate is high above:"), m_failureRate);
    form->addRow(tr("&Pool labels (comma-separated):"), m_poolLabels);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(overridesBox(), 1);
}

QSpinBox *MonitoringPage::spinBox(const QString &objectName, int minimum, int maximum,
                                  const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

QWidget *MonitoringPage::overridesBox()
{
    auto *box = new QGroupBox(tr("Stuck limits for single workflows"));
    m_overrides = new QTableWidget(0, 2);
    m_overrides->setObjectName(QStringLiteral("stuckOverrides"));
    m_overrides->setAccessibleName(tr("Stuck limits for single workflows"));
    m_overrides->setHorizontalHeaderLabels({ tr("Workflow name or file"), tr("Minutes") });
    m_overrides->horizontalHeader()->setSectionResizeMode(WorkflowColumn, QHeaderView::Stretch);
    m_overrides->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Add &workflow"));
    add->setObjectName(QStringLiteral("addOverrideButton"));
    m_removeOverride = new QPushButton(tr("Remo&ve workflow"));
    m_removeOverride->setObjectName(QStringLiteral("removeOverrideButton"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { add, m_removeOverride }) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_overrides, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addOverride(QString(), m_stuck->value());
        m_overrides->setCurrentCell(m_overrides->rowCount() - 1, WorkflowColumn);
        m_overrides->editItem(m_overrides->currentItem());
    });
    connect(m_removeOverride, &QPushButton::clicked, this, [this] {
        if (m_overrides->currentRow() >= 0)
            m_overrides->removeRow(m_overrides->currentRow());
    });
    return box;
}

void MonitoringPage::addOverride(const QString &workflow, int minutes)
{
    const int row = m_overrides->rowCount();
    m_overrides->insertRow(row);
    m_overrides->setItem(row, WorkflowColumn, new QTableWidgetItem(workflow));
    auto *value = new QTableWidgetItem;
    value->setData(Qt::EditRole, minutes); // edited with a spin box by the default delegate
    m_overrides->setItem(row, MinutesColumn, value);
}

void MonitoringPage::load(const AppSettings &settings)
{
    const MonitorSettings &monitor = settings.monitor;
    m_pollInterval->setValue(monitor.pollIntervalSeconds);
    m_stuck->setValue(monitor.stuckSeconds / 60);
    m_queued->setValue(monitor.queuedTooLongSeconds / 60);
    m_longRunning->setValue(monitor.longRunningSeconds / 60);
    m_failureRate->setValue(static_cast<int>(std::lround(monitor.failureRateThreshold * 100)));
    m_poolLabels->setText(monitor.poolLabels.join(QStringLiteral(", ")));
    m_overrides->setRowCount(0);
    QStringList workflows = monitor.stuckSecondsPerWorkflow.keys();
    workflows.sort(Qt::CaseInsensitive);
    for (const QString &workflow : std::as_const(workflows))
        addOverride(workflow, monitor.stuckSecondsPerWorkflow.value(workflow) / 60);
}

std::optional<QString> MonitoringPage::apply(AppSettings &settings) const
{
    MonitorSettings &monitor = settings.monitor;
    monitor.pollIntervalSeconds = m_pollInterval->value();
    monitor.stuckSeconds = m_stuck->value() * 60;
    monitor.queuedTooLongSeconds = m_queued->value() * 60;
    monitor.longRunningSeconds = m_longRunning->value() * 60;
    monitor.failureRateThreshold = m_failureRate->value() / 100.0;
    monitor.poolLabels.clear();
    for (const QString &label : m_poolLabels->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!label.trimmed().isEmpty())
            monitor.poolLabels.append(label.trimmed());
    }
    monitor.stuckSecondsPerWorkflow.clear();
    for (int row = 0; row < m_overrides->rowCount(); ++row) {
        const QTableWidgetItem *name = m_overrides->item(row, WorkflowColumn);
        const QTableWidgetItem *minutes = m_overrides->item(row, MinutesColumn);
        const QString workflow = name ? name->text().trimmed() : QString();
        if (workflow.isEmpty())
            continue; // a row added and never filled in
        bool ok = false;
        const int value = minutes ? minutes->data(Qt::EditRole).toInt(&ok) : 0;
        if (!ok || value < 1)
            return tr("The stuck limit for workflow “%1” must be a number of minutes, at least 1.")
                .arg(workflow);
        if (monitor.stuckSecondsPerWorkflow.contains(workflow))
            return tr("Workflow “%1” has two stuck limits; keep one.").arg(workflow);
        monitor.stuckSecondsPerWorkflow.insert(workflow, value * 60);
    }
    return std::nullopt;
}

} // namespace relayq
