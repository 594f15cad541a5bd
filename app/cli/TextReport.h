#pragma once
// What relayqctl prints for people: the fleet grouped by target, then the alerts, worst first.

#include "Alert.h"
#include "FleetSnapshot.h"

#include <QString>

namespace relayq::cli {

// "3 of 3 runners online (1 busy) · 2 runs active · 1 job queued": the fleet in one line.
QString fleetSummaryLine(const FleetSnapshot &snapshot);
QString statusText(const FleetSnapshot &snapshot, const AlertList &alerts);
// One line for `watch`: "05:40:12  RAISED   critical  rpi4-runner: … ".
QString alertEventLine(const QString &event, const Alert &alert, const QDateTime &time);
QString connectionEventLine(const ConnectionStatus &status, const QDateTime &time);

} // namespace relayq::cli
