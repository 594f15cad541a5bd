// The service helpers on a remote host for real: SshProcessRunner against a private OpenSSH
// server on a loopback port that run-with-sshd.sh starts with throwaway keys. CommandService
// restarts a small background "service" (tests/data/fake-service) there and it comes back with
// a new pid; SystemdService drives the systemctl stand-in (tests/data/fake-systemctl) with the
// same argv as locally. Arguments, the working directory and stdin arrive intact; environment
// variables are refused before anything runs; ssh's own failures (unknown host key, wrong key,
// nothing listening) come back in words and run nothing.

#include "CommandService.h"
#include "LocalProcessRunner.h"
#include "linux/SystemdService.h"
#include "ssh/SshDestination.h"
#include "ssh/SshProcessRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace relayq;
using Kind = ServiceState::Kind;

namespace {

const QString kUnit = QStringLiteral("actions.runner.acme-app.rpi4.service");

QString dataPath(const QString &relative)
{
    return QStringLiteral(RELAYQ_TEST_DATA "/") + relative;
}

QString environment(const char *name)
{
    return qEnvironmentVariable(name);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

bool processAlive(qint64 pid)
{
    const QByteArray line = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const QList<QByteArray> fields = line.split(' ');
    return fields.size() > 2 && fields.at(2) != "Z"; // an unreaped zombie is gone
}

// Counts what reaches the local runner: a refused request must not start ssh at all.
class CountingProcessRunner : public ProcessRunner
{
public:
    void run(const ProcessRequest &request, QObject *context, Done done) override
    {
        requests.append(request);
        m_local.run(request, context, std::move(done));
    }

    QList<ProcessRequest> requests;

private:
    LocalProcessRunner m_local;
};

std::optional<ProcessOutcome> runAndWait(ProcessRunner &runner, const ProcessRequest &request)
{
    std::optional<ProcessOutcome> result;
    QObject context;
    runner.run(request, &context, [&](const ProcessOutcome &outcome) { result = outcome; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 30000); // empty: timed out
    return result;
}

std::optional<ServiceOutcome> runAndWait(ServiceControl &service, ServiceAction action)
{
    std::optional<ServiceOutcome> result;
    QObject context;
    service.run(action, &context, [&](const ServiceOutcome &outcome) { result = outcome; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 60000);
    return result;
}

int acceptedLogins()
{
    return int(readFile(environment("RELAYQ_SSHD_LOG")).count("Accepted publickey"));
}

} // namespace

class TestSshService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void parsesDestinations_data();
    void parsesDestinations();
    void buildsTheSshCommandLine();

    void argumentsArriveIntact();
    void workingDirectoryIsHonoured();
    void standardInputPassesThrough();
    void environmentIsRefusedAndNothingRuns();

    void commandServiceRestartsRemoteService();
    void systemdServiceRunsTheSameArgvRemotely();

    void unknownHostKeyIsRefused();
    void wrongKeyIsRefused();
    void closedPortIsReported();

private:
    // A runner for 127.0.0.1 on `port` with the ssh config `config` (-F).
    SshProcessRunner remote(ProcessRunner &local, const QString &config, const QString &port);
    SshProcessRunner remote(ProcessRunner &local) { return remote(local, m_config, m_port); }
    QString marker(const QString &name) const { return m_work.filePath(name); }

    QString m_port;
    QString m_config;
    QTemporaryDir m_work;
    CountingProcessRunner m_local;
};

SshProcessRunner TestSshService::remote(ProcessRunner &local, const QString &config,
                                        const QString &port)
{
    const SshDestination destination = SshDestination::parse(
        QStringLiteral("%1@127.0.0.1:%2").arg(environment("RELAYQ_SSH_USER"), port));
    SshProcessRunner runner(local, destination);
    runner.setConfigFile(config);
    runner.setConnectTimeoutSeconds(10);
    return runner;
}

void TestSshService::initTestCase()
{
    m_port = environment("RELAYQ_SSHD_PORT");
    m_config = environment("RELAYQ_SSH_CONFIG");
    if (m_port.isEmpty() || m_config.isEmpty())
        QFAIL("run this test through tests/ssh/run-with-sshd.sh (ctest does)");
    QVERIFY(m_work.isValid());
    QVERIFY(QFileInfo(environment("RELAYQ_SSHD_LOG")).isFile());
}

void TestSshService::parsesDestinations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("target"); // sshTarget(), or a word of the error when invalid

    auto row = [](const char *name, const QString &text, bool valid, const QString &user,
                  const QString &host, int port, const QString &target) {
        QTest::newRow(name) << text << valid << user << host << port << target;
    };
    const QString none;
    row("host", QStringLiteral("build-01.example.org"), true, none,
        QStringLiteral("build-01.example.org"), 0, QStringLiteral("build-01.example.org"));
    row("user@host", QStringLiteral("pi@rpi4"), true, QStringLiteral("pi"), QStringLiteral("rpi4"),
        0, QStringLiteral("pi@rpi4"));
    row("user@host:port", QStringLiteral("ci.runner@10.0.0.7:2222"), true,
        QStringLiteral("ci.runner"), QStringLiteral("10.0.0.7"), 2222,
        QStringLiteral("ci.runner@10.0.0.7"));
    row("[v6]:port", QStringLiteral("[fe80::1%eth0]:22"), true, none,
        QStringLiteral("fe80::1%eth0"), 22, QStringLiteral("fe80::1%eth0"));
    row("user@[v6]:port", QStringLiteral("pi@[::1]:2200"), true, QStringLiteral("pi"),
        QStringLiteral("::1"), 2200, QStringLiteral("pi@::1"));
    row("bare v6", QStringLiteral("2001:db8::5"), true, none, QStringLiteral("2001:db8::5"), 0,
        QStringLiteral("2001:db8::5"));
    row("surrounding spaces trimmed", QStringLiteral("  rpi4 "), true, none, QStringLiteral("rpi4"),
        0, QStringLiteral("rpi4"));

    row("option", QStringLiteral("-oProxyCommand=x"), false, none, none, 0,
        QStringLiteral("option"));
    row("option after user", QStringLiteral("pi@-oProxyCommand=x"), false, none, none, 0,
        QStringLiteral("=")); // a shell character, and a host starting with a dash
    row("user starting with dash", QStringLiteral("-l@host"), false, none, none, 0,
        QStringLiteral("dash"));
    row("empty", QString(), false, none, none, 0, QStringLiteral("No SSH host"));
    row("space inside", QStringLiteral("pi@rpi4 touch"), false, none, none, 0,
        QStringLiteral("space"));
    row("tab", QStringLiteral("pi@rp\ti4"), false, none, none, 0, QStringLiteral("space"));
    row("newline", QStringLiteral("rpi4\nid"), false, none, none, 0, QStringLiteral("control"));
    row("semicolon", QStringLiteral("rpi4;reboot"), false, none, none, 0, QStringLiteral("shell"));
    row("command substitution", QStringLiteral("$(reboot)"), false, none, none, 0,
        QStringLiteral("shell"));
    row("backtick", QStringLiteral("pi@`id`"), false, none, none, 0, QStringLiteral("shell"));
    row("pipe", QStringLiteral("rpi4|sh"), false, none, none, 0, QStringLiteral("shell"));
    row("quote", QStringLiteral("pi'@rpi4"), false, none, none, 0, QStringLiteral("shell"));
    row("two @", QStringLiteral("a@b@c"), false, none, none, 0, QStringLiteral("@"));
    row("no host", QStringLiteral("pi@"), false, none, none, 0, QStringLiteral("no host"));
    row("port zero", QStringLiteral("rpi4:0"), false, none, none, 0, QStringLiteral("port"));
    row("port too big", QStringLiteral("rpi4:65536"), false, none, none, 0, QStringLiteral("port"));
    row("port not a number", QStringLiteral("rpi4:ssh"), false, none, none, 0,
        QStringLiteral("port"));
    row("host starting with dot", QStringLiteral(".rpi4"), false, none, none, 0,
        QStringLiteral("host name"));
    row("bad v6", QStringLiteral("[rpi4]:22"), false, none, none, 0, QStringLiteral("IPv6"));
    row("junk after bracket", QStringLiteral("[::1]x"), false, none, none, 0,
        QStringLiteral("IPv6"));
}

void TestSshService::parsesDestinations()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, target);

    const SshDestination destination = SshDestination::parse(text);
    QCOMPARE(destination.isValid(), valid);
    if (!valid) {
        QVERIFY2(destination.errorText().contains(target, Qt::CaseInsensitive),
                 qPrintable(destination.errorText()));
        return;
    }
    QVERIFY(destination.errorText().isEmpty());
    QCOMPARE(destination.user(), user);
    QCOMPARE(destination.host(), host);
    QCOMPARE(destination.port(), port);
    QCOMPARE(destination.sshTarget(), target);
    QCOMPARE(SshDestination::parse(destination.toString()).sshTarget(), target); // round trip
}

