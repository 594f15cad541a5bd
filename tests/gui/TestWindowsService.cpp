// WindowsService against stand-ins for sc.exe and powershell.exe (tests/data/fake-sc) that record
// their exact argv and answer like the Windows service manager does: the service name comes from
// a real-looking `.service` file; elevation goes through PowerShell's Start-Process -Verb RunAs.

#include "LocalProcessRunner.h"
#include "windows/WindowsService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace relayq;
using Kind = ServiceState::Kind;

Q_DECLARE_METATYPE(relayq::ServiceState::Kind)

namespace {

const QString kName = QStringLiteral("actions.runner.acme-media.win-box");

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

// One sc.exe call as the stand-in logs it: program, then each argument after a tab.
QString sc(const char *verb)
{
    return QStringLiteral("sc.exe\t%1\t%2").arg(QLatin1String(verb), kName);
}

// The elevated call as powershell.exe is given it.
QString elevated(const char *verb)
{
    const QString command
        = QStringLiteral("$p = Start-Process -FilePath '%1' -ArgumentList '%2','%3' -Verb RunAs "
                         "-Wait -WindowStyle Hidden -PassThru; exit $p.ExitCode")
              .arg(dataPath(QStringLiteral("fake-sc/sc.exe")), QLatin1String(verb), kName);
    return QStringList { QStringLiteral("powershell.exe"), QStringLiteral("-NoProfile"),
                         QStringLiteral("-NonInteractive"), QStringLiteral("-Command"), command }
        .join(QLatin1Char('\t'));
}

} // namespace

class TestWindowsService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void nameFromServiceFile();
    void nameValidation_data();
    void nameValidation();
    void parsesQueryOutput_data();
    void parsesQueryOutput();
    void elevatedCommandQuotes();

    void statusOfRunningService();
    void startAndStop();
    void restartWaitsUntilStopped();
    void restartGivesUpWhenTheServiceDoesNotStop();
    void elevatesOnceAfterAccessDenied();
    void elevationRefused();
    void missingServiceIsNotFound();
    void failingStart();
    void hangingScTimesOut();
    void refusesBadNameWithoutRunningAnything();
    void describesItself();

private:
    QStringList loggedCalls() const;
    WindowsService windows(const QString &name = kName);
    void setService(const QByteArray &state);
    QByteArray serviceState() const;

    LocalProcessRunner m_processes;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWindowsService::initTestCase()
{
#ifdef Q_OS_WIN
    QSKIP("The stand-ins for sc.exe and powershell.exe are POSIX shell scripts.");
#endif
    QVERIFY(QFileInfo(dataPath(QStringLiteral("fake-sc/sc.exe"))).isExecutable());
    QVERIFY(QFileInfo(dataPath(QStringLiteral("fake-sc/powershell.exe"))).isExecutable());
}

void TestWindowsService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("services")));
    qputenv("FAKE_SC_LOG", m_dir->filePath(QStringLiteral("calls.log")).toLocal8Bit());
    qputenv("FAKE_SC_SERVICES", m_dir->filePath(QStringLiteral("services")).toLocal8Bit());
    for (const char *name : { "FAKE_SC_NEEDS_ADMIN", "FAKE_SC_START_FAILS", "FAKE_SC_STOP_PENDING",
                              "FAKE_SC_HANGS", "FAKE_UAC_ANSWER" })
        qunsetenv(name);
}

QStringList TestWindowsService::loggedCalls() const
{
    QStringList calls;
    for (const QByteArray &line :
         readFile(m_dir->filePath(QStringLiteral("calls.log"))).split('\n'))
        if (!line.isEmpty())
            calls << QString::fromUtf8(line);
    return calls;
}

WindowsService TestWindowsService::windows(const QString &name)
{
    WindowsService service(m_processes, name);
    service.setScProgram(dataPath(QStringLiteral("fake-sc/sc.exe")));
    service.setPowershellProgram(dataPath(QStringLiteral("fake-sc/powershell.exe")));
    service.setStopPolls(5, 0); // no waiting between polls in tests
    return service;
}

void TestWindowsService::setService(const QByteArray &state)
{
    writeFile(m_dir->filePath(QStringLiteral("services/") + kName), state + '\n');
}

QByteArray TestWindowsService::serviceState() const
{
    return readFile(m_dir->filePath(QStringLiteral("services/") + kName)).trimmed();
}

void TestWindowsService::nameFromServiceFile()
{
    const QString fromFile
        = QString::fromUtf8(readFile(dataPath(QStringLiteral("runners/windows.service"))));
    QCOMPARE(WindowsService(m_processes, fromFile).serviceName(), kName);
    QCOMPARE(WindowsService(m_processes, kName + QStringLiteral("\r\n")).serviceName(), kName);
}

