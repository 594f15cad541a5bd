// The health rules, kind by kind, with hand-built snapshots and a manual clock.

#include "Clock.h"
#include "HealthRules.h"

#include <QTest>

using namespace relayq;

namespace {

const QDateTime kT0(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

TargetState targetState(const QString &name, bool fresh = true)
{
    TargetState state;
    state.target = *Target::parse(name);
    state.lastSuccess = kT0;
    if (!fresh) {
        state.stale = true;
        state.connection.state = ConnectionState::Unreachable;
    }
    return state;
}

Runner::Status statusFrom(const QString &text)
{
    if (text == QLatin1String("online"))
        return Runner::Status::Online;
    if (text == QLatin1String("offline"))
        return Runner::Status::Offline;
    return Runner::Status::Unknown;
}

Runner makeRunner(qint64 id, const QString &name, const QString &status, const QStringList &labels,
                  const QString &target = QStringLiteral("acme/app"), bool ephemeral = false)
{
    Runner r;
    r.id = id;
    r.name = name;
    r.status = statusFrom(status);
    r.statusText = status;
    r.labels = labels;
    r.target = target;
    r.ephemeral = ephemeral;
    return r;
}

Job makeJob(qint64 id, ActionStatus status, const QStringList &labels, const QDateTime &createdAt,
            const QDateTime &startedAt = {})
{
    Job j;
    j.id = id;
    j.runId = 1000 + id;
    j.name = QStringLiteral("build");
    j.workflowName = QStringLiteral("CI");
    j.status = status;
    j.labels = labels;
    j.createdAt = createdAt;
    j.startedAt = startedAt;
    j.htmlUrl
        = QStringLiteral("https://github.com/acme/app/actions/runs/%1/job/%2").arg(j.runId).arg(id);
    j.target = QStringLiteral("acme/app");
    return j;
}

WorkflowRun makeRun(qint64 id, const QString &conclusion, const QDateTime &createdAt)
{
    WorkflowRun run;
    run.id = id;
    run.name = QStringLiteral("CI");
    run.status = conclusion.isEmpty() ? ActionStatus::InProgress : ActionStatus::Completed;
    run.conclusion = conclusion;
    run.createdAt = createdAt;
    run.htmlUrl = QStringLiteral("https://github.com/acme/app/actions/runs/%1").arg(id);
    run.path = QStringLiteral(".github/workflows/ci.yml");
    run.target = QStringLiteral("acme/app");
    return run;
}

FleetSnapshot snapshotOf(const QStringList &targets)
{
    FleetSnapshot s;
    s.takenAt = kT0;
    for (const QString &t : targets)
        s.targets.append(targetState(t));
    return s;
}

AlertList ofKind(const AlertList &alerts, AlertKind kind)
{
    AlertList out;
    for (const Alert &a : alerts) {
        if (a.kind == kind)
            out.append(a);
    }
    return out;
}

} // namespace

class TestHealthRules : public QObject
{
    Q_OBJECT

private slots:
    void runnerOffline_data();
    void runnerOffline();
    void runnerOfflineSinceRestartsAfterOnline();
    void runnerOfflineIgnoredOnStaleOrFailedTarget();
    void removedRunners();
    void removedRunnerIgnoresFailedPolls();
    void noMatchingRunner_data();
    void noMatchingRunner();
    void noMatchingRunnerNamesSeveralOfflineRunners();
    void noMatchingRunnerGroupsJobsByLabels();
    void phantomQueuedJobIgnored();
    void queuedTooLong_data();
    void queuedTooLong();
    void running_data();
    void running();
    void failureRate_data();
    void failureRate();
    void poolEmpty_data();
    void poolEmpty();
    void staleTargetProducesNothing();
    void evaluateOnceCountsOneOfflineLook();
};

void TestHealthRules::runnerOffline_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("ephemeral");
    QTest::addColumn<int>("polls");
    QTest::addColumn<int>("needed");
    QTest::addColumn<bool>("expected");

    QTest::newRow("offline 1 poll of 2") << "offline" << false << 1 << 2 << false;
    QTest::newRow("offline 2 polls of 2") << "offline" << false << 2 << 2 << true;
    QTest::newRow("offline 3 polls of 2") << "offline" << false << 3 << 2 << true;
    QTest::newRow("offline 1 poll of 1") << "offline" << false << 1 << 1 << true;
    QTest::newRow("offline 2 polls of 3") << "offline" << false << 2 << 3 << false;
    QTest::newRow("ephemeral offline") << "offline" << true << 5 << 2 << false;
    QTest::newRow("unknown status") << "draining" << false << 5 << 2 << false;
    QTest::newRow("online") << "online" << false << 5 << 2 << false;
}

