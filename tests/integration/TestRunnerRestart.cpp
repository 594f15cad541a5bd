// One-click restart against the simulator: a scripted service stands in for systemd, the
// simulator plays GitHub, one ManualClock drives the wait (no sleeping for time to pass).

#include "AuditLog.h"
#include "Clock.h"
#include "GitHubClient.h"
#include "RunnerRestart.h"
#include "ServiceControl.h"
#include "SimFleet.h"
#include "Simulator.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace relayq;
using relayq::sim::Simulator;

namespace {
const QString kToken = QStringLiteral("ghp_restarttest0123456789");
const QString kRepo = QStringLiteral("acme/media");
const QString kRunner = QStringLiteral("rpi4-runner");

// Answers each action with `outcome` on the event loop after running `onRestart` (which plays
// the runner coming back); with `hold` set it keeps the answer until release() is called.
class ScriptedService : public ServiceControl
{
public:
    void run(ServiceAction action, QObject *context, Done done) override
    {
        actions.append(action);
        if (action == ServiceAction::Restart && onRestart)
            onRestart();
        m_pending = [this, done] { done(outcome); };
        if (!hold)
            QTimer::singleShot(0, context, [this] { release(); });
    }
    void release()
    {
        if (auto answer = std::exchange(m_pending, nullptr))
            answer();
    }
    QString helperName() const override { return QStringLiteral("scripted"); }
    QString describe() const override { return QStringLiteral("a scripted service"); }

    ServiceOutcome outcome { true,
                             { ServiceState::Kind::Running, QStringLiteral("active (running)") },
                             QStringLiteral("restarted"),
                             QStringLiteral("$ systemctl restart actions.runner.rpi4\n(ok)") };
    std::function<void()> onRestart;
    bool hold = false;
    QList<ServiceAction> actions;

private:
    std::function<void()> m_pending;
};
} // namespace

