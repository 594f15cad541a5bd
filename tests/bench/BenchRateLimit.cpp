// The rate-limit cost of monitoring (issue 7, "Rate-limit cost"): one simulated hour against the
// simulator over loopback, 3 repositories, 50 runners, a check every 30 s, (a) with nothing
// changing and (b) with a realistic churn (a job queued every two minutes, jobs of 3–10 minutes,
// a runner offline for 5 minutes every quarter of an hour). Side by side in the same run, against
// the same scenario: RelayQ's monitoring loop (FleetWatch) and the curl + jq port of the seed's
// runner_health_check.sh + monitor_jobs.sh (seed/), run for every repository at each interval
// while the simulator's clock stands still. Prints requests sent, 304s, requests charged to the
// primary rate limit and bytes received. Checks (in every mode) that an unchanging fleet costs
// RelayQ nothing after the first poll and that the seed's port asks once per runner per check.
//
//   BenchRateLimit [--polls N] [--seed-polls N] [--no-seed] [--smoke]

#include "SimFleet.h"
#include "SimulatedHour.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

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

struct Row
{
    QString client;
    QString scenario;
    const SimulatedHour *hour;
};

QString overLimit(const HourCounts &c)
{
    if (c.firstPollOverLimit < 0)
        return QStringLiteral("no");
    return QStringLiteral("min %1").arg((c.firstPollOverLimit + 1) * kIntervalSeconds / 60.0, 0,
                                        'f', 1);
}

void printTable(QTextStream &out, const QList<Row> &rows)
{
    const auto line = [&out](const QStringList &cells) {
        const QList<int> widths { -8, -26, 6, 9, 6, 8, 13, 13, 8, 9, 10 };
        for (int i = 0; i < cells.size(); ++i)
            out << QStringLiteral("%1 ").arg(cells.at(i), widths.at(i));
        out << "\n";
    };
    line({ QStringLiteral("client"), QStringLiteral("scenario"), QStringLiteral("polls"),
           QStringLiteral("requests"), QStringLiteral("304"), QStringLiteral("charged"),
           QStringLiteral("charged >1st"), QStringLiteral("KiB received"), QStringLiteral("alerts"),
           QStringLiteral("warnings"), QStringLiteral(">5,000/h") });
    for (const Row &row : rows) {
        const HourCounts &c = row.hour->counts();
        const bool seed = row.hour->client() != HourClient::RelayQ;
        line({ row.client, row.scenario, QString::number(c.polls), QString::number(c.requests),
               QString::number(c.notModified), QString::number(c.charged),
               QString::number(c.chargedAfterFirstPoll),
               QString::number(double(c.bytesReceived) / 1024.0, 'f', 1),
               QString::number(seed ? c.offlineReports : c.alertsRaised),
               seed ? QString::number(c.warnings) : QStringLiteral("-"), overLimit(c) });
    }
}

QStringList checkRelayq(const SimulatedHour &quiet, const SimulatedHour &busy)
{
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
    // The first job is queued before poll 4.
    if (busy.counts().polls > 4 && busy.counts().requests <= quiet.counts().requests)
        problems.append(QStringLiteral("churn asked no more than the quiet fleet"));
    return problems;
}

QStringList checkSeed(const SimulatedHour &quiet, const SimulatedHour &busy)
{
    QStringList problems;
    for (const SimulatedHour *hour : { &quiet, &busy }) {
        const HourCounts &c = hour->counts();
        if (c.failedPolls > 0)
            problems.append(
                QStringLiteral("the seed's scripts failed in %1 checks").arg(c.failedPolls));
        if (c.charged < qint64(kRunners) * c.polls)
            problems.append(QStringLiteral("the seed's port asked %1 times in %2 checks of %3 "
                                           "runners: not once per runner per check")
                                .arg(c.charged)
                                .arg(c.polls)
                                .arg(kRunners));
    }
    if (quiet.counts().offlineReports != 0)
        problems.append(QStringLiteral("the seed reported %1 offline runners in a quiet fleet")
                            .arg(quiet.counts().offlineReports));
    // The first outage begins before check 10.
    if (busy.counts().polls > 10 && busy.counts().offlineReports == 0)
        problems.append(QStringLiteral("the seed never noticed the runner outages"));
    return problems;
}

