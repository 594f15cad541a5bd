// Service control for real child processes: SystemdService against stand-ins for systemctl and
// pkexec (tests/data/fake-systemctl) that record their exact argv and answer like systemd 252 and
// polkit do; CommandService starting, restarting and stopping a small background "service"
// (tests/data/fake-service) whose pid file its scripts manage.

#include "CommandService.h"
#include "LocalProcessRunner.h"
#include "linux/SystemdService.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace relayq;
using Kind = ServiceState::Kind;

Q_DECLARE_METATYPE(relayq::ServiceState::Kind)

namespace {

const QString kUnit = QStringLiteral("actions.runner.acme-app.rpi4.service");

QString dataPath(const QString &relative)
{
    return QStringLiteral(RELAYQ_TEST_DATA "/") + relative;
}

std::optional<ServiceOutcome> runAndWait(ServiceControl &service, ServiceAction action,
                                         int timeoutMs = 15000)
{
    std::optional<ServiceOutcome> result;
    QObject context;
    service.run(action, &context, [&](const ServiceOutcome &outcome) { result = outcome; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs); // empty: timed out
    return result;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool processAlive(qint64 pid)
{
    // The stand-in's own status script, which also counts an unreaped zombie as gone.
    const QString stat = QStringLiteral("/proc/%1/stat").arg(pid);
    const QByteArray line = readFile(stat);
    if (line.isEmpty())
        return false;
    const QList<QByteArray> fields = line.split(' ');
    return fields.size() > 2 && fields.at(2) != "Z";
}

} // namespace

class TestServiceControl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void unitNamesFromServiceFiles();
    void unitNameValidation_data();
    void unitNameValidation();
    void parsesShowOutput_data();
    void parsesShowOutput();

    void statusOfSystemUnit();
    void statusOfUserUnit();
    void actionsOnSystemUnit();
    void actionsOnUserUnit();
    void polkitAfterRefusal();
    void polkitDismissedOrDenied_data();
    void polkitDismissedOrDenied();
    void refusesBadUnitNameWithoutRunningAnything();
    void missingUnitIsNotFound();
    void failingStartIsFailed();
    void hangingSystemctlTimesOut();
    void describesItself();

    void commandsSplitWithoutShell();
    void commandServiceRestartsARealProcess();
    void commandServiceWithoutCommands();
    void commandServiceTimesOut();

    void cleanup();

private:
    QStringList loggedCalls() const;
    SystemdService systemd(SystemdService::Scope scope, const QString &unit = kUnit);
    void setUnit(const QString &relativePath, const QByteArray &state);

    LocalProcessRunner m_processes;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_systemctl;
    QString m_pidFile;
};

void TestServiceControl::initTestCase()
{
#ifdef Q_OS_WIN
    QSKIP("The stand-ins for systemctl, pkexec and the service are POSIX shell scripts.");
#endif
    m_systemctl = dataPath(QStringLiteral("fake-systemctl/systemctl"));
    QVERIFY(QFileInfo(m_systemctl).isExecutable());
}

void TestServiceControl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("units/user")));
    qputenv("FAKE_SYSTEMCTL_LOG", m_dir->filePath(QStringLiteral("calls.log")).toLocal8Bit());
    qputenv("FAKE_SYSTEMCTL_UNITS", m_dir->filePath(QStringLiteral("units")).toLocal8Bit());
    for (const char *name : { "FAKE_SYSTEMCTL_NEEDS_AUTH", "FAKE_SYSTEMCTL_START_FAILS",
                              "FAKE_SYSTEMCTL_HANGS", "FAKE_PKEXEC_ANSWER" })
        qunsetenv(name);
}

QStringList TestServiceControl::loggedCalls() const
{
    const QByteArray log = readFile(m_dir->filePath(QStringLiteral("calls.log")));
    QStringList calls;
    for (const QByteArray &line : log.split('\n')) {
        if (!line.isEmpty())
            calls << QString::fromUtf8(line);
    }
    return calls;
}

SystemdService TestServiceControl::systemd(SystemdService::Scope scope, const QString &unit)
{
    SystemdService service(m_processes, unit, scope);
    service.setSystemctlProgram(m_systemctl);
    service.setPkexecProgram(dataPath(QStringLiteral("fake-systemctl/pkexec")));
    return service;
}

