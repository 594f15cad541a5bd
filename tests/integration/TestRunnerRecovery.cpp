// RunnerRecovery end to end: the real GitHubClient against the simulator over loopback, the real
// LocalProcessRunner running the stand-in config.sh/svc.sh (tests/data/fake-runner) copied into a
// temporary runner directory. The test plays the runner's side of GitHub: after a config.sh run
// succeeds it reports to the simulator what the real one would have done with the token it got
// (docs/simulator.md, "Registering runners"), and `svc.sh start` brings the runner online.

#include "AuditLog.h"
#include "Clock.h"
#include "GitHubClient.h"
#include "LocalProcessRunner.h"
#include "RunnerConfigReader.h"
#include "RunnerRecovery.h"
#include "SimFleet.h"
#include "SimRegistration.h"
#include "Simulator.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace relayq;
using relayq::sim::SimFault;
using relayq::sim::Simulator;

namespace {

const QString kRepo = QStringLiteral("acme/app");
const QString kName = QStringLiteral("build-1");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Plays the runner's side of GitHub around the real child processes, and keeps every request.
class RunnerSide : public ProcessRunner
{
public:
    RunnerSide(Simulator &sim) : m_sim(sim) { }

    void run(const ProcessRequest &request, QObject *context, Done done) override
    {
        requests.append(request);
        const bool config = QFileInfo(request.program).fileName() == QLatin1String("config.sh");
        const QString token
            = request.extraEnvironment.value(QStringLiteral("ACTIONS_RUNNER_INPUT_TOKEN"));
        const QString dir = request.workingDirectory;
        const QString before = RunnerConfigReader::readDirectory(dir).agentName;
        m_local.run(request, context, [=, this](const ProcessOutcome &outcome) {
            if (outcome.succeeded() && config
                && request.arguments.value(0) == QLatin1String("remove"))
                m_sim.registration().unconfigure(token, before);
            else if (outcome.succeeded() && config) {
                const QStringList args = request.arguments;
                const QString name = args.value(args.indexOf(QStringLiteral("--name")) + 1);
                const QStringList labels = args.value(args.indexOf(QStringLiteral("--labels")) + 1)
                                               .split(QLatin1Char(','));
                m_sim.registration().configure(token, name, labels);
            } else if (outcome.succeeded() && bringOnline
                       && request.arguments.endsWith(QStringLiteral("start"))) {
                m_sim.fleet().setRunnerOnline(m_sim.fleet().runnerId(kName), true);
            }
            done(outcome);
        });
    }

    QList<ProcessRequest> requests;
    bool bringOnline = true;

private:
    Simulator &m_sim;
    LocalProcessRunner m_local;
};

} // namespace

