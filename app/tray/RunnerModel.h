#pragma once
// The runners of the status window, grouped by target: status dot, name, labels, what it is
// doing, OS and version. Updated in place from each FleetSnapshot (rows keyed by target and
// runner id); rows carry UrlRole and KeyRole.

#include "FleetSnapshot.h"
#include "KeyedTreeModel.h"
#include "StatusSummary.h"

#include <QHash>
#include <QIcon>
#include <QUrl>

namespace relayq {

class RunnerModel : public KeyedTreeModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, LabelsColumn, ActivityColumn, OsColumn, VersionColumn };

    explicit RunnerModel(QObject *parent = nullptr);

    // Where links point (GitHub or a GHES host), from the API base.
    void setApiBase(const QUrl &apiBase);
    void setFleet(const FleetSnapshot &snapshot);

private:
    Row targetRow(const TargetState &state, const QList<const Runner *> &runners) const;
    Row runnerRow(const Runner &runner, const Job *job, const QString &pagePrefix) const;
    QString runnersPagePrefix(const TargetState &state) const;
    QIcon dot(FleetState look) const;

    QUrl m_apiBase;
    // One painted dot per state, shared by every row: painting one per runner and poll cost
    // most of a 1,000-runner update and 8 KiB of pixmaps per row.
    mutable QHash<int, QIcon> m_dots;
};

} // namespace relayq
