#pragma once
// The first page of the guided recovery: says in plain words what the seven steps will do and
// shows the plan — the runner's name, folder, where it is registered and its labels (editable:
// the user may correct what GitHub listed) — with Start.

#include "RunnerRecovery.h"

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace relayq {

class RecoveryPlanPage : public QWidget
{
    Q_OBJECT
public:
    explicit RecoveryPlanPage(const RecoveryPlan &plan, QWidget *parent = nullptr);

    // The plan with the labels as the line reads now (comma-separated; GitHub's default labels
    // are dropped: config.sh adds those itself).
    RecoveryPlan plan() const;
    QLineEdit *labelsEdit() const { return m_labels; }
    QPushButton *startButton() const { return m_start; }

signals:
    void startRequested();
    void cancelRequested();

private:
    QString explanation() const;

    RecoveryPlan m_plan;
    QLineEdit *m_labels = nullptr;
    QPushButton *m_start = nullptr;
};

} // namespace relayq
