#pragma once
// Settings page "Monitoring": how often to ask GitHub, when a job counts as stuck, queued too
// long or long-running, when a failure rate is high, which labels are pools, and stuck limits
// for single workflows that are slow on purpose.

#include "AppSettings.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace relayq {

class MonitoringPage : public QWidget
{
    Q_OBJECT
public:
    explicit MonitoringPage(QWidget *parent = nullptr);

    void load(const AppSettings &settings);
    std::optional<QString> apply(AppSettings &settings) const;

private:
    QWidget *overridesBox();
    void addOverride(const QString &workflow, int minutes);
    QSpinBox *spinBox(const QString &objectName, int minimum, int maximum, const QString &suffix);

    QSpinBox *m_pollInterval = nullptr;
    QSpinBox *m_stuck = nullptr;
    QSpinBox *m_queued = nullptr;
    QSpinBox *m_longRunning = nullptr;
    QSpinBox *m_failureRate = nullptr;
    QLineEdit *m_poolLabels = nullptr;
    QTableWidget *m_overrides = nullptr;
    QPushButton *m_removeOverride = nullptr;
};

} // namespace relayq
