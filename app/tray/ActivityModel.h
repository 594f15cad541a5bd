#pragma once
// Active workflow runs with their jobs: what runs where and for how long, and for every queued
// job one line saying why it waits. Stuck jobs (and their runs) are highlighted. Updated in
// place from each FleetSnapshot (rows keyed by run and job id); rows carry UrlRole and KeyRole.

#include "Alert.h"
#include "FleetSnapshot.h"
#include "KeyedTreeModel.h"

#include <QDateTime>

namespace relayq {

class QueueDiagnosis;

class ActivityModel : public KeyedTreeModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, ElapsedColumn, DetailsColumn };

    explicit ActivityModel(QObject *parent = nullptr);

    void setFleet(const FleetSnapshot &snapshot, const AlertList &alerts, const QDateTime &now);

    // "45 s", "12 min", "1 h 20 min"
    static QString formatElapsed(qint64 seconds);

private:
    Row runRow(const WorkflowRun &run, const QDateTime &now) const;
    Row jobRow(const Job &job, const QueueDiagnosis &diagnosis, const QDateTime &now) const;
    static QString statusText(ActionStatus status, const QString &raw);
    // The same words for every row of one update, translated once (hundreds of rows share them).
    QString elapsedText(qint64 seconds) const;
    QString statusWords(ActionStatus status, const QString &raw) const;

    mutable QHash<qint64, QString> m_elapsedTexts; // cleared per update
    mutable QHash<int, QString> m_statusWords; // cleared per update
};

} // namespace relayq