void TestServiceControl::setUnit(const QString &relativePath, const QByteArray &state)
{
    writeFile(m_dir->filePath(QStringLiteral("units/") + relativePath), state + '\n');
}

// One call as the stand-ins log it: program, then each argument after a tab.
static QString call(const QStringList &argv)
{
    return argv.join(QLatin1Char('\t'));
}

static QString showCall(bool user = false)
{
    QStringList argv { QStringLiteral("systemctl") };
    if (user)
        argv << QStringLiteral("--user");
    return call(argv
                + QStringList { QStringLiteral("show"), QStringLiteral("-p"),
                                QStringLiteral("ActiveState"), QStringLiteral("-p"),
                                QStringLiteral("SubState"), QStringLiteral("-p"),
                                QStringLiteral("LoadState"), kUnit });
}

void TestServiceControl::unitNamesFromServiceFiles()
{
    // What svc.sh writes into the runner directory's .service file, newline included.
    const QString path = m_dir->filePath(QStringLiteral(".service"));
    writeFile(path, kUnit.toUtf8() + '\n');
    const QString fromFile = QString::fromUtf8(readFile(path));
    QCOMPARE(SystemdService::normalizedUnitName(fromFile), kUnit);
    QCOMPARE(SystemdService::normalizedUnitName(QStringLiteral("actions.runner.acme-app.rpi4")),
             kUnit);
    QCOMPARE(SystemdService(m_processes, fromFile, SystemdService::Scope::System).unitName(),
             kUnit);
}

void TestServiceControl::unitNameValidation_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("valid");
    QTest::newRow("runner unit") << kUnit << true;
    QTest::newRow("template instance") << QStringLiteral("runner@1.service") << true;
    QTest::newRow("colon") << QStringLiteral("a:b_c.service") << true;
    QTest::newRow("space") << QStringLiteral("my runner.service") << false;
    QTest::newRow("semicolon") << QStringLiteral("a;reboot.service") << false;
    QTest::newRow("slash") << QStringLiteral("../etc/x.service") << false;
    QTest::newRow("quote") << QStringLiteral("a'b.service") << false;
    QTest::newRow("option") << QStringLiteral("--force.service") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestServiceControl::unitNameValidation()
{
    QFETCH(QString, unit);
    QFETCH(bool, valid);
    QCOMPARE(SystemdService::isValidUnitName(unit), valid);
}

void TestServiceControl::parsesShowOutput_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("detail");
    QTest::newRow("running") << QByteArray(
        "LoadState=loaded\nActiveState=active\nSubState=running\n")
                             << Kind::Running << QStringLiteral("active, running");
    QTest::newRow("any order") << QByteArray(
        "SubState=dead\nActiveState=inactive\nLoadState=loaded")
                               << Kind::Stopped << QStringLiteral("inactive, dead");
    QTest::newRow("failed") << QByteArray("LoadState=loaded\nActiveState=failed\nSubState=failed\n")
                            << Kind::Failed << QStringLiteral("failed, failed");
    QTest::newRow("crash loop") << QByteArray(
        "LoadState=loaded\nActiveState=activating\nSubState=auto-restart\n")
                                << Kind::Failed << QStringLiteral("activating, auto-restart");
    QTest::newRow("not found") << QByteArray(
        "LoadState=not-found\nActiveState=inactive\nSubState=dead\n")
                               << Kind::NotFound << QStringLiteral("not-found");
    QTest::newRow("nothing") << QByteArray() << Kind::Unknown
                             << QStringLiteral("systemctl gave no state");
}

void TestServiceControl::parsesShowOutput()
{
    QFETCH(QByteArray, output);
    QFETCH(Kind, kind);
    QFETCH(QString, detail);
    const ServiceState state = SystemdService::parseShow(output);
    QCOMPARE(state.kind, kind);
    QCOMPARE(state.detail, detail);
}

