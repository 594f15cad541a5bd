// The token must never leave the process except in the Authorization header to the configured
// API host. This runs the whole monitoring loop at the most verbose log level through a good
// poll and every kind of failure, capturing everything a user or a bug report could see:
// spdlog output, Qt's own messages, connection messages and the URLs of every exchange.

#include "Clock.h"
#include "ConnectionStatus.h"
#include "FleetWatch.h"
#include "GitHubClient.h"
#include "SimFleet.h"
#include "Simulator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <sstream>

using namespace relayq;
using relayq::sim::SimFault;
using relayq::sim::Simulator;

namespace {
const QString kToken = QStringLiteral("ghp_hygieneTOKEN0123456789abcdefABCDEF");
const QString kRepo = QStringLiteral("acme/media");

QString g_qtMessages;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QString data(const QString &relative)
{
    return QStringLiteral(RELAYQ_TEST_DATA "/") + relative;
}

// relayqctl's environment as a user who exported GH_TOKEN has it, in a private HOME.
QProcessEnvironment withToken(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "GITHUB_TOKEN", "RELAYQ_CONFIG", "DISPLAY" })
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("GH_TOKEN"), kToken);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/relayq-test-bus"));
    env.insert(QStringLiteral("RELAYQ_PRIVILEGE_WRAPPER"), QString());
    return env;
}
void captureQtMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_qtMessages += message + QLatin1Char('\n');
}
} // namespace

class TestTokenHygiene : public QObject
{
    Q_OBJECT

    std::ostringstream m_log;
    std::shared_ptr<spdlog::logger> m_previousLogger;
    ManualClock m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FleetWatch> m_watch;
    QStringList m_seen; // everything shown or logged besides the log itself

    void poll()
    {
        QSignalSpy polled(m_watch.get(), &FleetWatch::polled);
        QVERIFY(m_watch->checkNow());
        QVERIFY(polled.wait(15000));
        m_seen.append(m_watch->connection().message);
    }

    void verifyNoToken(const QString &where, const QByteArray &bytes)
    {
        verifyNoToken(where, QString::fromUtf8(bytes));
    }

    void verifyNoToken(const QString &where, const QString &text)
    {
        QVERIFY2(!text.contains(kToken), qPrintable(where + QStringLiteral(" shows the token")));
        // Also no recognisable part of it (a log line cut in the middle still leaks).
        QVERIFY2(!text.contains(kToken.mid(4, 16)),
                 qPrintable(where + QStringLiteral(" shows part of the token")));
    }

private slots:
    void initTestCase()
    {
        m_previousLogger = spdlog::default_logger();
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_log);
        auto logger = std::make_shared<spdlog::logger>("hygiene", sink);
        logger->set_level(spdlog::level::trace);
        spdlog::set_default_logger(logger);
        qInstallMessageHandler(captureQtMessage);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=true"));