void TestHealthRules::runnerOffline()
{
    QFETCH(QString, status);
    QFETCH(bool, ephemeral);
    QFETCH(int, polls);
    QFETCH(int, needed);
    QFETCH(bool, expected);

    ManualClock clock(kT0);
    FleetSnapshot snap = snapshotOf({ QStringLiteral("acme/app") });
    snap.runners
        = { makeRunner(42, QStringLiteral("rpi4-runner"), status, { QStringLiteral("arm64") },
                       QStringLiteral("acme/app"), ephemeral) };
    MonitorSettings settings;
    settings.offlinePollsBeforeAlert = needed;
    RunnerHistory history;
    const QDateTime firstPoll = clock.now();
    for (int i = 0; i < polls; ++i) {
        if (i > 0)
            clock.advance(30);
        snap.takenAt = clock.now();
        history.advance(snap, snap.takenAt);
    }
    const AlertList alerts = ofKind(HealthRules::evaluate(snap, history, settings, clock.now()),
                                    AlertKind::RunnerOffline);
    QCOMPARE(alerts.size(), expected ? 1 : 0);
    if (!expected)
        return;
    const Alert &a = alerts.first();
    QCOMPARE(a.id, QStringLiteral("runner_offline:acme/app:42"));
    QCOMPARE(a.severity, Severity::Critical);
    QCOMPARE(a.subject, QStringLiteral("rpi4-runner"));
    QCOMPARE(a.target, QStringLiteral("acme/app"));
    QCOMPARE(a.since, firstPoll);
    QVERIFY(a.message.contains(QStringLiteral("rpi4-runner")));
}

void TestHealthRules::runnerOfflineSinceRestartsAfterOnline()
{
    ManualClock clock(kT0);
    FleetSnapshot snap = snapshotOf({ QStringLiteral("acme/app") });
    RunnerHistory history;
    const QStringList sequence = { QStringLiteral("offline"), QStringLiteral("online"),
                                   QStringLiteral("offline"), QStringLiteral("offline") };
    QDateTime secondStreak;
    for (const QString &status : sequence) {
        clock.advance(30);
        if (status == QLatin1String("offline") && !secondStreak.isValid()
            && history.entry(QStringLiteral("acme/app"), 7).offlinePolls == 0
            && clock.now() > kT0.addSecs(30))
            secondStreak = clock.now();
        snap.runners = { makeRunner(7, QStringLiteral("r7"), status, {}) };
        history.advance(snap, clock.now());
    }
    QCOMPARE(history.entry(QStringLiteral("acme/app"), 7).offlinePolls, 2);
    const AlertList alerts = HealthRules::evaluate(snap, history, MonitorSettings(), clock.now());
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().since, secondStreak);
    QCOMPARE(alerts.first().since, kT0.addSecs(90));
}

void TestHealthRules::runnerOfflineIgnoredOnStaleOrFailedTarget()
{
    FleetSnapshot snap = snapshotOf({ QStringLiteral("acme/app") });
    snap.runners = { makeRunner(42, QStringLiteral("r"), QStringLiteral("offline"), {}) };
    RunnerHistory history;
    history.advance(snap, kT0);
    history.advance(snap, kT0.addSecs(30));
    MonitorSettings settings;
    QCOMPARE(HealthRules::evaluate(snap, history, settings, kT0).size(), 1);

    FleetSnapshot stale = snap;
    stale.targets[0].stale = true;
    QVERIFY(HealthRules::evaluate(stale, history, settings, kT0).isEmpty());

    FleetSnapshot failed = snap;
    failed.targets[0].connection.state = ConnectionState::AuthFailed;
    QVERIFY(HealthRules::evaluate(failed, history, settings, kT0).isEmpty());
}