void TestWindowsService::nameValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("runner service") << kName << true;
    QTest::newRow("option") << QStringLiteral("-x") << false;
    QTest::newRow("quote") << QStringLiteral("a','b") << false;
    QTest::newRow("semicolon") << QStringLiteral("a;Remove-Item") << false;
    QTest::newRow("dollar") << QStringLiteral("$env") << false;
    QTest::newRow("space") << QStringLiteral("my runner") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestWindowsService::nameValidation()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(WindowsService::isValidServiceName(name), valid);
}

void TestWindowsService::parsesQueryOutput_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("detail");
    const auto query = [](const char *state, const char *exitCode) {
        return QByteArray(
                   "\r\nSERVICE_NAME: x\r\n        TYPE               : 10  WIN32_OWN_PROCESS"
                   "\r\n        STATE              : ")
            + state + "\r\n        WIN32_EXIT_CODE    : " + exitCode
            + "  (0x0)\r\n        CHECKPOINT         : 0x0\r\n";
    };
    QTest::newRow("running") << query("4  RUNNING", "0") << Kind::Running
                             << QStringLiteral("RUNNING");
    QTest::newRow("start pending")
        << query("2  START_PENDING", "0") << Kind::Running << QStringLiteral("START_PENDING");
    QTest::newRow("stopped") << query("1  STOPPED", "0") << Kind::Stopped
                             << QStringLiteral("STOPPED");
    QTest::newRow("never started")
        << query("1  STOPPED", "1077") << Kind::Stopped << QStringLiteral("STOPPED");
    QTest::newRow("crashed") << query("1  STOPPED", "1067") << Kind::Failed
                             << QStringLiteral("STOPPED, exit code 1067");
    QTest::newRow("stop pending") << query("3  STOP_PENDING", "0") << Kind::Stopped
                                  << QStringLiteral("STOP_PENDING");
    QTest::newRow("nothing") << QByteArray() << Kind::Unknown
                             << QStringLiteral("sc.exe gave no state");
}

void TestWindowsService::parsesQueryOutput()
{
    QFETCH(QByteArray, output);
    QFETCH(Kind, kind);
    QFETCH(QString, detail);
    const ServiceState state = WindowsService::parseQuery(output);
    QCOMPARE(state.kind, kind);
    QCOMPARE(state.detail, detail);
}

void TestWindowsService::elevatedCommandQuotes()
{
    QCOMPARE(WindowsService::elevatedCommand(QStringLiteral("C:\\Tools\\O'Brien\\sc.exe"),
                                             QStringLiteral("start"), kName),
             QStringLiteral("$p = Start-Process -FilePath 'C:\\Tools\\O''Brien\\sc.exe' "
                            "-ArgumentList 'start','")
                 + kName
                 + QStringLiteral("' -Verb RunAs -Wait -WindowStyle Hidden -PassThru; exit "
                                  "$p.ExitCode"));
}

void TestWindowsService::statusOfRunningService()
{
    setService("RUNNING 0");
    WindowsService service = windows();
    const auto outcome = runAndWait(service, ServiceAction::Status);
    QVERIFY(outcome);
    QVERIFY(outcome->ok);
    QCOMPARE(outcome->state.kind, Kind::Running);
    QCOMPARE(outcome->message, kName + QStringLiteral(" is running (RUNNING)."));
    QCOMPARE(loggedCalls(), QStringList { sc("query") });
    QVERIFY(outcome->helperOutput.contains(QStringLiteral("WIN32_OWN_PROCESS")));
}

void TestWindowsService::startAndStop()
{
    setService("STOPPED 1077");
    WindowsService service = windows();
    auto outcome = runAndWait(service, ServiceAction::Start);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->message));
    QCOMPARE(outcome->message, kName + QStringLiteral(" was started."));
    QCOMPARE(outcome->state.kind, Kind::Running);
    outcome = runAndWait(service, ServiceAction::Start); // 1056: already running is fine
    QVERIFY(outcome && outcome->ok);
    outcome = runAndWait(service, ServiceAction::Stop);
    QVERIFY(outcome);
    QVERIFY(outcome->ok);
    QCOMPARE(outcome->state.kind, Kind::Stopped);
    outcome = runAndWait(service, ServiceAction::Stop); // 1062: not started is fine
    QVERIFY(outcome && outcome->ok);
    QCOMPARE(loggedCalls(),
             (QStringList { sc("start"), sc("query"), sc("start"), sc("query"), sc("stop"),
                            sc("query"), sc("stop"), sc("query") }));
}

void TestWindowsService::restartWaitsUntilStopped()
{
    setService("RUNNING 0");
    qputenv("FAKE_SC_STOP_PENDING", "2"); // STOP_PENDING twice, then STOPPED
    WindowsService service = windows();
    const auto outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->message));
    QCOMPARE(outcome->message, kName + QStringLiteral(" was restarted."));
    QCOMPARE(outcome->state.kind, Kind::Running);
    QCOMPARE(loggedCalls(),
             (QStringList { sc("stop"), sc("query"), sc("query"), sc("query"), sc("start"),
                            sc("query") }));
}