void TestServiceControl::statusOfSystemUnit()
{
    setUnit(kUnit, "active running");
    SystemdService service = systemd(SystemdService::Scope::System);
    const auto outcome = runAndWait(service, ServiceAction::Status);
    QVERIFY(outcome);
    QVERIFY(outcome->ok);
    QCOMPARE(outcome->state.kind, Kind::Running);
    QCOMPARE(outcome->message, kUnit + QStringLiteral(" is running (active, running)."));
    QCOMPARE(loggedCalls(), QStringList { showCall() });
    QVERIFY(outcome->helperOutput.contains(QStringLiteral("ActiveState=active")));
}

void TestServiceControl::statusOfUserUnit()
{
    setUnit(QStringLiteral("user/") + kUnit, "inactive dead");
    SystemdService service = systemd(SystemdService::Scope::User);
    const auto outcome = runAndWait(service, ServiceAction::Status);
    QVERIFY(outcome);
    QVERIFY(outcome->ok);
    QCOMPARE(outcome->state.kind, Kind::Stopped);
    QCOMPARE(loggedCalls(), QStringList { showCall(true) });
}

void TestServiceControl::actionsOnSystemUnit()
{
    setUnit(kUnit, "inactive dead");
    SystemdService service = systemd(SystemdService::Scope::System);
    const QString prefix
        = call({ QStringLiteral("systemctl"), QStringLiteral("--no-ask-password") });
    const QList<std::pair<ServiceAction, QString>> steps {
        { ServiceAction::Start, QStringLiteral("start") },
        { ServiceAction::Restart, QStringLiteral("restart") },
        { ServiceAction::Stop, QStringLiteral("stop") },
    };
    QStringList expected;
    for (const auto &[action, verb] : steps) {
        const auto outcome = runAndWait(service, action);
        QVERIFY(outcome);
        QVERIFY2(outcome->ok, qPrintable(outcome->message));
        QCOMPARE(outcome->state.kind,
                 action == ServiceAction::Stop ? Kind::Stopped : Kind::Running);
        expected << prefix + QLatin1Char('\t') + call({ verb, kUnit }) << showCall();
    }
    QCOMPARE(loggedCalls(), expected);
}

void TestServiceControl::actionsOnUserUnit()
{
    setUnit(QStringLiteral("user/") + kUnit, "active running");
    SystemdService service = systemd(SystemdService::Scope::User);
    auto outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY(outcome->ok);
    QCOMPARE(outcome->message, kUnit + QStringLiteral(" was restarted."));
    outcome = runAndWait(service, ServiceAction::Stop);
    QVERIFY(outcome);
    QVERIFY(outcome->ok);
    QCOMPARE(outcome->state.kind, Kind::Stopped);
    // No polkit and no --no-ask-password for the user's own units.
    QCOMPARE(loggedCalls(),
             (QStringList { call({ QStringLiteral("systemctl"), QStringLiteral("--user"),
                                   QStringLiteral("restart"), kUnit }),
                            showCall(true),
                            call({ QStringLiteral("systemctl"), QStringLiteral("--user"),
                                   QStringLiteral("stop"), kUnit }),
                            showCall(true) }));
}

void TestServiceControl::polkitAfterRefusal()
{
    setUnit(kUnit, "failed failed");
    qputenv("FAKE_SYSTEMCTL_NEEDS_AUTH", "1");
    SystemdService service = systemd(SystemdService::Scope::System);
    const auto outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->message));
    QCOMPARE(outcome->state.kind, Kind::Running);
    QCOMPARE(
        loggedCalls(),
        (QStringList {
            call({ QStringLiteral("systemctl"), QStringLiteral("--no-ask-password"),
                   QStringLiteral("restart"), kUnit }),
            // pkexec gets systemctl's full path: polkit's rules name programs by path.
            call({ QStringLiteral("pkexec"), m_systemctl, QStringLiteral("restart"), kUnit }),
            call({ QStringLiteral("systemctl"), QStringLiteral("restart"), kUnit }), showCall() }));
    QVERIFY(outcome->helperOutput.contains(QStringLiteral("Interactive authentication required")));
}

void TestServiceControl::polkitDismissedOrDenied_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("dismissed") << QByteArray("dismiss");
    QTest::newRow("denied") << QByteArray("deny");
}