void TestHealthRules::removedRunners()
{
    FleetSnapshot snap = snapshotOf({ QStringLiteral("acme/app") });
    snap.runners = { makeRunner(1, QStringLiteral("keeper"), QStringLiteral("online"), {}),
                     makeRunner(2, QStringLiteral("goner"), QStringLiteral("online"), {}),
                     makeRunner(3, QStringLiteral("jit-1"), QStringLiteral("online"), {},
                                QStringLiteral("acme/app"), true) };
    RunnerHistory history;
    QVERIFY(history.advance(snap, kT0).isEmpty()); // first sight: nothing was removed

    snap.runners = { snap.runners.first() };
    const QList<Runner> removed = history.advance(snap, kT0.addSecs(30));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().name, QStringLiteral("goner"));
    QVERIFY(history.advance(snap, kT0.addSecs(60)).isEmpty()); // reported once

    const AlertList notices = HealthRules::removedRunnerNotices(removed, kT0.addSecs(30));
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().id, QStringLiteral("runner_removed:acme/app:2"));
    QCOMPARE(notices.first().kind, AlertKind::RunnerRemoved);
    QCOMPARE(notices.first().severity, Severity::Info);
    QCOMPARE(notices.first().since, kT0.addSecs(30));
    QVERIFY(notices.first().message.contains(QStringLiteral("goner")));
}

void TestHealthRules::removedRunnerIgnoresFailedPolls()
{
    FleetSnapshot snap = snapshotOf({ QStringLiteral("acme/app") });
    snap.runners = { makeRunner(2, QStringLiteral("r2"), QStringLiteral("online"), {}) };
    RunnerHistory history;
    history.advance(snap, kT0);

    FleetSnapshot failed = snapshotOf({ QStringLiteral("acme/app") });
    failed.targets[0] = targetState(QStringLiteral("acme/app"), false); // and no runners at all
    QVERIFY(history.advance(failed, kT0.addSecs(30)).isEmpty());

    QVERIFY(history.advance(snap, kT0.addSecs(60)).isEmpty()); // still there: nothing to say
    snap.runners.clear();
    QCOMPARE(history.advance(snap, kT0.addSecs(90)).size(), 1);
}

void TestHealthRules::noMatchingRunner_data()
{
    QTest::addColumn<QStringList>("jobLabels");
    QTest::addColumn<QStringList>("runnerLabels");
    QTest::addColumn<QString>("runnerStatus");
    QTest::addColumn<QString>("runnerTarget");
    QTest::addColumn<QString>("message"); // empty: no alert

    const QStringList selfGpu = { QStringLiteral("self-hosted"), QStringLiteral("gpu") };
    const QString app = QStringLiteral("acme/app");
    QTest::newRow("online match") << selfGpu
                                  << QStringList { QStringLiteral("self-hosted"),
                                                   QStringLiteral("gpu") }
                                  << "online" << app << QString();
    QTest::newRow("case-insensitive")
        << QStringList { QStringLiteral("Self-Hosted"), QStringLiteral("GPU") }
        << QStringList { QStringLiteral("gpu") } << "online" << app << QString();
    QTest::newRow("implicit self-hosted")
        << selfGpu << QStringList { QStringLiteral("gpu") } << "online" << app << QString();
    QTest::newRow("only carrier offline")
        << selfGpu << QStringList { QStringLiteral("gpu") } << "offline" << app
        << "No online runner has the labels self-hosted, gpu; rpi4-runner would, but it is "
           "offline.";
    QTest::newRow("carrier status unknown")
        << selfGpu << QStringList { QStringLiteral("gpu") } << "busy-ish" << app
        << "No online runner has the labels self-hosted, gpu; rpi4-runner would, but it is not "
           "online.";
    QTest::newRow("label missing")
        << selfGpu << QStringList { QStringLiteral("arm64") } << "online" << app
        << "No online runner has the labels self-hosted, gpu; no runner carries them.";
    QTest::newRow("org runner serves repo")
        << selfGpu << QStringList { QStringLiteral("gpu") } << "online"
        << "acme" << QString();
    QTest::newRow("org runner of another org")
        << selfGpu << QStringList { QStringLiteral("gpu") } << "online"
        << "other"
        << "No online runner has the labels self-hosted, gpu; no runner carries them.";
    QTest::newRow("runner of another repository")
        << selfGpu << QStringList { QStringLiteral("gpu") } << "online"
        << "acme/other"
        << "No online runner has the labels self-hosted, gpu; no runner carries them.";
    QTest::newRow("GitHub-hosted job")
        << QStringList { QStringLiteral("ubuntu-latest") } << QStringList { QStringLiteral("gpu") }
        << "online" << app << QString();
    QTest::newRow("custom labels without self-hosted, carrier offline")
        << QStringList { QStringLiteral("gpu") } << QStringList { QStringLiteral("gpu") }
        << "offline" << app
        << "No online runner has the labels gpu; rpi4-runner would, but it is offline.";
}

