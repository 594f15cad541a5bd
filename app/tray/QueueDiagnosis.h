#pragma once
// Why a queued job waits, in one line. Where the health rules already said it (no_matching_runner,
// job_queued_too_long) their message is reused, so the window and the notifications agree.

#include "Alert.h"
#include "FleetSnapshot.h"

#include <QCoreApplication>
#include <QString>

namespace relayq {

class QueueDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(relayq::QueueDiagnosis)

public:
    static QString of(const Job &job, const FleetSnapshot &snapshot, const AlertList &alerts);
    // The no_matching_runner alert that speaks for `job`, if any.
    static const Alert *noMatchingRunnerAlert(const Job &job, const AlertList &alerts);
    // The job_stuck or job_queued_too_long alert about this very job, if any.
    static const Alert *jobAlert(const Job &job, const AlertList &alerts);
};

} // namespace relayq