void TestWindowsService::restartGivesUpWhenTheServiceDoesNotStop()
{
    setService("RUNNING 0");
    qputenv("FAKE_SC_STOP_PENDING", "100");
    WindowsService service = windows();
    service.setStopPolls(3, 0);
    const auto outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->message,
             QStringLiteral("Restarting ") + kName
                 + QStringLiteral(" failed: it did not stop (STOP_PENDING)"));
    // Never started next to a service that may still be up.
    QCOMPARE(loggedCalls(), (QStringList { sc("stop"), sc("query"), sc("query"), sc("query") }));
}

void TestWindowsService::elevatesOnceAfterAccessDenied()
{
    setService("RUNNING 0");
    qputenv("FAKE_SC_NEEDS_ADMIN", "1");
    WindowsService service = windows();
    const auto outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->message));
    QCOMPARE(outcome->state.kind, Kind::Running);
    // Once sc said access denied, the start goes straight to the elevated path.
    QCOMPARE(loggedCalls(),
             (QStringList { sc("stop"), elevated("stop"), sc("stop"), sc("query"),
                            elevated("start"), sc("start"), sc("query") }));
    QVERIFY(outcome->helperOutput.contains(QStringLiteral("Access is denied.")));
}

void TestWindowsService::elevationRefused()
{
    setService("RUNNING 0");
    qputenv("FAKE_SC_NEEDS_ADMIN", "1");
    qputenv("FAKE_UAC_ANSWER", "cancel");
    WindowsService service = windows();
    const auto outcome = runAndWait(service, ServiceAction::Stop);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->message,
             QStringLiteral("Stopping ") + kName
                 + QStringLiteral(" needs administrator rights and the request was refused."));
    QCOMPARE(outcome->state.kind, Kind::Running); // still read afterwards
    QCOMPARE(serviceState(), QByteArray("RUNNING 0"));
    QCOMPARE(loggedCalls(), (QStringList { sc("stop"), elevated("stop"), sc("query") }));
    QVERIFY(outcome->helperOutput.contains(QStringLiteral("canceled by the user")));
}

void TestWindowsService::missingServiceIsNotFound()
{
    WindowsService service = windows();
    const QString expected = QStringLiteral("The service ") + kName
        + QStringLiteral(" is not installed (the service manager knows no such service).");
    for (ServiceAction action : { ServiceAction::Status, ServiceAction::Start,
                                  ServiceAction::Restart, ServiceAction::Stop }) {
        const auto outcome = runAndWait(service, action);
        QVERIFY(outcome);
        QVERIFY(!outcome->ok);
        QCOMPARE(outcome->state.kind, Kind::NotFound);
        QCOMPARE(outcome->message, expected);
    }
    QCOMPARE(loggedCalls(), (QStringList { sc("query"), sc("start"), sc("stop"), sc("stop") }));
}

void TestWindowsService::failingStart()
{
    setService("STOPPED 0");
    qputenv("FAKE_SC_START_FAILS", "1");
    WindowsService service = windows();
    const auto outcome = runAndWait(service, ServiceAction::Start);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->message,
             QStringLiteral("Starting ") + kName
                 + QStringLiteral(" failed: The service did not respond to the start or control "
                                  "request in a timely fashion."));
    QCOMPARE(outcome->state.kind, Kind::Stopped);
    QVERIFY(outcome->helperOutput.contains(QStringLiteral("[SC] StartService FAILED 1053:")));
}

void TestWindowsService::hangingScTimesOut()
{
    setService("RUNNING 0");
    qputenv("FAKE_SC_HANGS", "1");
    WindowsService service = windows();
    service.setActionTimeoutMs(300);
    const auto outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QVERIFY2(outcome->message.startsWith(QStringLiteral("Restarting ") + kName
                                         + QStringLiteral(" failed: ")),
             qPrintable(outcome->message));
    QVERIFY2(outcome->message.contains(QStringLiteral("did not finish within 300 ms")),
             qPrintable(outcome->message));
    QCOMPARE(loggedCalls(), QStringList { sc("stop") });
}

void TestWindowsService::refusesBadNameWithoutRunningAnything()
{
    WindowsService service = windows(QStringLiteral("x','y"));
    const auto outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QVERIFY(outcome->message.contains(QStringLiteral("is not a service name")));
    QVERIFY(loggedCalls().isEmpty());
}

void TestWindowsService::describesItself()
{
    const WindowsService service = windows();
    QCOMPARE(service.helperName(), QStringLiteral("windows-service"));
    QCOMPARE(service.describe(), QStringLiteral("Windows service ") + kName);
}

QTEST_GUILESS_MAIN(TestWindowsService)
#include "TestWindowsService.moc"
