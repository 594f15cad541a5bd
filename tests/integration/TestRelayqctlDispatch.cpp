// `relayqctl dispatch` as a user runs it: the real binary, over real loopback HTTP, against the
// simulator. The run's URL on stdout, GHES's 204 form, inputs refused before anything is sent,
// GitHub's own refusals, an unknown workflow naming the ones that can be dispatched, an outage,
// the --json shape, what is recorded for "Dispatch again" and the audit log, and the token in
// no output.

#include "Clock.h"
#include "SimFault.h"
#include "SimFleet.h"
#include "SimWorkflowRun.h"
#include "Simulator.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relayq;
using relayq::sim::SimFault;
using relayq::sim::SimWorkflowFile;

namespace {
const QString kToken = QStringLiteral("ghp_dispatchTEST0123456789abcdef");
const QString kRepo = QStringLiteral("acme/media");

// Every input type the CLI checks. `note` is declared here but not on the simulator's side,
// so sending it shows that the inputs reached the server (it answers 422 as GitHub would).
const char *kTranscribeYaml = R"(name: Transcribe audio
on:
  push:
  workflow_dispatch:
    inputs:
      audio_url:
        description: URL of the recording
        required: true
      language:
        type: choice
        options: [auto, en, de]
        default: auto
      diarize:
        type: boolean
      max_words:
        type: number
      note:
        type: string
jobs:
  transcribe:
    runs-on: [self-hosted, audio]
    steps:
      - run: ./transcribe.sh
)";

const char *kCleanupYaml = R"(name: Cleanup
on:
  schedule:
    - cron: "0 3 * * *"
jobs:
  cleanup:
    runs-on: [self-hosted]
    steps:
      - run: ./cleanup.sh
)";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString all() const { return QString::fromUtf8(out + "\n--- stderr:\n" + err); }
};
} // namespace

class TestRelayqctlDispatch : public QObject
{
    Q_OBJECT

    SystemClock m_clock; // the command runs on the wall clock, so the simulator does too
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_home; // the child's config and data: never the developer's

