// relayqctl as a user runs it: the real binary, over real loopback HTTP, against the simulator.
// Checks the JSON contract, the exit codes of the seed's convention, and that the token never
// shows in any output.

#include "AppSettings.h"
#include "Clock.h"
#include "SettingsStore.h"
#include "SimFleet.h"
#include "Simulator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
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
    QTemporaryDir m_home; // the child's config folder: never the developer's settings

    // The child's environment: GH_TOKEN = `token` (when given), no settings file of the
    // developer's, and no keychain (a session bus nobody listens on; the keychain tests use a
    // real one).
    QProcessEnvironment childEnvironment(const QString &token) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GH_TOKEN"));
        env.remove(QStringLiteral("GITHUB_TOKEN"));
        env.remove(QStringLiteral("RELAYQ_CONFIG"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/relayq-test-bus"));
        if (!token.isEmpty())
            env.insert(QStringLiteral("GH_TOKEN"), token);
        return env;
    }

    // Runs relayqctl without blocking the event loop: the simulator answers from this thread.
    Run relayqctl(const QStringList &arguments, const QString &token = kToken,
                  const QHash<QString, QString> &extraEnv = {})
    {
        QProcess process;
        QProcessEnvironment env = childEnvironment(token);
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
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
        QTest::newRow("backup without a runner folder")
            << QStringList { QStringLiteral("backup") } << kToken;
        QTest::newRow("restore without an archive")
            << QStringList { QStringLiteral("restore"), QStringLiteral("--runner-dir"),
                             QStringLiteral("/tmp") }
            << kToken;
        QTest::newRow("--out outside backup")
            << QStringList { QStringLiteral("status"), QStringLiteral("--demo"),
                             QStringLiteral("--out"), QStringLiteral("/tmp") }
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

    // A settings file as relayq-tray writes it: the simulator's URL and one repository.
    QString writeSettingsFile()
    {
        AppSettings settings;
        settings.apiUrl = m_sim->baseUrl();
        settings.targets = { Target::repository(QStringLiteral("acme"), QStringLiteral("media")) };
        const QString path = m_home.filePath(QStringLiteral("elsewhere/settings.ini"));
        SettingsStore store(path);
        const auto refused = store.save(settings);
        return refused ? QString() : path;
    }

    void targetsAndApiUrlFromConfigFile()
    {
        const QString path = writeSettingsFile();
        QVERIFY(!path.isEmpty());
        const Run run = relayqctl({ QStringLiteral("status"), QStringLiteral("--json"),
                                    QStringLiteral("--config"), path });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json[u"runners"].toArray().size(), 2);
        QCOMPARE(json[u"targets"].toArray().at(0)[u"name"].toString(),
                 QStringLiteral("acme/media"));
        QVERIFY(m_sim->counters().requests > 0);
    }

    void configFileFromEnvironment()
    {
        const QString path = writeSettingsFile();
        QVERIFY(!path.isEmpty());
        const Run run = relayqctl({ QStringLiteral("status"), QStringLiteral("--json") }, kToken,
                                  { { QStringLiteral("RELAYQ_CONFIG"), path } });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json()[u"runners"].toArray().size(), 2);
    }

    void commandLineWinsOverConfigFile()
    {
        const QString path = writeSettingsFile();
        QVERIFY(!path.isEmpty());
        m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("other"));
        const Run run = relayqctl({ QStringLiteral("status"), QStringLiteral("--json"),
                                    QStringLiteral("--config"), path, QStringLiteral("--repo"),
                                    QStringLiteral("acme/other") });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray targets = run.json()[u"targets"].toArray();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.at(0)[u"name"].toString(), QStringLiteral("acme/other"));
    }

    void missingConfigFileIsUsageError()
    {
        const Run run = relayqctl({ QStringLiteral("status"), QStringLiteral("--config"),
                                    m_home.filePath(QStringLiteral("no-such.ini")) });
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("no-such.ini"));
        QCOMPARE(m_sim->counters().requests, 0);
    }

    void noTokenNamesAuthLogin()
    {
        const Run run = relayqctl(statusArgs(), QString());
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("relayqctl auth login --with-token"), run.err.constData());
        QVERIFY(run.err.contains("GH_TOKEN"));
        QCOMPARE(m_sim->counters().requests, 0);
    }

    void authLoginRefusesTokenArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString token = QStringLiteral("ghp_onTheCommandLine0123456789");
        const QString auth = QStringLiteral("auth");
        const QString login = QStringLiteral("login");
        const QString withToken = QStringLiteral("--with-token");
        QTest::newRow("--with-token TOKEN") << QStringList { auth, login, withToken, token };
        QTest::newRow("--with-token=TOKEN")
            << QStringList { auth, login, withToken + QLatin1Char('=') + token };
        QTest::newRow("--with-token=anything")
            << QStringList { auth, login, QStringLiteral("--with-token=hunter2") };
        QTest::newRow("--with-token word")
            << QStringList { auth, login, withToken, QStringLiteral("hunter2") };
        QTest::newRow("fine-grained token")
            << QStringList { auth, login, withToken,
                             QStringLiteral("github_pat_11ABCDEFG0123456789_abcdefghijkl") };
        QTest::newRow("token after status")
            << QStringList { QStringLiteral("status"), QStringLiteral("--repo"),
                             QStringLiteral("a/b"), token };
        QTest::newRow("login without --with-token") << QStringList { auth, login };
        QTest::newRow("auth alone") << QStringList { auth };
        QTest::newRow("auth unknown") << QStringList { auth, QStringLiteral("frobnicate") };
        QTest::newRow("--with-token elsewhere")
            << QStringList { auth, QStringLiteral("status"), withToken };
        QTest::newRow("api-url and hostname")
            << QStringList { auth,
                             QStringLiteral("logout"),
                             QStringLiteral("--hostname"),
                             QStringLiteral("github.com"),
                             QStringLiteral("--api-url"),
                             QStringLiteral("https://api.github.com") };
        QTest::newRow("hostname as URL")
            << QStringList { auth, QStringLiteral("logout"), QStringLiteral("--hostname"),
                             QStringLiteral("https://ghe.example.com") };
    }

    void authLoginRefusesTokenArguments()
    {
        QFETCH(QStringList, arguments);
        const Run run = relayqctl(arguments, QString());
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!run.err.trimmed().isEmpty()); // says what is wrong
        // Never repeated back: it may be a secret.
        QVERIFY2(!run.err.contains("hunter2"), run.err.constData());
        QVERIFY2(!run.err.contains("onTheCommandLine"), run.err.constData());
        QVERIFY2(!run.err.contains("github_pat_"), run.err.constData());
        QCOMPARE(m_sim->counters().requests, 0);
    }

    void authHelp()
    {
        const Run run = relayqctl({ QStringLiteral("auth"), QStringLiteral("--help") }, QString());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("auth login --with-token"));
        QVERIFY(run.out.contains("auth logout"));
        const Run general = relayqctl({ QStringLiteral("--help") }, QString());
        QVERIFY(general.out.contains("--config"));
        QVERIFY(general.out.contains("auth status"));
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
        process.setProcessEnvironment(childEnvironment(kToken));
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

    // `relayqctl runners`: a runner directory as config.sh leaves it, matched to the
    // simulator's runner by id. HOME points at an empty folder so that the developer's own
    // ~/actions-runner* stay out of the test.
    QString makeRunnerDir(const QString &folder, qint64 id, const QString &name)
    {
        const QString dir = m_home.filePath(folder);
        QDir().mkpath(dir);
        QFile runner(QDir(dir).filePath(QStringLiteral(".runner")));
        const QByteArray json = QByteArray("\xEF\xBB\xBF")
            + QStringLiteral("{\"agentId\": %1, \"agentName\": \"%2\", \"poolId\": 1, "
                             "\"serverUrl\": \"https://pipelines.example\", "
                             "\"gitHubUrl\": \"https://github.com/acme/media\", "
                             "\"workFolder\": \"_work\"}")
                  .arg(id)
                  .arg(name)
                  .toUtf8();
        QFile service(QDir(dir).filePath(QStringLiteral(".service")));
        const bool written = runner.open(QIODevice::WriteOnly) && runner.write(json) == json.size()
            && service.open(QIODevice::WriteOnly)
            && service.write("actions.runner.acme-media." + name.toUtf8() + '\n') > 0;
        return written ? dir : QString();
    }

    QHash<QString, QString> emptyHome() const
    {
        return { { QStringLiteral("HOME"), m_home.filePath(QStringLiteral("home")) } };
    }

    void runnersMatchesLocalRunnerOnGitHub()
    {
        const QString dir
            = makeRunnerDir(QStringLiteral("rpi4"), m_rpi4, QStringLiteral("rpi4-runner"));
        QVERIFY(!dir.isEmpty());
        const Run run = relayqctl({ QStringLiteral("runners"), QStringLiteral("--runner-dir"), dir,
                                    QStringLiteral("--repo"), QStringLiteral("acme/media"),
                                    QStringLiteral("--api-url"), m_sim->baseUrl().toString() },
                                  kToken, emptyHome());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("rpi4-runner"), run.out.constData());
        QVERIFY(run.out.contains(dir.toUtf8()));
        QVERIFY(run.out.contains("actions.runner.acme-media.rpi4-runner"));
        QVERIFY(run.out.contains("GitHub:    online"));
        QVERIFY(!run.out.contains(kToken.toUtf8()));
        QVERIFY(m_sim->counters().requests > 0);
    }

    void runnersJsonFromConfigFile()
    {
        const QString rpi4
            = makeRunnerDir(QStringLiteral("rpi4"), m_rpi4, QStringLiteral("rpi4-runner"));
        const QString gone
            = makeRunnerDir(QStringLiteral("gone"), 99999, QStringLiteral("gone-runner"));
        const QString empty = m_home.filePath(QStringLiteral("empty"));
        QVERIFY(!rpi4.isEmpty() && !gone.isEmpty() && QDir().mkpath(empty));
        m_sim->fleet().setRunnerOnline(m_rpi4, false);
        AppSettings settings;
        settings.apiUrl = m_sim->baseUrl();
        settings.targets = { Target::repository(QStringLiteral("acme"), QStringLiteral("media")) };
        settings.runnerDirectories = { rpi4, gone, empty };
        const QString path = m_home.filePath(QStringLiteral("runners/settings.ini"));
        QVERIFY(!SettingsStore(path).save(settings));

        QHash<QString, QString> env = emptyHome();
        env.insert(QStringLiteral("RELAYQ_CONFIG"), path);
        const Run run
            = relayqctl({ QStringLiteral("runners"), QStringLiteral("--json") }, kToken, env);
        QCOMPARE(run.exitCode, 1); // offline, unknown to GitHub, not a runner directory
        const QJsonArray runners = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(runners.size(), 3);
        const QJsonObject first = runners.at(0).toObject();
        QCOMPARE(first[u"name"].toString(), QStringLiteral("rpi4-runner"));
        QCOMPARE(first[u"directory"].toString(), rpi4);
        QCOMPARE(first[u"agentId"].toInteger(), m_rpi4);
        QCOMPARE(first[u"serviceName"].toString(),
                 QStringLiteral("actions.runner.acme-media.rpi4-runner"));
#ifdef Q_OS_LINUX
        QCOMPARE(first[u"helper"].toString(), QStringLiteral("systemd"));
#endif
        QCOMPARE(first[u"github"][u"status"].toString(), QStringLiteral("offline"));
        QCOMPARE(first[u"github"][u"id"].toInteger(), m_rpi4);
        QCOMPARE(first[u"github"][u"target"].toString(), QStringLiteral("acme/media"));
        QVERIFY(first[u"problems"].toArray().isEmpty());
        QCOMPARE(runners.at(1)[u"github"][u"status"].toString(), QStringLiteral("not_found"));
        const QJsonObject third = runners.at(2).toObject();
        QCOMPARE(third[u"github"][u"status"].toString(), QStringLiteral("unknown"));
        QCOMPARE(third[u"helper"].toString(), QStringLiteral("none"));
        QCOMPARE(third[u"problems"].toArray().at(0).toString(),
                 QStringLiteral("no .runner file: not a configured runner directory"));
    }

    void runnersWithoutTokenStillLists()
    {
        const QString dir
            = makeRunnerDir(QStringLiteral("rpi4"), m_rpi4, QStringLiteral("rpi4-runner"));
        QVERIFY(!dir.isEmpty());
        const QStringList args {
            QStringLiteral("runners"),  QStringLiteral("--runner-dir"), dir,
            QStringLiteral("--repo"),   QStringLiteral("acme/media"),   QStringLiteral("--api-url"),
            m_sim->baseUrl().toString()
        };
        const Run run = relayqctl(args, QString(), emptyHome());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("rpi4-runner"));
        QVERIFY2(run.out.contains("unknown: no GitHub token"), run.out.constData());
        const Run json
            = relayqctl(args + QStringList { QStringLiteral("--json") }, QString(), emptyHome());
        QCOMPARE(json.exitCode, 0);
        const QJsonObject github
            = QJsonDocument::fromJson(json.out).array().at(0)[u"github"].toObject();
        QCOMPARE(github[u"status"].toString(), QStringLiteral("unknown"));
        QVERIFY(github[u"reason"].toString().contains(QStringLiteral("token")));
        QCOMPARE(m_sim->counters().requests, 0);
    }

    void runnersDemoMatchesByName()
    {
        const QString dir
            = makeRunnerDir(QStringLiteral("demo"), 123456, QStringLiteral("rpi4-runner"));
        QVERIFY(!dir.isEmpty());
        const Run run = relayqctl({ QStringLiteral("runners"), QStringLiteral("--demo"),
                                    QStringLiteral("--runner-dir"), dir, QStringLiteral("--json") },
                                  QString(), emptyHome());
        QVERIFY(run.exitCode == 0 || run.exitCode == 1); // the demo fleet's runner may be offline
        const QJsonArray runners = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(runners.size(), 1);
        const QString status = runners.at(0)[u"github"][u"status"].toString();
        QVERIFY2(QStringList({ QStringLiteral("online"), QStringLiteral("busy"),
                               QStringLiteral("offline") })
                     .contains(status),
                 qPrintable(status));
        QCOMPARE(runners.at(0)[u"github"][u"target"].toString(),
                 QStringLiteral("relayq-demo/media-jobs"));
    }

    // The seed's tar command, done safely: the archive path on stdout, 0600, the warning that
    // it holds the private key; restore refuses a configured runner and fills an empty folder.
    void backupThenRestore()
    {
        const QString dir = makeRunnerDir(QStringLiteral("backup-me"), 77, QStringLiteral("rpi4"));
        QVERIFY(!dir.isEmpty());
        const QString out = m_home.filePath(QStringLiteral("archives"));
        const Run backup = relayqctl({ QStringLiteral("backup"), QStringLiteral("--runner-dir"),
                                       dir, QStringLiteral("--out"), out },
                                     QString(), emptyHome());
        QCOMPARE(backup.exitCode, 0);
        const QString archive = QString::fromUtf8(backup.out).trimmed();
        QVERIFY2(archive.startsWith(out + QStringLiteral("/rpi4-")), qPrintable(archive));
        // Qt's flags: 0x0070 group, 0x0007 others — neither may read the private key.
        const QFile::Permissions mode = QFileInfo(archive).permissions();
        QVERIFY(mode.testFlag(QFile::ReadUser) && mode.testFlag(QFile::WriteUser));
        QCOMPARE(int(mode) & 0x0077, 0);
        QVERIFY(backup.err.contains("private key"));

        const Run refused
            = relayqctl({ QStringLiteral("restore"), archive, QStringLiteral("--runner-dir"), dir },
                        QString(), emptyHome());
        QCOMPARE(refused.exitCode, 3);

        const QString fresh = m_home.filePath(QStringLiteral("restored"));
        QVERIFY(QDir().mkpath(fresh));
        const Run restore = relayqctl(
            { QStringLiteral("restore"), archive, QStringLiteral("--runner-dir"), fresh },
            QString(), emptyHome());
        QCOMPARE(restore.exitCode, 0);
        QFile original(QDir(dir).filePath(QStringLiteral(".runner")));
        QFile copy(QDir(fresh).filePath(QStringLiteral(".runner")));
        QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());
    }

    void backupOfAFolderWithoutARunnerIsRefused()
    {
        const Run run
            = relayqctl({ QStringLiteral("backup"), QStringLiteral("--runner-dir"), m_home.path(),
                          QStringLiteral("--out"), m_home.filePath(QStringLiteral("none")) },
                        QString(), emptyHome());
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(".runner"));
        QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("none"))));
    }

    void runnerDirBelongsToRunners()
    {
        const Run run = relayqctl({ QStringLiteral("status"), QStringLiteral("--demo"),
                                    QStringLiteral("--runner-dir"), m_home.path() });
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("--runner-dir"));
    }
};

QTEST_GUILESS_MAIN(TestRelayqctl)
#include "TestRelayqctl.moc"