class TestRunnerRestart : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GitHubClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<RunnerRestart> m_restart;
    std::shared_ptr<ScriptedService> m_service;
    qint64 m_runnerId = 0;
    int m_served = 0;
    int m_heard = 0; // progress and finished signals

    RestartRequest request(const QString &origin = QStringLiteral("tray")) const
    {
        return { *Target::parse(kRepo), m_runnerId, kRunner, m_service, origin };
    }

    // Starts a restart and returns once the helper answered and the wait for GitHub began.
    bool startAndWaitForHelper(QSignalSpy &progress)
    {
        if (m_restart->restart(request()))
            return false;
        return QTest::qWaitFor([&] {
            return !progress.isEmpty()
                && progress.last().at(1).toString().contains(QStringLiteral("waiting"));
        });
    }

    // Lets `seconds` pass and asks GitHub once, waiting for its answer.
    bool tick(int seconds)
    {
        const int served = m_served;
        const int heard = m_heard;
        m_clock->advance(seconds);
        m_restart->checkNow();
        // Asked, and the answer reached the restart (it says so in progress or finished).
        return QTest::qWaitFor([&] { return m_served > served && m_heard > heard; });
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        m_sim = std::make_unique<Simulator>(*m_clock);
        m_sim->setRequiredToken(kToken);
        QVERIFY(m_sim->listen());
        m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("media"));
        m_sim->fleet().addRunner(kRepo, QStringLiteral("macmini-runner"),
                                 { QStringLiteral("macmini") });
        m_runnerId = m_sim->fleet().addRunner(kRepo, kRunner, { QStringLiteral("rpi4") });
        m_sim->fleet().setRunnerOnline(m_runnerId, false);
        m_served = 0;
        connect(m_sim.get(), &Simulator::requestServed, this, [this] { ++m_served; });

        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<GitHubClient>(m_network.get(), *m_clock);
        QVERIFY(!m_client->setApiBase(m_sim->baseUrl()).has_value());
        m_client->setToken(kToken);
        m_dir = std::make_unique<QTemporaryDir>();
        m_audit = std::make_unique<AuditLog>(*m_clock, m_dir->filePath(QStringLiteral("a.log")));
        m_restart = std::make_unique<RunnerRestart>(*m_client, *m_clock, m_audit.get());
        m_service = std::make_shared<ScriptedService>();
        m_heard = 0;
        connect(m_restart.get(), &RunnerRestart::progress, this, [this] { ++m_heard; });
        connect(m_restart.get(), &RunnerRestart::finished, this, [this] { ++m_heard; });
    }

    void cleanup()
    {
        m_restart.reset();
        m_client.reset();
        m_network.reset();
        m_sim.reset();
    }

    void backOnlineAfterTheServiceRestarts()
    {
        m_service->onRestart = [this] { m_sim->fleet().setRunnerOnline(m_runnerId, true); };
        QSignalSpy started(m_restart.get(), &RunnerRestart::started);
        QSignalSpy progress(m_restart.get(), &RunnerRestart::progress);
        QSignalSpy finished(m_restart.get(), &RunnerRestart::finished);
        QVERIFY(startAndWaitForHelper(progress));
        QCOMPARE(started.count(), 1);
        QCOMPARE(m_service->actions, QList<ServiceAction> { ServiceAction::Restart });
        QVERIFY(m_restart->isRestarting(kRunner));
        QCOMPARE(m_served, 0); // GitHub is first asked one interval later

        QVERIFY(tick(5));
        QTRY_COMPARE(finished.count(), 1);
        const auto outcome = finished.at(0).at(0).value<RestartOutcome>();
        QVERIFY(outcome.succeeded);
        QCOMPARE(outcome.stage, RestartOutcome::Stage::BackOnline);
        QCOMPARE(outcome.runnerName, kRunner);
        QVERIFY2(outcome.message.contains(QStringLiteral("back online")),
                 qPrintable(outcome.message));
        QCOMPARE(outcome.helperOutput, m_service->outcome.helperOutput);
        QVERIFY(!m_restart->isRestarting(kRunner));
        QVERIFY(!m_sim->lastAuthorization().isEmpty());

        const QList<AuditEntry> audit = m_audit->recent(5);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).action, QStringLiteral("restart"));
        QCOMPARE(audit.at(0).subject, kRunner);
        QCOMPARE(audit.at(0).origin, QStringLiteral("tray"));
        QVERIFY(audit.at(0).succeeded);
        QCOMPARE(audit.at(0).helperOutput, m_service->outcome.helperOutput);
    }

    void helperFailureIsReportedWithItsOutputAndAsksNothing()
    {
        m_service->outcome = { false,
                               {},
                               QStringLiteral("Not authorized: the password prompt was dismissed"),
                               QStringLiteral("$ pkexec systemctl restart x\nError executing") };
        QSignalSpy finished(m_restart.get(), &RunnerRestart::finished);
        QVERIFY(!m_restart->restart(request(QStringLiteral("relayqctl"))).has_value());
        QVERIFY(finished.wait(5000));
        const auto outcome = finished.at(0).at(0).value<RestartOutcome>();
        QVERIFY(!outcome.succeeded);
        QCOMPARE(outcome.stage, RestartOutcome::Stage::Service);
        QVERIFY(outcome.message.contains(QStringLiteral("password prompt was dismissed")));
        QCOMPARE(outcome.helperOutput, m_service->outcome.helperOutput);
        QCOMPARE(m_served, 0);
        QCOMPARE(m_audit->recent(1).at(0).origin, QStringLiteral("relayqctl"));
        QVERIFY(!m_audit->recent(1).at(0).succeeded);
        // Nothing was restarted, so no cool-down: the user may try again at once.
        QVERIFY(!m_restart->coolDownUntil(kRunner).isValid());
        QVERIFY(!m_restart->restart(request()).has_value());
        QVERIFY(finished.wait(5000));
    }

    void stillOfflineAtTheDeadlineSaysSo()
    {
        m_restart->setDeadlineSeconds(20);
        QSignalSpy progress(m_restart.get(), &RunnerRestart::progress);
        QSignalSpy finished(m_restart.get(), &RunnerRestart::finished);
        QVERIFY(startAndWaitForHelper(progress));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(tick(5));
            QCOMPARE(finished.count(), 0);
        }
        m_clock->advance(5); // 20 s: the deadline, after three looks
        m_restart->checkNow();
        QCOMPARE(finished.count(), 1);
        const auto outcome = finished.at(0).at(0).value<RestartOutcome>();
        QVERIFY(!outcome.succeeded);
        QCOMPARE(outcome.stage, RestartOutcome::Stage::Confirming);
        QVERIFY2(outcome.message.contains(QStringLiteral("still shows it offline after 20 s")),
                 qPrintable(outcome.message));
        QCOMPARE(outcome.helperOutput, m_service->outcome.helperOutput);
        QVERIFY(outcome.gitHub.isOk());
        QCOMPARE(m_served, 3);
    }

    void gitHubOutageDuringTheWaitIsUnreachableNotOffline()
    {
        m_restart->setDeadlineSeconds(15);
        QSignalSpy progress(m_restart.get(), &RunnerRestart::progress);
        QSignalSpy finished(m_restart.get(), &RunnerRestart::finished);
        QVERIFY(startAndWaitForHelper(progress));
        m_sim->fleet().setUnavailable(true); // every answer is 503
        for (int i = 0; i < 2; ++i)
            QVERIFY(tick(5));
        QCOMPARE(finished.count(), 0); // a failed look is tried again, not a verdict
        m_clock->advance(5);
        m_restart->checkNow();
        QCOMPARE(finished.count(), 1);
        const auto outcome = finished.at(0).at(0).value<RestartOutcome>();
        QVERIFY(!outcome.succeeded);
        QCOMPARE(outcome.stage, RestartOutcome::Stage::Confirming);
        QVERIFY2(outcome.message.contains(QStringLiteral("could not confirm")),
                 qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QStringLiteral("GitHub unreachable")),
                 qPrintable(outcome.message));
        QVERIFY2(!outcome.message.contains(QStringLiteral("offline")), qPrintable(outcome.message));
        QCOMPARE(outcome.gitHub.httpStatus, 503);
    }

    void oneRestartPerRunnerAtATime()
    {
        m_service->hold = true;
        QSignalSpy finished(m_restart.get(), &RunnerRestart::finished);
        QVERIFY(!m_restart->restart(request()).has_value());
        const std::optional<QString> refused
            = m_restart->restart(request(QStringLiteral("notification")));
        QVERIFY(refused.has_value());
        QVERIFY2(refused->contains(QStringLiteral("already being restarted")),
                 qPrintable(*refused));
        RestartRequest other = request();
        other.runnerName = kRunner.toUpper(); // the same runner, however it is spelt
        QVERIFY(m_restart->restart(other).has_value());
        QCOMPARE(m_service->actions.size(), 1);
        m_service->outcome.ok = false;
        m_service->release();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!m_restart->isRestarting(kRunner));
    }

    void coolDownRefusesWithWhenToTryAgain()
    {
        m_restart->setCoolDownSeconds(60);
        m_service->onRestart = [this] { m_sim->fleet().setRunnerOnline(m_runnerId, true); };
        QSignalSpy progress(m_restart.get(), &RunnerRestart::progress);
        QSignalSpy finished(m_restart.get(), &RunnerRestart::finished);
        QVERIFY(startAndWaitForHelper(progress));
        QVERIFY(tick(5));
        QTRY_COMPARE(finished.count(), 1);

        m_clock->advance(50);
        const std::optional<QString> refused = m_restart->restart(request());
        QVERIFY(refused.has_value());
        QVERIFY2(refused->contains(QStringLiteral("try again at")), qPrintable(*refused));
        QCOMPARE(m_service->actions.size(), 1);
        QCOMPARE(m_restart->coolDownUntil(kRunner), ManualClock().now().addSecs(60));

        m_clock->advance(10); // 60 s after the restart
        QVERIFY(!m_restart->restart(request()).has_value());
        QCOMPARE(m_service->actions.size(), 2);
    }

    // The deadline alone never says "offline": GitHub is asked at least once.
    void deadlineWithoutAnyLookAsksOnceFirst()
    {
        m_restart->setDeadlineSeconds(20);
        QSignalSpy progress(m_restart.get(), &RunnerRestart::progress);
        QSignalSpy finished(m_restart.get(), &RunnerRestart::finished);
        QVERIFY(startAndWaitForHelper(progress));
        QVERIFY(tick(300)); // the machine slept through the whole wait
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_served, 1);
        QVERIFY(finished.at(0).at(0).value<RestartOutcome>().message.contains(
            QStringLiteral("still shows it offline")));
    }

    void aRequestWithoutServiceIsRefused()
    {
        RestartRequest bare = request();
        bare.service = nullptr;
        const std::optional<QString> refused = m_restart->restart(bare);
        QVERIFY(refused.has_value());
        QVERIFY(refused->contains(kRunner));
        QVERIFY(!m_restart->isRestarting(kRunner));
    }
};

QTEST_GUILESS_MAIN(TestRunnerRestart)
#include "TestRunnerRestart.moc"
