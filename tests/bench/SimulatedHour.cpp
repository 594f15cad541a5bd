#include "SimulatedHour.h"

#include "FleetMonitor.h"
#include "FleetPoller.h"
#include "FleetWatch.h"
#include "SimFleet.h"
#include "Simulator.h"
#include "seed/SeedScripts.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTextStream>

namespace relayq::bench {

namespace {
// Not a real token: the simulator only checks that requests carry it.
const QString kToken = QStringLiteral("ghp_benchratelimit000000000000000000");
constexpr int kNoLimit = 1000 * 1000 * 1000;
} // namespace

SimulatedHour::SimulatedHour(const QStringList &repositories, int runners, int intervalSeconds,
                             HourClient client)
    : m_repositories(repositories), m_intervalSeconds(intervalSeconds), m_client(client)
{
    m_sim = std::make_unique<sim::Simulator>(m_clock);
    m_sim->setRequiredToken(kToken);
    m_sim->setRateLimit(kNoLimit);
    if (!m_sim->listen())
        qFatal("SimulatedHour: the simulator cannot listen on loopback");
    TargetList targets;
    for (int r = 0; r < repositories.size(); ++r) {
        const QString &name = repositories.at(r);
        m_sim->fleet().addRepository(name.section(QLatin1Char('/'), 0, 0),
                                     name.section(QLatin1Char('/'), 1));
        // 50 over 3: 17, 17, 16.
        const int count
            = runners / int(repositories.size()) + (r < runners % int(repositories.size()) ? 1 : 0);
        m_sim->fleet().addRunners(name, count, name.section(QLatin1Char('/'), 1),
                                  { QStringLiteral("Linux"), QStringLiteral("X64") });
        m_sim->fleet().addCompletedRuns(name, 30, 3);
        targets.append(*Target::parse(name));
        for (const sim::SimRunner &runner : m_sim->fleet().runners(name))
            m_runnerNames[name].append(runner.name);
    }
    if (client != HourClient::RelayQ) {
        m_seed = std::make_unique<SeedScripts>(m_sim->baseUrl(), kToken);
        return;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_watch = std::make_unique<FleetWatch>(m_network.get(), m_clock);
    if (m_watch->setApiBase(m_sim->baseUrl()).has_value())
        qFatal("SimulatedHour: the simulator's URL is refused");
    m_watch->setToken(kToken);
    m_watch->setTargets(targets);
    m_watch->setSettings(MonitorSettings {});
    QObject::connect(&m_watch->monitor(), &FleetMonitor::alertRaised,
                     [this](const Alert &) { ++m_counts.alertsRaised; });
}

SimulatedHour::~SimulatedHour()
{
    m_watch.reset();
    m_network.reset();
    m_sim.reset();
}

sim::SimFleet &SimulatedHour::fleet()
{
    return m_sim->fleet();
}

void SimulatedHour::setRateLimit(int perHour)
{
    m_sim->setRateLimit(perHour);
}

bool SimulatedHour::poll()
{
    m_lastOutput.clear();
    if (!(m_client == HourClient::RelayQ ? pollRelayq() : pollSeed()))
        return false;
    ++m_counts.polls;
    return true;
}

bool SimulatedHour::pollRelayq()
{
    QSignalSpy polled(m_watch.get(), &FleetWatch::polled);
    if (!m_watch->checkNow() || !polled.wait(30000))
        return false;
    m_counts.chargedSeenByClient += m_watch->poller().lastChargedRequests();
    if (!m_watch->connection().isOk())
        ++m_counts.failedPolls;
    m_counts.runnersInLastSnapshot = int(m_watch->monitor().lastSnapshot().runners.size());
    return true;
}

// One round of the seed's checks: as a cron line or `watch` would start them, one after the
// other, the health check of every repository's runners, then the job monitor of each.
bool SimulatedHour::pollSeed()
{
    bool failed = false;
    const auto take = [&](const SeedScripts::Outcome &outcome) {
        if (!outcome.finished)
            return false;
        failed = failed || outcome.exitCode != 0;
        m_counts.scriptCpuMilliseconds += outcome.cpuMilliseconds;
        for (const QString &line : outcome.lines) {
            if (line.startsWith(QLatin1String("Runner "))
                && line.contains(QLatin1String(" is offline")))
                ++m_counts.offlineReports;
            else if (line.startsWith(QLatin1String("WARNING:")))
                ++m_counts.warnings;
        }
        m_lastOutput += outcome.lines;
        if (outcome.exitCode != 0 && !outcome.errors.isEmpty())
            QTextStream(stderr) << "seed script: " << outcome.errors;
        return true;
    };
    for (const QString &repo : std::as_const(m_repositories)) {
        if (!take(m_seed->healthCheck(repo, m_runnerNames.value(repo))))
            return false;
    }
    if (m_client == HourClient::SeedScripts) {
        for (const QString &repo : std::as_const(m_repositories)) {
            if (!take(m_seed->monitorJobs(repo)))
                return false;
        }
    }
    if (failed)
        ++m_counts.failedPolls;
    return true;
}

bool SimulatedHour::run(int polls, const std::function<void(int, sim::SimFleet &)> &beforePoll)
{
    m_sim->resetCounters();
    for (int i = 0; i < polls; ++i) {
        if (i > 0)
            m_clock.advance(m_intervalSeconds);
        if (beforePoll)
            beforePoll(i, m_sim->fleet());
        if (!poll())
            return false;
        const qint64 charged = m_sim->counters().charged;
        if (i == 0)
            m_counts.chargedAfterFirstPoll = -charged;
        if (m_counts.firstPollOverLimit < 0 && charged > kGitHubHourlyLimit)
            m_counts.firstPollOverLimit = i;
    }
    const sim::SimCounters counters = m_sim->counters();
    m_counts.requests = counters.requests;
    m_counts.notModified = counters.notModified;
    m_counts.charged = counters.charged;
    m_counts.chargedAfterFirstPoll += counters.charged;
    m_counts.bytesReceived = counters.bytesSent;
    return true;
}

} // namespace relayq::bench
