// The status window's cost per poll for a large fleet (issue 7, "Scale"): 10 targets with 100
// runners each (1,000), 100 runs per target (70 % in progress, 10 % queued, 20 % completed) and
// the job of every active run (800), alerts from the product's FleetMonitor. Each poll result is
// handed to StatusWindow::showFleet, as TrayController does after every poll, and timed:
//   models        RunnerModel, ActivityModel and AlertModel updated on their own (no view)
//   hidden        StatusWindow::showFleet with the window hidden (what happens between looks)
//   opened        the window shown after that poll: it catches up, then its first frame
//   shown+frame   showFleet of the next poll with the window on screen, then the layout and
//                 paint it causes
// The models are timed for both results of a step. Consecutive poll results differ (runners going
// offline, a run finishing, times moving on). Target: under one frame (16.7 ms) per poll result.
// Prints median and minimum; asserts nothing about time, only that the window showed the whole
// fleet (so a broken build cannot report a fast but meaningless figure). Needs a QPA platform:
// QT_QPA_PLATFORM=offscreen is enough.
//
//   BenchStatusModel [--iterations N] [--targets N] [--runners N] [--runs N] [--smoke]

#include "ActivityModel.h"
#include "AlertModel.h"
#include "Clock.h"
#include "FleetMonitor.h"
#include "Measurements.h"
#include "RunnerModel.h"
#include "StatusWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTreeView>

using namespace relayq;
using namespace relayq::bench;

