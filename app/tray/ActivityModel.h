#pragma once
// Active workflow runs with their jobs: what runs where and for how long, and for every queued
// job one line saying why it waits. Stuck jobs (and their runs) are highlighted.

#include "Alert.h"
#include "FleetSnapshot.h"

#include <QDateTime>
#include <QStandardItemModel>

namespace relayq {

class ActivityModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, ElapsedColumn, DetailsColumn };

    explicit ActivityModel(QObject *parent = nullptr);

    void setFleet(const FleetSnapshot &snapshot, const AlertList &alerts, const QDateTime &now);

    // "45 s", "12 min", "1 h 20 min"
    static QString formatElapsed(qint64 seconds);

private:
    QList<QStandardItem *> runRow(const WorkflowRun &run, const QDateTime &now) const;
    QList<QStandardItem *> jobRow(const Job &job, const FleetSnapshot &snapshot,
                                  const AlertList &alerts, const QDateTime &now) const;
    static QString statusText(ActionStatus status, const QString &raw);
};

} // namespace relayq