void TestHealthRules::noMatchingRunner()
{
    QFETCH(QStringList, jobLabels);
    QFETCH(QStringList, runnerLabels);
    QFETCH(QString, runnerStatus);
    QFETCH(QString, runnerTarget);
    QFETCH(QString, message);

    FleetSnapshot snap = snapshotOf({ QStringLiteral("acme/app"), QStringLiteral("acme"),
                                      QStringLiteral("other"), QStringLiteral("acme/other") });
    snap.runners = { makeRunner(5, QStringLiteral("rpi4-runner"), runnerStatus, runnerLabels,
                                runnerTarget) };
    snap.jobs = { makeJob(77, ActionStatus::Queued, jobLabels, kT0) };
    RunnerHistory history;
    history.advance(snap, kT0);
    const AlertList alerts = ofKind(HealthRules::evaluate(snap, history, MonitorSettings(), kT0),
                                    AlertKind::NoMatchingRunner);
    QCOMPARE(alerts.size(), message.isEmpty() ? 0 : 1);
    if (message.isEmpty())
        return;
    const Alert &a = alerts.first();
    QCOMPARE(a.message, message);
    // One alert per target and label set (lower-cased, sorted), not per job.
    QStringList key;
    for (const QString &label : jobLabels)
        key.append(label.toLower());
    key.sort();
    QCOMPARE(a.id, QStringLiteral("no_matching_runner:acme/app:") + key.join(QLatin1Char(',')));
    QCOMPARE(a.severity, Severity::Critical);
    QCOMPARE(a.subject, jobLabels.join(QStringLiteral(", ")));
    QCOMPARE(a.since, kT0);
    QCOMPARE(a.url, snap.jobs.first().htmlUrl);
}

void TestHealthRules::noMatchingRunnerGroupsJobsByLabels()
{
    // Three jobs wait for gpu (labels spelt differently), one for arm64: two alerts, the gpu one
    // dated from its oldest job and linking to it.
    FleetSnapshot snap = snapshotOf({ QStringLiteral("acme/app") });
    snap.runners = { makeRunner(1, QStringLiteral("rpi4-runner"), QStringLiteral("offline"),
                                { QStringLiteral("gpu") }) };
    const QStringList gpu = { QStringLiteral("self-hosted"), QStringLiteral("gpu") };
    snap.jobs
        = { makeJob(11, ActionStatus::Queued, gpu, kT0.addSecs(-60)),
            makeJob(12, ActionStatus::Queued,
                    { QStringLiteral("GPU"), QStringLiteral("Self-Hosted") }, kT0.addSecs(-300)),
            makeJob(13, ActionStatus::Queued, gpu, kT0),
            makeJob(14, ActionStatus::Queued,
                    { QStringLiteral("self-hosted"), QStringLiteral("arm64") }, kT0) };
    RunnerHistory history;
    history.advance(snap, kT0);
    const AlertList alerts = ofKind(HealthRules::evaluate(snap, history, MonitorSettings(), kT0),
                                    AlertKind::NoMatchingRunner);
    QCOMPARE(alerts.size(), 2);
    const auto gpuAlert = std::find_if(alerts.cbegin(), alerts.cend(), [](const Alert &a) {
        return a.id == QLatin1String("no_matching_runner:acme/app:gpu,self-hosted");
    });
    QVERIFY(gpuAlert != alerts.cend());
    QCOMPARE(gpuAlert->since, kT0.addSecs(-300));
    QCOMPARE(gpuAlert->url, snap.jobs.at(1).htmlUrl);
    QCOMPARE(gpuAlert->message,
             QStringLiteral("No online runner has the labels GPU, Self-Hosted; rpi4-runner would, "
                            "but it is offline. 3 queued jobs wait for them."));
}

