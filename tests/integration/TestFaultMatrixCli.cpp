// The fault matrix for relayqctl: every way GitHub (the simulator) can fail, one row each, with
// the real binary (`relayqctl status --json`) over real loopback HTTP. For each fault: the exit
// code of the seed's convention (2 temporary, 3 configuration), the connection state in the
// JSON, no crash, no runner alert (the runners are fine), a retry time for rate limits, nothing
// of the token in the output, and exit 0 once the fault ends.
// tests/integration/TestFaultMatrixMonitor.cpp is the same matrix for the tray's monitor.

#include "Clock.h"
#include "SimFleet.h"
#include "SimTlsFront.h"
#include "SimToken.h"
#include "Simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relayq;
using relayq::sim::SimFault;
using relayq::sim::SimTlsFront;
using relayq::sim::SimToken;
using relayq::sim::Simulator;

namespace {
const QString kToken = QStringLiteral("github_pat_faultMATRIXcli0123456789abcdef");
const QString kRepo = QStringLiteral("acme/media");
constexpr int kTemporary = 2; // exit codes (relayqctl --help)
constexpr int kConfiguration = 3;
// relayqctl's transfer timeout is GitHubClient's 30 s, which no option changes.
constexpr int kProductTimeoutMs = 30000;

enum class Setup {
    Fault, // a SimFault on every request; cleared to end it
    Refused, // the simulator stops listening; listens on the same port again to end it
    Permission, // a fine-grained token without Administration; the permission granted to end it
    Hang, // the "never answers" run, started in initTestCase to overlap the others
    Tls, // the API over HTTPS with a self-signed certificate (no recovery: the child cannot be
         // made to trust it without touching the system's certificates)
};

struct FaultCase
{
    Setup setup = Setup::Fault;
    SimFault fault;
    QString state; // `connection.state` in the JSON
    int httpStatus = 0; // `connection.http_status` (0: absent)
    int exitCode = kTemporary;
    qint64 retryAfter = -1; // seconds until `connection.retry_at`, at least (-1: absent)
};

FaultCase faulty(SimFault::Kind kind, const QString &state, int httpStatus, int exitCode)
{
    FaultCase row;
    row.fault.kind = kind;
    row.fault.status = httpStatus;
    row.state = state;
    row.httpStatus = httpStatus;
    row.exitCode = exitCode;
    return row;
}

FaultCase answered(int httpStatus, const QString &state, int exitCode)
{
    return faulty(SimFault::Kind::Status, state, httpStatus, exitCode);
}

struct Run
{
    int exitCode = -1; // -2: crashed; -1: did not finish
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

SimToken fineGrained(SimToken::Access administration)
{
    SimToken token;
    token.token = kToken;
    token.kind = SimToken::Kind::FineGrained;
    token.administration = administration;
    token.actions = SimToken::Access::Read;
    return token;
}
} // namespace

Q_DECLARE_METATYPE(FaultCase)

class TestFaultMatrixCli : public QObject
{
    Q_OBJECT

    SystemClock m_clock; // relayqctl runs on the wall clock, so the simulator does too
    QTemporaryDir m_home; // the child's config folder: never the developer's settings
    std::unique_ptr<Simulator> m_sim;
    quint16 m_port = 0;
    // "Never answers" costs the product's 30 s timeout: it runs against its own simulator from
    // the start, while the other rows run.
    std::unique_ptr<Simulator> m_hangSim;
    std::unique_ptr<QProcess> m_hang;
    QDateTime m_hangStarted;
    std::unique_ptr<SimTlsFront> m_tls;

    std::unique_ptr<Simulator> makeSimulator()
    {
        auto sim = std::make_unique<Simulator>(m_clock);
        sim->setRequiredToken(kToken);
        if (!sim->listen())
            return nullptr;
        sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("media"));
        sim->fleet().addRunner(kRepo, QStringLiteral("macmini-runner"), { QStringLiteral("audio") },
                               QStringLiteral("macOS"));
        sim->fleet().addRunner(kRepo, QStringLiteral("rpi4-runner"), { QStringLiteral("audio") });
        return sim;
    }