        m_sim = std::make_unique<Simulator>(m_clock);
        m_sim->setRequiredToken(kToken);
        QVERIFY(m_sim->listen());
        m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("media"));
        m_sim->fleet().addRunner(kRepo, QStringLiteral("rpi4-runner"), { QStringLiteral("rpi4") });

        m_network = std::make_unique<QNetworkAccessManager>();
        m_watch = std::make_unique<FleetWatch>(m_network.get(), m_clock);
        QVERIFY(!m_watch->setApiBase(m_sim->baseUrl()).has_value());
        m_watch->setToken(kToken);
        m_watch->setTargets({ *Target::parse(kRepo) });
        m_watch->setSettings(MonitorSettings {});
        m_watch->client().setTransferTimeoutMs(300);
        connect(&m_watch->client(), &GitHubClient::exchangeFinished, this,
                [this](const QUrl &url, int, bool) { m_seen.append(url.toString()); });
    }

    void cleanupTestCase()
    {
        m_watch.reset();
        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules(QString());
        spdlog::set_default_logger(m_previousLogger);
    }

    void goodPollThenEveryFailure()
    {
        poll();
        QVERIFY(m_watch->connection().isOk());
        QVERIFY2(m_sim->lastAuthorization() == QStringLiteral("Bearer ") + kToken,
                 "the simulator must have received the token, or this test proves nothing");

        auto fault = [](SimFault::Kind kind, int status = 500) {
            SimFault f;
            f.kind = kind;
            f.status = status;
            return f;
        };
        const QList<SimFault> faults = {
            fault(SimFault::Kind::Status, 401), fault(SimFault::Kind::Status, 403),
            fault(SimFault::Kind::Status, 500), fault(SimFault::Kind::Malformed),
            fault(SimFault::Kind::Truncated),   fault(SimFault::Kind::ResetMidBody),
            fault(SimFault::Kind::NoAnswer),
        };
        for (const SimFault &each : faults) {
            m_sim->clearFaults();
            m_sim->addFault(each);
            poll();
            QVERIFY2(!m_watch->connection().isOk(),
                     qPrintable(QStringLiteral("fault %1 was not noticed").arg(int(each.kind))));
            m_clock.advance(2 * 60 * 60); // past any back-off
        }
        m_sim->clearFaults();
        poll();
        QVERIFY(m_watch->connection().isOk());

        const QString log = QString::fromStdString(m_log.str());
        QVERIFY2(log.contains(QStringLiteral("GET")), "the client logged nothing at trace level");
        verifyNoToken(QStringLiteral("the log"), log);
        verifyNoToken(QStringLiteral("Qt's messages"), g_qtMessages);
        verifyNoToken(QStringLiteral("connection messages and URLs"),
                      m_seen.join(QLatin1Char('\n')));
    }

    // A runner's service restarted by relayqctl (which read the token from GH_TOKEN) is a child
    // of it: neither its command line nor its environment may carry the token. The stand-in
    // service (tests/data/fake-service) leaves a process behind whose /proc entries show both.
    void restartedServiceCarriesNoToken()
    {
        SystemClock clock; // relayqctl runs on the wall clock
        Simulator sim(clock);
        sim.setRequiredToken(kToken);
        QVERIFY(sim.listen());
        sim.fleet().addRepository(QStringLiteral("acme"), QStringLiteral("media"));
        sim.fleet().addRunner(kRepo, QStringLiteral("svc-runner"), { QStringLiteral("audio") });
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString service = data(QStringLiteral("fake-service/"));
        const QString pidFile = home.filePath(QStringLiteral("service.pid"));
        const QString config = home.filePath(QStringLiteral("relayq.ini"));
        QVERIFY(writeFile(config,
                          QStringLiteral("[meta]\nschema_version=2\n\n[targets]\nlist=%1\n\n"
                                         "[runner_bindings]\nsize=1\n1\\runner=svc-runner\n"
                                         "1\\kind=commands\n1\\start=\"%2start %3\"\n"
                                         "1\\stop=\"%2stop %3\"\n1\\status=\"%2status %3\"\n")
                              .arg(kRepo, service, pidFile)
                              .toUtf8()));

        QProcess relayqctl;
        relayqctl.setProcessEnvironment(withToken(home.path()));
        QSignalSpy finished(&relayqctl, &QProcess::finished);
        relayqctl.start(QStringLiteral(RELAYQCTL_PATH),
                        { QStringLiteral("restart"), QStringLiteral("svc-runner"),
                          QStringLiteral("--config"), config, QStringLiteral("--api-url"),
                          sim.baseUrl().toString() });
        QVERIFY(finished.wait(60000));
        const QByteArray err = relayqctl.readAllStandardError();
        QVERIFY2(relayqctl.exitCode() == 0, err.constData());
        verifyNoToken(QStringLiteral("relayqctl's output"),
                      relayqctl.readAllStandardOutput() + err);

        const QByteArray pid = readAll(pidFile).trimmed();
        QVERIFY2(!pid.isEmpty(), "the restart started no service");
        const QString proc = QStringLiteral("/proc/") + QString::fromLatin1(pid);
        const QByteArray cmdline = readAll(proc + QStringLiteral("/cmdline"));
        const QByteArray environ = readAll(proc + QStringLiteral("/environ"));
        QProcess::execute(service + QStringLiteral("stop"), { pidFile });
        QVERIFY2(environ.contains("RELAYQ_PRIVILEGE_WRAPPER"),
                 "the service's environment could not be read: this test proves nothing");
        verifyNoToken(QStringLiteral("the service's command line"), cmdline);
        verifyNoToken(QStringLiteral("the service's environment"), environ);
    }

    // relayqctl dying of a crash while it holds the token (SIGSEGV, SIGABRT: what a bug or an
    // assertion does) leaves what it printed and what the crash handler says: no token there.
    void crashOutputCarriesNoToken_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGSEGV") << int(SIGSEGV);
        QTest::newRow("SIGABRT") << int(SIGABRT);
    }

    void crashOutputCarriesNoToken()
    {
        QFETCH(int, signal);
        SystemClock clock;
        Simulator sim(clock);
        sim.setRequiredToken(kToken);
        QVERIFY(sim.listen());
        sim.fleet().addRepository(QStringLiteral("acme"), QStringLiteral("media"));
        SimFault slow; // the token is in memory, a request in flight, when the crash comes
        slow.kind = SimFault::Kind::NoAnswer;
        sim.addFault(slow);
        QTemporaryDir home;
        QVERIFY(home.isValid());

        QProcess relayqctl;
        QProcessEnvironment environment = withToken(home.path());
        // In the sanitizer build (tests/sanitizers) ASan catches SIGSEGV itself, reports and
        // exits with code 23: let the signal kill relayqctl, as in a release build.
        environment.insert(QStringLiteral("ASAN_OPTIONS"),
                           environment.value(QStringLiteral("ASAN_OPTIONS"))
                               + QStringLiteral(":handle_segv=0"));
        relayqctl.setProcessEnvironment(environment);
        relayqctl.start(QStringLiteral(RELAYQCTL_PATH),
                        { QStringLiteral("status"), QStringLiteral("--verbose"),
                          QStringLiteral("--repo"), kRepo, QStringLiteral("--api-url"),
                          sim.baseUrl().toString() });
        QVERIFY(relayqctl.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!sim.lastAuthorization().isEmpty(), 15000);
        ::kill(pid_t(relayqctl.processId()), signal);
        QVERIFY(relayqctl.waitForFinished(15000));
        QCOMPARE(relayqctl.exitStatus(), QProcess::CrashExit);
        const QByteArray output
            = relayqctl.readAllStandardOutput() + relayqctl.readAllStandardError();
        verifyNoToken(QStringLiteral("the crash output"), output);
        // Nothing it wrote under its HOME (log files, settings) has it either.
        QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            verifyNoToken(file, readAll(file));
        }
    }
};

QTEST_GUILESS_MAIN(TestTokenHygiene)
#include "TestTokenHygiene.moc"
