// The fault matrix for the tray's monitor: every way GitHub (the simulator) can fail, one row
// each, through the whole loop the tray runs (PollScheduler → GitHubClient → FleetPoller →
// FleetMonitor → NotificationPolicy) over real loopback HTTP, on a ManualClock. For each fault:
// the connection state the status window and notifications see, the next poll time (back-off),
// no runner alert or notification about runners (they are all fine), one word about the
// outage once it outlasts a blip, and recovery ("reachable again", once) when the fault ends.
// tests/integration/TestFaultMatrixCli.cpp is the same matrix for relayqctl.

#include "Clock.h"
#include "ConnectionStatus.h"
#include "FleetMonitor.h"
#include "FleetWatch.h"
#include "GitHubClient.h"
#include "NotificationPolicy.h"
#include "PollScheduler.h"
#include "SimFleet.h"
#include "SimTlsFront.h"
#include "SimToken.h"
#include "Simulator.h"
#include "StatusSummary.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relayq;
using relayq::sim::SimFault;
using relayq::sim::SimTlsFront;
using relayq::sim::SimToken;
using relayq::sim::Simulator;

namespace {
const QString kToken = QStringLiteral("github_pat_faultMATRIXmonitor0123456789");
const QString kRepo = QStringLiteral("acme/media");
constexpr int kInterval = 30; // MonitorSettings' default poll interval
// The transfer timeout for "never answers" (the product's 30 s, which every other row keeps: a
// 16 MiB body takes the simulator longer than this to make).
constexpr int kTimeoutMs = 300;

// How a row's fault is brought about and ended.
enum class Setup {
    Fault, // a SimFault on every request; cleared to end it
    Refused, // the simulator stops listening; listens on the same port again to end it
    Permission, // a fine-grained token without Administration; the permission granted to end it
    Tls, // the API over HTTPS with a self-signed certificate; the certificate trusted to end it
};

struct FaultCase
{
    Setup setup = Setup::Fault;
    SimFault fault;
    ConnectionState state = ConnectionState::Ok;
    int httpStatus = 0; // what the connection status says arrived (0: no HTTP answer)
    qint64 delay = kInterval; // seconds from the faulted poll's end to the next poll
};

FaultCase faulty(SimFault::Kind kind, ConnectionState state, int httpStatus,
                 qint64 delay = kInterval)
{
    FaultCase row;
    row.fault.kind = kind;
    row.fault.status = httpStatus;
    row.state = state;
    row.httpStatus = httpStatus;
    row.delay = delay;
    return row;
}

FaultCase answered(int httpStatus, ConnectionState state)
{
    return faulty(SimFault::Kind::Status, state, httpStatus);
}
} // namespace

Q_DECLARE_METATYPE(FaultCase)