void TestServiceControl::polkitDismissedOrDenied()
{
    QFETCH(QByteArray, answer);
    setUnit(kUnit, "active running");
    qputenv("FAKE_SYSTEMCTL_NEEDS_AUTH", "1");
    qputenv("FAKE_PKEXEC_ANSWER", answer);
    SystemdService service = systemd(SystemdService::Scope::System);
    const auto outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->message,
             QStringLiteral("Restarting ") + kUnit
                 + QStringLiteral(" needs administrator rights and the request was refused."));
    QCOMPARE(outcome->state.kind, Kind::Running); // still read afterwards
    QCOMPARE(loggedCalls().size(), 3); // systemctl, pkexec, show: systemctl never ran as root
    QVERIFY(outcome->helperOutput.contains(QStringLiteral("Error executing command")));
}

void TestServiceControl::refusesBadUnitNameWithoutRunningAnything()
{
    SystemdService service
        = systemd(SystemdService::Scope::System, QStringLiteral("x.service; reboot"));
    const auto outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QVERIFY(outcome->message.contains(QStringLiteral("is not a systemd unit name")));
    QVERIFY(loggedCalls().isEmpty());
}

void TestServiceControl::missingUnitIsNotFound()
{
    SystemdService service = systemd(SystemdService::Scope::System);
    const QString expected = QStringLiteral("The service ") + kUnit
        + QStringLiteral(" is not installed (systemd knows no such unit).");
    for (ServiceAction action : { ServiceAction::Status, ServiceAction::Restart }) {
        const auto outcome = runAndWait(service, action);
        QVERIFY(outcome);
        QVERIFY(!outcome->ok);
        QCOMPARE(outcome->state.kind, Kind::NotFound);
        QCOMPARE(outcome->message, expected);
    }
}

void TestServiceControl::failingStartIsFailed()
{
    setUnit(kUnit, "inactive dead");
    qputenv("FAKE_SYSTEMCTL_START_FAILS", "1");
    SystemdService service = systemd(SystemdService::Scope::System);
    const auto outcome = runAndWait(service, ServiceAction::Start);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->state.kind, Kind::Failed);
    QCOMPARE(outcome->message,
             QStringLiteral("Starting %1 failed: Job for %1 failed because the control process "
                            "exited with error code.")
                 .arg(kUnit));
    QVERIFY(outcome->helperOutput.contains(QStringLiteral("journalctl -xeu")));
}

void TestServiceControl::hangingSystemctlTimesOut()
{
    setUnit(kUnit, "active running");
    qputenv("FAKE_SYSTEMCTL_HANGS", "1");
    SystemdService service = systemd(SystemdService::Scope::System);
    service.setActionTimeoutMs(300);
    const auto outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->state.kind, Kind::Unknown);
    QVERIFY2(outcome->message.startsWith(QStringLiteral("Restarting ") + kUnit
                                         + QStringLiteral(" failed: ")),
             qPrintable(outcome->message));
    QVERIFY2(outcome->message.contains(QStringLiteral("did not finish within 300 ms")),
             qPrintable(outcome->message));
    QCOMPARE(loggedCalls().size(), 1);
}

void TestServiceControl::describesItself()
{
    QCOMPARE(systemd(SystemdService::Scope::System).describe(),
             QStringLiteral("systemd system unit ") + kUnit);
    QCOMPARE(systemd(SystemdService::Scope::User).describe(),
             QStringLiteral("systemd user unit ") + kUnit);
    QCOMPARE(systemd(SystemdService::Scope::User).helperName(), QStringLiteral("systemd"));
    QCOMPARE(systemd(SystemdService::Scope::User).actionArguments(ServiceAction::Stop),
             (QStringList { QStringLiteral("--user"), QStringLiteral("stop"), kUnit }));
}

void TestServiceControl::commandsSplitWithoutShell()
{
    QCOMPARE(CommandService::split(
                 QStringLiteral("supervisorctl -c \"/etc/my conf.ini\" restart 'runner;x'")),
             (QStringList { QStringLiteral("supervisorctl"), QStringLiteral("-c"),
                            QStringLiteral("/etc/my conf.ini"), QStringLiteral("restart"),
                            QStringLiteral("'runner;x'") }));
    QVERIFY(CommandService::split(QStringLiteral("   ")).isEmpty());
}