void TestHealthRules::noMatchingRunnerNamesSeveralOfflineRunners()
{
    FleetSnapshot snap = snapshotOf({ QStringLiteral("acme/app"), QStringLiteral("acme") });
    const QStringList gpu = { QStringLiteral("gpu") };
    snap.runners = { makeRunner(1, QStringLiteral("gpu-b"), QStringLiteral("offline"), gpu),
                     makeRunner(2, QStringLiteral("gpu-a"), QStringLiteral("offline"), gpu,
                                QStringLiteral("acme")),
                     makeRunner(3, QStringLiteral("cpu"), QStringLiteral("online"), {}) };
    snap.jobs = { makeJob(9, ActionStatus::Queued,
                          { QStringLiteral("self-hosted"), QStringLiteral("gpu") }, kT0) };
    RunnerHistory history;
    const AlertList alerts = HealthRules::evaluate(snap, history, MonitorSettings(), kT0);
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().message,
             QStringLiteral("No online runner has the labels self-hosted, gpu; gpu-a, gpu-b would, "
                            "but they are offline."));
}

void TestHealthRules::phantomQueuedJobIgnored()
{
    FleetSnapshot snap = snapshotOf({ QStringLiteral("acme/app") });
    Job job = makeJob(3, ActionStatus::Queued, { QStringLiteral("self-hosted") }, kT0.addDays(-1));
    snap.jobs = { job };
    snap.runs = { makeRun(job.runId, QStringLiteral("cancelled"), kT0.addDays(-1)) };
    RunnerHistory history;
    QVERIFY(HealthRules::evaluate(snap, history, MonitorSettings(), kT0).isEmpty());

    snap.runs = { makeRun(job.runId, QString(), kT0.addDays(-1)) }; // run still active
    QCOMPARE(HealthRules::evaluate(snap, history, MonitorSettings(), kT0).size(), 2);
}

void TestHealthRules::queuedTooLong_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("age");
    QTest::addColumn<bool>("expected");

    QTest::newRow("fresh") << 600 << 0 << false;
    QTest::newRow("exactly at limit") << 600 << 600 << false;
    QTest::newRow("one second over") << 600 << 601 << true;
    QTest::newRow("hours") << 600 << 5 * 3600 << true;
    QTest::newRow("custom limit not reached") << 1800 << 1200 << false;
    QTest::newRow("custom limit over") << 1800 << 1801 << true;
}

void TestHealthRules::queuedTooLong()
{
    QFETCH(int, limit);
    QFETCH(int, age);
    QFETCH(bool, expected);

    ManualClock clock(kT0);
    FleetSnapshot snap = snapshotOf({ QStringLiteral("acme/app") });
    snap.runners = { makeRunner(1, QStringLiteral("r"), QStringLiteral("online"), {}) };
    const Job job
        = makeJob(11, ActionStatus::Queued, { QStringLiteral("self-hosted") }, clock.now());
    snap.jobs = { job };
    clock.advance(age);
    MonitorSettings settings;
    settings.queuedTooLongSeconds = limit;
    RunnerHistory history;
    const AlertList alerts = HealthRules::evaluate(snap, history, settings, clock.now());
    QCOMPARE(ofKind(alerts, AlertKind::NoMatchingRunner).size(), 0); // an online runner exists
    const AlertList queued = ofKind(alerts, AlertKind::JobQueuedTooLong);
    QCOMPARE(queued.size(), expected ? 1 : 0);
    if (!expected)
        return;
    QCOMPARE(queued.first().id, QStringLiteral("job_queued_too_long:acme/app:11"));
    QCOMPARE(queued.first().severity, Severity::Warning);
    QCOMPARE(queued.first().since, job.createdAt);
    QCOMPARE(queued.first().url, job.htmlUrl);
}

void TestHealthRules::running_data()
{
    QTest::addColumn<qint64>("age");
    QTest::addColumn<QString>("overrideKey"); // empty: no per-workflow override
    QTest::addColumn<int>("overrideSeconds");
    QTest::addColumn<QString>("expected"); // "", "long_running" or "job_stuck"

    const qint64 h = 3600;
    QTest::newRow("short") << qint64(60) << QString() << 0 << QString();
    QTest::newRow("exactly 2 h") << 2 * h << QString() << 0 << QString();
    QTest::newRow("2 h + 1 s") << 2 * h + 1 << QString() << 0 << "long_running";
    QTest::newRow("exactly 6 h") << 6 * h << QString() << 0 << "long_running";
    QTest::newRow("6 h + 1 s") << 6 * h + 1 << QString() << 0 << "job_stuck";
    QTest::newRow("override by workflow name")
        << h + 1 << QStringLiteral("CI") << int(h) << "job_stuck";
    QTest::newRow("override by workflow name, not reached")
        << h - 1 << QStringLiteral("CI") << int(h) << QString();
    QTest::newRow("override by workflow path")
        << h + 1 << QStringLiteral(".github/workflows/ci.yml") << int(h) << "job_stuck";
    QTest::newRow("override for another workflow")
        << 6 * h + 1 << QStringLiteral("Nightly") << int(h) << "job_stuck";
    QTest::newRow("longer override keeps it long running")
        << 7 * h << QStringLiteral("CI") << int(8 * h) << "long_running";
    QTest::newRow("longer override, over it")
        << 8 * h + 1 << QStringLiteral("CI") << int(8 * h) << "job_stuck";
}