class TestFaultMatrixMonitor : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FleetWatch> m_watch;
    std::unique_ptr<NotificationPolicy> m_policy;
    quint16 m_port = 0;
    QTemporaryDir m_dir;
    std::unique_ptr<SimTlsFront> m_tls;
    QSslCertificate m_certificate;
    QSslConfiguration m_defaultTls = QSslConfiguration::defaultConfiguration();

    // An HTTPS door to the simulator with a certificate nobody trusts (openssl, at test time).
    void openTls()
    {
        QSslKey key;
        QString why;
        QVERIFY2(SimTlsFront::makeSelfSigned(m_dir.path(), &m_certificate, &key, &why),
                 qPrintable(why));
        m_tls = std::make_unique<SimTlsFront>();
        QVERIFY(m_tls->listen(m_certificate, key, m_port));
        QVERIFY(!m_watch->setApiBase(m_tls->baseUrl()).has_value());
    }

    // As a user behind a company proxy does: install its certificate. (The process-wide
    // default stands in for the system's store here; QNetworkAccessManager gives a cached
    // connection the configuration it was made with, so the cache goes too.)
    void trustTls()
    {
        QCOMPARE(m_tls->failedHandshakes() > 0, true); // it was the certificate, not the relay
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificate(m_certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        m_network->clearConnectionCache();
    }

    // The next poll, when the scheduler says it is due (the clock jumps there; no waiting).
    bool pollWhenDue()
    {
        QSignalSpy polled(m_watch.get(), &FleetWatch::polled);
        const QDateTime due = m_watch->scheduler().nextPollAt();
        if (!due.isValid())
            return false;
        // A moment earlier it is not due: the scheduler holds back, whatever the fault.
        m_clock->setNow(due.addSecs(-1));
        if (m_watch->scheduler().checkDue())
            return false;
        m_clock->setNow(due);
        return m_watch->scheduler().checkDue() && polled.wait(15000);
    }

    qint64 secondsToNextPoll() const
    {
        return m_clock->now().secsTo(m_watch->scheduler().nextPollAt());
    }

    FleetState fleetState() const
    {
        const FleetSnapshot &snapshot = m_watch->monitor().lastSnapshot();
        return StatusSummary::of(&snapshot, m_watch->monitor().activeAlerts(),
                                 m_watch->connection(), m_clock->now(),
                                 m_watch->scheduler().nextPollAt(), false)
            .state;
    }

    SimToken fineGrained(SimToken::Access administration) const
    {
        SimToken token;
        token.token = kToken;
        token.kind = SimToken::Kind::FineGrained;
        token.administration = administration;
        token.actions = SimToken::Access::Read;
        return token;
    }

    void begin(const FaultCase &row)
    {
        switch (row.setup) {
        case Setup::Fault:
            if (row.fault.kind == SimFault::Kind::NoAnswer)
                m_watch->client().setTransferTimeoutMs(kTimeoutMs);
            m_sim->addFault(row.fault);
            break;
        case Setup::Refused: m_sim->close(); break;
        case Setup::Permission: m_sim->addToken(fineGrained(SimToken::Access::None)); break;
        case Setup::Tls: openTls(); break;
        }
    }

    void end(const FaultCase &row)
    {
        switch (row.setup) {
        case Setup::Fault: m_sim->clearFaults(); break;
        case Setup::Refused: QVERIFY(m_sim->listen(QHostAddress::LocalHost, m_port)); break;
        case Setup::Permission: m_sim->addToken(fineGrained(SimToken::Access::Read)); break;
        case Setup::Tls: trustTls(); break;
        }
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        m_sim = std::make_unique<Simulator>(*m_clock);
        m_sim->setRequiredToken(kToken);
        QVERIFY(m_sim->listen());
        m_port = m_sim->port();
        sim::SimFleet &fleet = m_sim->fleet();
        fleet.addRepository(QStringLiteral("acme"), QStringLiteral("media"));
        fleet.addRunner(kRepo, QStringLiteral("macmini-runner"), { QStringLiteral("audio") },
                        QStringLiteral("macOS"));
        fleet.addRunner(kRepo, QStringLiteral("rpi4-runner"), { QStringLiteral("audio") });

        m_network = std::make_unique<QNetworkAccessManager>();
        m_watch = std::make_unique<FleetWatch>(m_network.get(), *m_clock);
        QVERIFY(!m_watch->setApiBase(m_sim->baseUrl()).has_value());
        m_watch->setToken(kToken);
        m_watch->setTargets({ *Target::parse(kRepo) });
        m_watch->setSettings(MonitorSettings {});
        m_watch->client().setJitterSource([] { return 0.0; });
        m_policy = std::make_unique<NotificationPolicy>(*m_clock);
        m_policy->attachTo(*m_watch);
    }

    void cleanup()
    {
        m_policy.reset();
        m_watch.reset();
        m_network.reset();
        m_tls.reset();
        m_sim.reset();
        QSslConfiguration::setDefaultConfiguration(m_defaultTls);
    }

    void faultThenRecovery_data()
    {
        QTest::addColumn<FaultCase>("row");
        using S = ConnectionState;
        using K = SimFault::Kind;

        QTest::newRow("401 bad credentials") << answered(401, S::AuthFailed);
        FaultCase permission = answered(403, S::Forbidden);
        permission.setup = Setup::Permission;
        QTest::newRow("403 missing permission") << permission;
        // The primary limit holds until x-ratelimit-reset: the simulator's hour window began
        // with the first poll, 30 s before the faulted one; one second more for clock skew.
        QTest::newRow("403 primary rate limit")
            << faulty(K::PrimaryRateLimit, S::RateLimited, 403, 3600 - kInterval + 1);
        QTest::newRow("429 primary rate limit")
            << faulty(K::PrimaryRateLimit, S::RateLimited, 429, 3600 - kInterval + 1);
        FaultCase secondary = faulty(K::SecondaryRateLimit, S::RateLimited, 403, 120 + 1);
        secondary.fault.retryAfterSeconds = 120;
        QTest::newRow("403 secondary limit, retry-after 120") << secondary;
        // Without retry-after: 60 s (the jitter is pinned to 0 here), plus one.
        QTest::newRow("429 secondary limit, no retry-after")
            << faulty(K::SecondaryRateLimit, S::RateLimited, 429, 60 + 1);
        QTest::newRow("404") << answered(404, S::NotFound);
        QTest::newRow("500") << answered(500, S::ServerError);
        QTest::newRow("502") << answered(502, S::ServerError);
        QTest::newRow("503") << answered(503, S::ServerError);
        FaultCase refused;
        refused.setup = Setup::Refused;
        refused.state = S::Unreachable;
        QTest::newRow("connection refused") << refused;
        QTest::newRow("reset before the answer") << faulty(K::Reset, S::Unreachable, 0);
        FaultCase midBody = faulty(K::ResetMidBody, S::Unreachable, 0);
        midBody.httpStatus = 200; // the status line had arrived
        QTest::newRow("reset mid-body") << midBody;
        QTest::newRow("never answers") << faulty(K::NoAnswer, S::Timeout, 0);
        QTest::newRow("truncated JSON") << faulty(K::Truncated, S::Malformed, 200);
        QTest::newRow("malformed JSON") << faulty(K::Malformed, S::Malformed, 200);
        QTest::newRow("wrong JSON types") << faulty(K::WrongTypes, S::Malformed, 200);
        QTest::newRow("missing required fields") << faulty(K::MissingFields, S::Malformed, 200);
        // Over the product's cap (GitHubClient: 16 MiB), which this test leaves as it is.
        FaultCase oversize = faulty(K::Oversize, S::Malformed, 200);
        oversize.fault.sizeBytes = 16 * 1024 * 1024 + 1;
        QTest::newRow("body over the size cap") << oversize;
        FaultCase redirect = faulty(K::Redirect, S::ServerError, 302);
        redirect.fault.redirectTo = QStringLiteral("http://elsewhere.invalid/repos/acme/media");
        QTest::newRow("redirect to another host") << redirect;
        FaultCase tls;
        tls.setup = Setup::Tls;
        tls.state = S::TlsError;
        QTest::newRow("TLS: self-signed certificate") << tls;
    }

    void faultThenRecovery()
    {
        QFETCH(FaultCase, row);
        if (row.setup == Setup::Tls
            && QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
            // CI installs it (scripts/install-deps.sh); nothing may skip there.
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("openssl is missing: it makes the self-signed certificate");
            QSKIP("openssl is missing: it makes the self-signed certificate");
        }
        QSignalSpy raised(&m_watch->monitor(), &FleetMonitor::alertRaised);
        QSignalSpy cleared(&m_watch->monitor(), &FleetMonitor::alertCleared);
        QSignalSpy notices(&m_watch->monitor(), &FleetMonitor::notice);
        QSignalSpy notified(m_policy.get(), &NotificationPolicy::notify);
        QSignalSpy changed(m_watch.get(), &FleetWatch::connectionChanged);

        // A healthy start (the policy's start-up polls go by with nothing to say).
        QSignalSpy polled(m_watch.get(), &FleetWatch::polled);
        m_watch->start();
        QVERIFY(polled.wait(15000));
        QVERIFY(m_watch->connection().isOk());
        QCOMPARE(secondsToNextPoll(), kInterval);
        QCOMPARE(fleetState(), FleetState::Healthy);

        // The fault begins: a connection state, never a runner problem.
        begin(row);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(pollWhenDue());
        const ConnectionStatus failed = m_watch->connection();
        QCOMPARE(failed.state, row.state);
        QCOMPARE(failed.httpStatus, row.httpStatus);
        QVERIFY(!failed.message.isEmpty());
        QVERIFY2(!failed.message.contains(kToken), qPrintable(failed.message));
        QCOMPARE(failed.retryAt.isValid(), row.state == ConnectionState::RateLimited);
        QCOMPARE(secondsToNextPoll(), row.delay);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(fleetState(), FleetState::Disconnected);
        const FleetSnapshot during = m_watch->monitor().lastSnapshot();
        QCOMPARE(during.runners.size(), 2); // the last known runners, kept and marked stale
        QVERIFY(during.targets.at(0).stale);
        QCOMPARE(notified.count(), 0); // one failed poll is a blip

        // It lasts: one word about the outage, with the status window's headline.
        QVERIFY(pollWhenDue());
        QCOMPARE(m_watch->connection().state, row.state);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(notified.count(), 1);
        const Notification outage = notified.at(0).at(0).value<Notification>();
        QCOMPARE(outage.category, QStringLiteral("connection"));
        QCOMPARE(outage.severity, Severity::Warning);
        QCOMPARE(outage.summary, StatusSummary::connectionHeadline(m_watch->connection()));
        QVERIFY(!outage.summary.isEmpty());
        QCOMPARE(outage.body, m_watch->connection().message);

        // The fault ends: healthy at the next poll, back to the interval, "back" said once.
        end(row);
        QVERIFY(pollWhenDue());
        QVERIFY2(m_watch->connection().isOk(), qPrintable(m_watch->connection().message));
        QCOMPARE(secondsToNextPoll(), kInterval);
        QCOMPARE(fleetState(), FleetState::Healthy);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(notified.count(), 2);
        const Notification back = notified.at(1).at(0).value<Notification>();
        QCOMPARE(back.category, QStringLiteral("connection"));
        QCOMPARE(back.severity, Severity::Info);
        QCOMPARE(back.summary, QStringLiteral("GitHub is reachable again"));
        QVERIFY(pollWhenDue());
        QCOMPARE(notified.count(), 2);

        // Nothing about runners, ever: they were fine all along.
        QCOMPARE(raised.count(), 0);
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(notices.count(), 0);
        QVERIFY(m_watch->monitor().activeAlerts().isEmpty());
        QCOMPARE(m_watch->monitor().lastSnapshot().runners.size(), 2);
        m_watch->stop();
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrixMonitor)
#include "TestFaultMatrixMonitor.moc"
