// The tray's guided recovery wizard end to end: the real GitHubClient against the simulator over
// loopback, the real LocalProcessRunner running the stand-in config.sh/svc.sh
// (tests/data/fake-runner) copied into a temporary runner directory, and the real RunnerBackup
// through recoveryBackupTo. As in TestRunnerRecovery, the test plays the runner's side of GitHub:
// a successful config.sh registers the runner with the simulator, `svc.sh start` brings it online.

#include "AuditLog.h"
#include "Clock.h"
#include "GitHubClient.h"
#include "LocalProcessRunner.h"
#include "RecoveryBackup.h"
#include "RecoveryPlanPage.h"
#include "RecoveryProgressPage.h"
#include "RecoveryWizard.h"
#include "RunnerConfigReader.h"
#include "SimFleet.h"
#include "SimRegistration.h"
#include "Simulator.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace relayq;
using relayq::sim::Simulator;
using Status = RecoveryProgressPage::StepStatus;

namespace {

const QString kRepo = QStringLiteral("acme/app");
const QString kName = QStringLiteral("build-1");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Plays the runner's side of GitHub around the real child processes.
class RunnerSide : public ProcessRunner
{
public:
    explicit RunnerSide(Simulator &sim) : m_sim(sim) { }

    void run(const ProcessRequest &request, QObject *context, Done done) override
    {
        const bool config = QFileInfo(request.program).fileName() == QLatin1String("config.sh");
        const QString token
            = request.extraEnvironment.value(QStringLiteral("ACTIONS_RUNNER_INPUT_TOKEN"));
        const QString before
            = RunnerConfigReader::readDirectory(request.workingDirectory).agentName;
        m_local.run(request, context, [=, this](const ProcessOutcome &outcome) {
            const QStringList args = request.arguments;
            if (outcome.succeeded() && config && args.value(0) == QLatin1String("remove")) {
                m_sim.registration().unconfigure(token, before);
            } else if (outcome.succeeded() && config) {
                m_sim.registration().configure(
                    token, args.value(args.indexOf(QStringLiteral("--name")) + 1),
                    args.value(args.indexOf(QStringLiteral("--labels")) + 1)
                        .split(QLatin1Char(',')));
            } else if (outcome.succeeded() && bringOnline
                       && args.endsWith(QStringLiteral("start"))) {
                m_sim.fleet().setRunnerOnline(m_sim.fleet().runnerId(kName), true);
            }
            done(outcome);
        });
    }

    bool bringOnline = true;

private:
    Simulator &m_sim;
    LocalProcessRunner m_local;
};

} // namespace

class TestRecoveryWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GitHubClient> m_client;
    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<RunnerSide> m_side;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<RecoveryWizard> m_wizard;
    QList<QUrl> m_opened;
    qint64 m_oldId = 0;

    QString runnerDir() const { return m_temp->filePath(QStringLiteral("runner")); }
    QString backupDir() const { return m_temp->filePath(QStringLiteral("backups")); }
    QString logPath() const { return m_temp->filePath(QStringLiteral("fake-runner.log")); }

    QStringList logLines() const
    {
        return QString::fromUtf8(readAll(logPath())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    void configureLocally()
    {
        QFile runner(QDir(runnerDir()).filePath(QStringLiteral(".runner")));
        QVERIFY(runner.open(QIODevice::WriteOnly));
        runner.write(QStringLiteral("{\"agentId\": %1, \"agentName\": \"%2\", \"poolId\": 1, "
                                    "\"gitHubUrl\": \"https://github.com/acme/app\", "
                                    "\"workFolder\": \"_work\"}")
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

    // The wizard for the runner directory as RunnerConfigReader reads it, labels as GitHub has.
    void makeWizard()
    {
        configureLocally();
        m_wizard = std::make_unique<RecoveryWizard>(
            *m_client, *m_side, *m_clock, recoveryBackupTo(*m_clock, backupDir()), m_audit.get(),
            RunnerConfigReader::readDirectory(runnerDir()),
            Target::repository(QStringLiteral("acme"), QStringLiteral("app")),
            QStringList { QStringLiteral("self-hosted"), QStringLiteral("Linux"),
                          QStringLiteral("X64"), QStringLiteral("gpu") });
        m_wizard->recovery()->setPrivilegeWrapper({});
        m_wizard->recovery()->setPollIntervalMs(0);
        m_wizard->setFolderOpener([this](const QUrl &folder) {
            m_opened << folder;
            return true;
        });
        m_wizard->show();
    }

    bool pressAndWait(QAbstractButton *button)
    {
        QSignalSpy finished(m_wizard.get(), &RecoveryWizard::recoveryFinished);
        button->click();
        return finished.wait(20000) || finished.count() == 1;
    }

    // Every piece of text any widget of the wizard shows.
    QStringList widgetTexts() const
    {
        QStringList texts { m_wizard->windowTitle() };
        for (const QWidget *widget : m_wizard->findChildren<QWidget *>()) {
            texts << widget->toolTip();
            if (auto *label = qobject_cast<const QLabel *>(widget))
                texts << label->text();
            if (auto *line = qobject_cast<const QLineEdit *>(widget))
                texts << line->text();
            if (auto *edit = qobject_cast<const QPlainTextEdit *>(widget))
                texts << edit->toPlainText();
            if (auto *button = qobject_cast<const QAbstractButton *>(widget))
                texts << button->text();
            if (auto *list = qobject_cast<const QListWidget *>(widget)) {
                for (int row = 0; row < list->count(); ++row)
                    texts << list->item(row)->text() << list->item(row)->toolTip();
            }
        }
        return texts;
    }

    void verifyNoTokenShown()
    {
        QStringList tokens { QStringLiteral("ghp_relayqTESTtoken") };
        for (const auto &token : m_sim->registration().issued())
            tokens << token.token;
        QVERIFY(tokens.size() > 1);
        const QString all = widgetTexts().join(QLatin1Char('\n'));
        QVERIFY(all.contains(kName)); // the texts were really collected
        for (const QString &token : std::as_const(tokens))
            QVERIFY2(!all.contains(token), "a token in a widget's text");
    }

    void verifyAllDone()
    {
        for (int step = 0; step < RunnerRecovery::StepCount; ++step) {
            QCOMPARE(m_wizard->progressPage()->status(step), Status::Done);
            QVERIFY(m_wizard->progressPage()->statusText(step) == QLatin1String("done"));
        }
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        m_sim = std::make_unique<Simulator>(*m_clock);
        QVERIFY(m_sim->listen());
        m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("app"));
        m_oldId = m_sim->fleet().addRunner(kRepo, kName, { QStringLiteral("gpu") });
        m_sim->fleet().setRunnerOnline(m_oldId, false);
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
        qputenv("FAKE_RUNNER_TOKEN_CHECK",
                m_temp->filePath(QStringLiteral("token-check.log")).toUtf8());
        qunsetenv("FAKE_RUNNER_FAIL");
        m_side = std::make_unique<RunnerSide>(*m_sim);
        m_audit
            = std::make_unique<AuditLog>(*m_clock, m_temp->filePath(QStringLiteral("audit.log")));
        m_opened.clear();
    }

    // In reverse order of init(): a request still in flight (a wizard closed while it waited)
    // is aborted by its client while the network manager and the simulator still exist.
    void cleanup()
    {
        m_wizard.reset();
        m_side.reset();
        m_client.reset();
        m_network.reset();
        m_sim.reset();
        m_audit.reset();
        m_temp.reset();
        m_clock.reset();
        qunsetenv("FAKE_RUNNER_FAIL");
    }

    void firstPageSaysWhatWillHappen()
    {
        makeWizard();
        const QString text
            = m_wizard->planPage()->findChild<QLabel *>(QStringLiteral("explanation"))->text();
        for (int step = 0; step < RunnerRecovery::StepCount; ++step)
            QVERIFY(text.contains(RunnerRecovery::stepTitle(step)));
        QVERIFY(text.contains(QStringLiteral("same name and labels")));
        QVERIFY(text.contains(QStringLiteral("backup")));
        QVERIFY(text.contains(QStringLiteral("administrator password")));
        QVERIFY(m_wizard->planPage()->isVisible());
        QVERIFY(!m_wizard->progressPage()->isVisible());
        QCOMPARE(m_wizard->planPage()->labelsEdit()->text(), QStringLiteral("gpu"));
        const QString all = widgetTexts().join(QLatin1Char('\n'));
        QVERIFY(all.contains(runnerDir()));
        QVERIFY(all.contains(kRepo));
        QVERIFY(logLines().isEmpty()); // nothing runs before Start
    }

    void startRunsEveryStepAndSaysBackOnline()
    {
        makeWizard();
        m_side->bringOnline = false; // the test brings it online while step 7 waits
        m_wizard->planPage()->labelsEdit()->setText(QStringLiteral("gpu, audio ,self-hosted"));
        QSignalSpy finished(m_wizard.get(), &RecoveryWizard::recoveryFinished);
        m_wizard->planPage()->startButton()->click();
        QVERIFY(m_wizard->progressPage()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->progressPage()->status(RunnerRecovery::WaitOnline),
                                  Status::Running, 20000);
        QCOMPARE(m_wizard->progressPage()->status(RunnerRecovery::StartService), Status::Done);
        QVERIFY(m_wizard->progressPage()->currentText().contains(QStringLiteral("Step 7 of 7")));
        QVERIFY(m_wizard->isRunning());
        const qint64 newId = m_sim->fleet().runnerId(kName);
        QVERIFY(newId != 0 && newId != m_oldId);
        QVERIFY(m_sim->fleet().setRunnerOnline(newId, true));
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                m_wizard->recovery()->checkNow(); // ignored while a look is under way
                return !m_wizard->isRunning();
            }(),
            10000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);

        verifyAllDone();
        const QString result = m_wizard->progressPage()->resultText();
        QVERIFY2(result.startsWith(QStringLiteral("The runner is back online.")),
                 qPrintable(result));
        QVERIFY(!m_wizard->progressPage()->resumeButton()->isVisibleTo(m_wizard.get()));
        // The edited labels reached config.sh (GitHub's default one dropped).
        QVERIFY2(
            logLines().contains(QStringLiteral("token:set\tconfig.sh\t--unattended\t--replace\t"
                                               "--url\thttps://github.com/acme/app\t--name\t"
                                               "build-1\t--labels\tgpu,audio\t--work\t_work")),
            qPrintable(logLines().join(QLatin1Char('\n'))));
        QCOMPARE(m_sim->fleet().runner(newId)->labels.contains(QStringLiteral("audio")), true);

        // The real backup, kept in the backup folder, shown through the opener.
        const QString backup = m_wizard->progressPage()->backupPath();
        QVERIFY(backup.startsWith(backupDir()));
        QVERIFY(backup.endsWith(QStringLiteral(".tar.gz")));
        QVERIFY(QFile::exists(backup));
        QVERIFY(m_wizard->progressPage()->showBackupButton()->isVisibleTo(m_wizard.get()));
        m_wizard->progressPage()->showBackupButton()->click();
        QCOMPARE(m_opened, QList<QUrl>({ QUrl::fromLocalFile(backupDir()) }));

        const AuditEntry last = m_audit->recent(1).value(0);
        QCOMPARE(last.origin, QStringLiteral("tray"));
        QVERIFY(last.succeeded);
        verifyNoTokenShown();
    }

    void failureShowsResumeWhichCompletes()
    {
        makeWizard();
        qputenv("FAKE_RUNNER_FAIL", "configure");
        QVERIFY(pressAndWait(m_wizard->planPage()->startButton()));
        RecoveryProgressPage *page = m_wizard->progressPage();
        QCOMPARE(page->status(RunnerRecovery::Backup), Status::Done);
        QCOMPARE(page->status(RunnerRecovery::RegistrationToken), Status::Done);
        QCOMPARE(page->status(RunnerRecovery::Configure), Status::Failed);
        QCOMPARE(page->statusText(RunnerRecovery::Configure), QStringLiteral("failed"));
        QCOMPARE(page->status(RunnerRecovery::StartService), Status::Waiting);
        QCOMPARE(page->status(RunnerRecovery::WaitOnline), Status::Waiting);
        QVERIFY2(page->resultText().contains(QStringLiteral("fake failure")),
                 qPrintable(page->resultText()));
        QVERIFY(!page->resultText().contains(QStringLiteral("back online")));
        QVERIFY(page->helperOutput().contains(QStringLiteral("fake failure")));
        QVERIFY(page->resumeButton()->isVisibleTo(m_wizard.get()));
        QCOMPARE(page->resumeButton()->text(), QStringLiteral("Resume from step 5"));
        const QString backup = page->backupPath();
        QVERIFY(QFile::exists(backup));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("backup"))->text().contains(backup));
        QVERIFY(page->showBackupButton()->isVisibleTo(m_wizard.get()));
        verifyNoTokenShown();

        qunsetenv("FAKE_RUNNER_FAIL");
        const qsizetype before = logLines().size();
        QVERIFY(pressAndWait(page->resumeButton()));
        QVERIFY2(page->resultText().startsWith(QStringLiteral("The runner is back online.")),
                 qPrintable(page->resultText()));
        verifyAllDone();
        QVERIFY(!page->resumeButton()->isVisibleTo(m_wizard.get()));
        QCOMPARE(page->backupPath(), backup); // kept and shown again
        QVERIFY(QFile::exists(backup));
        const QStringList resumed = logLines().mid(before);
        QCOMPARE(resumed.size(), 3); // config.sh, svc.sh install, svc.sh start
        QVERIFY(resumed.first().startsWith(QStringLiteral("token:set\tconfig.sh\t--unattended")));
        QVERIFY(m_sim->fleet().runner(m_sim->fleet().runnerId(kName))->online);
        verifyNoTokenShown();
    }

    void closingWhileRunningAsksFirst()
    {
        makeWizard();
        m_side->bringOnline = false;
        QStringList questions;
        bool answer = false;
        m_wizard->setCloseConfirmation([&](const QString &question) {
            questions << question;
            return answer;
        });
        m_wizard->planPage()->startButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->progressPage()->status(RunnerRecovery::WaitOnline),
                                  Status::Running, 20000);

        m_wizard->close(); // "No": stays open and running
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.first().contains(QStringLiteral("step 7 of 7")));
        QVERIFY(m_wizard->isVisible());
        QVERIFY(m_wizard->isRunning());

        answer = true; // "Yes": the procedure is stopped and gone, the dialog closes
        QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
        QCOMPARE(questions.size(), 2);
        QVERIFY(!m_wizard->isVisible());
        QVERIFY(!m_wizard->recovery());
        QVERIFY(!m_wizard->isRunning());
        QCOMPARE(m_wizard->progressPage()->status(RunnerRecovery::WaitOnline), Status::Failed);
        const AuditEntry last = m_audit->recent(1).value(0);
        QCOMPARE(last.action, QStringLiteral("recover"));
        QVERIFY(!last.succeeded);
        QVERIFY(last.message.contains(QStringLiteral("stopped by closing")));
        QCOMPARE(last.origin, QStringLiteral("tray"));
        QVERIFY(!m_wizard->progressPage()->resumeButton()->isVisibleTo(m_wizard.get()));
    }

    void closingWhenIdleDoesNotAsk()
    {
        makeWizard();
        int asked = 0;
        m_wizard->setCloseConfirmation([&](const QString &) {
            ++asked;
            return false;
        });
        m_wizard->close();
        QCOMPARE(asked, 0);
        QVERIFY(!m_wizard->isVisible());
        QVERIFY(m_wizard->recovery());
    }

    void backupFunctionWritesThePrivateArchive()
    {
        configureLocally();
        const RecoveryBackup backup = recoveryBackupTo(*m_clock, backupDir())(runnerDir());
        QVERIFY2(backup.error.isEmpty(), qPrintable(backup.error));
        QVERIFY(backup.archivePath.startsWith(backupDir() + QLatin1Char('/') + kName));
        QCOMPARE(QFile::permissions(backup.archivePath) & 0x0077, QFileDevice::Permissions());
        const RecoveryBackup missing
            = recoveryBackupTo(*m_clock, backupDir())(m_temp->filePath(QStringLiteral("nowhere")));
        QVERIFY(!missing.error.isEmpty());
        QVERIFY(missing.archivePath.isEmpty());
        QVERIFY(defaultRecoveryBackupFolder().endsWith(QStringLiteral("/relayq-tray/backups")));
    }
};

QTEST_MAIN(TestRecoveryWizard)
#include "TestRecoveryWizard.moc"
