// LaunchdService against a stand-in for launchctl (tests/data/fake-launchctl) that records its
// exact argv and answers like launchctl on macOS 14: the label comes from a real-looking `.service`
// file, the gui/<uid> domain from an injected uid.

#include "LocalProcessRunner.h"
#include "macos/LaunchdService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace relayq;
using Kind = ServiceState::Kind;

Q_DECLARE_METATYPE(relayq::ServiceState::Kind)

namespace {

const QString kLabel = QStringLiteral("actions.runner.acme-media.mac-mini");
const QString kTarget = QStringLiteral("gui/501/") + kLabel;
constexpr uint kUid = 501;

QString dataPath(const QString &relative)
{
    return QStringLiteral(RELAYQ_TEST_DATA "/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

std::optional<ServiceOutcome> runAndWait(ServiceControl &service, ServiceAction action)
{
    std::optional<ServiceOutcome> result;
    QObject context;
    service.run(action, &context, [&](const ServiceOutcome &outcome) { result = outcome; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 15000); // empty: timed out
    return result;
}

// One call as the stand-in logs it: program, then each argument after a tab.
QString call(const QStringList &argv)
{
    return (QStringList { QStringLiteral("launchctl") } + argv).join(QLatin1Char('\t'));
}

QString printCall()
{
    return call({ QStringLiteral("print"), kTarget });
}

} // namespace

class TestLaunchdService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void labelFromServiceFile();
    void labelValidation_data();
    void labelValidation();
    void parsesPrintOutput_data();
    void parsesPrintOutput();

    void statusOfRunningAgent();
    void restartKickstartsWithKill();
    void stopBootsOutThenStartBootstraps();
    void startOfLoadedAgentKickstarts();
    void missingAgentIsNotFound();
    void failingBootstrap();
    void agentExitingAtOnceIsFailed();
    void hangingLaunchctlTimesOut();
    void refusesBadLabelWithoutRunningAnything();
    void describesItself();

private:
    QStringList loggedCalls() const;
    LaunchdService launchd(const QString &plistPath);
    LaunchdService fromServiceFile();
    // A plist on disk (content irrelevant to the stand-in) and the .service naming it.
    QString installedPlist();
    void setAgent(const QByteArray &state);

    LocalProcessRunner m_processes;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLaunchdService::initTestCase()
{
#ifdef Q_OS_WIN
    QSKIP("The stand-in for launchctl is a POSIX shell script.");
#endif
    QVERIFY(QFileInfo(dataPath(QStringLiteral("fake-launchctl/launchctl"))).isExecutable());
}

void TestLaunchdService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("agents")));
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("LaunchAgents")));
    qputenv("FAKE_LAUNCHCTL_LOG", m_dir->filePath(QStringLiteral("calls.log")).toLocal8Bit());
    qputenv("FAKE_LAUNCHCTL_AGENTS", m_dir->filePath(QStringLiteral("agents")).toLocal8Bit());
    for (const char *name :
         { "FAKE_LAUNCHCTL_BOOTSTRAP_FAILS", "FAKE_LAUNCHCTL_EXITS", "FAKE_LAUNCHCTL_HANGS" })
        qunsetenv(name);
}

QStringList TestLaunchdService::loggedCalls() const
{
    QStringList calls;
    for (const QByteArray &line :
         readFile(m_dir->filePath(QStringLiteral("calls.log"))).split('\n'))
        if (!line.isEmpty())
            calls << QString::fromUtf8(line);
    return calls;
}

LaunchdService TestLaunchdService::launchd(const QString &plistPath)
{
    LaunchdService service(m_processes, plistPath, kUid);
    service.setLaunchctlProgram(dataPath(QStringLiteral("fake-launchctl/launchctl")));
    return service;
}

LaunchdService TestLaunchdService::fromServiceFile()
{
    return launchd(QString::fromUtf8(readFile(dataPath(QStringLiteral("runners/macos.service")))));
}

QString TestLaunchdService::installedPlist()
{
    const QString plist
        = m_dir->filePath(QStringLiteral("LaunchAgents/") + kLabel + QStringLiteral(".plist"));
    writeFile(plist, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"/>\n");
    return plist;
}

void TestLaunchdService::setAgent(const QByteArray &state)
{
    writeFile(m_dir->filePath(QStringLiteral("agents/") + kLabel), state + '\n');
}

void TestLaunchdService::labelFromServiceFile()
{
    const QByteArray file = readFile(dataPath(QStringLiteral("runners/macos.service")));
    QVERIFY(file.endsWith('\n')); // as svc.sh writes it
    const LaunchdService service = fromServiceFile();
    QCOMPARE(service.label(), kLabel);
    QCOMPARE(service.plistPath(),
             QStringLiteral("/Users/me/Library/LaunchAgents/") + kLabel + QStringLiteral(".plist"));
    QCOMPARE(service.serviceTarget(), kTarget);
#ifdef Q_OS_UNIX
    QCOMPARE(LaunchdService(m_processes, service.plistPath()).serviceTarget(),
             QStringLiteral("gui/%1/").arg(::getuid()) + kLabel);
#endif
}

