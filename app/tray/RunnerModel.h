#pragma once
// The runners of the status window, grouped by target: status dot, name, labels, what it is
// doing, OS and version. Rebuilt from each FleetSnapshot; rows carry UrlRole and KeyRole.

#include "FleetSnapshot.h"
#include "StatusSummary.h"

#include <QHash>
#include <QIcon>
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
    QList<QStandardItem *> targetRow(const TargetState &state,
                                     const QList<const Runner *> &runners) const;
    QList<QStandardItem *> runnerRow(const Runner &runner, const Job *job,
                                     const FleetSnapshot &snapshot) const;
    QString runnerPage(const Runner &runner, const FleetSnapshot &snapshot) const;
    QIcon dot(FleetState look) const;

    QUrl m_apiBase;
    // One painted dot per state, shared by every row: painting one per runner and poll cost
    // most of a 1,000-runner update and 8 KiB of pixmaps per row.
    mutable QHash<int, QIcon> m_dots;
};

} // namespace relayq
