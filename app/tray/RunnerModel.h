#pragma once
// The runners of the status window, grouped by target: status dot, name, labels, what it is
// doing, OS and version. Rebuilt from each FleetSnapshot; rows carry UrlRole and KeyRole.

#include "FleetSnapshot.h"

#include <QStandardItemModel>
#include <QUrl>

namespace relayq {

class RunnerModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, LabelsColumn, ActivityColumn, OsColumn, VersionColumn };

    explicit RunnerModel(QObject *parent = nullptr);

    // Where links point (GitHub or a GHES host), from the API base.
    void setApiBase(const QUrl &apiBase);
    void setFleet(const FleetSnapshot &snapshot);

private:
    QList<QStandardItem *> targetRow(const TargetState &state, const FleetSnapshot &snapshot) const;
    QList<QStandardItem *> runnerRow(const Runner &runner, const FleetSnapshot &snapshot) const;
    QString runnerPage(const Runner &runner, const FleetSnapshot &snapshot) const;

    QUrl m_apiBase;
};

} // namespace relayq
