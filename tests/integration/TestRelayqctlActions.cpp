// `relayqctl restart` and `relayqctl recover` as a user runs them: the real binary against the
// simulator over loopback, with the stand-in service (tests/data/fake-service) bound through
// the user's own commands, and a runner folder holding the stand-in config.sh/svc.sh
// (tests/data/fake-runner). The child cannot tell the simulator what its config.sh did, so this
// test plays the runner's side of GitHub from outside (docs/simulator.md, "Registering
// runners"): it watches the stand-ins' log and reports each successful config.sh run with the
// token the simulator issued.

#include "Clock.h"
#include "SimFleet.h"
#include "SimRegistration.h"
#include "Simulator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace relayq;
using relayq::sim::SimFault;
using relayq::sim::SimRunnerToken;

namespace {
const QString kToken = QStringLiteral("ghp_relayqctlACTIONS0123456789abcdef");
const QString kRepo = QStringLiteral("acme/media");
const QString kServiceRunner = QStringLiteral("svc-runner");
const QString kRecovered = QStringLiteral("build-1");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

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
} // namespace

class TestRelayqctlActions : public QObject
{
    Q_OBJECT

    SystemClock m_clock; // the command runs on the wall clock, so the simulator does too
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_home; // HOME, XDG_*: never the developer's files
    qint64 m_buildId = 0;
    int m_handledLines = 0; // of the stand-ins' log, by the runner's side

    QString path(const QString &relative) const { return m_home->filePath(relative); }
    QString runnerDir() const { return path(QStringLiteral("runners/build-1")); }
    QString pidFile() const { return path(QStringLiteral("service.pid")); }
    QString configFile() const { return path(QStringLiteral("relayq.ini")); }
    QString dataHome() const { return path(QStringLiteral("data")); }
    QString auditLog() const { return dataHome() + QStringLiteral("/relayq-tray/audit.log"); }
    QString backupFolder() const { return dataHome() + QStringLiteral("/relayq-tray/backups"); }
    QString runnerLog() const
    {
        return QDir(runnerDir()).filePath(QStringLiteral("fake-runner.log"));
    }