void TestHealthRules::running()
{
    QFETCH(qint64, age);
    QFETCH(QString, overrideKey);
    QFETCH(int, overrideSeconds);
    QFETCH(QString, expected);

    ManualClock clock(kT0);
    FleetSnapshot snap = snapshotOf({ QStringLiteral("acme/app") });
    const Job job
        = makeJob(21, ActionStatus::InProgress, { QStringLiteral("self-hosted") }, kT0, kT0);
    snap.jobs = { job };
    snap.runs = { makeRun(job.runId, QString(), kT0) };
    MonitorSettings settings;
    if (!overrideKey.isEmpty())
        settings.stuckSecondsPerWorkflow.insert(overrideKey, overrideSeconds);
    clock.advance(age);
    RunnerHistory history;
    const AlertList alerts = HealthRules::evaluate(snap, history, settings, clock.now());
    QCOMPARE(alerts.size(), expected.isEmpty() ? 0 : 1); // never both for one job
    if (expected.isEmpty())
        return;
    const Alert &a = alerts.first();
    QCOMPARE(alertKindKey(a.kind), expected);
    QCOMPARE(a.id, expected + QStringLiteral(":acme/app:21"));
    QCOMPARE(a.severity, a.kind == AlertKind::JobStuck ? Severity::Warning : Severity::Info);
    QCOMPARE(a.since, kT0);
    QCOMPARE(a.url, job.htmlUrl);
}

void TestHealthRules::failureRate_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<QList<int>>("failedAt"); // positions, newest first
    QTest::addColumn<int>("window");
    QTest::addColumn<QString>("message"); // empty: no alert

    QTest::newRow("20 % exactly") << 5 << QList<int> { 0 } << 100 << QString();
    QTest::newRow("40 %") << 5 << QList<int> { 1, 3 } << 100
                          << "2 of the last 5 runs failed (40 %).";
    QTest::newRow("too few runs") << 4 << QList<int> { 0, 1, 2, 3 } << 100 << QString();
    QTest::newRow("23 %") << 30 << QList<int> { 0, 2, 4, 6, 8, 10, 12 } << 100
                          << "7 of the last 30 runs failed (23 %).";
    QList<int> old;
    for (int i = 100; i < 130; ++i)
        old.append(i);
    QTest::newRow("old failures outside the window") << 130 << old << 100 << QString();
    QTest::newRow("small window") << 130 << QList<int> { 0, 1, 2, 3 } << 10
                                  << "4 of the last 10 runs failed (40 %).";
}

void TestHealthRules::failureRate()
{
    QFETCH(int, total);
    QFETCH(QList<int>, failedAt);
    QFETCH(int, window);
    QFETCH(QString, message);

    FleetSnapshot snap = snapshotOf({ QStringLiteral("acme/app") });
    for (int i = 0; i < total; ++i) {
        // Every failure alternates failure/timed_out; successes alternate with cancelled, which
        // does not count as a failure.
        const int pos = failedAt.indexOf(i);
        const QString conclusion = pos >= 0
            ? (pos % 2 ? QStringLiteral("timed_out") : QStringLiteral("failure"))
            : (i % 3 ? QStringLiteral("success") : QStringLiteral("cancelled"));
        snap.runs.append(makeRun(5000 + i, conclusion, kT0.addSecs(-60 * i)));
    }
    snap.runs.append(makeRun(9999, QString(), kT0)); // an active run is not counted
    std::reverse(snap.runs.begin(), snap.runs.end()); // the order of the list must not matter
    MonitorSettings settings;
    settings.failureRateWindow = window;
    RunnerHistory history;
    const AlertList alerts = HealthRules::evaluate(snap, history, settings, kT0);
    QCOMPARE(alerts.size(), message.isEmpty() ? 0 : 1);
    if (message.isEmpty())
        return;
    const Alert &a = alerts.first();
    QCOMPARE(a.message, message);
    QCOMPARE(a.id, QStringLiteral("failure_rate:acme/app:acme/app"));
    QCOMPARE(a.kind, AlertKind::FailureRate);
    QCOMPARE(a.severity, Severity::Warning);
    QCOMPARE(
        a.url,
        QStringLiteral("https://github.com/acme/app/actions/runs/%1").arg(5000 + failedAt.first()));
}