class TestRunnerRecovery : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GitHubClient> m_client;
    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<RunnerSide> m_side;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<RunnerRecovery> m_recovery;
    QList<std::tuple<int, int, QString>> m_steps; // step, state, text
    qint64 m_oldId = 0;
    int m_backups = 0;

    QString runnerDir() const { return m_temp->filePath(QStringLiteral("runner")); }
    QString logPath() const { return m_temp->filePath(QStringLiteral("fake-runner.log")); }
    QString checkPath() const { return m_temp->filePath(QStringLiteral("token-check.log")); }

    QStringList logLines() const
    {
        return QString::fromUtf8(readAll(logPath())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    void configureLocally()
    {
        QFile runner(QDir(runnerDir()).filePath(QStringLiteral(".runner")));
        QVERIFY(runner.open(QIODevice::WriteOnly));
        runner.write("\xEF\xBB\xBF"); // as the runner writes it on some systems
        runner.write(
            QStringLiteral("{\"agentId\": %1, \"agentName\": \"%2\", \"poolId\": 1, "
                           "\"serverUrl\": \"https://pipelines.example/x\", \"gitHubUrl\": "
                           "\"https://github.com/acme/app\", \"workFolder\": \"_work\"}")
                .arg(m_oldId)
                .arg(kName)
                .toUtf8());
        runner.close();
        QFile service(QDir(runnerDir()).filePath(QStringLiteral(".service")));
        QVERIFY(service.open(QIODevice::WriteOnly));
        service.write("actions.runner.acme-app.build-1.service\n");
        service.close();
        QFile credentials(QDir(runnerDir()).filePath(QStringLiteral(".credentials")));
        QVERIFY(credentials.open(QIODevice::WriteOnly));
        credentials.write("{\"scheme\":\"OAuth\"}");
    }

    // Every secret the simulator handed out for runners.
    QStringList issuedTokens() const
    {
        QStringList tokens;
        for (const auto &token : m_sim->registration().issued())
            tokens << token.token;
        return tokens;
    }

    void verifyNoTokenAnywhere()
    {
        const QStringList tokens = issuedTokens();
        QVERIFY(!tokens.isEmpty());
        const QByteArray audit = readAll(m_audit->filePath());
        QVERIFY(!audit.isEmpty());
        for (const QString &token : tokens) {
            for (const ProcessRequest &request : std::as_const(m_side->requests)) {
                for (const QString &argument : request.arguments)
                    QVERIFY2(!argument.contains(token), "a runner token in argv");
                QVERIFY(!request.program.contains(token));
            }
            QVERIFY(!readAll(logPath()).contains(token.toUtf8()));
            QVERIFY(!audit.contains(token.toUtf8()));
            QVERIFY(!m_recovery->outcome().message.contains(token));
            QVERIFY(!m_recovery->outcome().helperOutput.contains(token));
            for (const auto &[step, state, text] : std::as_const(m_steps))
                QVERIFY(!text.contains(token));
        }
        QVERIFY(!readAll(checkPath()).contains("LEAKED"));
    }

    bool runToEnd(int from = RunnerRecovery::Backup)
    {
        QSignalSpy finished(m_recovery.get(), &RunnerRecovery::finished);
        if (!m_recovery->start(from))
            return false;
        return finished.wait(20000) || finished.count() == 1;
    }

    QList<int> statesOf(int step) const
    {
        QList<int> states;
        for (const auto &[s, state, text] : m_steps)
            if (s == step)
                states << state;
        return states;
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        m_sim = std::make_unique<Simulator>(*m_clock);
        QVERIFY(m_sim->listen());
        m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("app"));
        m_oldId = m_sim->fleet().addRunner(kRepo, kName, { QStringLiteral("gpu") });
        m_sim->fleet().setRunnerOnline(m_oldId, false); // why it is being recovered
        m_sim->fleet().addRunner(kRepo, QStringLiteral("other"), {});
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<GitHubClient>(m_network.get(), *m_clock);
        QVERIFY(!m_client->setApiBase(m_sim->baseUrl()).has_value());
        m_client->setToken(QStringLiteral("ghp_relayqTESTtoken"));

        m_temp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_temp->isValid());
        QVERIFY(QDir().mkpath(runnerDir()));
        for (const QString &script : { QStringLiteral("config.sh"), QStringLiteral("svc.sh") })
            QVERIFY(QFile::copy(QStringLiteral(RELAYQ_TEST_DATA "/fake-runner/") + script,
                                QDir(runnerDir()).filePath(script)));
        qputenv("FAKE_RUNNER_LOG", logPath().toUtf8());
        qputenv("FAKE_RUNNER_TOKEN_CHECK", checkPath().toUtf8());
        qunsetenv("FAKE_RUNNER_FAIL");

        m_side = std::make_unique<RunnerSide>(*m_sim);
        m_audit
            = std::make_unique<AuditLog>(*m_clock, m_temp->filePath(QStringLiteral("audit.log")));
        m_backups = 0;
        // Stands in for the platform's RunnerBackup: copies the configuration files.
        auto backup = [this](const QString &dir) {
            const QString target = m_temp->filePath(QStringLiteral("backup-%1").arg(++m_backups));
            QDir().mkpath(target);
            int copied = 0;
            for (const QString &name : { QStringLiteral(".runner"), QStringLiteral(".credentials"),
                                         QStringLiteral(".service") })
                copied += QFile::copy(QDir(dir).filePath(name), QDir(target).filePath(name));
            return copied ? RecoveryBackup { target, {} }
                          : RecoveryBackup { {}, QStringLiteral("nothing to back up") };
        };
        m_recovery = std::make_unique<RunnerRecovery>(m_client.get(), m_side.get(), *m_clock,
                                                      backup, m_audit.get());
        m_recovery->setPrivilegeWrapper({});
        m_recovery->setPollIntervalMs(0);
        m_recovery->setOrigin(QStringLiteral("relayqctl"));
        m_steps.clear();
        connect(m_recovery.get(), &RunnerRecovery::stepChanged, this,
                [this](int step, RunnerRecovery::StepState state, const QString &text) {
                    m_steps.append({ step, int(state), text });
                });
    }

    // In reverse order of init(): a request still in flight is aborted by its client while the
    // network manager and the simulator still exist.
    void cleanup()
    {
        m_recovery.reset();
        m_side.reset();
        m_client.reset();
        m_network.reset();
        m_sim.reset();
        m_audit.reset();
        m_temp.reset();
        m_clock.reset();
        qunsetenv("FAKE_RUNNER_FAIL");
    }

    void helpers()
    {
        QCOMPARE(
            RunnerRecovery::customLabels({ QStringLiteral("self-hosted"), QStringLiteral("Linux"),
                                           QStringLiteral("X64"), QStringLiteral("gpu"),
                                           QStringLiteral("GPU"), QStringLiteral("audio") }),
            QStringList({ QStringLiteral("gpu"), QStringLiteral("audio") }));
        QCOMPARE(
            RunnerRecovery::webUrl(QUrl(QStringLiteral("https://api.github.com")),
                                   Target::repository(QStringLiteral("o"), QStringLiteral("r"))),
            QStringLiteral("https://github.com/o/r"));
        QCOMPARE(RunnerRecovery::webUrl(QUrl(QStringLiteral("https://ghe.example/api/v3")),
                                        Target::organization(QStringLiteral("org"))),
                 QStringLiteral("https://ghe.example/org"));
    }

    void recoversEveryStepInOrder()
    {
        configureLocally();
        RecoveryPlan plan = RecoveryPlan::fromLocalRunner(
            RunnerConfigReader::readDirectory(runnerDir()),
            Target::repository(QStringLiteral("acme"), QStringLiteral("app")),
            { QStringLiteral("self-hosted"), QStringLiteral("Linux"), QStringLiteral("X64"),
              QStringLiteral("gpu") });
        plan.serviceUser = QStringLiteral("runner");
        QCOMPARE(plan.gitHubUrl, QStringLiteral("https://github.com/acme/app"));
        plan.gitHubUrl.clear(); // the simulator's own address instead
        m_recovery->setPlan(plan);
        m_side->bringOnline = false; // the test brings it online while step 7 waits

        QSignalSpy served(m_sim.get(), &Simulator::requestServed);
        QSignalSpy finished(m_recovery.get(), &RunnerRecovery::finished);
        QVERIFY(m_recovery->start());
        QTRY_COMPARE_WITH_TIMEOUT(m_recovery->currentStep(), int(RunnerRecovery::WaitOnline),
                                  20000);
        // The first look finds it registered but offline: still waiting.
        QTRY_VERIFY(std::any_of(served.cbegin(), served.cend(), [](const QList<QVariant> &call) {
            return call.at(0).toString() == QLatin1String("GET") && call.at(2).toInt() == 200
                && call.at(1).toString().contains(QLatin1String("/actions/runners"));
        }));
        QTRY_VERIFY(m_recovery->isRunning());
        const qint64 newId = m_sim->fleet().runnerId(kName);
        QVERIFY(newId != 0 && newId != m_oldId);
        m_clock->advance(30);
        QVERIFY(m_sim->fleet().setRunnerOnline(newId, true));
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                m_recovery->checkNow(); // ignored while the previous look is under way
                return !m_recovery->isRunning();
            }(),
            10000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const RecoveryOutcome outcome = m_recovery->outcome();
        QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
        QCOMPARE(outcome.failedStep, -1);

        // Every step started and ended, in order.
        QCOMPARE(m_steps.size(), 2 * int(RunnerRecovery::StepCount));
        for (int step = 0; step < RunnerRecovery::StepCount; ++step) {
            QCOMPARE(std::get<0>(m_steps.at(2 * step)), step);
            QCOMPARE(std::get<1>(m_steps.at(2 * step)), int(RunnerRecovery::Running));
            QCOMPARE(std::get<0>(m_steps.at(2 * step + 1)), step);
            QCOMPARE(std::get<1>(m_steps.at(2 * step + 1)), int(RunnerRecovery::Done));
        }

        // The exact commands, the token only in the environment of config.sh.
        const QString url = m_sim->baseUrl().toString() + QStringLiteral("/acme/app");
        QCOMPARE(
            logLines(),
            QStringList({ QStringLiteral("token:unset\tsvc.sh\tstop"),
                          QStringLiteral("token:unset\tsvc.sh\tuninstall"),
                          QStringLiteral("token:set\tconfig.sh\tremove"),
                          QStringLiteral("token:set\tconfig.sh\t--unattended\t--replace\t--url\t")
                              + url
                              + QStringLiteral("\t--name\tbuild-1\t--labels\tgpu\t--work\t_work"),
                          QStringLiteral("token:unset\tsvc.sh\tinstall\trunner"),
                          QStringLiteral("token:unset\tsvc.sh\tstart") }));
        QCOMPARE(readAll(checkPath()), QByteArray("config.sh\tclean\nconfig.sh\tclean\n"));
        QCOMPARE(m_side->requests.size(), 6);
        QCOMPARE(m_side->requests.at(3).program,
                 QDir(runnerDir()).filePath(QStringLiteral("config.sh")));
        QCOMPARE(m_side->requests.at(3).workingDirectory, runnerDir());
        const auto issued = m_sim->registration().issued();
        QCOMPARE(issued.size(), 2);
        QCOMPARE(issued.at(0).kind, sim::SimRunnerToken::Kind::Remove);
        QCOMPARE(m_side->requests.at(2).extraEnvironment.value(
                     QStringLiteral("ACTIONS_RUNNER_INPUT_TOKEN")),
                 issued.at(0).token);
        QCOMPARE(m_side->requests.at(3).extraEnvironment.value(
                     QStringLiteral("ACTIONS_RUNNER_INPUT_TOKEN")),
                 issued.at(1).token);
        QVERIFY(m_side->requests.at(0).extraEnvironment.isEmpty());
        verifyNoTokenAnywhere();

        // GitHub shows the new registration online; the directory is configured and serviced.
        const auto runner = m_sim->fleet().runner(newId);
        QVERIFY(runner && runner->online);
        QVERIFY(runner->labels.contains(QStringLiteral("gpu")));
        QVERIFY(!m_sim->fleet().runner(m_oldId));
        QCOMPARE(RunnerConfigReader::readDirectory(runnerDir()).agentName, kName);
        QVERIFY(QFile::exists(QDir(runnerDir()).filePath(QStringLiteral(".service"))));
        QVERIFY(QFile::exists(QDir(outcome.backupPath).filePath(QStringLiteral(".runner"))));
        QVERIFY(outcome.message.contains(outcome.backupPath));
        QVERIFY(outcome.helperOutput.contains(QStringLiteral("svc.sh stop")));

        const QList<AuditEntry> audit = m_audit->recent(50);
        QCOMPARE(audit.size(), int(RunnerRecovery::StepCount) + 1);
        QCOMPARE(audit.last().action, QStringLiteral("recover"));
        QCOMPARE(audit.last().subject, kName);
        QVERIFY(audit.last().succeeded);
        QCOMPARE(audit.last().origin, QStringLiteral("relayqctl"));
    }

    void failureStopsAndResumes()
    {
        configureLocally();
        m_recovery->setPlan(RecoveryPlan::fromLocalRunner(
            RunnerConfigReader::readDirectory(runnerDir()),
            Target::repository(QStringLiteral("acme"), QStringLiteral("app")),
            { QStringLiteral("gpu") }));
        // svc.sh through a (fake) privilege wrapper this time.
        const QString wrapperLog = m_temp->filePath(QStringLiteral("pkexec.log"));
        qputenv("FAKE_SYSTEMCTL_LOG", wrapperLog.toUtf8());
        m_recovery->setPrivilegeWrapper(
            { QStringLiteral(RELAYQ_TEST_DATA "/fake-systemctl/pkexec") });
        qputenv("FAKE_RUNNER_FAIL", "configure");

        QVERIFY(runToEnd());
        RecoveryOutcome outcome = m_recovery->outcome();
        QVERIFY(!outcome.succeeded);
        QCOMPARE(outcome.failedStep, int(RunnerRecovery::Configure));
        QCOMPARE(outcome.resumeFrom, int(RunnerRecovery::Configure));
        QVERIFY2(outcome.message.contains(QStringLiteral("resume from step 5")),
                 qPrintable(outcome.message));
        QVERIFY(outcome.message.contains(QStringLiteral("fake failure")));
        QVERIFY(outcome.message.contains(outcome.backupPath));
        QVERIFY(outcome.helperOutput.contains(QStringLiteral("fake failure")));
        const QString backup = outcome.backupPath;
        QVERIFY(QFile::exists(QDir(backup).filePath(QStringLiteral(".runner"))));
        QCOMPARE(statesOf(RunnerRecovery::Configure),
                 QList<int>({ RunnerRecovery::Running, RunnerRecovery::Failed }));
        QVERIFY(statesOf(RunnerRecovery::StartService).isEmpty()); // stopped there
        QCOMPARE(
            QString::fromUtf8(readAll(wrapperLog)),
            QStringLiteral(
                "pkexec\tenv\t-C\t%1\t%1/svc.sh\tstop\npkexec\tenv\t-C\t%1\t%1/svc.sh\tuninstall\n")
                .arg(runnerDir()));
        QVERIFY(!m_audit->recent(50).last().succeeded);

        qunsetenv("FAKE_RUNNER_FAIL");
        m_steps.clear();
        const qsizetype before = logLines().size();
        QVERIFY(runToEnd(outcome.resumeFrom));
        outcome = m_recovery->outcome();
        QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
        QCOMPARE(outcome.backupPath, backup); // reported again, never deleted
        QVERIFY(QFile::exists(QDir(backup).filePath(QStringLiteral(".runner"))));
        QCOMPARE(std::get<0>(m_steps.first()), int(RunnerRecovery::RegistrationToken));
        const QStringList resumed = logLines().mid(before);
        QCOMPARE(resumed.size(), 3);
        QVERIFY(resumed.at(0).startsWith(QStringLiteral("token:set\tconfig.sh\t--unattended")));
        QCOMPARE(resumed.at(2), QStringLiteral("token:unset\tsvc.sh\tstart"));
        QVERIFY(m_sim->fleet().runner(m_sim->fleet().runnerId(kName))->online);
        verifyNoTokenAnywhere();
        qunsetenv("FAKE_SYSTEMCTL_LOG");
    }

    void localConfigGoneDeletesThroughTheApi()
    {
        m_recovery->setPlan(RecoveryPlan::withoutLocalConfig(
            runnerDir(), Target::repository(QStringLiteral("acme"), QStringLiteral("app")), kName,
            { QStringLiteral("gpu") }));
        QSignalSpy served(m_sim.get(), &Simulator::requestServed);
        QVERIFY(runToEnd());
        const RecoveryOutcome outcome = m_recovery->outcome();
        QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
        QCOMPARE(statesOf(RunnerRecovery::Backup).last(), int(RunnerRecovery::Skipped));
        QCOMPARE(statesOf(RunnerRecovery::StopService).last(), int(RunnerRecovery::Skipped));
        QCOMPARE(statesOf(RunnerRecovery::RemoveRegistration).last(), int(RunnerRecovery::Done));
        bool deleted = false;
        for (const QList<QVariant> &call : served) {
            if (call.at(0).toString() == QLatin1String("DELETE")) {
                QCOMPARE(call.at(1).toString(),
                         QStringLiteral("/repos/acme/app/actions/runners/%1").arg(m_oldId));
                QCOMPARE(call.at(2).toInt(), 204);
                deleted = true;
            }
        }
        QVERIFY(deleted);
        QVERIFY(!m_sim->fleet().runner(m_oldId));
        QVERIFY(m_sim->fleet().runnerId(QStringLiteral("other")) != 0); // only that one
        QVERIFY(!logLines().join(QLatin1Char('\n')).contains(QStringLiteral("remove")));
        QCOMPARE(logLines().first().section(QLatin1Char('\t'), 1, 2),
                 QStringLiteral("config.sh\t--unattended"));
        QVERIFY(m_sim->fleet().runner(m_sim->fleet().runnerId(kName))->online);
        verifyNoTokenAnywhere();
    }

    void unreachableDuringTokenFetch()
    {
        configureLocally();
        m_recovery->setPlan(RecoveryPlan::fromLocalRunner(
            RunnerConfigReader::readDirectory(runnerDir()),
            Target::repository(QStringLiteral("acme"), QStringLiteral("app")), {}));
        SimFault fault;
        fault.kind = SimFault::Kind::Status;
        fault.status = 503;
        fault.pathContains = QStringLiteral("registration-token");
        fault.times = 1;
        m_sim->addFault(fault);
        QVERIFY(runToEnd());
        const RecoveryOutcome outcome = m_recovery->outcome();
        QVERIFY(!outcome.succeeded);
        QCOMPARE(outcome.failedStep, int(RunnerRecovery::RegistrationToken));
        QVERIFY2(outcome.message.contains(QStringLiteral("unreachable")),
                 qPrintable(outcome.message));
        QVERIFY(outcome.message.contains(QStringLiteral("resume from step 4")));
        QVERIFY(!outcome.backupPath.isEmpty());
        QVERIFY(!logLines().join(QLatin1Char('\n')).contains(QStringLiteral("--unattended")));
        verifyNoTokenAnywhere();

        QVERIFY(runToEnd(outcome.resumeFrom)); // GitHub is back
        QVERIFY2(m_recovery->outcome().succeeded, qPrintable(m_recovery->outcome().message));
    }

    void givesUpWhenItStaysOffline()
    {
        configureLocally();
        m_recovery->setPlan(RecoveryPlan::fromLocalRunner(
            RunnerConfigReader::readDirectory(runnerDir()),
            Target::repository(QStringLiteral("acme"), QStringLiteral("app")), {}));
        m_side->bringOnline = false;
        QSignalSpy finished(m_recovery.get(), &RunnerRecovery::finished);
        QVERIFY(m_recovery->start());
        QTRY_COMPARE_WITH_TIMEOUT(m_recovery->currentStep(), int(RunnerRecovery::WaitOnline),
                                  20000);
        m_clock->advance(60);
        QTRY_VERIFY(m_recovery->isRunning()); // not yet: 60 of 120 s
        m_clock->advance(61);
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                m_recovery->checkNow(); // ignored while a look is under way
                return !m_recovery->isRunning();
            }(),
            10000);
        const RecoveryOutcome outcome = m_recovery->outcome();
        QCOMPARE(outcome.failedStep, int(RunnerRecovery::WaitOnline));
        QVERIFY2(outcome.message.contains(QStringLiteral("did not come online within 120 seconds")),
                 qPrintable(outcome.message));
        QVERIFY(outcome.message.contains(QStringLiteral("offline")));
    }
};

QTEST_GUILESS_MAIN(TestRunnerRecovery)
#include "TestRunnerRecovery.moc"