void TestSshService::buildsTheSshCommandLine()
{
    SshProcessRunner runner(m_local, SshDestination::parse(QStringLiteral("pi@rpi4:2222")));
    runner.setConfigFile(QStringLiteral("/etc/relayq/ssh config"));
    runner.setConnectTimeoutSeconds(7);
    ProcessRequest request;
    request.program = QStringLiteral("systemctl");
    request.arguments = { QStringLiteral("restart"), QStringLiteral("it's a unit") };
    request.workingDirectory = QStringLiteral("/home/pi/actions runner");
    request.standardInput = "secret-on-stdin";

    const QStringList expected {
        QStringLiteral("-o"),
        QStringLiteral("BatchMode=yes"),
        QStringLiteral("-o"),
        QStringLiteral("ConnectTimeout=7"),
        QStringLiteral("-p"),
        QStringLiteral("2222"),
        QStringLiteral("-F"),
        QStringLiteral("/etc/relayq/ssh config"),
        QStringLiteral("--"),
        QStringLiteral("pi@rpi4"),
        QStringLiteral("cd '/home/pi/actions runner' && exec 'systemctl' 'restart' "
                       "'it'\\''s a unit'"),
    };
    const QStringList arguments = runner.sshArguments(request);
    QCOMPARE(arguments, expected);
    QVERIFY(!arguments.join(QLatin1Char(' ')).contains(QLatin1String("secret")));
    QVERIFY(!arguments.join(QLatin1Char(' ')).contains(QLatin1String("StrictHostKeyChecking")));
    QCOMPARE(SshProcessRunner::quoted(QString()), QStringLiteral("''"));

    // Without a port or a config file ssh's own defaults (and the user's ~/.ssh/config) apply.
    SshProcessRunner plain(m_local, SshDestination::parse(QStringLiteral("rpi4")));
    QCOMPARE(plain.sshArguments(request).mid(4, 2),
             (QStringList { QStringLiteral("--"), QStringLiteral("rpi4") }));
}

