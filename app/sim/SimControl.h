#pragma once
// The simulator's control API under /_sim/ (docs/simulator.md): read the fleet's state, move
// runners online/offline, queue and stick jobs, inject faults, read and reset the counters,
// add repositories (public or private), organisations and tokens.
// Loopback only (the server never listens elsewhere), never authenticated, never charged.

#include "SimHttpRequest.h"
#include "SimHttpResponse.h"
#include "Simulator.h"

#include <optional>

namespace relayq::sim {

class SimAccess;
class SimFaults;
class SimFleet;

class SimControl
{
public:
    SimControl(SimFleet &fleet, SimFaults &faults, SimCounters &counters, SimAccess &access);

    SimHttpResponse answer(const SimHttpRequest &request, const QString &path);

    static QJsonObject countersJson(const SimCounters &counters);

private:
    SimHttpResponse state() const;
    SimHttpResponse runnerOnline(const QString &name, bool online);
    SimHttpResponse addRunner(const QJsonObject &body);
    SimHttpResponse queueJob(const QJsonObject &body);
    SimHttpResponse runAction(qint64 runId, const QString &action);
    SimHttpResponse addFault(const QJsonObject &body);
    SimHttpResponse tokens(const QByteArray &method, const QStringList &parts,
                           const QJsonObject &body);
    SimHttpResponse addTarget(const QString &what, const QJsonObject &body);
    // SimControlDispatch.cpp: workflow-file, default-branch, enterprise; nullopt for others.
    std::optional<SimHttpResponse> dispatchSetting(const QString &what, const QJsonObject &body);

    SimFleet &m_fleet;
    SimFaults &m_faults;
    SimCounters &m_counters;
    SimAccess &m_access;
};

} // namespace relayq::sim
