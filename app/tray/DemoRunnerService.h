#pragma once
// The service behind a runner of the built-in demo fleet, so every runner action can be tried
// without a real runner: a restart (or start) tells the in-process simulator the runner is
// online again, a stop takes it offline, the status is what the simulator says.

#include "ServiceControl.h"

#include <QCoreApplication>

namespace relayq::sim {
class SimFleet;
}

namespace relayq {

class DemoRunnerService : public ServiceControl
{
    Q_DECLARE_TR_FUNCTIONS(relayq::DemoRunnerService)

public:
    // `fleet` must outlive the service.
    DemoRunnerService(sim::SimFleet &fleet, qint64 runnerId);

    void run(ServiceAction action, QObject *context, Done done) override;
    QString helperName() const override { return QStringLiteral("demo"); }
    QString describe() const override;

private:
    ServiceOutcome carryOut(ServiceAction action);

    sim::SimFleet &m_fleet;
    qint64 m_runnerId;
};

} // namespace relayq
