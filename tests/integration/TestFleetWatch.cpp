// The whole monitoring loop over real loopback HTTP: scheduler → client → poller → monitor,
// against the simulator, with one ManualClock shared by both sides (no waiting for time).

#include "Clock.h"
#include "FleetMonitor.h"
#include "FleetPoller.h"
#include "FleetWatch.h"
#include "GitHubClient.h"
#include "PollScheduler.h"
#include "SimFleet.h"
#include "Simulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace relayq;
using relayq::sim::SimFault;
using relayq::sim::Simulator;

namespace {
const QString kToken = QStringLiteral("ghp_fleetwatchtest0123456789");
const QString kRepo = QStringLiteral("acme/media");
} // namespace

class TestFleetWatch : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FleetWatch> m_watch;
    qint64 m_rpi4 = 0;

    // One full poll, driven the way the scheduler drives it in the product.
    bool poll()
    {
        QSignalSpy polled(m_watch.get(), &FleetWatch::polled);
        if (!m_watch->checkNow())
            return false;
        return polled.wait(10000);
    }

    // The running scheduler's first poll, as the product starts it.
    bool startAndPoll()
    {
        QSignalSpy polled(m_watch.get(), &FleetWatch::polled);
        m_watch->start();
        return polled.wait(10000);
    }

    // Moves the clock to the scheduler's next poll and lets it poll.
    bool pollWhenDue()
    {
        const QDateTime due = m_watch->scheduler().nextPollAt();
        if (!due.isValid())
            return false;
        m_clock->setNow(std::max(m_clock->now(), due));
        QSignalSpy polled(m_watch.get(), &FleetWatch::polled);
        return m_watch->scheduler().checkDue() && polled.wait(10000);
    }

    QStringList kindsOf(const AlertList &alerts)
    {
        QStringList kinds;
        for (const Alert &alert : alerts)
            kinds.append(alertKindKey(alert.kind));
        return kinds;
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        m_sim = std::make_unique<Simulator>(*m_clock);
        m_sim->setRequiredToken(kToken);
        QVERIFY(m_sim->listen());
        sim::SimFleet &fleet = m_sim->fleet();
        fleet.addRepository(QStringLiteral("acme"), QStringLiteral("media"));
        fleet.addRunner(kRepo, QStringLiteral("macmini-runner"),
                        { QStringLiteral("macmini"), QStringLiteral("audio") },
                        QStringLiteral("macOS"));
        m_rpi4 = fleet.addRunner(
            kRepo, QStringLiteral("rpi4-runner"),
            { QStringLiteral("rpi4"), QStringLiteral("audio"), QStringLiteral("gpu") });

        m_network = std::make_unique<QNetworkAccessManager>();
        m_watch = std::make_unique<FleetWatch>(m_network.get(), *m_clock);
        QVERIFY(!m_watch->setApiBase(m_sim->baseUrl()).has_value());
        m_watch->setToken(kToken);
        m_watch->setTargets({ *Target::parse(kRepo) });
        m_watch->setSettings(MonitorSettings {});
    }

    void cleanup()
    {
        m_watch.reset();
        m_network.reset();
        m_sim.reset();
    }

    void healthyFleetRaisesNothing()
    {
        QSignalSpy raised(&m_watch->monitor(), &FleetMonitor::alertRaised);
        QVERIFY(poll());
        QCOMPARE(raised.count(), 0);
        QCOMPARE(m_watch->monitor().lastSnapshot().runners.size(), 2);
        QVERIFY(m_watch->connection().isOk());
        QCOMPARE(m_sim->lastAuthorization(), QStringLiteral("Bearer ") + kToken);
    }

    // Settings change the targets at any moment; a poll in flight must still end (the scheduler
    // waits for it), with the old list, and the next poll asks for the new one.
    void targetsChangedDuringAPollTakeEffectNextPoll()
    {
        m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("other"));
        QSignalSpy polled(m_watch.get(), &FleetWatch::polled);
        QVERIFY(m_watch->checkNow());
        m_watch->setTargets({ *Target::parse(QStringLiteral("acme/other")) });
        QVERIFY(polled.wait(10000));
        QCOMPARE(polled.last().at(0).value<FleetSnapshot>().targets.at(0).target.name(), kRepo);

        QStringList paths;
        connect(m_sim.get(), &Simulator::requestServed, this,
                [&paths](const QString &, const QString &path, int) { paths.append(path); });
        QVERIFY(poll());
        QVERIFY(!paths.isEmpty());
        for (const QString &path : std::as_const(paths))
            QVERIFY2(path.startsWith(QStringLiteral("/repos/acme/other/")), qPrintable(path));
    }

    void offlineRunnerIsRaisedAfterTwoPollsAndClearedOnce()
    {
        QSignalSpy raised(&m_watch->monitor(), &FleetMonitor::alertRaised);
        QSignalSpy cleared(&m_watch->monitor(), &FleetMonitor::alertCleared);
        QVERIFY(poll());

        m_sim->fleet().setRunnerOnline(m_rpi4, false);
        m_clock->advance(30);
        const QDateTime firstSeenOffline = m_clock->now();
        QVERIFY(poll());
        QCOMPARE(raised.count(), 0); // one poll offline is not enough

        m_clock->advance(30);
        QVERIFY(poll());
        QCOMPARE(raised.count(), 1);
        const Alert alert = raised.at(0).at(0).value<Alert>();
        QCOMPARE(alert.kind, AlertKind::RunnerOffline);
        QCOMPARE(alert.severity, Severity::Critical);
        QCOMPARE(alert.subject, QStringLiteral("rpi4-runner"));
        QCOMPARE(alert.since, firstSeenOffline);

        m_clock->advance(30);
        QVERIFY(poll());
        QCOMPARE(raised.count(), 1); // still offline: not raised again

        m_sim->fleet().setRunnerOnline(m_rpi4, true);
        m_clock->advance(30);
        QVERIFY(poll());
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(cleared.at(0).at(0).value<Alert>().id, alert.id);
    }

    void githubUnreachableIsNeverRunnersOffline()
    {
        QSignalSpy raised(&m_watch->monitor(), &FleetMonitor::alertRaised);
        QSignalSpy cleared(&m_watch->monitor(), &FleetMonitor::alertCleared);
        QSignalSpy connection(m_watch.get(), &FleetWatch::connectionChanged);
        QVERIFY(poll());

        // GitHub answers 503 for everything; meanwhile a runner really goes offline.
        SimFault outage;
        outage.kind = SimFault::Kind::Status;
        outage.status = 503;
        m_sim->addFault(outage);
        m_sim->fleet().setRunnerOnline(m_rpi4, false);
        for (int i = 0; i < 3; ++i) {
            m_clock->advance(30);
            QVERIFY(poll());
        }
        QCOMPARE(raised.count(), 0);
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(connection.count(), 1);
        QCOMPARE(connection.at(0).at(0).value<ConnectionStatus>().state,
                 ConnectionState::ServerError);
        const FleetSnapshot &during = m_watch->monitor().lastSnapshot();
        QCOMPARE(during.runners.size(), 2); // last known data kept, marked stale
        QVERIFY(during.targets.at(0).stale);

        // GitHub is back: the connection recovers, and the runner's own state is judged afresh.
        m_sim->clearFaults();
        m_clock->advance(30);
        QVERIFY(poll());
        QCOMPARE(connection.count(), 2);
        QVERIFY(connection.at(1).at(0).value<ConnectionStatus>().isOk());
        QCOMPARE(raised.count(), 0); // one fresh poll offline: not yet
        m_clock->advance(30);
        QVERIFY(poll());
        QCOMPARE(kindsOf(m_watch->monitor().activeAlerts()),
                 QStringList { QStringLiteral("runner_offline") });
    }

    void queuedJobNobodyCanTakeNamesTheOfflineRunner()
    {
        m_sim->fleet().setRunnerOnline(m_rpi4, false);
        m_sim->fleet().queueJob(kRepo, QStringLiteral("render_video"),
                                { QStringLiteral("self-hosted"), QStringLiteral("GPU") });
        QVERIFY(poll());
        const AlertList alerts = m_watch->monitor().activeAlerts();
        const auto it = std::find_if(alerts.cbegin(), alerts.cend(), [](const Alert &a) {
            return a.kind == AlertKind::NoMatchingRunner;
        });
        QVERIFY(it != alerts.cend());
        QCOMPARE(it->severity, Severity::Critical);
        QVERIFY2(it->message.contains(QStringLiteral("rpi4-runner")), qPrintable(it->message));
        QVERIFY2(it->message.contains(QStringLiteral("GPU"), Qt::CaseInsensitive),
                 qPrintable(it->message));
        QVERIFY(!it->url.isEmpty());
    }

    void unchangedFleetCostsNoRateLimit()
    {
        QVERIFY(poll());
        QVERIFY(m_watch->poller().lastChargedRequests() > 0);
        const qint64 chargedBefore = m_sim->counters().charged;
        QVERIFY(poll()); // same clock: nothing moved
        QCOMPARE(m_sim->counters().charged, chargedBefore);
        QCOMPARE(m_watch->poller().lastChargedRequests(), 0);
        QVERIFY(m_sim->counters().notModified > 0);
    }

    void rateLimitPausesPolling()
    {
        // Driven by the running scheduler, as in the product.
        QSignalSpy polled(m_watch.get(), &FleetWatch::polled);
        m_watch->start();
        QVERIFY(polled.wait(10000));
        QCOMPARE(m_watch->scheduler().nextPollAt(), m_clock->now().addSecs(30));

        SimFault limit;
        limit.kind = SimFault::Kind::PrimaryRateLimit;
        limit.status = 403;
        m_sim->addFault(limit);
        m_clock->advance(30);
        QVERIFY(m_watch->scheduler().checkDue());
        QVERIFY(polled.wait(10000));
        const ConnectionStatus status = m_watch->connection();
        QCOMPARE(status.state, ConnectionState::RateLimited);
        QVERIFY(status.retryAt > m_clock->now());
        QVERIFY(m_watch->scheduler().nextPollAt() >= status.retryAt);
        QVERIFY(m_watch->monitor().activeAlerts().isEmpty());

        // Not before the reset: the scheduler holds back, and nothing reaches the simulator.
        const qint64 requests = m_sim->counters().requests;
        m_clock->setNow(status.retryAt.addSecs(-1));
        QVERIFY(!m_watch->scheduler().checkDue());
        QCOMPARE(m_sim->counters().requests, requests);

        m_sim->clearFaults();
        m_clock->setNow(m_watch->scheduler().nextPollAt());
        QVERIFY(m_watch->scheduler().checkDue());
        QVERIFY(polled.wait(10000));
        QVERIFY(m_watch->connection().isOk());
        m_watch->stop();
    }

    // Driven by the running scheduler: the poll that first sees the runner offline brings the
    // next one forward to 10 s, and that one raises the alert (not a whole interval later).
    void firstSightingIsConfirmedTenSecondsLater()
    {
        QSignalSpy raised(&m_watch->monitor(), &FleetMonitor::alertRaised);
        QVERIFY(startAndPoll());
        QCOMPARE(m_watch->scheduler().nextPollAt(), m_clock->now().addSecs(30));

        m_sim->fleet().setRunnerOnline(m_rpi4, false);
        QVERIFY(pollWhenDue());
        const QDateTime firstSeen = m_clock->now();
        QCOMPARE(raised.count(), 0);
        QCOMPARE(m_watch->scheduler().nextPollAt(),
                 firstSeen.addSecs(PollScheduler::kConfirmSeconds));
        QVERIFY(m_watch->scheduler().isConfirming());

        QVERIFY(pollWhenDue());
        QCOMPARE(m_clock->now(), firstSeen.addSecs(10));
        QCOMPARE(raised.count(), 1);
        QCOMPARE(raised.at(0).at(0).value<Alert>().kind, AlertKind::RunnerOffline);
        QCOMPARE(raised.at(0).at(0).value<Alert>().since, firstSeen);
        // Confirmed: back to the interval, while the runner stays offline.
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(m_watch->scheduler().nextPollAt(), m_clock->now().addSecs(30));
            QVERIFY(pollWhenDue());
        }
        QCOMPARE(raised.count(), 1);
        m_watch->stop();
    }

    // A runner back before the confirming poll was a blip: no alert, and the interval resumes.
    void blipShorterThanTenSecondsIsNoAlert()
    {
        QSignalSpy raised(&m_watch->monitor(), &FleetMonitor::alertRaised);
        QVERIFY(startAndPoll());
        m_clock->advance(25);
        m_sim->fleet().setRunnerOnline(m_rpi4, false);
        QVERIFY(pollWhenDue()); // at 30 s
        m_clock->advance(9);
        m_sim->fleet().setRunnerOnline(m_rpi4, true); // 14 s offline, back 9 s after the poll
        QVERIFY(pollWhenDue()); // at 40 s
        QCOMPARE(raised.count(), 0);
        QCOMPARE(m_watch->scheduler().nextPollAt(), m_clock->now().addSecs(30));
        QVERIFY(pollWhenDue());
        QCOMPARE(raised.count(), 0);
        m_watch->stop();
    }

    // The confirming poll fails (503): no runner alert, and no quicker polls while GitHub fails;
    // the next fresh poll that still sees the runner offline is the second sighting.
    void failedConfirmationIsNoAlertAndNoQuickPoll()
    {
        QSignalSpy raised(&m_watch->monitor(), &FleetMonitor::alertRaised);
        QVERIFY(startAndPoll());
        m_sim->fleet().setRunnerOnline(m_rpi4, false);
        QVERIFY(pollWhenDue());
        SimFault outage;
        outage.kind = SimFault::Kind::Status;
        outage.status = 503;
        m_sim->addFault(outage);
        const QDateTime sighting = m_clock->now();
        QVERIFY(pollWhenDue());
        QCOMPARE(m_clock->now(), sighting.addSecs(10));
        QCOMPARE(m_watch->connection().state, ConnectionState::ServerError);
        QCOMPARE(raised.count(), 0);
        QCOMPARE(m_watch->scheduler().nextPollAt(), m_clock->now().addSecs(30));
        QVERIFY(pollWhenDue());
        QCOMPARE(raised.count(), 0);
        QCOMPARE(m_watch->scheduler().nextPollAt(), m_clock->now().addSecs(30));

        m_sim->clearFaults();
        QVERIFY(pollWhenDue());
        QCOMPARE(kindsOf(m_watch->monitor().activeAlerts()),
                 QStringList { QStringLiteral("runner_offline") });
        m_watch->stop();
    }

    // The rate limit wins: with the budget nearly spent, the confirming poll waits as long as any
    // other poll would.
    void confirmationWaitsForTheRateLimit()
    {
        QVERIFY(startAndPoll());
        const qint64 charged = m_sim->counters().charged;
        m_sim->setRateLimit(int(charged) + 3); // three requests left in this hour
        m_sim->fleet().setRunnerOnline(m_rpi4, false);
        QVERIFY(pollWhenDue());
        QVERIFY(m_watch->connection().isOk());
        QVERIFY(m_watch->monitor().awaitsConfirmation());
        const RateLimitState rateLimit = m_watch->client().rateLimit();
        QVERIFY(rateLimit.isKnown());
        const qint64 paced
            = PollScheduler::delaySeconds(30, m_watch->connection(), rateLimit,
                                          m_watch->poller().lastChargedRequests(), m_clock->now());
        QVERIFY2(paced > 30, qPrintable(QString::number(paced)));
        QCOMPARE(m_watch->scheduler().nextPollAt(), m_clock->now().addSecs(paced));
        m_watch->stop();
    }

    void badTokenIsAConnectionStateNotAnAlert()
    {
        m_watch->setToken(QStringLiteral("ghp_revoked"));
        QSignalSpy raised(&m_watch->monitor(), &FleetMonitor::alertRaised);
        QVERIFY(poll());
        QCOMPARE(m_watch->connection().state, ConnectionState::AuthFailed);
        QCOMPARE(exitCodeFor(m_watch->connection().state), 3);
        QCOMPARE(raised.count(), 0);
        QVERIFY(!m_watch->connection().message.contains(QStringLiteral("ghp_revoked")));
    }
};

QTEST_GUILESS_MAIN(TestFleetWatch)
#include "TestFleetWatch.moc"