    QProcessEnvironment childEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GITHUB_TOKEN"));
        env.remove(QStringLiteral("RELAYQ_CONFIG"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/relayq-test-bus"));
        env.insert(QStringLiteral("GH_TOKEN"), kToken);
        return env;
    }

    // Runs relayqctl without blocking the event loop: the simulator answers from this thread.
    Run relayqctl(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(childEnvironment());
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
        // Whatever happened, the token never shows.
        if (run.out.contains(kToken.toUtf8()) || run.err.contains(kToken.toUtf8()))
            run.exitCode = -3;
        return run;
    }

    Run dispatch(const QStringList &words)
    {
        return relayqctl(QStringList { QStringLiteral("dispatch"), QStringLiteral("--repo"), kRepo,
                                       QStringLiteral("--api-url"), m_sim->baseUrl().toString() }
                         + words);
    }

    QList<sim::SimWorkflowRun> dispatchRuns() const
    {
        QList<sim::SimWorkflowRun> runs;
        for (const sim::SimWorkflowRun &run : m_sim->fleet().runs(kRepo))
            if (run.event == QLatin1String("workflow_dispatch"))
                runs << run;
        return runs;
    }

    QString dataFile(const QString &name) const
    {
        QDirIterator it(m_home->filePath(QStringLiteral("data")), { name }, QDir::Files,
                        QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_sim = std::make_unique<sim::Simulator>(m_clock);
        m_sim->setRequiredToken(kToken);
        QVERIFY(m_sim->listen());
        sim::SimFleet &fleet = m_sim->fleet();
        fleet.addRepository(QStringLiteral("acme"), QStringLiteral("media"));
        fleet.setDefaultBranch(kRepo, QStringLiteral("trunk"));
        fleet.addWorkflow(kRepo, QStringLiteral("Transcribe audio"),
                          QStringLiteral("transcribe.yml"), { QStringLiteral("audio") });
        fleet.addWorkflow(kRepo, QStringLiteral("Cleanup"), QStringLiteral("cleanup.yml"),
                          { QStringLiteral("self-hosted") });
        QVERIFY(fleet.setWorkflowFile(
            kRepo, QStringLiteral("transcribe.yml"),
            SimWorkflowFile { QByteArray(kTranscribeYaml),
                              true,
                              { QStringLiteral("audio_url"), QStringLiteral("language"),
                                QStringLiteral("diarize"), QStringLiteral("max_words") },
                              { QStringLiteral("audio_url") } }));
        QVERIFY(fleet.setWorkflowFile(kRepo, QStringLiteral("cleanup.yml"),
                                      SimWorkflowFile { QByteArray(kCleanupYaml), false, {}, {} }));
    }

    void cleanup()
    {
        m_sim.reset();
        m_home.reset();
    }

    void printsTheRunUrl()
    {
        const Run run
            = dispatch({ QStringLiteral("transcribe.yml"),
                         QStringLiteral("audio_url=https://x/a.ogg"), QStringLiteral("language=de"),
                         QStringLiteral("diarize=true"), QStringLiteral("max_words=300") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        const auto runs = dispatchRuns();
        QCOMPARE(runs.size(), 1);
        // The default branch, since no --ref was given.
        QCOMPARE(runs.constFirst().headBranch, QStringLiteral("trunk"));
        const QString url = QString::fromUtf8(run.out).trimmed();
        QVERIFY2(url.startsWith(QStringLiteral("http")), qPrintable(run.all()));
        QVERIFY2(url.endsWith(QStringLiteral("/actions/runs/%1").arg(runs.constFirst().id)),
                 qPrintable(url));

        // Recorded for the tray's "Dispatch again" and in the audit log.
        QFile recent(dataFile(QStringLiteral("recent-dispatches.json")));
        QVERIFY2(recent.open(QIODevice::ReadOnly), "no recent-dispatches.json");
        const QByteArray recentText = recent.readAll();
        QVERIFY(recentText.contains("transcribe.yml"));
        QVERIFY(recentText.contains("https://x/a.ogg"));
        QFile audit(dataFile(QStringLiteral("audit.log")));
        QVERIFY2(audit.open(QIODevice::ReadOnly), "no audit.log");
        const QByteArray auditText = audit.readAll();
        QVERIFY(auditText.contains("\"dispatch\""));
        QVERIFY(auditText.contains("relayqctl"));
        QVERIFY(!auditText.contains(kToken.toUtf8()));
    }

    void refAndWorkflowById()
    {
        const qint64 id = m_sim->fleet().workflow(kRepo, QStringLiteral("transcribe.yml"))->id;
        const Run run = dispatch({ QString::number(id), QStringLiteral("--ref"),
                                   QStringLiteral("main"), QStringLiteral("audio_url=u") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QCOMPARE(dispatchRuns().size(), 1);
        QCOMPARE(dispatchRuns().constFirst().headBranch, QStringLiteral("main"));
    }

    void inputsReachTheServer()
    {
        // `note` is in the file but the simulator does not declare it: GitHub's 422 comes back.
        const Run run = dispatch({ QStringLiteral(".github/workflows/transcribe.yml"),
                                   QStringLiteral("audio_url=u"), QStringLiteral("note=hi") });
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("Unexpected inputs provided") && run.err.contains("note"),
                 run.err.constData());
        QVERIFY(dispatchRuns().isEmpty());
    }

    void enterpriseAnswer204()
    {
        m_sim->fleet().setEnterprise(true);
        const Run run
            = dispatch({ QStringLiteral("transcribe.yml"), QStringLiteral("audio_url=u") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(run.err.contains("no run details"), run.err.constData());
        QCOMPARE(dispatchRuns().size(), 1);
        // Found afterwards among the workflow's runs.
        QVERIFY2(QString::fromUtf8(run.out).trimmed().endsWith(
                     QStringLiteral("/actions/runs/%1").arg(dispatchRuns().constFirst().id)),
                 qPrintable(run.all()));
    }

    void invalidInputSendsNothing_data()
    {
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<QByteArray>("reason");
        const QString url = QStringLiteral("audio_url=u");
        QTest::newRow("unknown input")
            << QStringList { url, QStringLiteral("speed=2") } << QByteArray("speed");
        QTest::newRow("missing required")
            << QStringList { QStringLiteral("language=en") } << QByteArray("audio_url");
        QTest::newRow("bad choice")
            << QStringList { url, QStringLiteral("language=klingon") } << QByteArray("klingon");
        QTest::newRow("not a number")
            << QStringList { url, QStringLiteral("max_words=many") } << QByteArray("many");
    }

    void invalidInputSendsNothing()
    {
        QFETCH(QStringList, inputs);
        QFETCH(QByteArray, reason);
        m_sim->resetCounters();
        int dispatchRequests = 0;
        connect(m_sim.get(), &sim::Simulator::requestServed, this,
                [&dispatchRequests](const QString &method, const QString &path) {
                    if (method == QLatin1String("POST") && path.contains(u"/dispatches"))
                        ++dispatchRequests;
                });
        const Run run = dispatch(QStringList { QStringLiteral("transcribe.yml") } + inputs);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(reason), run.err.constData());
        QVERIFY2(run.err.contains("Nothing was sent"), run.err.constData());
        QCOMPARE(dispatchRequests, 0);
        QVERIFY(dispatchRuns().isEmpty());
        QVERIFY(m_sim->counters().requests > 0); // the listing was read, the dispatch not sent
        QVERIFY(run.out.isEmpty());
    }

    void unknownWorkflowListsTheDispatchableOnes()
    {
        for (const QString &wanted : { QStringLiteral("deploy.yml"),
                                       QStringLiteral("cleanup.yml") }) { // cleanup: no trigger
            const Run run = dispatch({ wanted });
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.err.contains(wanted.toUtf8()), run.err.constData());
            QVERIFY2(run.err.contains("transcribe.yml"), run.err.constData());
            QVERIFY2(!run.err.contains("  cleanup.yml"), run.err.constData());
        }
        QVERIFY(dispatchRuns().isEmpty());
    }

    void outageIsTemporary()
    {
        SimFault fault;
        fault.kind = SimFault::Kind::Status;
        fault.status = 503;
        m_sim->addFault(fault);
        const Run run
            = dispatch({ QStringLiteral("transcribe.yml"), QStringLiteral("audio_url=u") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("503"), run.err.constData());
        QVERIFY(dispatchRuns().isEmpty());
    }

    void unreachableIsTemporary()
    {
        const QUrl gone = m_sim->baseUrl();
        m_sim.reset(); // nobody listens there any more
        const Run run = relayqctl({ QStringLiteral("dispatch"), QStringLiteral("--repo"), kRepo,
                                    QStringLiteral("--api-url"), gone.toString(),
                                    QStringLiteral("transcribe.yml") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("refused the connection"), run.err.constData());
    }

    void demoFleet()
    {
        const Run run = relayqctl(
            { QStringLiteral("dispatch"), QStringLiteral("--demo"), QStringLiteral("--repo"),
              QStringLiteral("relayq-demo/media-jobs"), QStringLiteral("transcribe_audio.yml"),
              QStringLiteral("audio_url=https://x") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(run.out.contains("/actions/runs/"), qPrintable(run.all()));
        // The demo fleet is not the user's: nothing for "Dispatch again", nothing in the log.
        QVERIFY(dataFile(QStringLiteral("recent-dispatches.json")).isEmpty());
        QVERIFY(dataFile(QStringLiteral("audit.log")).isEmpty());
    }

    void jsonShape()
    {
        const Run run = dispatch({ QStringLiteral("transcribe.yml"), QStringLiteral("--json"),
                                   QStringLiteral("audio_url=https://x/a.ogg"),
                                   QStringLiteral("diarize=false") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        const QJsonObject json = run.json();
        QCOMPARE(json[u"repository"].toString(), kRepo);
        QCOMPARE(json[u"workflow"].toString(), QStringLiteral("transcribe.yml"));
        QCOMPARE(json[u"ref"].toString(), QStringLiteral("trunk"));
        const QJsonObject inputs = json[u"inputs"].toObject();
        QCOMPARE(inputs.size(), 2);
        QCOMPARE(inputs[u"audio_url"].toString(), QStringLiteral("https://x/a.ogg"));
        QCOMPARE(inputs[u"diarize"].toString(), QStringLiteral("false"));
        QCOMPARE(json[u"status"].toString(), QStringLiteral("dispatched"));
        QCOMPARE(json[u"run_id"].toInteger(), dispatchRuns().constFirst().id);
        QVERIFY(json[u"run_url"].toString().endsWith(
            QStringLiteral("/actions/runs/%1").arg(dispatchRuns().constFirst().id)));

        const Run refused = dispatch({ QStringLiteral("transcribe.yml"), QStringLiteral("--json"),
                                       QStringLiteral("language=xx") });
        QCOMPARE(refused.exitCode, 3);
        const QJsonObject no = refused.json();
        QCOMPARE(no[u"status"].toString(), QStringLiteral("refused"));
        QVERIFY(no[u"run_id"].isNull());
        QVERIFY(no[u"run_url"].isNull());
        QCOMPARE(no[u"problems"].toArray().size(), 2); // audio_url missing, xx not a choice
    }
};

QTEST_GUILESS_MAIN(TestRelayqctlDispatch)
#include "TestRelayqctlDispatch.moc"
