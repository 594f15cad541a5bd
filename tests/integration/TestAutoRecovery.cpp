// Auto-recovery with hand-built poll snapshots and a ManualClock: when it acts (N offline polls
// while GitHub answered), how often (3 an hour, backing off), when it gives up and starts over.
// Restarts go through the real RunnerRestart against the simulator, with a scripted service.

#include "AutoRecovery.h"
#include "Clock.h"
#include "FleetSnapshot.h"
#include "GitHubClient.h"
#include "RunnerRestart.h"
#include "ServiceControl.h"
#include "SimFleet.h"
#include "Simulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace relayq;
using relayq::sim::Simulator;

namespace {
const QString kRepo = QStringLiteral("acme/media");
const QString kRunner = QStringLiteral("rpi4-runner");

// Status answers `status`; Restart answers `restart` after running `onRestart`.
class ScriptedService : public ServiceControl
{
public:
    void run(ServiceAction action, QObject *context, Done done) override
    {
        actions.append(action);
        if (action == ServiceAction::Restart && onRestart)
            onRestart();
        const ServiceOutcome answer = action == ServiceAction::Status ? status : restart;
        ++pending;
        QTimer::singleShot(0, context, [this, done, answer] {
            --pending;
            done(answer);
        });
    }
    QString helperName() const override { return QStringLiteral("scripted"); }
    QString describe() const override { return QStringLiteral("a scripted service"); }

    ServiceOutcome status {
        true, { ServiceState::Kind::Failed, QStringLiteral("failed") }, {}, {}
    };
    ServiceOutcome restart { false,
                             {},
                             QStringLiteral("the unit would not start"),
                             QStringLiteral("$ systemctl restart x\nJob failed") };
    std::function<void()> onRestart;
    QList<ServiceAction> actions;
    int pending = 0; // answers not given yet
};
} // namespace