namespace {

struct Shape
{
    int targets = 10;
    int runnersPerTarget = 100;
    int runsPerTarget = 100;
};

// One poll's result as the window gets it.
struct PollResult
{
    FleetSnapshot snapshot;
    AlertList alerts;
};

Runner makeRunner(const QString &target, int t, int i, int phase)
{
    static const QStringList kOs { QStringLiteral("Linux"), QStringLiteral("macOS"),
                                   QStringLiteral("Windows") };
    Runner runner;
    runner.id = qint64(t) * 10000 + i + 1;
    runner.name = QStringLiteral("runner-%1-%2").arg(t).arg(i + 1, 3, 10, QLatin1Char('0'));
    runner.os = kOs.at(i % kOs.size());
    // Two per target always offline; a few more only in phase 1 (churn between polls).
    const bool offline = i < 2 || (phase == 1 && i % 33 == 5);
    runner.status = offline ? Runner::Status::Offline : Runner::Status::Online;
    runner.statusText = offline ? QStringLiteral("offline") : QStringLiteral("online");
    runner.labels = { QStringLiteral("self-hosted"), runner.os, QStringLiteral("X64"),
                      QStringLiteral("pool-%1").arg(i % 4) };
    runner.runnerGroupId = 1;
    runner.version = QStringLiteral("2.321.0");
    runner.target = target;
    return runner;
}

Job makeJob(const WorkflowRun &run, int index, const Runner *runner, const QDateTime &now)
{
    Job job;
    job.id = run.id * 10 + 1;
    job.runId = run.id;
    job.name = QStringLiteral("build (%1)").arg(index % 7);
    job.workflowName = run.name;
    job.labels
        = { QStringLiteral("self-hosted"),
            // One queued job per target asks for a pool nobody serves.
            index % 100 == 75 ? QStringLiteral("gpu") : QStringLiteral("pool-%1").arg(index % 4) };
    job.createdAt = run.createdAt;
    job.htmlUrl = run.htmlUrl + QStringLiteral("/job/%1").arg(job.id);
    job.headBranch = run.headBranch;
    job.target = run.target;
    if (runner) {
        job.status = ActionStatus::InProgress;
        job.statusText = QStringLiteral("in_progress");
        job.runnerId = runner->id;
        job.runnerName = runner->name;
        job.runnerGroupName = QStringLiteral("Default");
        job.startedAt = now.addSecs(-60 - index * 7);
    } else {
        job.status = ActionStatus::Queued;
        job.statusText = QStringLiteral("queued");
    }
    return job;
}

WorkflowRun makeRun(const QString &target, int t, int i, int phase, const QDateTime &now)
{
    WorkflowRun run;
    run.id = qint64(t) * 100000 + i + 1;
    run.name = QStringLiteral("CI %1").arg(i % 5);
    run.displayTitle = QStringLiteral("Change %1").arg(i);
    run.createdAt = now.addSecs(-120 - i * 13);
    run.updatedAt = now.addSecs(-30);
    run.runStartedAt = run.createdAt.addSecs(5);
    run.htmlUrl = QStringLiteral("https://github.com/%1/actions/runs/%2").arg(target).arg(run.id);
    run.runNumber = 1000 + i;
    run.event = QStringLiteral("push");
    run.headBranch = i % 3 ? QStringLiteral("main") : QStringLiteral("feature-%1").arg(i);
    run.workflowId = 7 + i % 5;
    run.path = QStringLiteral(".github/workflows/ci-%1.yml").arg(i % 5);
    run.target = target;
    // 70 % in progress, 10 % queued, 20 % completed; phase 1 finishes one in-progress run.
    const int slot = i % 10;
    const bool completed = slot >= 8 || (phase == 1 && i == 3);
    run.status = completed ? ActionStatus::Completed
                           : (slot == 7 ? ActionStatus::Queued : ActionStatus::InProgress);
    run.statusText = completed
        ? QStringLiteral("completed")
        : (slot == 7 ? QStringLiteral("queued") : QStringLiteral("in_progress"));
    if (completed)
        run.conclusion = i % 9 == 0 ? QStringLiteral("failure") : QStringLiteral("success");
    return run;
}

FleetSnapshot makeSnapshot(const Shape &shape, int phase, const QDateTime &now)
{
    FleetSnapshot snapshot;
    snapshot.takenAt = now;
    for (int t = 0; t < shape.targets; ++t) {
        const QString target = QStringLiteral("scale-org/service-%1").arg(t);
        snapshot.targets.append({ *Target::parse(target), ConnectionStatus::ok(), false, now });
        const qsizetype firstRunner = snapshot.runners.size();
        for (int i = 0; i < shape.runnersPerTarget; ++i)
            snapshot.runners.append(makeRunner(target, t, i, phase));
        int nextRunner = 0;
        for (int i = 0; i < shape.runsPerTarget; ++i) {
            const WorkflowRun run = makeRun(target, t, i, phase, now);
            snapshot.runs.append(run);
            if (!run.isActive())
                continue;
            Runner *runner = nullptr;
            while (run.status == ActionStatus::InProgress && nextRunner < shape.runnersPerTarget) {
                Runner &candidate = snapshot.runners[firstRunner + nextRunner++];
                if (candidate.isOnline()) {
                    runner = &candidate;
                    break;
                }
            }
            if (runner)
                runner->busy = true;
            snapshot.jobs.append(makeJob(run, i, runner, now));
        }
    }
    return snapshot;
}

int intOption(const QCommandLineParser &parser, const QString &name, int fallback)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

int childRows(const QAbstractItemModel *model)
{
    int rows = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        rows += model->rowCount(model->index(row, 0));
    return rows;
}

// What the window shows must be the whole fleet; returns the problems found.
QStringList check(const StatusWindow &window, const PollResult &result)
{
    QStringList problems;
    auto expect = [&](const char *what, qsizetype got, qsizetype wanted) {
        if (got != wanted)
            problems.append(QStringLiteral("%1: %2, expected %3")
                                .arg(QLatin1String(what))
                                .arg(got)
                                .arg(wanted));
    };
    const FleetSnapshot &snapshot = result.snapshot;
    const auto *runners = window.findChild<QTreeView *>(QStringLiteral("runnerView"))->model();
    const auto *activity = window.findChild<QTreeView *>(QStringLiteral("activityView"))->model();
    const auto *alerts = window.findChild<QTreeView *>(QStringLiteral("alertView"))->model();
    expect("target rows", runners->rowCount(), snapshot.targets.size());
    expect("runner rows", childRows(runners), snapshot.runners.size());
    expect("active run rows", activity->rowCount(),
           std::count_if(snapshot.runs.cbegin(), snapshot.runs.cend(),
                         [](const WorkflowRun &run) { return run.isActive(); }));
    expect("job rows", childRows(activity), snapshot.jobs.size());
    expect("alert rows", alerts->rowCount(), result.alerts.size());
    if (result.alerts.isEmpty())
        problems.append(QStringLiteral("no alert at all: the monitor saw nothing wrong"));
    return problems;
}

// Poll results as the monitor hands them over: phases alternating every 30 s.
QList<PollResult> pollResults(const Shape &shape, ManualClock &clock, int count)
{
    FleetMonitor monitor(clock, MonitorSettings {});
    QList<PollResult> results;
    for (int poll = 0; poll < count + 4; ++poll) {
        const FleetSnapshot snapshot = makeSnapshot(shape, poll % 2, clock.now());
        monitor.update(snapshot);
        if (poll >= 4) // the offline debounce has passed: alerts are steady
            results.append({ snapshot, monitor.activeAlerts() });
        clock.advance(30);
    }
    return results;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The status window's cost per poll result"));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("iterations"), QStringLiteral("Poll results timed (default 40)."),
          QStringLiteral("n") },
        { QStringLiteral("targets"), QStringLiteral("Targets (default 10)."), QStringLiteral("n") },
        { QStringLiteral("runners"), QStringLiteral("Runners per target (default 100)."),
          QStringLiteral("n") },
        { QStringLiteral("runs"), QStringLiteral("Runs per target (default 100)."),
          QStringLiteral("n") },
        { QStringLiteral("smoke"),
          QStringLiteral("A tiny fleet, a few polls: checks that the benchmark still works.") },
    });
    parser.process(app);
    const bool smoke = parser.isSet(QStringLiteral("smoke"));
    Shape shape;
    shape.targets = intOption(parser, QStringLiteral("targets"), smoke ? 2 : 10);
    shape.runnersPerTarget = intOption(parser, QStringLiteral("runners"), smoke ? 20 : 100);
    shape.runsPerTarget = intOption(parser, QStringLiteral("runs"), smoke ? 10 : 100);
    const int iterations = intOption(parser, QStringLiteral("iterations"), smoke ? 4 : 40);

    ManualClock clock;
    // Each step uses two consecutive results, which differ: one while hidden, the next shown.
    const int steps = iterations + 2;
    const QList<PollResult> results = pollResults(shape, clock, 2 * steps);
    const PollResult &first = results.first();
    QTextStream out(stdout);
    out << "Status window: " << first.snapshot.targets.size() << " targets, "
        << first.snapshot.runners.size() << " runners, " << first.snapshot.runs.size() << " runs, "
        << first.snapshot.jobs.size() << " jobs, " << first.alerts.size()
        << " alerts per poll result; " << iterations
        << " steps of two results timed after 2 warm-up steps (platform "
        << QGuiApplication::platformName() << ")\n";

    RunnerModel runnerModel;
    ActivityModel activityModel;
    AlertModel alertModel;
    StatusWindow window(clock);
    window.setApiBase(QUrl(QStringLiteral("https://api.github.com")));
    const qint64 rssBefore = rssKiB();
    Measurements measured;
    QElapsedTimer timer;
    for (int step = 0; step < steps; ++step) {
        const PollResult &result = results.at(2 * step);
        const PollResult &next = results.at(2 * step + 1);
        const bool warmUp = step < 2;
        for (const PollResult *alone : { &result, &next }) {
            clock.setNow(alone->snapshot.takenAt);
            timer.start();
            runnerModel.setFleet(alone->snapshot);
            const qint64 runners = timer.nsecsElapsed();
            activityModel.setFleet(alone->snapshot, alone->alerts, clock.now());
            const qint64 activity = timer.nsecsElapsed();
            alertModel.setAlerts(alone->alerts, clock.now());
            const qint64 models = timer.nsecsElapsed();
            if (warmUp)
                continue;
            measured.add(QStringLiteral("runner model"), runners);
            measured.add(QStringLiteral("activity model"), activity - runners);
            measured.add(QStringLiteral("alert model"), models - activity);
            measured.add(QStringLiteral("models"), models);
        }

        clock.setNow(result.snapshot.takenAt);
        window.hide();
        timer.start();
        window.showFleet(result.snapshot, result.alerts);
        const qint64 hidden = timer.nsecsElapsed();

        timer.start();
        window.show();
        QApplication::processEvents(); // the catch-up's and the show's layout and paint
        const qint64 opened = timer.nsecsElapsed();

        clock.setNow(next.snapshot.takenAt);
        timer.start();
        window.showFleet(next.snapshot, next.alerts);
        QApplication::processEvents(); // the layout and paint the changed rows cause
        const qint64 shown = timer.nsecsElapsed();
        if (warmUp)
            continue;
        measured.add(QStringLiteral("window hidden: showFleet"), hidden);
        measured.add(QStringLiteral("window opened: catch-up + frame"), opened);
        measured.add(QStringLiteral("window shown: showFleet + frame"), shown);
    }
    measured.printNanoseconds(out);
    out << "RSS " << rssKiB() / 1024 << " MiB (" << (rssKiB() - rssBefore) / 1024
        << " MiB more than before the first result)\n";

    const QStringList problems = check(window, results.last());
    for (const QString &problem : problems)
        out << "CHECK FAILED: " << problem << "\n";
    out << (problems.isEmpty() ? "check: the window showed the whole fleet\n" : "");
    out.flush();
    return problems.isEmpty() ? 0 : 1;
}
