#pragma once
// Why a queued job waits, in one line. Where the health rules already said it (no_matching_runner,
// job_queued_too_long) their message is reused, so the window and the notifications agree.
// Built once per poll result: alerts are looked up by id and the runners that could take a job
// are found once per target and label set, not once per job (a scan of every alert and runner
// for each of hundreds of jobs was most of a large fleet's window update).

#include "Alert.h"
#include "FleetSnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace relayq {

class QueueDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(relayq::QueueDiagnosis)

public:
    // Both must outlive this object.
    QueueDiagnosis(const FleetSnapshot &snapshot, const AlertList &alerts);

    QString of(const Job &job) const;
    // The no_matching_runner alert that speaks for `job`, if any.
    const Alert *noMatchingRunnerAlert(const Job &job) const;
    // The job_stuck or job_queued_too_long alert about this very job, if any.
    const Alert *jobAlert(const Job &job) const;

private:
    const Alert *find(const QString &id) const;
    QString waitingFor(const Job &job) const;

    const FleetSnapshot &m_snapshot;
    QHash<QString, const Alert *> m_alerts; // by id
    // job_stuck and job_queued_too_long alerts by job id: no alert id built per job.
    QMultiHash<qint64, const Alert *> m_stuck;
    QMultiHash<qint64, const Alert *> m_queuedTooLong;
    mutable QHash<QString, QList<Runner>> m_serving; // by target
    mutable QHash<QString, QString> m_waiting; // by target and label set
};

} // namespace relayq