void TestSshService::argumentsArriveIntact()
{
    SshProcessRunner runner = remote(m_local);
    const QStringList tricky {
        QStringLiteral("it's a  test"), QStringLiteral("$HOME"),     QStringLiteral("`id`"),
        QStringLiteral("a;b|c&d>e"),    QStringLiteral("*"),         QStringLiteral("back\\slash"),
        QStringLiteral("\"double\""),   QStringLiteral("new\nline"), QString(),
        QStringLiteral("-n"),           QStringLiteral("ü ✓"),
    };
    ProcessRequest request;
    request.program = QStringLiteral("printf");
    request.arguments = QStringList { QStringLiteral("<%s>\\n") } + tricky;
    const auto outcome = runAndWait(runner, request);
    QVERIFY(outcome);
    QVERIFY2(outcome->succeeded(), outcome->standardError + outcome->errorText.toUtf8());
    QString expected;
    for (const QString &argument : tricky)
        expected += QLatin1Char('<') + argument + QStringLiteral(">\n");
    QCOMPARE(QString::fromUtf8(outcome->standardOutput), expected);
}

void TestSshService::workingDirectoryIsHonoured()
{
    const QString directory = m_work.filePath(QStringLiteral("work dir's $HOME"));
    QVERIFY(QDir().mkpath(directory));
    SshProcessRunner runner = remote(m_local);
    ProcessRequest request;
    request.program = QStringLiteral("pwd");
    request.workingDirectory = directory;
    const auto outcome = runAndWait(runner, request);
    QVERIFY(outcome);
    QVERIFY2(outcome->succeeded(), outcome->standardError);
    QCOMPARE(QString::fromUtf8(outcome->standardOutput).trimmed(), directory);

    // A directory that does not exist there: the program does not run.
    request.workingDirectory = m_work.filePath(QStringLiteral("missing"));
    request.program = QStringLiteral("touch");
    request.arguments = { marker(QStringLiteral("ran-in-missing-dir")) };
    const auto missing = runAndWait(runner, request);
    QVERIFY(missing);
    QVERIFY(missing->started);
    QVERIFY(!missing->succeeded());
    QVERIFY(!QFile::exists(marker(QStringLiteral("ran-in-missing-dir"))));
}