    QProcessEnvironment childEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "GITHUB_TOKEN", "RELAYQ_CONFIG", "DISPLAY", "FAKE_RUNNER_FAIL" })
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("GH_TOKEN"), kToken);
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/relayq-test-bus"));
        // The stand-in svc.sh needs no root: no pkexec prompt in a test.
        env.insert(QStringLiteral("RELAYQ_PRIVILEGE_WRAPPER"), QString());
        return env;
    }

    // Runs relayqctl with the event loop turning (the simulator answers from this thread);
    // `tick` runs every 20 ms meanwhile.
    Run relayqctl(QStringList arguments, const QHash<QString, QString> &extraEnv = {},
                  const std::function<void()> &tick = {})
    {
        arguments << QStringLiteral("--config") << configFile() << QStringLiteral("--api-url")
                  << m_sim->baseUrl().toString();
        QProcess process;
        QProcessEnvironment env = childEnvironment();
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        QTimer timer;
        if (tick) {
            connect(&timer, &QTimer::timeout, this, tick);
            timer.start(20);
        }
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(RELAYQCTL_PATH), arguments);
        Run run;
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    // The stand-in service's scripts, their chatter kept out of the test's output.
    int fakeService(const QString &script) const
    {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        process.start(data(QStringLiteral("fake-service/")) + script, { pidFile() });
        return process.waitForFinished() && process.exitStatus() == QProcess::NormalExit
            ? process.exitCode()
            : -1;
    }

    QString servicePid() const { return QString::fromUtf8(readAll(pidFile())).trimmed(); }

    void writeSettings()
    {
        const QString service = data(QStringLiteral("fake-service/"));
        const QString pid = pidFile();
        const QString ini = QStringLiteral("[meta]\nschema_version=2\n\n[targets]\nlist=%1\n\n"
                                           "[runners]\ndirectories=%2\n\n"
                                           "[runner_bindings]\nsize=1\n1\\runner=%3\n"
                                           "1\\kind=commands\n1\\start=\"%4start %5\"\n"
                                           "1\\stop=\"%4stop %5\"\n1\\status=\"%4status %5\"\n")
                                .arg(kRepo, runnerDir(), kServiceRunner, service, pid);
        QVERIFY(writeFile(configFile(), ini.toUtf8()));
    }

    // A configured runner folder as config.sh and `svc.sh install` leave it.
    void writeRunnerFolder()
    {
        QVERIFY(QDir().mkpath(runnerDir()));
        for (const char *script : { "config.sh", "svc.sh" }) {
            const QString target = QDir(runnerDir()).filePath(QLatin1String(script));
            QVERIFY(
                QFile::copy(data(QStringLiteral("fake-runner/")) + QLatin1String(script), target));
            QVERIFY(QFile::setPermissions(target,
                                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
        const QString runner = QStringLiteral("{\"agentId\": %1, \"agentName\": \"%2\", "
                                              "\"poolId\": 1, \"serverUrl\": "
                                              "\"https://pipelines.example/x\", \"gitHubUrl\": "
                                              "\"https://github.com/%3\", \"workFolder\": "
                                              "\"_work\"}")
                                   .arg(m_buildId)
                                   .arg(kRecovered, kRepo);
        QVERIFY(writeFile(QDir(runnerDir()).filePath(QStringLiteral(".runner")), runner.toUtf8()));
        QVERIFY(writeFile(QDir(runnerDir()).filePath(QStringLiteral(".service")),
                          "actions.runner.acme-media.build-1.service\n"));
        QVERIFY(
            writeFile(QDir(runnerDir()).filePath(QStringLiteral(".fake-service")), "running\n"));
        QVERIFY(writeFile(QDir(runnerDir()).filePath(QStringLiteral(".credentials")),
                          "{\"scheme\":\"OAuth\"}"));
    }

    QString lastToken(SimRunnerToken::Kind kind) const
    {
        QString token;
        for (const SimRunnerToken &issued : m_sim->registration().issued()) {
            if (issued.kind == kind)
                token = issued.token;
        }
        return token;
    }

    // What GitHub would learn from the stand-in config.sh: each logged call, once it has ended
    // well — the next call is logged (the steps run one after another and stop at a failure),
    // or the folder shows its effect. A call still running, or one that failed, waits.
    void playRunnerSide()
    {
        const QStringList lines
            = QString::fromUtf8(readAll(runnerLog())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const bool configured
            = QFileInfo::exists(QDir(runnerDir()).filePath(QStringLiteral(".runner")));
        while (m_handledLines < lines.size()) {
            const QStringList fields = lines.at(m_handledLines).split(QLatin1Char('\t'));
            const bool followed = m_handledLines + 1 < lines.size();
            if (fields.value(1) == QLatin1String("config.sh")
                && fields.value(2) == QLatin1String("remove")) {
                if (!followed && configured)
                    return;
                m_sim->registration().unconfigure(lastToken(SimRunnerToken::Kind::Remove),
                                                  kRecovered);
            } else if (fields.value(1) == QLatin1String("config.sh")) {
                if (!followed && !configured)
                    return;
                const QStringList labels
                    = fields.value(fields.indexOf(QStringLiteral("--labels")) + 1)
                          .split(QLatin1Char(','));
                const qint64 id = m_sim->registration().configure(
                    lastToken(SimRunnerToken::Kind::Registration), kRecovered, labels);
                // Its service starts right after; the runner connects.
                m_sim->fleet().setRunnerOnline(id, true);
            }
            ++m_handledLines;
        }
    }

    // Neither the GitHub token nor a runner token the simulator issued, anywhere the user sees.
    void verifyNoToken(const Run &run)
    {
        QStringList secrets { kToken };
        for (const SimRunnerToken &issued : m_sim->registration().issued())
            secrets << issued.token;
        const QByteArray audit = readAll(auditLog());
        const QByteArray checks
            = readAll(QDir(runnerDir()).filePath(QStringLiteral("token-check.log")));
        for (const QString &secret : secrets) {
            const QByteArray bytes = secret.toUtf8();
            QVERIFY(!run.out.contains(bytes));
            QVERIFY(!run.err.contains(bytes));
            QVERIFY(!audit.contains(bytes));
            QVERIFY(!readAll(runnerLog()).contains(bytes));
        }
        QVERIFY(!checks.contains("LEAKED"));
    }

    QStringList backups() const
    {
        return QDir(backupFolder()).entryList({ QStringLiteral("*.tar.gz") }, QDir::Files);
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_handledLines = 0;
        m_sim = std::make_unique<sim::Simulator>(m_clock);
        m_sim->setRequiredToken(kToken);
        QVERIFY(m_sim->listen());
        m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("media"));
        m_sim->fleet().addRunner(kRepo, kServiceRunner, { QStringLiteral("audio") });
        m_buildId = m_sim->fleet().addRunner(kRepo, kRecovered,
                                             { QStringLiteral("gpu"), QStringLiteral("linux") });
        m_sim->fleet().setRunnerOnline(m_buildId, false);
        writeSettings();
        writeRunnerFolder();
        QCOMPARE(fakeService(QStringLiteral("start")), 0);
    }

    void cleanup()
    {
        fakeService(QStringLiteral("stop"));
        m_sim.reset();
        m_home.reset();
    }

    void restartBringsTheServiceBack()
    {
        const QString before = servicePid();
        QVERIFY(!before.isEmpty());
        const Run run = relayqctl({ QStringLiteral("restart"), kServiceRunner });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("back online"));
        QVERIFY(run.err.contains("Restarting the service of svc-runner"));
        const QString after = servicePid();
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);
        QCOMPARE(fakeService(QStringLiteral("status")), 0);
        const QByteArray audit = readAll(auditLog());
        QVERIFY2(audit.contains("\"restart\"") && audit.contains("svc-runner")
                     && audit.contains("relayqctl"),
                 audit.constData());
        verifyNoToken(run);
    }

    void restartOfAnUnknownRunnerIsAUsageError()
    {
        const QString before = servicePid();
        const Run run = relayqctl({ QStringLiteral("restart"), QStringLiteral("nobody") });
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("nobody"));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(servicePid(), before);
        QVERIFY(!QFile::exists(auditLog()));
    }

    void restartWhileGitHubIsDownCannotConfirm()
    {
        SimFault fault;
        fault.kind = SimFault::Kind::Status;
        fault.status = 503;
        fault.pathContains = QStringLiteral("/actions/runners");
        m_sim->addFault(fault);
        const QString before = servicePid();
        const Run run = relayqctl({ QStringLiteral("restart"), kServiceRunner });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.contains("unreachable"));
        QVERIFY(!run.out.contains("offline"));
        QVERIFY(!run.err.contains("offline"));
        QVERIFY(servicePid() != before); // restarted all the same
        QVERIFY(readAll(auditLog()).contains("could not confirm"));
    }

    void recoverRegistersTheRunnerAgain()
    {
        const Run run = relayqctl({ QStringLiteral("recover"), kRecovered }, {},
                                  [this] { playRunnerSide(); });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("[1/7]"));
        QVERIFY(run.err.contains("[7/7] done"));
        QCOMPARE(backups().size(), 1);
        QVERIFY(run.out.contains(backups().constFirst().toUtf8()));
        const qint64 id = m_sim->fleet().runnerId(kRecovered);
        QVERIFY(id != 0 && id != m_buildId);
        const auto runner = m_sim->fleet().runner(id);
        QVERIFY(runner && runner->online);
        QVERIFY(runner->labels.contains(QStringLiteral("gpu")));
        const QByteArray log = readAll(runnerLog());
        QVERIFY(log.contains("svc.sh\tinstall"));
        QVERIFY(log.contains("svc.sh\tstart"));
        QVERIFY(readAll(auditLog()).contains("\"recover\""));
        verifyNoToken(run);
    }

    void recoverStopsAtAFailureAndResumes()
    {
        const Run failed
            = relayqctl({ QStringLiteral("recover"), kRecovered },
                        { { QStringLiteral("FAKE_RUNNER_FAIL"), QStringLiteral("configure") } },
                        [this] { playRunnerSide(); });
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(failed.err.contains("[5/7] FAILED"));
        QVERIFY2(failed.err.contains("resume with: relayqctl recover build-1 --from-step 5"),
                 failed.err.constData());
        QCOMPARE(backups().size(), 1);
        QVERIFY(failed.out.contains(backups().constFirst().toUtf8()));
        verifyNoToken(failed);

        // config.sh remove took the .runner with it: the resume goes on from the last plan.
        QVERIFY(!QFile::exists(QDir(runnerDir()).filePath(QStringLiteral(".runner"))));
        m_handledLines = 0;
        QFile::remove(runnerLog());
        const Run resumed = relayqctl({ QStringLiteral("recover"), kRecovered,
                                        QStringLiteral("--from-step"), QStringLiteral("5") },
                                      {}, [this] { playRunnerSide(); });
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QVERIFY(!resumed.err.contains("[1/7]"));
        QVERIFY(resumed.err.contains("[4/7]"));
        QCOMPARE(backups().size(), 1); // no second backup, and the first one is kept
        QVERIFY(resumed.out.contains(backups().constFirst().toUtf8()));
        const auto runner = m_sim->fleet().runner(m_sim->fleet().runnerId(kRecovered));
        QVERIFY(runner && runner->online && runner->labels.contains(QStringLiteral("gpu")));
        verifyNoToken(resumed);
    }

    void recoverTouchesNothingWhileGitHubIsDown()
    {
        SimFault fault;
        fault.kind = SimFault::Kind::Status;
        fault.status = 503;
        fault.pathContains = QStringLiteral("/actions/runners");
        m_sim->addFault(fault);
        const Run run = relayqctl({ QStringLiteral("recover"), kRecovered });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("nothing was touched"));
        QVERIFY(!QFile::exists(runnerLog()));
        QVERIFY(backups().isEmpty());
        QVERIFY(QFile::exists(QDir(runnerDir()).filePath(QStringLiteral(".runner"))));
    }

    void recoverNeedsTheRunnerFolderHere()
    {
        const Run run = relayqctl({ QStringLiteral("recover"), kServiceRunner });
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("folder on this computer"));
    }
};

QTEST_GUILESS_MAIN(TestRelayqctlActions)
#include "TestRelayqctlActions.moc"
