// The rate-limit cost of RelayQ itself (issue 7, "Rate-limit cost"): one simulated hour of the
// real monitoring loop against the simulator over loopback, 3 repositories, 50 runners, a poll
// every 30 s, (a) with nothing changing and (b) with a realistic churn (a job queued every two
// minutes, jobs of 3–10 minutes, a runner offline for 5 minutes every quarter of an hour).
// Prints requests sent, 304s, requests charged to the primary rate limit and bytes received.
// Checks (in every mode) that an unchanging fleet costs nothing after the first poll.
//
//   BenchRateLimit [--polls N] [--smoke]

#include "SimFleet.h"
#include "SimulatedHour.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace relayq;
using namespace relayq::bench;

namespace {

const QStringList kRepositories { QStringLiteral("acme/app"), QStringLiteral("acme/web"),
                                  QStringLiteral("acme/ml") };
constexpr int kRunners = 50;
constexpr int kIntervalSeconds = 30;

// Before poll i (every 30 s): what changed on GitHub since the previous one.
void churn(int i, sim::SimFleet &fleet)
{
    const QString repo = kRepositories.at((i / 4) % kRepositories.size());
    if (i > 0 && i % 4 == 0) // every two minutes, a push somewhere starts a build
        fleet.queueJob(repo, QStringLiteral("Build"), { QStringLiteral("self-hosted") });
    const QString downRepo = kRepositories.at((i / 30) % kRepositories.size());
    const qint64 runner = fleet.runners(downRepo).constFirst().id;
    if (i % 30 == 10) // a quarter-hourly outage of one runner, five minutes long
        fleet.setRunnerOnline(runner, false);
    if (i % 30 == 20)
        fleet.setRunnerOnline(runner, true);
}

void printRow(QTextStream &out, const QString &scenario, const HourCounts &c)
{
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(scenario, -10)
               .arg(c.polls, 6)
               .arg(c.requests, 9)
               .arg(c.notModified, 6)
               .arg(c.charged, 8)
               .arg(c.chargedAfterFirstPoll, 13)
               .arg(QString::number(double(c.bytesReceived) / 1024.0, 'f', 1), 13)
               .arg(c.alertsRaised, 7);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Rate-limit cost of an hour of RelayQ"));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("polls"), QStringLiteral("Polls per scenario (default 120: an hour)."),
          QStringLiteral("n") },
        { QStringLiteral("smoke"), QStringLiteral("A few polls: checks the benchmark works.") },
    });
    parser.process(app);
    const bool smoke = parser.isSet(QStringLiteral("smoke"));
    bool ok = false;
    int polls = parser.value(QStringLiteral("polls")).toInt(&ok);
    if (!ok || polls < 2)
        polls = smoke ? 4 : 3600 / kIntervalSeconds;

    SimulatedHour quiet(kRepositories, kRunners, kIntervalSeconds);
    SimulatedHour busy(kRepositories, kRunners, kIntervalSeconds);
    busy.fleet().setJobDuration(180, 600);
    if (!quiet.run(polls, {}) || !busy.run(polls, churn)) {
        QTextStream(stderr) << "a poll did not finish\n";
        return 1;
    }

    QTextStream out(stdout);
    out << "Rate-limit cost: " << kRepositories.size() << " repositories, " << kRunners
        << " runners, a poll every " << kIntervalSeconds << " s, " << polls << " polls ("
        << polls * kIntervalSeconds / 60 << " simulated minutes)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("scenario"), -10)
               .arg(QStringLiteral("polls"), 6)
               .arg(QStringLiteral("requests"), 9)
               .arg(QStringLiteral("304"), 6)
               .arg(QStringLiteral("charged"), 8)
               .arg(QStringLiteral("charged >1st"), 13)
               .arg(QStringLiteral("KiB received"), 13)
               .arg(QStringLiteral("alerts"), 7);
    printRow(out, QStringLiteral("quiet"), quiet.counts());
    printRow(out, QStringLiteral("churn"), busy.counts());

    QStringList problems;
    for (const SimulatedHour *hour : { &quiet, &busy }) {
        const HourCounts &c = hour->counts();
        if (c.failedPolls > 0 || c.runnersInLastSnapshot != kRunners)
            problems.append(QStringLiteral("%1 failed polls, %2 runners seen")
                                .arg(c.failedPolls)
                                .arg(c.runnersInLastSnapshot));
        if (c.chargedSeenByClient != c.charged)
            problems.append(QStringLiteral("the client counted %1 charged requests, the "
                                           "simulator %2")
                                .arg(c.chargedSeenByClient)
                                .arg(c.charged));
    }
    if (quiet.counts().chargedAfterFirstPoll != 0)
        problems.append(QStringLiteral("an unchanging fleet cost %1 charged requests after the "
                                       "first poll (target: 0)")
                            .arg(quiet.counts().chargedAfterFirstPoll));
    if (busy.counts().requests <= quiet.counts().requests && !smoke)
        problems.append(QStringLiteral("churn asked no more than the quiet fleet"));
    for (const QString &problem : problems)
        out << "CHECK FAILED: " << problem << "\n";
    out.flush();
    return problems.isEmpty() ? 0 : 1;
}