void TestSshService::standardInputPassesThrough()
{
    SshProcessRunner runner = remote(m_local);
    ProcessRequest request;
    request.program = QStringLiteral("cat");
    request.standardInput = "a secret on stdin\nsecond line\n";
    const int before = int(m_local.requests.size());
    const auto outcome = runAndWait(runner, request);
    QVERIFY(outcome);
    QVERIFY2(outcome->succeeded(), outcome->standardError);
    QCOMPARE(outcome->standardOutput, request.standardInput);
    QCOMPARE(m_local.requests.size(), before + 1);
    const ProcessRequest &ssh = m_local.requests.constLast();
    QVERIFY(!ssh.arguments.join(QLatin1Char(' ')).contains(QLatin1String("secret")));
    QCOMPARE(ssh.standardInput, request.standardInput);
}

void TestSshService::environmentIsRefusedAndNothingRuns()
{
    SshProcessRunner runner = remote(m_local);
    const QString ran = marker(QStringLiteral("ran-with-environment"));
    ProcessRequest request;
    request.program = QStringLiteral("touch");
    request.arguments = { ran };
    request.extraEnvironment.insert(QStringLiteral("ACTIONS_RUNNER_INPUT_TOKEN"),
                                    QStringLiteral("AABBCC-registration-token"));
    const int before = int(m_local.requests.size());
    const int logins = acceptedLogins();

    const auto outcome = runAndWait(runner, request);
    QVERIFY(outcome);
    QVERIFY(!outcome->started);
    QVERIFY(!outcome->succeeded());
    QVERIFY2(outcome->errorText.contains(QLatin1String("environment variables")),
             qPrintable(outcome->errorText));
    QVERIFY(!outcome->errorText.contains(QLatin1String("AABBCC")));
    QCOMPARE(m_local.requests.size(), before); // ssh was never started
    QVERIFY(!QFile::exists(ran));
    QCOMPARE(acceptedLogins(), logins);
}

void TestSshService::commandServiceRestartsRemoteService()
{
    const QString pidFile = marker(QStringLiteral("service.pid"));
    auto command = [&](const char *script) {
        return QStringLiteral("\"%1\" \"%2\"")
            .arg(dataPath(QStringLiteral("fake-service/") + QLatin1String(script)), pidFile);
    };
    SshProcessRunner runner = remote(m_local);
    CommandService service(runner, { command("start"), command("stop"), command("status") }, 30000);

    const auto started = runAndWait(service, ServiceAction::Start);
    QVERIFY(started);
    QVERIFY2(started->ok, qPrintable(started->message + QLatin1Char('\n') + started->helperOutput));
    QCOMPARE(started->state.kind, Kind::Running);
    const qint64 first = readFile(pidFile).trimmed().toLongLong();
    QVERIFY(first > 0);
    QVERIFY(processAlive(first));

    const auto restarted = runAndWait(service, ServiceAction::Restart);
    QVERIFY(restarted);
    QVERIFY2(restarted->ok, qPrintable(restarted->helperOutput));
    QCOMPARE(restarted->state.kind, Kind::Running);
    const qint64 second = readFile(pidFile).trimmed().toLongLong();
    QVERIFY(second > 0);
    QVERIFY(second != first);
    QVERIFY(processAlive(second));
    QTRY_VERIFY(!processAlive(first));
    QVERIFY(restarted->state.detail.contains(QString::number(second)));

    const auto stopped = runAndWait(service, ServiceAction::Stop);
    QVERIFY(stopped);
    QVERIFY2(stopped->ok, qPrintable(stopped->helperOutput));
    QCOMPARE(stopped->state.kind, Kind::Stopped);
    QTRY_VERIFY(!processAlive(second));
}

