// relayqctl as a user runs it: the real binary, over real loopback HTTP, against the simulator.
// Checks the JSON contract, the exit codes of the seed's convention, and that the token never
// shows in any output.

#include "Clock.h"
#include "SimFleet.h"
#include "Simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace relayq;
using relayq::sim::SimFault;

namespace {
const QString kToken = QStringLiteral("ghp_relayqctlTEST0123456789abcdef");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};
} // namespace

class TestRelayqctl : public QObject
{
    Q_OBJECT

    SystemClock m_clock; // the command runs on the wall clock, so the simulator does too
    std::unique_ptr<sim::Simulator> m_sim;
    qint64 m_rpi4 = 0;

    // Runs relayqctl without blocking the event loop: the simulator answers from this thread.
    Run relayqctl(const QStringList &arguments, const QString &token = kToken)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GH_TOKEN"));
        env.remove(QStringLiteral("GITHUB_TOKEN"));
        if (!token.isEmpty())
            env.insert(QStringLiteral("GH_TOKEN"), token);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(RELAYQCTL_PATH), arguments);
        Run run;
        if (!finished.wait(30000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QStringList statusArgs(const QStringList &extra = {})
    {
        return QStringList { QStringLiteral("status"), QStringLiteral("--repo"),
                             QStringLiteral("acme/media"), QStringLiteral("--api-url"),
                             m_sim->baseUrl().toString() }
        + extra;
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<sim::Simulator>(m_clock);
        m_sim->setRequiredToken(kToken);
        QVERIFY(m_sim->listen());
        m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("media"));
        m_sim->fleet().addRunner(QStringLiteral("acme/media"), QStringLiteral("macmini-runner"),
                                 { QStringLiteral("macmini"), QStringLiteral("audio") },
                                 QStringLiteral("macOS"));
        m_rpi4
            = m_sim->fleet().addRunner(QStringLiteral("acme/media"), QStringLiteral("rpi4-runner"),
                                       { QStringLiteral("rpi4"), QStringLiteral("audio") });
    }

    void cleanup() { m_sim.reset(); }

    void healthyFleetJson()
    {
        const Run run = relayqctl(statusArgs({ QStringLiteral("--json") }));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json[u"connection"][u"state"].toString(), QStringLiteral("ok"));
        const QJsonArray runners = json[u"runners"].toArray();
        QCOMPARE(runners.size(), 2);
        const QJsonObject mac = runners.at(0).toObject();
        QCOMPARE(mac[u"name"].toString(), QStringLiteral("macmini-runner"));
        QCOMPARE(mac[u"status"].toString(), QStringLiteral("online"));
        QCOMPARE(mac[u"busy"].toBool(), false);
        QCOMPARE(mac[u"target"].toString(), QStringLiteral("acme/media"));
        QVERIFY(mac[u"id"].toInteger() > 0);
        QVERIFY(mac[u"labels"].toArray().contains(QStringLiteral("macmini")));
        QVERIFY(json[u"alerts"].toArray().isEmpty());
        QVERIFY(json.contains(u"runs"));
    }

    void offlineRunnerIsReportedAtOnce()
    {
        m_sim->fleet().setRunnerOnline(m_rpi4, false);
        const Run run = relayqctl(statusArgs({ QStringLiteral("--json") }));
        QCOMPARE(run.exitCode, 1);
        const QJsonArray alerts = run.json()[u"alerts"].toArray();
        QCOMPARE(alerts.size(), 1);
        const QJsonObject alert = alerts.at(0).toObject();
        QCOMPARE(alert[u"kind"].toString(), QStringLiteral("runner_offline"));
        QCOMPARE(alert[u"severity"].toString(), QStringLiteral("critical"));
        QCOMPARE(alert[u"subject"].toString(), QStringLiteral("rpi4-runner"));
        for (const char *field : { "id", "message", "since" })
            QVERIFY2(!alert[QLatin1String(field)].toString().isEmpty(), field);
    }

    void textOutputNamesRunnersAndAlerts()
    {
        m_sim->fleet().setRunnerOnline(m_rpi4, false);
        const Run run = relayqctl(statusArgs());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("macmini-runner"));
        QVERIFY(run.out.contains("OFFLINE"));
        QVERIFY(run.out.contains("CRITICAL"));
    }

    void faultsMapToStateAndExitCode_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("exitCode");
        using K = SimFault::Kind;
        QTest::newRow("403") << int(K::Status) << 403 << "forbidden" << 3;
        QTest::newRow("404") << int(K::Status) << 404 << "not_found" << 3;
        QTest::newRow("500") << int(K::Status) << 500 << "server_error" << 2;
        QTest::newRow("502") << int(K::Status) << 502 << "server_error" << 2;
        QTest::newRow("503") << int(K::Status) << 503 << "server_error" << 2;
        QTest::newRow("reset") << int(K::Reset) << 0 << "unreachable" << 2;
        QTest::newRow("malformed") << int(K::Malformed) << 200 << "malformed" << 2;
        QTest::newRow("truncated") << int(K::Truncated) << 200 << "malformed" << 2;
        QTest::newRow("wrong types") << int(K::WrongTypes) << 200 << "malformed" << 2;
        QTest::newRow("missing fields") << int(K::MissingFields) << 200 << "malformed" << 2;
        QTest::newRow("primary rate limit")
            << int(K::PrimaryRateLimit) << 403 << "rate_limited" << 2;
        QTest::newRow("secondary rate limit")
            << int(K::SecondaryRateLimit) << 429 << "rate_limited" << 2;
    }

    void faultsMapToStateAndExitCode()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, state);
        QFETCH(int, exitCode);
        SimFault fault;
        fault.kind = SimFault::Kind(kind);
        fault.status = status;
        fault.pathContains = QStringLiteral("/actions/runners");
        m_sim->fleet().setRunnerOnline(m_rpi4, false); // must not surface while GitHub fails
        m_sim->addFault(fault);

        const Run run = relayqctl(statusArgs({ QStringLiteral("--json") }));
        QCOMPARE(run.exitCode, exitCode);
        const QJsonObject json = run.json();
        QCOMPARE(json[u"connection"][u"state"].toString(), state);
        QVERIFY(!json[u"connection"][u"message"].toString().isEmpty());
        QVERIFY(json[u"alerts"].toArray().isEmpty());
    }

    void revokedTokenIsAuthFailed()
    {
        const Run run
            = relayqctl(statusArgs({ QStringLiteral("--json") }), QStringLiteral("ghp_revoked"));
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json()[u"connection"][u"state"].toString(), QStringLiteral("auth_failed"));
    }

    void usageErrorsExitThree_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("token");
        QTest::newRow("no command") << QStringList {} << kToken;
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << kToken;
        QTest::newRow("no target") << QStringList { QStringLiteral("status") } << kToken;
        QTest::newRow("bad repo") << QStringList {
            QStringLiteral("status"), QStringLiteral("--repo"), QStringLiteral("a/b/c")
        } << kToken;
        QTest::newRow("no token") << QStringList { QStringLiteral("status"),
                                                   QStringLiteral("--repo"), QStringLiteral("a/b") }
                                  << QString();
        QTest::newRow("plain http elsewhere")
            << QStringList { QStringLiteral("status"), QStringLiteral("--repo"),
                             QStringLiteral("a/b"), QStringLiteral("--api-url"),
                             QStringLiteral("http://example.com") }
            << kToken;
        QTest::newRow("interval out of range")
            << QStringList { QStringLiteral("watch"), QStringLiteral("--demo"),
                             QStringLiteral("--interval"), QStringLiteral("5") }
            << kToken;
    }

    void usageErrorsExitThree()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, token);
        const Run run = relayqctl(arguments, token);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!run.err.trimmed().isEmpty()); // says what is wrong
        QCOMPARE(m_sim->counters().requests, 0);
    }

    void tokenNeverPrinted()
    {
        m_sim->fleet().setRunnerOnline(m_rpi4, false);
        for (const QStringList &extra :
             { QStringList { QStringLiteral("-vv") },
               QStringList { QStringLiteral("-vv"), QStringLiteral("--json") } }) {
            const Run run = relayqctl(statusArgs(extra));
            QCOMPARE(run.exitCode, 1);
            QVERIFY(!run.err.isEmpty()); // -vv really logged something
            QVERIFY(!run.out.contains(kToken.toUtf8()));
            QVERIFY(!run.err.contains(kToken.toUtf8()));
        }
        SimFault fault;
        fault.kind = SimFault::Kind::Status;
        fault.status = 401;
        m_sim->addFault(fault);
        const Run failed = relayqctl(statusArgs({ QStringLiteral("-vv") }));
        QCOMPARE(failed.exitCode, 3);
        QVERIFY(!failed.out.contains(kToken.toUtf8()));
        QVERIFY(!failed.err.contains(kToken.toUtf8()));
    }

    void watchPrintsRaisedAndClearedLines()
    {
        // Two checks at the shortest interval would take 10 s of wall time; instead, one check
        // per run, with the offline debounce seen in the monitor's own tests. Here: the JSON
        // lines format of a raised alert.
        m_sim->fleet().queueJob(QStringLiteral("acme/media"), QStringLiteral("render"),
                                { QStringLiteral("self-hosted"), QStringLiteral("gpu") });
        const Run run = relayqctl({ QStringLiteral("watch"), QStringLiteral("--repo"),
                                    QStringLiteral("acme/media"), QStringLiteral("--api-url"),
                                    m_sim->baseUrl().toString(), QStringLiteral("--json"),
                                    QStringLiteral("--polls"), QStringLiteral("1") });
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject event = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(event[u"event"].toString(), QStringLiteral("raised"));
        QCOMPARE(event[u"alert"][u"kind"].toString(), QStringLiteral("no_matching_runner"));
        QVERIFY(!event[u"time"].toString().isEmpty());
    }

    void watchEndsCleanlyWhenInterrupted()
    {
        // Until interrupted: SIGTERM (as from a service manager or Ctrl+C's SIGINT) ends the
        // event loop with exit code 0, after the lines printed so far.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GH_TOKEN"), kToken);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RELAYQCTL_PATH),
                      { QStringLiteral("watch"), QStringLiteral("--repo"),
                        QStringLiteral("acme/media"), QStringLiteral("--api-url"),
                        m_sim->baseUrl().toString() });
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->counters().requests > 0, 20000);
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += process.readAllStandardOutput()).contains("runners online"), 20000);
        QSignalSpy finished(&process, &QProcess::finished);
        process.terminate();
        QVERIFY(finished.wait(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRelayqctl)
#include "TestRelayqctl.moc"