void TestHealthRules::poolEmpty_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("runnerLabels");
    QTest::addColumn<QString>("message"); // empty: no alert

    QTest::newRow("online carrier")
        << "gpu"
        << "online" << QStringList { QStringLiteral("gpu") } << QString();
    QTest::newRow("online carrier, other case")
        << "GPU"
        << "online" << QStringList { QStringLiteral("gpu") } << QString();
    QTest::newRow("offline carrier") << "gpu"
                                     << "offline" << QStringList { QStringLiteral("GPU") }
                                     << "No online runner carries the label gpu; offline: gpu-1.";
    QTest::newRow("no carrier") << "gpu"
                                << "online" << QStringList { QStringLiteral("arm64") }
                                << "No runner carries the label gpu.";
    QTest::newRow("self-hosted is carried by all") << "self-hosted"
                                                   << "online" << QStringList() << QString();
}

void TestHealthRules::poolEmpty()
{
    QFETCH(QString, label);
    QFETCH(QString, status);
    QFETCH(QStringList, runnerLabels);
    QFETCH(QString, message);

    FleetSnapshot snap = snapshotOf({ QStringLiteral("acme/app"), QStringLiteral("acme") });
    snap.runners
        = { makeRunner(1, QStringLiteral("gpu-1"), status, runnerLabels, QStringLiteral("acme")) };
    MonitorSettings settings;
    settings.poolLabels = { label, label.toUpper() }; // the same pool twice: one alert
    RunnerHistory history;
    const AlertList alerts = HealthRules::evaluate(snap, history, settings, kT0);
    QCOMPARE(alerts.size(), message.isEmpty() ? 0 : 1);
    if (message.isEmpty())
        return;
    QCOMPARE(alerts.first().message, message);
    QCOMPARE(alerts.first().id, QStringLiteral("pool_empty::") + label.toLower());
    QCOMPARE(alerts.first().severity, Severity::Warning);
    QCOMPARE(alerts.first().subject, label);
}

void TestHealthRules::staleTargetProducesNothing()
{
    FleetSnapshot snap = snapshotOf({ QStringLiteral("acme/app") });
    snap.targets[0] = targetState(QStringLiteral("acme/app"), false);
    snap.runners = { makeRunner(1, QStringLiteral("r"), QStringLiteral("offline"), {}) };
    snap.jobs
        = { makeJob(1, ActionStatus::Queued, { QStringLiteral("self-hosted") }, kT0.addDays(-1)),
            makeJob(2, ActionStatus::InProgress, {}, kT0.addDays(-1), kT0.addDays(-1)) };
    for (int i = 0; i < 10; ++i)
        snap.runs.append(makeRun(100 + i, QStringLiteral("failure"), kT0.addSecs(-i)));
    MonitorSettings settings;
    settings.offlinePollsBeforeAlert = 1;
    settings.poolLabels = { QStringLiteral("gpu") };
    RunnerHistory history;
    history.advance(snap, kT0);
    QVERIFY(HealthRules::evaluate(snap, history, settings, kT0).isEmpty());

    snap.targets[0] = targetState(QStringLiteral("acme/app")); // the same data, fresh
    history.advance(snap, kT0);
    QCOMPARE(HealthRules::evaluate(snap, history, settings, kT0).size(), 6);
}

void TestHealthRules::evaluateOnceCountsOneOfflineLook()
{
    FleetSnapshot snap = snapshotOf({ QStringLiteral("acme/app") });
    snap.runners = { makeRunner(4, QStringLiteral("r4"), QStringLiteral("offline"), {}) };
    MonitorSettings settings; // default debounce of 2 polls
    const AlertList alerts = HealthRules::evaluateOnce(snap, settings, kT0.addSecs(5));
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().id, QStringLiteral("runner_offline:acme/app:4"));
    QCOMPARE(alerts.first().since, kT0); // the snapshot's time
}

QTEST_GUILESS_MAIN(TestHealthRules)
#include "TestHealthRules.moc"