void TestSshService::systemdServiceRunsTheSameArgvRemotely()
{
    // Environment variables do not cross ssh: the stand-in gets its settings from a wrapper.
    const QString units = m_work.filePath(QStringLiteral("units"));
    const QString log = m_work.filePath(QStringLiteral("systemctl.log"));
    const QString wrapper = m_work.filePath(QStringLiteral("systemctl"));
    QVERIFY(QDir().mkpath(units));
    QVERIFY(writeFile(units + QLatin1Char('/') + kUnit, "inactive dead\n"));
    const QString script
        = QStringLiteral("#!/bin/sh\nFAKE_SYSTEMCTL_LOG=%1 FAKE_SYSTEMCTL_UNITS=%2 "
                         "exec %3 \"$@\"\n")
              .arg(SshProcessRunner::quoted(log), SshProcessRunner::quoted(units),
                   SshProcessRunner::quoted(dataPath(QStringLiteral("fake-systemctl/systemctl"))));
    QVERIFY(writeFile(wrapper, script.toUtf8()));
    QVERIFY(QFile::setPermissions(wrapper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    // Locally first, for the argv to compare with.
    LocalProcessRunner here;
    SystemdService local(here, kUnit, SystemdService::Scope::System);
    local.setSystemctlProgram(wrapper);
    const auto localOutcome = runAndWait(local, ServiceAction::Restart);
    QVERIFY(localOutcome);
    QVERIFY2(localOutcome->ok, qPrintable(localOutcome->helperOutput));
    const QByteArray localLog = readFile(log);
    QVERIFY(writeFile(log, QByteArray()));
    QVERIFY(writeFile(units + QLatin1Char('/') + kUnit, "inactive dead\n"));

    SshProcessRunner runner = remote(m_local);
    SystemdService service(runner, kUnit, SystemdService::Scope::System);
    service.setSystemctlProgram(wrapper);
    const auto outcome = runAndWait(service, ServiceAction::Restart);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->message + QLatin1Char('\n') + outcome->helperOutput));
    QCOMPARE(outcome->state.kind, Kind::Running);
    QCOMPARE(readFile(units + QLatin1Char('/') + kUnit), QByteArray("active running\n"));

    const QByteArray remoteLog = readFile(log);
    QCOMPARE(remoteLog, localLog);
    auto line = [](const QStringList &arguments) {
        return (QStringList { QStringLiteral("systemctl") } + arguments)
                   .join(QLatin1Char('\t'))
                   .toUtf8()
            + '\n';
    };
    QCOMPARE(remoteLog,
             line(service.actionArguments(ServiceAction::Restart))
                 + line(service.statusArguments()));
}

void TestSshService::unknownHostKeyIsRefused()
{
    SshProcessRunner runner
        = remote(m_local, environment("RELAYQ_SSH_CONFIG_UNKNOWN_HOST"), m_port);
    const QString ran = marker(QStringLiteral("ran-with-unknown-host"));
    ProcessRequest request;
    request.program = QStringLiteral("touch");
    request.arguments = { ran };
    const int logins = acceptedLogins();
    const auto outcome = runAndWait(runner, request);
    QVERIFY(outcome);
    QVERIFY(!outcome->started);
    QVERIFY(!outcome->succeeded());
    QVERIFY2(
        outcome->errorText.contains(QLatin1String("host key of ") + runner.destination().toString())
            && outcome->errorText.contains(QLatin1String("not known"))
            && outcome->errorText.contains(QLatin1String("-p ") + m_port),
        qPrintable(outcome->errorText));
    QVERIFY(outcome->standardError.contains("Host key verification failed"));
    QVERIFY(!QFile::exists(ran));
    QCOMPARE(acceptedLogins(), logins);
}

void TestSshService::wrongKeyIsRefused()
{
    SshProcessRunner runner = remote(m_local, environment("RELAYQ_SSH_CONFIG_WRONG_KEY"), m_port);
    const QString ran = marker(QStringLiteral("ran-with-wrong-key"));
    ProcessRequest request;
    request.program = QStringLiteral("touch");
    request.arguments = { ran };
    const auto outcome = runAndWait(runner, request);
    QVERIFY(outcome);
    QVERIFY(!outcome->started);
    QVERIFY2(outcome->errorText.contains(QLatin1String("refused the login"))
                 && outcome->errorText.contains(QLatin1String("ssh-add"))
                 && outcome->errorText.contains(runner.destination().toString()),
             qPrintable(outcome->errorText));
    QVERIFY(!QFile::exists(ran));
}

void TestSshService::closedPortIsReported()
{
    const QString closed = environment("RELAYQ_SSHD_CLOSED_PORT");
    QVERIFY(!closed.isEmpty());
    SshProcessRunner runner = remote(m_local, m_config, closed);
    ProcessRequest request;
    request.program = QStringLiteral("true");
    const auto outcome = runAndWait(runner, request);
    QVERIFY(outcome);
    QVERIFY(!outcome->started);
    QVERIFY2(outcome->errorText.contains(QLatin1String("refused the connection"))
                 && outcome->errorText.contains(QLatin1String("127.0.0.1:") + closed),
             qPrintable(outcome->errorText));
}

QTEST_GUILESS_MAIN(TestSshService)
#include "TestSshService.moc"