    // GH_TOKEN carries the token; no settings file of the developer's, no keychain (a session
    // bus nobody listens on).
    QProcessEnvironment childEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GITHUB_TOKEN"));
        env.remove(QStringLiteral("RELAYQ_CONFIG"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/relayq-test-bus"));
        env.insert(QStringLiteral("GH_TOKEN"), kToken);
        return env;
    }

    std::unique_ptr<QProcess> startStatus(quint16 port) const
    {
        return startStatus(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

    std::unique_ptr<QProcess> startStatus(const QString &apiUrl) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(childEnvironment());
        process->start(QStringLiteral(RELAYQCTL_PATH),
                       { QStringLiteral("status"), QStringLiteral("--repo"), kRepo,
                         QStringLiteral("--api-url"), apiUrl, QStringLiteral("--json") });
        return process;
    }

    // Waits without blocking the event loop: the simulators answer from this thread.
    static Run finish(QProcess &process, int timeoutMs)
    {
        Run run;
        if (process.state() != QProcess::NotRunning) {
            QSignalSpy finished(&process, &QProcess::finished);
            if (!finished.wait(timeoutMs)) {
                process.kill();
                process.waitForFinished();
                return run;
            }
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    Run status(quint16 port) const
    {
        std::unique_ptr<QProcess> process = startStatus(port);
        return finish(*process, 60000);
    }

    // The run with the fault in place.
    Run failedRun(const FaultCase &row)
    {
        if (row.setup == Setup::Hang)
            return finish(*m_hang, kProductTimeoutMs + 15000);
        if (row.setup == Setup::Tls) {
            std::unique_ptr<QProcess> process = startStatus(m_tls->baseUrl().toString());
            return finish(*process, 60000);
        }
        return status(m_port);
    }

    void openTls()
    {
        QTemporaryDir dir;
        QSslCertificate certificate;
        QSslKey key;
        QString why;
        QVERIFY2(SimTlsFront::makeSelfSigned(dir.path(), &certificate, &key, &why),
                 qPrintable(why));
        m_tls = std::make_unique<SimTlsFront>();
        QVERIFY(m_tls->listen(certificate, key, m_port));
    }

    void begin(const FaultCase &row)
    {
        switch (row.setup) {
        case Setup::Fault: m_sim->addFault(row.fault); break;
        case Setup::Refused: m_sim->close(); break;
        case Setup::Permission: m_sim->addToken(fineGrained(SimToken::Access::None)); break;
        case Setup::Hang: break; // under way since initTestCase
        case Setup::Tls: openTls(); break;
        }
    }

    void end(const FaultCase &row)
    {
        switch (row.setup) {
        case Setup::Fault: m_sim->clearFaults(); break;
        case Setup::Refused: QVERIFY(m_sim->listen(QHostAddress::LocalHost, m_port)); break;
        case Setup::Permission: m_sim->addToken(fineGrained(SimToken::Access::Read)); break;
        case Setup::Hang: m_hangSim->clearFaults(); break;
        case Setup::Tls: break;
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_hangSim = makeSimulator();
        QVERIFY(m_hangSim);
        SimFault hang;
        hang.kind = SimFault::Kind::NoAnswer;
        // Only the runners: every request of the poll waits out the timeout in turn, so a
        // fault on all six would take three minutes.
        hang.pathContains = QStringLiteral("/actions/runners");
        m_hangSim->addFault(hang);
        m_hangStarted = m_clock.now();
        m_hang = startStatus(m_hangSim->port());
    }

    void cleanupTestCase()
    {
        if (m_hang && m_hang->state() != QProcess::NotRunning) {
            m_hang->kill();
            m_hang->waitForFinished();
        }
    }

    void init()
    {
        m_sim = makeSimulator();
        QVERIFY(m_sim);
        m_port = m_sim->port();
    }

    void cleanup()
    {
        m_tls.reset();
        m_sim.reset();
    }

    void faultThenRecovery_data()
    {
        QTest::addColumn<FaultCase>("row");
        using K = SimFault::Kind;
        const QString rateLimited = QStringLiteral("rate_limited");
        const QString serverError = QStringLiteral("server_error");
        const QString unreachable = QStringLiteral("unreachable");
        const QString malformed = QStringLiteral("malformed");

        QTest::newRow("401 bad credentials")
            << answered(401, QStringLiteral("auth_failed"), kConfiguration);
        FaultCase permission = answered(403, QStringLiteral("forbidden"), kConfiguration);
        permission.setup = Setup::Permission;
        QTest::newRow("403 missing permission") << permission;
        // Until x-ratelimit-reset: the simulator's hour window began with this run's first
        // request.
        FaultCase primary = faulty(K::PrimaryRateLimit, rateLimited, 403, kTemporary);
        primary.retryAfter = 3600 - 5;
        QTest::newRow("403 primary rate limit") << primary;
        primary.fault.status = primary.httpStatus = 429;
        QTest::newRow("429 primary rate limit") << primary;
        FaultCase secondary = faulty(K::SecondaryRateLimit, rateLimited, 403, kTemporary);
        secondary.fault.retryAfterSeconds = 120;
        secondary.retryAfter = 120;
        QTest::newRow("403 secondary limit, retry-after 120") << secondary;
        secondary = faulty(K::SecondaryRateLimit, rateLimited, 429, kTemporary);
        secondary.retryAfter = 60; // the first wait without retry-after, plus 0–10 % jitter
        QTest::newRow("429 secondary limit, no retry-after") << secondary;
        QTest::newRow("404") << answered(404, QStringLiteral("not_found"), kConfiguration);
        QTest::newRow("500") << answered(500, serverError, kTemporary);
        QTest::newRow("502") << answered(502, serverError, kTemporary);
        QTest::newRow("503") << answered(503, serverError, kTemporary);
        FaultCase refused;
        refused.setup = Setup::Refused;
        refused.state = unreachable;
        QTest::newRow("connection refused") << refused;
        QTest::newRow("reset before the answer") << faulty(K::Reset, unreachable, 0, kTemporary);
        FaultCase midBody = faulty(K::ResetMidBody, unreachable, 0, kTemporary);
        midBody.httpStatus = 200; // the status line had arrived
        QTest::newRow("reset mid-body") << midBody;
        QTest::newRow("truncated JSON") << faulty(K::Truncated, malformed, 200, kTemporary);
        QTest::newRow("malformed JSON") << faulty(K::Malformed, malformed, 200, kTemporary);
        QTest::newRow("wrong JSON types") << faulty(K::WrongTypes, malformed, 200, kTemporary);
        QTest::newRow("missing required fields")
            << faulty(K::MissingFields, malformed, 200, kTemporary);
        FaultCase oversize = faulty(K::Oversize, malformed, 200, kTemporary);
        oversize.fault.sizeBytes = 16 * 1024 * 1024 + 1; // GitHubClient's cap
        QTest::newRow("body over the size cap") << oversize;
        FaultCase redirect = faulty(K::Redirect, serverError, 302, kTemporary);
        redirect.fault.redirectTo = QStringLiteral("http://elsewhere.invalid/repos/acme/media");
        QTest::newRow("redirect to another host") << redirect;
        FaultCase tls;
        tls.setup = Setup::Tls;
        tls.state = QStringLiteral("tls_error");
        tls.exitCode = kConfiguration;
        QTest::newRow("TLS: self-signed certificate") << tls;
        FaultCase hang;
        hang.setup = Setup::Hang;
        hang.state = QStringLiteral("timeout");
        QTest::newRow("never answers") << hang;
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
        begin(row);
        if (QTest::currentTestFailed())
            return;
        const QDateTime started = row.setup == Setup::Hang ? m_hangStarted : m_clock.now();
        const Run failed = failedRun(row);
        const QDateTime ended = m_clock.now();
        QVERIFY2(failed.exitCode != -2, "relayqctl crashed");
        QVERIFY2(failed.exitCode != -1, "relayqctl did not finish");
        QCOMPARE(failed.exitCode, row.exitCode);
        const QJsonObject json = failed.json();
        const QJsonObject connection = json[u"connection"].toObject();
        QCOMPARE(connection[u"state"].toString(), row.state);
        QCOMPARE(connection[u"http_status"].toInt(), row.httpStatus);
        QVERIFY(!connection[u"message"].toString().isEmpty());
        QVERIFY(json[u"alerts"].toArray().isEmpty()); // the runners are fine: no alert
        for (const QByteArray &output : { failed.out, failed.err })
            QVERIFY2(!output.contains(kToken.toUtf8()), "the token shows in the output");

        const QDateTime retryAt
            = QDateTime::fromString(connection[u"retry_at"].toString(), Qt::ISODate);
        QCOMPARE(retryAt.isValid(), row.retryAfter >= 0);
        if (row.retryAfter >= 0) {
            QVERIFY2(retryAt >= started.addSecs(row.retryAfter - 1),
                     qPrintable(retryAt.toString(Qt::ISODate)));
            QVERIFY2(retryAt <= ended.addSecs(row.retryAfter + row.retryAfter / 10 + 2),
                     qPrintable(retryAt.toString(Qt::ISODate)));
        }
        if (row.setup == Setup::Hang) {
            // It gave up only after the transfer timeout (a coarse timer, which Qt lets fire up
            // to 5 % early).
            QVERIFY(started.msecsTo(ended) >= kProductTimeoutMs * 95 / 100);
        }

        if (row.setup == Setup::Tls) {
            QVERIFY(m_tls->failedHandshakes() > 0); // it was the certificate, not the relay
            return;
        }

        // The fault ends: healthy again.
        end(row);
        const Run back = status(row.setup == Setup::Hang ? m_hangSim->port() : m_port);
        QCOMPARE(back.exitCode, 0);
        QCOMPARE(back.json()[u"connection"][u"state"].toString(), QStringLiteral("ok"));
        QCOMPARE(back.json()[u"runners"].toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrixCli)
#include "TestFaultMatrixCli.moc"
