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
    // The two phases differ in a few pages only: those are parsed, the rest are 304s.
    if (cycle.lastNotModified() == 0 || cycle.lastNotModified() >= cycle.lastPages())
        problems.append(QStringLiteral("%1 of %2 answers were 304s: expected most, not all")
                            .arg(cycle.lastNotModified())
                            .arg(cycle.lastPages()));
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
    const QList<ServedPage> served[2]
        = { PollCycle::serve(phases[0]), PollCycle::serve(phases[1]) };
    qint64 bytes = 0;
    for (const Page &page : phases[0])
        bytes += page.body.size();
    // What differs between the phases: the answers each cycle parses and reads anew.
    qint64 changedBytes = 0;
    int changed = 0;
    for (qsizetype i = 0; i < served[0].size() && i < served[1].size(); ++i) {
        if (served[0][i].etag != served[1][i].etag) {
            ++changed;
            changedBytes += served[1][i].page->body.size();
        }
    }

    QTextStream out(stdout);
    out << "Poll cycle: " << shape.repositories << " repositories, " << fleet.runnersPerPhase()
        << " runners, " << shape.repositories * shape.runsPerRepository << " runs ("
        << shape.repositories * fleet.activeRunsPerRepository() << " active, each with its job); "
        << phases[0].size() << " answers, " << bytes / 1024 << " KiB of JSON per cycle; "
        << iterations << " measured cycles after 2 warm-up cycles; " << changed << " answers ("
        << changedBytes / 1024 << " KiB) change from one cycle to the next\n";

    // The pages are fixed in time, so the clock moves one second a cycle: with 30 s the queued
    // jobs would grow older each cycle and the alerts (the rules' work) would drift with N.
    PollCycle cycle(fleet.repositories(), clock);
    // The first poll finds every cache empty (every answer is parsed and read): shown apart.
    qint64 firstPoll = 0;
    for (int warmUp = 0; warmUp < 2; ++warmUp) {
        const CycleTimes times = cycle.warmUp(served[warmUp % 2]);
        firstPoll = warmUp == 0 ? times.total() : firstPoll;
        clock.advance(1);
    }
    Measurements measured;
    for (int i = 0; i < iterations; ++i) {
        const CycleTimes times = cycle.run(served[i % 2]);
        clock.advance(1);
        measured.add(QStringLiteral("decode"), times.decode);
        measured.add(QStringLiteral("read"), times.read);
        measured.add(QStringLiteral("monitor"), times.monitor);
        measured.add(QStringLiteral("notify"), times.notify);
        measured.add(QStringLiteral("total"), times.total());
        measured.add(QStringLiteral("total CPU"), times.cpu);
    }
    measured.printNanoseconds(out);
    out << "first poll (empty caches, not in the table) "
        << QString::number(double(firstPoll) / 1e6, 'f', 3) << " ms\n";
    out << "answers per cycle " << cycle.lastPages() << ", of them 304 Not Modified "
        << cycle.lastNotModified() << " (the document from the ETag cache)\n";
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