void TestLaunchdService::labelValidation_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("valid");
    QTest::newRow("runner label") << kLabel << true;
    QTest::newRow("underscore") << QStringLiteral("my_runner-2") << true;
    QTest::newRow("option") << QStringLiteral("-k") << false;
    QTest::newRow("slash") << QStringLiteral("gui/0/x") << false;
    QTest::newRow("space") << QStringLiteral("my runner") << false;
    QTest::newRow("quote") << QStringLiteral("a'b") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestLaunchdService::labelValidation()
{
    QFETCH(QString, label);
    QFETCH(bool, valid);
    QCOMPARE(LaunchdService::isValidLabel(label), valid);
}

void TestLaunchdService::parsesPrintOutput_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("detail");
    const QByteArray head = "gui/501/x = {\n\tactive count = 1\n";
    QTest::newRow("running") << head
            + "\tstate = running\n\tendpoints = {\n\t\t\"e\" = {\n\t\t\tstate = idle\n\t\t}\n\t}\n"
              "\tpid = 812\n\tlast exit code = (never exited)\n}\n"
                             << Kind::Running << QStringLiteral("running, pid 812");
    QTest::newRow("stopped") << head + "\tstate = not running\n\tlast exit code = 0\n}\n"
                             << Kind::Stopped << QStringLiteral("not running, last exit code 0");
    QTest::newRow("exited with error")
        << head + "\tstate = not running\n\tlast exit code = 78: EX_CONFIG\n}\n"
        << Kind::Failed << QStringLiteral("not running, last exit code 78: EX_CONFIG");
    QTest::newRow("nested state only")
        << head + "\tendpoints = {\n\t\tstate = running\n\t}\n}\n"
        << Kind::Unknown << QStringLiteral("launchctl gave no state");
    QTest::newRow("nothing") << QByteArray() << Kind::Unknown
                             << QStringLiteral("launchctl gave no state");
}

void TestLaunchdService::parsesPrintOutput()
{
    QFETCH(QByteArray, output);
    QFETCH(Kind, kind);
    QFETCH(QString, detail);
    const ServiceState state = LaunchdService::parsePrint(output);
    QCOMPARE(state.kind, kind);
    QCOMPARE(state.detail, detail);
}

void TestLaunchdService::statusOfRunningAgent()
{
    setAgent("running 4242");
    LaunchdService service = fromServiceFile();
    const auto outcome = runAndWait(service, ServiceAction::Status);
    QVERIFY(outcome);
    QVERIFY(outcome->ok);
    QCOMPARE(outcome->state.kind, Kind::Running);
    QCOMPARE(outcome->message, kLabel + QStringLiteral(" is running (running, pid 4242)."));
    QCOMPARE(loggedCalls(), QStringList { printCall() });
    QVERIFY(outcome->helperOutput.startsWith(QStringLiteral("$ ")
                                             + dataPath(QStringLiteral("fake-launchctl/launchctl"))
                                             + QStringLiteral(" print ") + kTarget));
}

void TestLaunchdService::restartKickstartsWithKill()
{
    setAgent("running 100");
    LaunchdService service = fromServiceFile();
    const auto outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->message));
    QCOMPARE(outcome->message, kLabel + QStringLiteral(" was restarted."));
    QCOMPARE(outcome->state.kind, Kind::Running);
    QCOMPARE(outcome->state.detail, QStringLiteral("running, pid 4242"));
    QCOMPARE(loggedCalls(),
             (QStringList { call({ QStringLiteral("kickstart"), QStringLiteral("-k"), kTarget }),
                            printCall() }));
}

void TestLaunchdService::stopBootsOutThenStartBootstraps()
{
    setAgent("running 100");
    const QString plist = installedPlist();
    LaunchdService service = launchd(plist);
    auto outcome = runAndWait(service, ServiceAction::Stop);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->message));
    // Booted out is not loaded, which for an agent whose plist is there is stopped.
    QCOMPARE(outcome->state.kind, Kind::Stopped);
    QCOMPARE(outcome->state.detail, QStringLiteral("not loaded"));

    outcome = runAndWait(service, ServiceAction::Status);
    QVERIFY(outcome && outcome->ok);
    QCOMPARE(outcome->state.kind, Kind::Stopped);

    outcome = runAndWait(service, ServiceAction::Start);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->message));
    QCOMPARE(outcome->state.kind, Kind::Running);

    outcome = runAndWait(service, ServiceAction::Stop);
    QVERIFY(outcome && outcome->ok);
    outcome = runAndWait(service, ServiceAction::Stop); // already out: still stopped, fine
    QVERIFY(outcome && outcome->ok);
    QCOMPARE(outcome->state.kind, Kind::Stopped);
    QCOMPARE(loggedCalls(),
             (QStringList { call({ QStringLiteral("bootout"), kTarget }), printCall(), printCall(),
                            call({ QStringLiteral("kickstart"), kTarget }),
                            call({ QStringLiteral("bootstrap"), QStringLiteral("gui/501"), plist }),
                            printCall(), call({ QStringLiteral("bootout"), kTarget }), printCall(),
                            call({ QStringLiteral("bootout"), kTarget }), printCall() }));
}