void TestServiceControl::commandServiceRestartsARealProcess()
{
    // The folder has a space in it so the commands must be quoted as a user would.
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("my service")));
    m_pidFile = m_dir->filePath(QStringLiteral("my service/runner.pid"));
    const auto command = [this](const char *script) {
        return QStringLiteral("\"%1\" \"%2\"")
            .arg(dataPath(QStringLiteral("fake-service/") + QLatin1String(script)), m_pidFile);
    };
    CommandService service(m_processes, { command("start"), command("stop"), command("status") },
                           10000);
    QCOMPARE(service.helperName(), QStringLiteral("command"));

    auto outcome = runAndWait(service, ServiceAction::Status);
    QVERIFY(outcome);
    QVERIFY(outcome->ok);
    QCOMPARE(outcome->state.kind, Kind::Stopped);

    outcome = runAndWait(service, ServiceAction::Start);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->helperOutput));
    QCOMPARE(outcome->state.kind, Kind::Running);
    const qint64 firstPid = readFile(m_pidFile).trimmed().toLongLong();
    QVERIFY(firstPid > 0);
    QVERIFY(processAlive(firstPid));
    QCOMPARE(outcome->state.detail, QStringLiteral("running (pid %1)").arg(firstPid));

    outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->helperOutput));
    QCOMPARE(outcome->message, QStringLiteral("The service was restarted."));
    QCOMPARE(outcome->state.kind, Kind::Running);
    const qint64 secondPid = readFile(m_pidFile).trimmed().toLongLong();
    QVERIFY(secondPid > 0);
    QVERIFY(secondPid != firstPid);
    QVERIFY(processAlive(secondPid));
    QTRY_VERIFY(!processAlive(firstPid));
    QVERIFY(outcome->helperOutput.contains(QStringLiteral("stopped")));
    QVERIFY(outcome->helperOutput.contains(QStringLiteral("started (pid %1)").arg(secondPid)));

    outcome = runAndWait(service, ServiceAction::Stop);
    QVERIFY(outcome);
    QVERIFY(outcome->ok);
    QCOMPARE(outcome->state.kind, Kind::Stopped);
    QTRY_VERIFY(!processAlive(secondPid));

    // Restart from stopped: the failing stop does not keep the service down.
    outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY(outcome->ok);
    QCOMPARE(outcome->state.kind, Kind::Running);
    QVERIFY(outcome->helperOutput.contains(QStringLiteral("not running")));
    outcome = runAndWait(service, ServiceAction::Stop);
    QVERIFY(outcome && outcome->ok);
}

void TestServiceControl::commandServiceWithoutCommands()
{
    CommandService service(m_processes, { QString(), QString(), QString() });
    for (ServiceAction action : { ServiceAction::Status, ServiceAction::Start, ServiceAction::Stop,
                                  ServiceAction::Restart }) {
        const auto outcome = runAndWait(service, action);
        QVERIFY(outcome);
        QVERIFY(!outcome->ok);
        QVERIFY2(outcome->message.contains(QStringLiteral("command is configured")),
                 qPrintable(outcome->message));
        QVERIFY(outcome->helperOutput.isEmpty());
    }
}

void TestServiceControl::commandServiceTimesOut()
{
    const QString hangs
        = QStringLiteral("\"%1\"").arg(dataPath(QStringLiteral("fake-gh/gh-hangs")));
    CommandService service(m_processes, { hangs, hangs, hangs }, 300);
    auto outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QVERIFY2(outcome->message.startsWith(QStringLiteral("The stop command failed: ")),
             qPrintable(outcome->message));
    QVERIFY(outcome->message.contains(QStringLiteral("did not finish within 300 ms")));
    // Only the stop ran: no second copy started next to a service that may still be up.
    QCOMPARE(outcome->helperOutput.count(QStringLiteral("$ ")), 1);

    outcome = runAndWait(service, ServiceAction::Status);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->state.kind, Kind::Unknown);
}

void TestServiceControl::cleanup()
{
    // A failed test may leave the stand-in service running.
    if (!m_pidFile.isEmpty() && QFile::exists(m_pidFile))
        QProcess::execute(dataPath(QStringLiteral("fake-service/stop")), { m_pidFile });
    m_pidFile.clear();
}

QTEST_GUILESS_MAIN(TestServiceControl)
#include "TestServiceControl.moc"