class TestAutoRecovery : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GitHubClient> m_client;
    std::unique_ptr<RunnerRestart> m_restart;
    std::unique_ptr<AutoRecovery> m_recovery;
    std::shared_ptr<ScriptedService> m_service;
    QList<RunnerBinding> m_built; // what the factory was asked for
    qint64 m_runnerId = 0;

    static RunnerBinding binding(bool autoRecovery = true)
    {
        RunnerBinding b;
        b.runnerName = kRunner;
        b.directory = QStringLiteral("/home/ci/actions-runner");
        b.autoRecovery = autoRecovery;
        return b;
    }

    FleetSnapshot snapshot(Runner::Status status, bool reachable = true) const
    {
        FleetSnapshot snap;
        snap.takenAt = m_clock->now();
        TargetState target;
        target.target = *Target::parse(kRepo);
        if (!reachable) {
            target.connection.state = ConnectionState::Unreachable;
            target.connection.message = QStringLiteral("GitHub could not be reached");
            target.stale = true; // the runners below are from an earlier poll
        }
        snap.targets = { target };
        Runner runner;
        runner.id = m_runnerId;
        runner.name = kRunner;
        runner.status = status;
        runner.target = kRepo;
        snap.runners = { runner };
        return snap;
    }

    // One poll `seconds` after the previous one; lets the service answers arrive.
    void poll(Runner::Status status, int seconds = 60, bool reachable = true)
    {
        m_clock->advance(seconds);
        m_recovery->onSnapshot(snapshot(status, reachable));
        QVERIFY(QTest::qWaitFor([this] { return m_service->pending == 0; }));
    }

    int restarts() const { return int(m_service->actions.count(ServiceAction::Restart)); }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        m_sim = std::make_unique<Simulator>(*m_clock);
        QVERIFY(m_sim->listen());
        m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("media"));
        m_runnerId = m_sim->fleet().addRunner(kRepo, kRunner, { QStringLiteral("rpi4") });
        m_sim->fleet().setRunnerOnline(m_runnerId, false);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<GitHubClient>(m_network.get(), *m_clock);
        QVERIFY(!m_client->setApiBase(m_sim->baseUrl()).has_value());
        m_restart = std::make_unique<RunnerRestart>(*m_client, *m_clock);
        m_restart->setCoolDownSeconds(0); // the back-off under test is auto-recovery's own
        m_service = std::make_shared<ScriptedService>();
        m_built.clear();
        m_recovery = std::make_unique<AutoRecovery>(
            *m_restart, *m_clock,
            [this](const RunnerBinding &b) -> std::shared_ptr<ServiceControl> {
                m_built.append(b);
                return m_service;
            });
        m_recovery->setBindings({ binding() });
    }

    void cleanup()
    {
        m_recovery.reset();
        m_restart.reset();
        m_client.reset();
        m_network.reset();
        m_sim.reset();
    }

    void hungRunnerIsRestartedAfterThreePollsAndComesBack()
    {
        m_service->status.state.kind = ServiceState::Kind::Running; // running but not connected
        m_service->restart = { true, {}, QStringLiteral("restarted"), QStringLiteral("$ ok") };
        m_service->onRestart = [this] { m_sim->fleet().setRunnerOnline(m_runnerId, true); };
        QSignalSpy attempted(m_recovery.get(), &AutoRecovery::attempted);
        QSignalSpy restarting(m_recovery.get(), &AutoRecovery::restarting);
        poll(Runner::Status::Offline);
        poll(Runner::Status::Offline);
        QCOMPARE(m_service->actions.size(), 0);
        QCOMPARE(m_recovery->offlinePolls(kRunner), 2);
        poll(Runner::Status::Offline);
        QTRY_COMPARE(restarts(), 1);
        QCOMPARE(m_service->actions.first(), ServiceAction::Status);
        QCOMPARE(m_built.size(), 1);
        QCOMPARE(m_built.first(), binding());
        QCOMPARE(restarting.count(), 1);
        QVERIFY(restarting.at(0).at(1).toString().contains(QStringLiteral("hung")));

        QTRY_VERIFY(m_restart->isRestarting(kRunner));
        m_clock->advance(5);
        m_restart->checkNow();
        QTRY_COMPARE(attempted.count(), 1);
        const auto outcome = attempted.at(0).at(1).value<RestartOutcome>();
        QVERIFY(outcome.succeeded);
        QCOMPARE(outcome.origin, QStringLiteral("auto-recovery"));
        QCOMPARE(m_recovery->attemptsInLastHour(kRunner), 1);
    }

    void unreachablePollsCountNothingAndResetNothing()
    {
        poll(Runner::Status::Offline);
        poll(Runner::Status::Offline);
        for (int i = 0; i < 5; ++i)
            poll(Runner::Status::Offline, 60, false);
        QCOMPARE(m_recovery->offlinePolls(kRunner), 2);
        QCOMPARE(m_service->actions.size(), 0);
        poll(Runner::Status::Offline);
        QTRY_COMPARE(restarts(), 1);
    }

    void onlineOrUnknownBreaksTheCount()
    {
        poll(Runner::Status::Offline);
        poll(Runner::Status::Offline);
        poll(Runner::Status::Online);
        poll(Runner::Status::Offline);
        poll(Runner::Status::Unknown); // a word GitHub never used before is not offline
        poll(Runner::Status::Offline);
        QCOMPARE(m_recovery->offlinePolls(kRunner), 2);
        QCOMPARE(m_service->actions.size(), 0);
    }

    void runnersWithoutOptInAreLeftAlone()
    {
        m_recovery->setBindings({ binding(false) });
        for (int i = 0; i < 6; ++i)
            poll(Runner::Status::Offline);
        QCOMPARE(m_service->actions.size(), 0);
        QVERIFY(m_built.isEmpty());
    }

    void threeAttemptsAnHourWithBackoffThenGiveUpLoudly()
    {
        QSignalSpy attempted(m_recovery.get(), &AutoRecovery::attempted);
        QSignalSpy gaveUp(m_recovery.get(), &AutoRecovery::gaveUp);
        const QDateTime start = m_clock->now();
        QList<qint64> attemptTimes; // seconds after start, polls every 60 s
        for (int i = 0; i < 30 && gaveUp.isEmpty(); ++i) {
            const int before = restarts();
            poll(Runner::Status::Offline);
            if (restarts() > before) {
                QTRY_COMPARE(attempted.count(), attemptTimes.size() + 1);
                attemptTimes.append(start.secsTo(m_clock->now()));
            }
        }
        // First at the third poll; then ≥ 5 min after it; then ≥ 15 min after that.
        QCOMPARE(attemptTimes, (QList<qint64> { 180, 480, 1380 }));
        QCOMPARE(gaveUp.count(), 1);
        QCOMPARE(start.secsTo(m_clock->now()), 1560); // three more offline polls after the third
        const QString message = gaveUp.at(0).at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("3 automatic restarts")), qPrintable(message));
        QVERIFY(!attempted.at(0).at(1).value<RestartOutcome>().succeeded);
        QVERIFY(m_recovery->hasGivenUp(kRunner));

        for (int i = 0; i < 10; ++i)
            poll(Runner::Status::Offline);
        QCOMPARE(gaveUp.count(), 1); // once, not every poll
        QCOMPARE(restarts(), 3);
    }

    void seenOnlineEndsTheGiveUpButNotTheHourlyLimit()
    {
        QSignalSpy gaveUp(m_recovery.get(), &AutoRecovery::gaveUp);
        for (int i = 0; i < 30 && gaveUp.isEmpty(); ++i)
            poll(Runner::Status::Offline);
        QCOMPARE(gaveUp.count(), 1);
        QCOMPARE(restarts(), 3);

        poll(Runner::Status::Online);
        QVERIFY(!m_recovery->hasGivenUp(kRunner));
        for (int i = 0; i < 3; ++i)
            poll(Runner::Status::Offline);
        QCOMPARE(gaveUp.count(), 2); // still 3 in the last hour: said again, nothing run
        QCOMPARE(restarts(), 3);

        // An hour after the first attempt, one slot is free again.
        m_clock->advance(3600);
        poll(Runner::Status::Online);
        for (int i = 0; i < 3; ++i)
            poll(Runner::Status::Offline);
        QTRY_COMPARE(restarts(), 4);
    }

    void serviceNotInstalledGivesUpWithoutRestarting()
    {
        m_service->status = { false,
                              { ServiceState::Kind::NotFound, {} },
                              QStringLiteral("no unit actions.runner.rpi4.service"),
                              {} };
        QSignalSpy gaveUp(m_recovery.get(), &AutoRecovery::gaveUp);
        for (int i = 0; i < 3; ++i)
            poll(Runner::Status::Offline);
        QTRY_COMPARE(gaveUp.count(), 1);
        QVERIFY(gaveUp.at(0).at(1).toString().contains(QStringLiteral("not installed")));
        QCOMPARE(restarts(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAutoRecovery)
#include "TestAutoRecovery.moc"
