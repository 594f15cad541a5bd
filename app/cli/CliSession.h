#pragma once
// What every relayqctl command needs before it can talk to a fleet: a clock, the network, the
// token, the targets, and — with --demo — the built-in simulator serving the demo fleet.

#include "Clock.h"
#include "CommandLine.h"

#include <QNetworkAccessManager>

#include <memory>

namespace relayq::sim {
class Simulator;
}

namespace relayq {
class FleetWatch;
}

namespace relayq::cli {

class CliSession
{
public:
    CliSession();
    ~CliSession();

    // Sets everything up; on failure says why on stderr and returns the exit code.
    int prepare(const CommandLine &commandLine, const MonitorSettings &settings);

    FleetWatch &watch() const { return *m_watch; }
    const Clock &clock() const { return m_clock; }

private:
    int configure(const CommandLine &commandLine, const MonitorSettings &settings, QString *error);

    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<sim::Simulator> m_demo;
    std::unique_ptr<FleetWatch> m_watch;
};

} // namespace relayq::cli
