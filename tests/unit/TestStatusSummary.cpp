// StatusSummary: the fleet state, headline and tooltip, table by table.

#include "FleetMonitor.h" // Q_DECLARE_METATYPE(relayq::Alert)
#include "StatusSummary.h"

#include <QTest>

using namespace relayq;

namespace {

const QDateTime kNow(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
const QString kApp = QStringLiteral("acme/app");

Runner runner(qint64 id, const QString &name, bool online)
{
    Runner r;
    r.id = id;
    r.name = name;
    r.status = online ? Runner::Status::Online : Runner::Status::Offline;
    r.target = kApp;
    return r;
}

Job job(qint64 id, ActionStatus status, qint64 queuedForSeconds = 0)
{
    Job j;
    j.id = id;
    j.status = status;
    j.createdAt = kNow.addSecs(-queuedForSeconds);
    j.target = kApp;
    return j;
}

// `online` of `total` runners online (the rest offline), `running` jobs in progress.
FleetSnapshot fleet(int online, int total, int running = 0)
{
    FleetSnapshot s;
    s.takenAt = kNow;
    TargetState t;
    t.target = Target::repository(QStringLiteral("acme"), QStringLiteral("app"));
    t.lastSuccess = kNow;
    s.targets = { t };
    for (int i = 0; i < total; ++i)
        s.runners.append(runner(i + 1, QStringLiteral("runner-%1").arg(i + 1), i < online));
    for (int i = 0; i < running; ++i)
        s.jobs.append(job(100 + i, ActionStatus::InProgress));
    return s;
}

Alert alert(AlertKind kind, Severity severity, const QString &subject)
{
    Alert a;
    a.id = alertKindKey(kind) + QLatin1Char(':') + kApp + QLatin1Char(':') + subject;
    a.kind = kind;
    a.severity = severity;
    a.subject = subject;
    a.message = subject + QStringLiteral(" has a problem.");
    a.target = kApp;
    return a;
}

ConnectionStatus failed(ConnectionState state, const QDateTime &retryAt = {})
{
    ConnectionStatus c;
    c.state = state;
    c.message = QStringLiteral("Something went wrong.");
    c.retryAt = retryAt;
    return c;
}

const Alert kOffline
    = alert(AlertKind::RunnerOffline, Severity::Critical, QStringLiteral("rpi4-runner"));
const Alert kQueued = alert(AlertKind::JobQueuedTooLong, Severity::Warning,
                            QStringLiteral("Render video / render"));
const Alert kLong = alert(AlertKind::LongRunning, Severity::Info, QStringLiteral("Build / build"));

} // namespace

class TestStatusSummary : public QObject
{
    Q_OBJECT

private slots:
    void stateAndHeadline_data();
    void stateAndHeadline();
    void tooltipNamesRunnersJobsQueueAndNextCheck();
    void tooltipForSeveralQueuedJobs();
    void tooltipWhilePaused();
    void tooltipWhileDisconnectedSaysHowOldTheDataIs();
    void countsComeFromTheSnapshot();
    void stateKeysAreStable();
    void durations_data();
    void durations();
};

void TestStatusSummary::stateAndHeadline_data()
{
    QTest::addColumn<bool>("hasSnapshot");
    QTest::addColumn<FleetSnapshot>("snapshot");
    QTest::addColumn<AlertList>("alerts");
    QTest::addColumn<ConnectionStatus>("connection");
    QTest::addColumn<FleetState>("state");
    QTest::addColumn<QString>("headline");

    const ConnectionStatus ok = ConnectionStatus::ok();
    const QDateTime retry(QDate(2026, 1, 1), QTime(14, 5), Qt::LocalTime);

    QTest::newRow("no poll yet") << false << FleetSnapshot {} << AlertList {} << ok
                                 << FleetState::Unknown << QStringLiteral("Checking GitHub…");
    QTest::newRow("unreachable") << true << fleet(3, 3) << AlertList {}
                                 << failed(ConnectionState::Unreachable) << FleetState::Disconnected
                                 << QStringLiteral("Can't reach GitHub");
    QTest::newRow("unreachable before any data")
        << false << FleetSnapshot {} << AlertList {} << failed(ConnectionState::Unreachable)
        << FleetState::Disconnected << QStringLiteral("Can't reach GitHub");
    QTest::newRow("token rejected")
        << true << fleet(3, 3) << AlertList {} << failed(ConnectionState::AuthFailed)
        << FleetState::Disconnected << QStringLiteral("GitHub rejected the token");
    QTest::newRow("rate limited") << true << fleet(3, 3) << AlertList {}
                                  << failed(ConnectionState::RateLimited, retry)
                                  << FleetState::Disconnected
                                  << QStringLiteral("Rate-limited until 14:05");
    QTest::newRow("rate limited, no end known")
        << true << fleet(3, 3) << AlertList {} << failed(ConnectionState::RateLimited)
        << FleetState::Disconnected << QStringLiteral("Rate-limited by GitHub");
    QTest::newRow("disconnected outranks critical")
        << true << fleet(2, 3) << AlertList { kOffline } << failed(ConnectionState::Timeout)
        << FleetState::Disconnected << QStringLiteral("GitHub is not answering");
    QTest::newRow("critical") << true << fleet(2, 3, 1) << AlertList { kOffline } << ok
                              << FleetState::Critical << QStringLiteral("rpi4-runner is offline");
    QTest::newRow("critical outranks warning, worst named first")
        << true << fleet(2, 3) << AlertList { kQueued, kOffline } << ok << FleetState::Critical
        << QStringLiteral("rpi4-runner is offline and 1 more problem");
    QTest::newRow("three problems")
        << true << fleet(2, 3) << AlertList { kQueued, kOffline, kQueued } << ok
        << FleetState::Critical << QStringLiteral("rpi4-runner is offline and 2 more problems");
    QTest::newRow("warning outranks busy")
        << true << fleet(3, 3, 2) << AlertList { kQueued } << ok << FleetState::Warning
        << QStringLiteral("Render video / render has been queued too long");
    QTest::newRow("busy") << true << fleet(3, 3, 2) << AlertList {} << ok << FleetState::Busy
                          << QStringLiteral("2 jobs running");
    QTest::newRow("busy with one job") << true << fleet(3, 3, 1) << AlertList {} << ok
                                       << FleetState::Busy << QStringLiteral("1 job running");
    QTest::newRow("healthy") << true << fleet(3, 3) << AlertList {} << ok << FleetState::Healthy
                             << QStringLiteral("All 3 runners online");
    QTest::newRow("healthy, offline runner not yet alerted")
        << true << fleet(2, 3) << AlertList {} << ok << FleetState::Healthy
        << QStringLiteral("2/3 runners online");
    QTest::newRow("info alert does not change healthy")
        << true << fleet(3, 3) << AlertList { kLong } << ok << FleetState::Healthy
        << QStringLiteral("All 3 runners online");
    QTest::newRow("info alert does not change busy")
        << true << fleet(3, 3, 1) << AlertList { kLong } << ok << FleetState::Busy
        << QStringLiteral("1 job running");
}

void TestStatusSummary::stateAndHeadline()
{
    QFETCH(bool, hasSnapshot);
    QFETCH(FleetSnapshot, snapshot);
    QFETCH(AlertList, alerts);
    QFETCH(ConnectionStatus, connection);
    QFETCH(FleetState, state);
    QFETCH(QString, headline);

    const StatusSummary s = StatusSummary::of(hasSnapshot ? &snapshot : nullptr, alerts, connection,
                                              kNow, kNow.addSecs(20), false);
    QCOMPARE(fleetStateKey(s.state), fleetStateKey(state));
    QCOMPARE(s.headline, headline);
}

void TestStatusSummary::tooltipNamesRunnersJobsQueueAndNextCheck()
{
    FleetSnapshot s = fleet(3, 4, 2);
    s.jobs.append(job(200, ActionStatus::Queued, 14 * 60 + 10));
    const StatusSummary summary
        = StatusSummary::of(&s, {}, ConnectionStatus::ok(), kNow, kNow.addSecs(20), false);
    QCOMPARE(
        summary.tooltip,
        QStringLiteral("3/4 runners online · 2 running · 1 queued 14 min · next check in 20 s"));

    s = fleet(3, 3);
    const StatusSummary quiet
        = StatusSummary::of(&s, {}, ConnectionStatus::ok(), kNow, kNow.addSecs(90), false);
    QCOMPARE(quiet.tooltip, QStringLiteral("3/3 runners online · next check in 1 min"));
}

void TestStatusSummary::tooltipForSeveralQueuedJobs()
{
    FleetSnapshot s = fleet(1, 1);
    s.jobs.append(job(200, ActionStatus::Queued, 40));
    s.jobs.append(job(201, ActionStatus::Queued, 2 * 3600 + 5 * 60));
    s.jobs.append(job(202, ActionStatus::Completed, 9 * 3600));
    const StatusSummary summary
        = StatusSummary::of(&s, {}, ConnectionStatus::ok(), kNow, QDateTime(), false);
    QCOMPARE(summary.tooltip, QStringLiteral("1/1 runners online · 2 queued, longest 2 h 5 min"));
}

void TestStatusSummary::tooltipWhilePaused()
{
    const FleetSnapshot s = fleet(2, 2);
    const StatusSummary paused
        = StatusSummary::of(&s, {}, ConnectionStatus::ok(), kNow, kNow.addSecs(5), true);
    QVERIFY(paused.notificationsPaused);
    QCOMPARE(paused.tooltip,
             QStringLiteral("2/2 runners online · next check in 5 s · notifications paused"));
    const StatusSummary running
        = StatusSummary::of(&s, {}, ConnectionStatus::ok(), kNow, kNow.addSecs(5), false);
    QVERIFY(!running.notificationsPaused);
    QVERIFY(!running.tooltip.contains(QStringLiteral("paused")));
}

void TestStatusSummary::tooltipWhileDisconnectedSaysHowOldTheDataIs()
{
    FleetSnapshot s = fleet(2, 2);
    const QDateTime lastGood(QDate(2026, 1, 1), QTime(11, 52), Qt::LocalTime);
    s.targets[0].lastSuccess = lastGood;
    s.targets[0].stale = true;
    const StatusSummary summary = StatusSummary::of(&s, {}, failed(ConnectionState::Unreachable),
                                                    kNow, kNow.addSecs(30), false);
    QCOMPARE(summary.tooltip, QStringLiteral("last update 11:52 · next check in 30 s"));

    const StatusSummary never
        = StatusSummary::of(nullptr, {}, failed(ConnectionState::Unreachable), kNow, kNow, false);
    QCOMPARE(never.tooltip, QStringLiteral("no data yet · checking now"));
}

void TestStatusSummary::countsComeFromTheSnapshot()
{
    FleetSnapshot s = fleet(2, 3, 1);
    Runner odd = runner(9, QStringLiteral("odd"), true);
    odd.status = Runner::Status::Unknown; // neither online nor offline
    s.runners.append(odd);
    s.jobs.append(job(300, ActionStatus::Queued, 600));
    s.jobs.append(job(301, ActionStatus::Queued, 60));
    const StatusSummary summary
        = StatusSummary::of(&s, { kOffline }, ConnectionStatus::ok(), kNow, {}, false);
    QCOMPARE(summary.runnersTotal, 4);
    QCOMPARE(summary.runnersOnline, 2);
    QCOMPARE(summary.runnersOffline, 1);
    QCOMPARE(summary.jobsRunning, 1);
    QCOMPARE(summary.jobsQueued, 2);
    QCOMPARE(summary.longestQueuedSeconds, qint64(600));

    const StatusSummary none
        = StatusSummary::of(nullptr, {}, ConnectionStatus::ok(), kNow, {}, false);
    QCOMPARE(none.runnersTotal, 0);
    QCOMPARE(none.state, FleetState::Unknown);
}

void TestStatusSummary::stateKeysAreStable()
{
    QCOMPARE(fleetStateKey(FleetState::Unknown), QStringLiteral("unknown"));
    QCOMPARE(fleetStateKey(FleetState::Healthy), QStringLiteral("healthy"));
    QCOMPARE(fleetStateKey(FleetState::Busy), QStringLiteral("busy"));
    QCOMPARE(fleetStateKey(FleetState::Warning), QStringLiteral("warning"));
    QCOMPARE(fleetStateKey(FleetState::Critical), QStringLiteral("critical"));
    QCOMPARE(fleetStateKey(FleetState::Disconnected), QStringLiteral("disconnected"));
    // "Worst last": callers compare states to pick the worst.
    QVERIFY(FleetState::Healthy < FleetState::Busy);
    QVERIFY(FleetState::Busy < FleetState::Warning);
    QVERIFY(FleetState::Warning < FleetState::Critical);
    QVERIFY(FleetState::Critical < FleetState::Disconnected);
}

void TestStatusSummary::durations_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(45) << QStringLiteral("45 s");
    QTest::newRow("minute") << qint64(60) << QStringLiteral("1 min");
    QTest::newRow("minutes rounded down") << qint64(14 * 60 + 59) << QStringLiteral("14 min");
    QTest::newRow("hour") << qint64(3600) << QStringLiteral("1 h");
    QTest::newRow("hours and minutes") << qint64(2 * 3600 + 5 * 60) << QStringLiteral("2 h 5 min");
    QTest::newRow("negative clamps") << qint64(-5) << QStringLiteral("0 s");
}

void TestStatusSummary::durations()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(StatusSummary::formatDuration(seconds), text);
}

QTEST_GUILESS_MAIN(TestStatusSummary)
#include "TestStatusSummary.moc"