// On GitHub, the check after the 5,000th request of the hour meets 403s: what does the seed make
// of them? One more check of the quiet fleet (every runner online), at the same instant, with the
// limit spent.
void reportSpentLimit(QTextStream &out, SimulatedHour &seedQuiet)
{
    seedQuiet.setRateLimit(
        int(std::min<qint64>(SimulatedHour::kGitHubHourlyLimit, seedQuiet.counts().charged)));
    const int before = seedQuiet.counts().offlineReports;
    if (!seedQuiet.poll())
        return;
    out << "the seed's check once the hour's 5,000 are spent (quiet fleet, every runner online): "
        << seedQuiet.counts().offlineReports - before << " of " << kRunners
        << " runners reported offline, and restarted when named *mac*/*pi*\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Rate-limit cost of an hour of RelayQ and of the seed's scripts"));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("polls"), QStringLiteral("Polls per scenario (default 120: an hour)."),
          QStringLiteral("n") },
        { QStringLiteral("seed-polls"),
          QStringLiteral("Checks per scenario for the seed's scripts (default: as --polls)."),
          QStringLiteral("n") },
        { QStringLiteral("no-seed"), QStringLiteral("RelayQ only.") },
        { QStringLiteral("smoke"), QStringLiteral("A few polls: checks the benchmark works.") },
    });
    parser.process(app);
    const bool smoke = parser.isSet(QStringLiteral("smoke"));
    const bool withSeed = !parser.isSet(QStringLiteral("no-seed"));
    bool ok = false;
    int polls = parser.value(QStringLiteral("polls")).toInt(&ok);
    if (!ok || polls < 2)
        polls = smoke ? 4 : 3600 / kIntervalSeconds;
    int seedPolls = parser.value(QStringLiteral("seed-polls")).toInt(&ok);
    if (!ok || seedPolls < 1)
        seedPolls = smoke ? 1 : polls;

    SimulatedHour quiet(kRepositories, kRunners, kIntervalSeconds);
    SimulatedHour busy(kRepositories, kRunners, kIntervalSeconds);
    busy.fleet().setJobDuration(180, 600);
    if (!quiet.run(polls, {}) || !busy.run(polls, churn)) {
        QTextStream(stderr) << "a poll did not finish\n";
        return 1;
    }
    QList<Row> rows { { QStringLiteral("RelayQ"), QStringLiteral("quiet"), &quiet },
                      { QStringLiteral("RelayQ"), QStringLiteral("churn"), &busy } };
    QStringList problems = checkRelayq(quiet, busy);

    // The seed's scripts against the same scenario (own simulators: the counts stay apart).
    SimulatedHour seedQuiet(kRepositories, kRunners, kIntervalSeconds, HourClient::SeedScripts);
    SimulatedHour seedBusy(kRepositories, kRunners, kIntervalSeconds, HourClient::SeedScripts);
    seedBusy.fleet().setJobDuration(180, 600);
    if (withSeed) {
        if (!seedQuiet.run(seedPolls, {}) || !seedBusy.run(seedPolls, churn)) {
            QTextStream(stderr) << "a run of the seed's scripts did not finish\n";
            return 1;
        }
        rows.insert(1, { QStringLiteral("seed"), QStringLiteral("quiet"), &seedQuiet });
        rows.append({ QStringLiteral("seed"), QStringLiteral("churn"), &seedBusy });
        problems += checkSeed(seedQuiet, seedBusy);
    }

    QTextStream out(stdout);
    out << "Rate-limit cost: " << kRepositories.size() << " repositories, " << kRunners
        << " runners, a check every " << kIntervalSeconds << " s, RelayQ " << polls << " polls ("
        << polls * kIntervalSeconds / 60.0 << " simulated minutes), the seed's scripts "
        << (withSeed ? seedPolls : 0) << " checks ("
        << (withSeed ? seedPolls : 0) * kIntervalSeconds / 60.0 << " minutes)\n"
        << "alerts: RelayQ's raised alerts; for the seed, its \"Runner … is offline\" lines. "
           "warnings: monitor_jobs.sh's WARNING lines.\n"
        << ">5,000/h: when the hour's charged requests passed GitHub's 5,000 (the simulator's "
           "limit is lifted so every request is counted).\n";
    printTable(out, rows);
    if (withSeed) {
        out << "seed scripts' CPU time (user+sys, scripts, curl, jq): quiet "
            << seedQuiet.counts().scriptCpuMilliseconds << " ms, churn "
            << seedBusy.counts().scriptCpuMilliseconds << " ms\n";
    }
    if (withSeed && !smoke)
        reportSpentLimit(out, seedQuiet);
    for (const QString &problem : std::as_const(problems))
        out << "CHECK FAILED: " << problem << "\n";
    out.flush();
    return problems.isEmpty() ? 0 : 1;
}