void TestLaunchdService::startOfLoadedAgentKickstarts()
{
    setAgent("not running 0");
    LaunchdService service = fromServiceFile();
    const auto outcome = runAndWait(service, ServiceAction::Start);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->message));
    QCOMPARE(outcome->message, kLabel + QStringLiteral(" was started."));
    QCOMPARE(outcome->state.kind, Kind::Running);
    QCOMPARE(loggedCalls(),
             (QStringList { call({ QStringLiteral("kickstart"), kTarget }), printCall() }));
}

void TestLaunchdService::missingAgentIsNotFound()
{
    LaunchdService service = fromServiceFile(); // not loaded, and no plist on this machine
    const QString expected = QStringLiteral("The LaunchAgent ") + kLabel
        + QStringLiteral(" is not installed (launchd does not know it and ") + service.plistPath()
        + QStringLiteral(" does not exist).");
    for (ServiceAction action : { ServiceAction::Status, ServiceAction::Start,
                                  ServiceAction::Restart, ServiceAction::Stop }) {
        const auto outcome = runAndWait(service, action);
        QVERIFY(outcome);
        QVERIFY(!outcome->ok);
        QCOMPARE(outcome->state.kind, Kind::NotFound);
        QCOMPARE(outcome->message, expected);
    }
    // Nothing bootstrapped from a plist that is not there.
    QCOMPARE(loggedCalls(),
             (QStringList { printCall(), call({ QStringLiteral("kickstart"), kTarget }),
                            call({ QStringLiteral("kickstart"), QStringLiteral("-k"), kTarget }),
                            call({ QStringLiteral("bootout"), kTarget }) }));
}

void TestLaunchdService::failingBootstrap()
{
    qputenv("FAKE_LAUNCHCTL_BOOTSTRAP_FAILS", "1");
    LaunchdService service = launchd(installedPlist());
    const auto outcome = runAndWait(service, ServiceAction::Start);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->message,
             QStringLiteral("Starting ") + kLabel
                 + QStringLiteral(" failed: Bootstrap failed: 5: Input/output error"));
    QCOMPARE(outcome->state.kind, Kind::Stopped);
    QVERIFY(outcome->helperOutput.contains(QStringLiteral("Try re-running the command as root")));
    QCOMPARE(loggedCalls().size(), 3); // kickstart, bootstrap, print
}

void TestLaunchdService::agentExitingAtOnceIsFailed()
{
    setAgent("running 100");
    qputenv("FAKE_LAUNCHCTL_EXITS", "78: EX_CONFIG");
    LaunchdService service = fromServiceFile();
    const auto outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->state.kind, Kind::Failed);
    QCOMPARE(outcome->message,
             QStringLiteral("Restarting ") + kLabel
                 + QStringLiteral(" failed: not running, last exit code 78: EX_CONFIG"));
}

void TestLaunchdService::hangingLaunchctlTimesOut()
{
    setAgent("running 100");
    qputenv("FAKE_LAUNCHCTL_HANGS", "1");
    LaunchdService service = fromServiceFile();
    service.setActionTimeoutMs(300);
    const auto outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->state.kind, Kind::Unknown);
    QVERIFY2(outcome->message.startsWith(QStringLiteral("Restarting ") + kLabel
                                         + QStringLiteral(" failed: ")),
             qPrintable(outcome->message));
    QVERIFY2(outcome->message.contains(QStringLiteral("did not finish within 300 ms")),
             qPrintable(outcome->message));
    QCOMPARE(loggedCalls().size(), 1);
}

void TestLaunchdService::refusesBadLabelWithoutRunningAnything()
{
    LaunchdService service = launchd(QStringLiteral("/Users/me/Library/LaunchAgents/-k x.plist"));
    const auto outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QVERIFY(outcome->message.contains(QStringLiteral("is not a LaunchAgent label")));
    QVERIFY(loggedCalls().isEmpty());
}

void TestLaunchdService::describesItself()
{
    const LaunchdService service = fromServiceFile();
    QCOMPARE(service.helperName(), QStringLiteral("launchd"));
    QCOMPARE(service.describe(),
             QStringLiteral("LaunchAgent ") + kTarget + QStringLiteral(" (") + service.plistPath()
                 + QLatin1Char(')'));
}

QTEST_GUILESS_MAIN(TestLaunchdService)
#include "TestLaunchdService.moc"
