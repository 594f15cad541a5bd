// One poll cycle's CPU cost for a large fleet (issue 7, "Poll cycle cost"): the bytes of every
// answer → decoded → fleet values → FleetSnapshot → FleetMonitor (history diff, health rules,
// raise/clear) → NotificationPolicy. Prints the median and minimum of each stage over many
// cycles. Not a test: no time limit is asserted. It does check that the cycle understood the
// fleet (counts and alerts), so a broken build cannot report a fast but meaningless figure.
//
//   BenchPollCycle [--iterations N] [--repositories R] [--runners N] [--runs N] [--smoke]

#include "BenchFleetPages.h"
#include "Measurements.h"
#include "PollCycle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>

using namespace relayq;
using namespace relayq::bench;

namespace {

int intOption(const QCommandLineParser &parser, const QString &name, int fallback)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

// What the fleet's pages say must be what the monitor saw; returns the problems found.
QStringList check(const BenchFleetPages &fleet, const PollCycle &cycle)
{
    QStringList problems;
    const FleetShape &shape = fleet.shape();
    const FleetSnapshot &snapshot = cycle.lastSnapshot();
    auto expect = [&](const char *what, qsizetype got, qsizetype wanted) {
        if (got != wanted)
            problems.append(QStringLiteral("%1: %2, expected %3")
                                .arg(QLatin1String(what))
                                .arg(got)
                                .arg(wanted));
    };
    expect("runners", snapshot.runners.size(), fleet.runnersPerPhase());
    expect("runs", snapshot.runs.size(), qsizetype(shape.repositories) * shape.runsPerRepository);
    expect("jobs", snapshot.jobs.size(),
           qsizetype(shape.repositories) * fleet.activeRunsPerRepository());
    QHash<AlertKind, int> kinds;
    for (const Alert &alert : cycle.activeAlerts())
        ++kinds[alert.kind];
    expect("runner_offline alerts", kinds.value(AlertKind::RunnerOffline),
           qsizetype(shape.repositories) * fleet.steadyOfflinePerRepository());
    expect("job_queued_too_long alerts", kinds.value(AlertKind::JobQueuedTooLong),
           shape.repositories);
    if (cycle.notifications() == 0)
        problems.append(QStringLiteral("no notification at all"));
    return problems;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CPU cost of one RelayQ poll cycle"));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("iterations"), QStringLiteral("Measured cycles (default 50)."),
          QStringLiteral("n") },
        { QStringLiteral("repositories"), QStringLiteral("Repositories (default 10)."),
          QStringLiteral("n") },
        { QStringLiteral("runners"), QStringLiteral("Runners per repository (default 100)."),
          QStringLiteral("n") },
        { QStringLiteral("runs"), QStringLiteral("Runs per repository (default 100)."),
          QStringLiteral("n") },
        { QStringLiteral("smoke"),
          QStringLiteral("A tiny fleet, a few cycles: checks that the benchmark still works.") },
    });
    parser.process(app);

    const bool smoke = parser.isSet(QStringLiteral("smoke"));
    FleetShape shape;
    shape.repositories = intOption(parser, QStringLiteral("repositories"), smoke ? 2 : 10);
    shape.runnersPerRepository = intOption(parser, QStringLiteral("runners"), smoke ? 20 : 100);
    shape.runsPerRepository = intOption(parser, QStringLiteral("runs"), smoke ? 10 : 100);
    const int iterations = intOption(parser, QStringLiteral("iterations"), smoke ? 4 : 50);

    ManualClock clock;
    const BenchFleetPages fleet(shape, clock.now());
    const QList<Page> phases[2] = { fleet.pages(0), fleet.pages(1) };
    qint64 bytes = 0;
    for (const Page &page : phases[0])
        bytes += page.body.size();

    QTextStream out(stdout);
    out << "Poll cycle: " << shape.repositories << " repositories, " << fleet.runnersPerPhase()
        << " runners, " << shape.repositories * shape.runsPerRepository << " runs ("
        << shape.repositories * fleet.activeRunsPerRepository() << " active, each with its job); "
        << phases[0].size() << " answers, " << bytes / 1024 << " KiB of JSON per cycle; "
        << iterations << " measured cycles after 2 warm-up cycles\n";

    // The pages are fixed in time, so the clock moves one second a cycle: with 30 s the queued
    // jobs would grow older each cycle and the alerts (the rules' work) would drift with N.
    PollCycle cycle(fleet.repositories(), clock);
    for (int warmUp = 0; warmUp < 2; ++warmUp) {
        cycle.run(phases[warmUp % 2]);
        clock.advance(1);
    }
    Measurements measured;
    for (int i = 0; i < iterations; ++i) {
        const CycleTimes times = cycle.run(phases[i % 2]);
        clock.advance(1);
        measured.add(QStringLiteral("decode"), times.decode);
        measured.add(QStringLiteral("read"), times.read);
        measured.add(QStringLiteral("monitor"), times.monitor);
        measured.add(QStringLiteral("notify"), times.notify);
        measured.add(QStringLiteral("total"), times.total());
    }
    measured.printNanoseconds(out);
    out << "alerts raised " << cycle.raisedTotal() << ", cleared " << cycle.clearedTotal()
        << ", notifications " << cycle.notifications() << ", active now "
        << cycle.activeAlerts().size() << "\n";

    const QStringList problems = check(fleet, cycle);
    for (const QString &problem : problems)
        out << "CHECK FAILED: " << problem << "\n";
    out << (problems.isEmpty() ? "check: the cycle saw the whole fleet\n" : "");
    out.flush();
    return problems.isEmpty() ? 0 : 1;
}
