#include "DemoRunnerService.h"

#include "SimFleet.h"

#include <QCoreApplication>
#include <QTimer>

namespace relayq {

DemoRunnerService::DemoRunnerService(sim::SimFleet &fleet, qint64 runnerId)
    : m_fleet(fleet), m_runnerId(runnerId)
{ }

QString DemoRunnerService::describe() const
{
    const auto runner = m_fleet.runner(m_runnerId);
    return tr("The simulated runner %1 of the demo fleet")
        .arg(runner ? runner->name : QString::number(m_runnerId));
}

void DemoRunnerService::run(ServiceAction action, QObject *context, Done done)
{
    // Answered from the event loop, as every real helper is.
    QTimer::singleShot(0, context, [this, action, done] { done(carryOut(action)); });
}

ServiceOutcome DemoRunnerService::carryOut(ServiceAction action)
{
    ServiceOutcome outcome;
    m_fleet.sync();
    if (!m_fleet.runner(m_runnerId)) {
        outcome.state.kind = ServiceState::Kind::NotFound;
        outcome.message = tr("The demo fleet has no such runner any more.");
        return outcome;
    }
    switch (action) {
    case ServiceAction::Start:
    case ServiceAction::Restart:
        m_fleet.setRunnerOnline(m_runnerId, true);
        outcome.message = tr("The simulated runner was restarted.");
        break;
    case ServiceAction::Stop:
        m_fleet.setRunnerOnline(m_runnerId, false);
        outcome.message = tr("The simulated runner was stopped.");
        break;
    case ServiceAction::Status: outcome.message = tr("Asked the demo fleet."); break;
    }
    const bool online = m_fleet.runner(m_runnerId)->online;
    outcome.ok = true;
    outcome.state.kind = online ? ServiceState::Kind::Running : ServiceState::Kind::Stopped;
    outcome.state.detail = online ? QStringLiteral("online") : QStringLiteral("offline");
    outcome.helperOutput = QStringLiteral("demo: %1").arg(outcome.message);
    return outcome;
}

} // namespace relayq
