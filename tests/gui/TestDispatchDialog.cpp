// The dispatch dialog driven like a user would, against the simulator over real HTTP on
// loopback: the form generated from a workflow file with every input type, values refused
// before anything is sent, a valid dispatch reaching GitHub with the right inputs and its run
// offered to open, one dispatch for a double click, "Dispatch again" filled in from a recent
// dispatch, and a listing that fails shown in the dialog with a Retry that works.

#include "Clock.h"
#include "DispatchDialog.h"
#include "DispatchInputForm.h"
#include "GitHubClient.h"
#include "RecentDispatches.h"
#include "SimFault.h"
#include "SimFleet.h"
#include "Simulator.h"
#include "WorkflowDispatch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValidator>

#include <memory>

using namespace relayq;
using relayq::sim::SimFault;
using relayq::sim::Simulator;
using relayq::sim::SimWorkflowFile;

namespace {

const QString kToken = QStringLiteral("ghp_dispatchdialogtest0123456789");
const QString kRepo = QStringLiteral("acme/app");

// Keeps the body of every dispatch sent, as it went over the wire.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    QList<QJsonObject> dispatches;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        if (outgoingData && request.url().path().endsWith(QStringLiteral("/dispatches")))
            dispatches
                << QJsonDocument::fromJson(outgoingData->peek(outgoingData->size())).object();
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDispatchDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<RecordingNetwork> m_network;
    std::unique_ptr<GitHubClient> m_client;
    std::unique_ptr<WorkflowDispatch> m_dispatch;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RecentDispatches> m_recent;
    std::unique_ptr<DispatchDialog> m_dialog;
    int m_dispatchRequests = 0; // dispatch requests the simulator answered
    QList<QUrl> m_opened;

    template<typename T> T *child(const QString &name)
    {
        T *found = m_dialog->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    template<typename T> T *input(const QString &name)
    {
        return qobject_cast<T *>(
            child<DispatchInputForm>(QStringLiteral("inputForm"))->editor(name));
    }
    QPushButton *button(const QString &name) { return child<QPushButton>(name); }

    void openDialog(const std::optional<RecentDispatch> &preset = std::nullopt)
    {
        const TargetList targets { Target::organization(QStringLiteral("acme")),
                                   Target::repository(QStringLiteral("acme"),
                                                      QStringLiteral("app")) };
        m_dialog = std::make_unique<DispatchDialog>(targets, *m_dispatch, m_recent.get(), preset);
        m_dialog->setUrlOpener([this](const QUrl &url) {
            m_opened << url;
            return true;
        });
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        QTRY_VERIFY(!m_dialog->isListing());
    }

    void type(const QString &inputName, const QString &text)
    {
        auto *line = input<QLineEdit>(inputName);
        QVERIFY(line);
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        QTest::keyClicks(line, text);
    }

    void fillRequired()
    {
        type(QStringLiteral("version"), QStringLiteral("1.4.2"));
        type(QStringLiteral("environment"), QStringLiteral("prod"));
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        m_sim = std::make_unique<Simulator>(*m_clock);
        m_sim->setRequiredToken(kToken);
        QVERIFY(m_sim->listen());
        sim::SimFleet &fleet = m_sim->fleet();
        fleet.addRepository(QStringLiteral("acme"), QStringLiteral("app"));
        fleet.setDefaultBranch(kRepo, QStringLiteral("trunk"));
        fleet.addWorkflow(kRepo, QStringLiteral("Deploy"), QStringLiteral("deploy.yml"),
                          { QStringLiteral("self-hosted") });
        fleet.addWorkflow(kRepo, QStringLiteral("Broken"), QStringLiteral("broken.yml"), {});
        const QByteArray deploy = readFile(QStringLiteral(RELAYQ_TEST_DATA)
                                           + QStringLiteral("/workflows/deploy-all-types.yml"));
        QVERIFY(!deploy.isEmpty());
        QVERIFY(fleet.setWorkflowFile(
            kRepo, QStringLiteral("deploy.yml"),
            SimWorkflowFile { deploy,
                              true,
                              { QStringLiteral("version"), QStringLiteral("environment"),
                                QStringLiteral("log_level"), QStringLiteral("dry_run"),
                                QStringLiteral("replicas"), QStringLiteral("notes") },
                              { QStringLiteral("version"), QStringLiteral("environment") } }));
        QVERIFY(fleet.setWorkflowFile(
            kRepo, QStringLiteral("broken.yml"),
            SimWorkflowFile { readFile(QStringLiteral(RELAYQ_TEST_DATA)
                                       + QStringLiteral("/workflows/malformed.yml")),
                              true,
                              {},
                              {} }));
        m_dispatchRequests = 0;
        connect(m_sim.get(), &Simulator::requestServed, this,
                [this](const QString &method, const QString &path, int) {
                    if (method == QStringLiteral("POST")
                        && path.contains(QStringLiteral("/dispatches")))
                        ++m_dispatchRequests;
                });
        m_network = std::make_unique<RecordingNetwork>();
        m_client = std::make_unique<GitHubClient>(m_network.get(), *m_clock);
        QVERIFY(!m_client->setApiBase(m_sim->baseUrl()).has_value());
        m_client->setToken(kToken);
        m_dispatch = std::make_unique<WorkflowDispatch>(*m_client, *m_clock);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_recent = std::make_unique<RecentDispatches>(
            *m_clock, m_dir->filePath(QStringLiteral("recent.json")));
        m_opened.clear();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_recent.reset();
        m_dir.reset();
        m_dispatch.reset();
        m_client.reset();
        m_network.reset();
        m_sim.reset();
        m_clock.reset();
    }

    void formHasOneEditorPerInputWithDefaults()
    {
        openDialog();
        QCOMPARE(m_dialog->repository(), kRepo); // the organisation is not offered
        QCOMPARE(child<QComboBox>(QStringLiteral("repository"))->count(), 1);
        auto *workflows = child<QComboBox>(QStringLiteral("workflow"));
        QCOMPARE(workflows->count(), 1);
        QCOMPARE(workflows->currentText(), QStringLiteral("Deploy (deploy.yml)"));
        auto *unread = child<QLabel>(QStringLiteral("fileProblems"));
        QVERIFY(unread->isVisible());
        QVERIFY(unread->text().contains(QStringLiteral("broken.yml")));
        QCOMPARE(child<QLineEdit>(QStringLiteral("ref"))->text(), QStringLiteral("trunk"));

        QVERIFY(input<QLineEdit>(QStringLiteral("version")));
        QVERIFY(input<QLineEdit>(QStringLiteral("version"))->text().isEmpty());
        QVERIFY(input<QLineEdit>(QStringLiteral("environment")));
        auto *level = input<QComboBox>(QStringLiteral("log_level"));
        QVERIFY(level);
        QCOMPARE(level->count(), 3);
        QCOMPARE(level->currentText(), QStringLiteral("warning"));
        auto *dryRun = input<QCheckBox>(QStringLiteral("dry_run"));
        QVERIFY(dryRun);
        QVERIFY(!dryRun->isChecked());
        auto *replicas = input<QLineEdit>(QStringLiteral("replicas"));
        QVERIFY(replicas);
        QVERIFY(replicas->validator());
        QCOMPARE(replicas->text(), QStringLiteral("3"));
        QVERIFY(input<QLineEdit>(QStringLiteral("notes")));
        QCOMPARE(input<QLineEdit>(QStringLiteral("version"))->toolTip(),
                 QStringLiteral("Version to deploy (e.g. 1.4.2)"));

        QStringList labels;
        for (auto *label : m_dialog->findChildren<QLabel *>())
            labels << label->text();
        QVERIFY(labels.contains(QStringLiteral("version *")));
        QVERIFY(labels.contains(QStringLiteral("environment *")));
        QVERIFY(labels.contains(QStringLiteral("log_level")));
        QVERIFY(button(QStringLiteral("dispatch"))->isEnabled());
    }

    void missingRequiredInputSendsNothing()
    {
        openDialog();
        type(QStringLiteral("version"), QStringLiteral("1.4.2")); // environment left empty
        QTest::mouseClick(button(QStringLiteral("dispatch")), Qt::LeftButton);
        auto *problems = child<QLabel>(QStringLiteral("inputProblems"));
        QVERIFY(problems->isVisible());
        QVERIFY(problems->text().contains(QStringLiteral("environment")));
        QVERIFY(m_dialog->statusText().contains(QStringLiteral("Nothing was sent")));
        QVERIFY(!m_dialog->isSending());
        QTest::qWait(50); // nothing asynchronous is expected; give a stray request a chance
        QCOMPARE(m_dispatchRequests, 0);
        QVERIFY(m_network->dispatches.isEmpty());
    }

    void badNumberSendsNothing()
    {
        openDialog();
        fillRequired();
        auto *replicas = input<QLineEdit>(QStringLiteral("replicas"));
        replicas->clear();
        QTest::keyClicks(replicas, QStringLiteral("abc"));
        QVERIFY(replicas->text().isEmpty()); // letters never get in
        QTest::keyClicks(replicas, QStringLiteral("-"));
        QCOMPARE(replicas->text(), QStringLiteral("-")); // a number begun, not one yet
        QTest::mouseClick(button(QStringLiteral("dispatch")), Qt::LeftButton);
        QVERIFY(child<QLabel>(QStringLiteral("inputProblems"))
                    ->text()
                    .contains(QStringLiteral("replicas")));
        QTest::qWait(50);
        QCOMPARE(m_dispatchRequests, 0);
    }

    void validDispatchReachesGitHubAndOffersTheRun()
    {
        openDialog();
        QSignalSpy dispatched(m_dialog.get(), &DispatchDialog::dispatched);
        fillRequired();
        auto *level = input<QComboBox>(QStringLiteral("log_level"));
        level->setCurrentIndex(level->findText(QStringLiteral("debug")));
        QTest::keyClick(input<QCheckBox>(QStringLiteral("dry_run")), Qt::Key_Space);
        type(QStringLiteral("replicas"), QStringLiteral("5"));
        QTest::mouseClick(button(QStringLiteral("dispatch")), Qt::LeftButton);
        QTRY_COMPARE(dispatched.count(), 1);

        QCOMPARE(m_dispatchRequests, 1);
        QCOMPARE(m_network->dispatches.size(), 1);
        const QJsonObject body = m_network->dispatches.first();
        QCOMPARE(body.value(QStringLiteral("ref")).toString(), QStringLiteral("trunk"));
        const QJsonObject inputs = body.value(QStringLiteral("inputs")).toObject();
        QCOMPARE(inputs.value(QStringLiteral("version")).toString(), QStringLiteral("1.4.2"));
        QCOMPARE(inputs.value(QStringLiteral("environment")).toString(), QStringLiteral("prod"));
        QCOMPARE(inputs.value(QStringLiteral("log_level")).toString(), QStringLiteral("debug"));
        QCOMPARE(inputs.value(QStringLiteral("dry_run")).toString(), QStringLiteral("true"));
        QCOMPARE(inputs.value(QStringLiteral("replicas")).toString(), QStringLiteral("5"));

        const std::optional<DispatchOutcome> outcome = m_dialog->lastOutcome();
        QVERIFY(outcome && outcome->succeeded);
        QVERIFY(outcome->runId != 0);
        QCOMPARE(m_sim->fleet().run(outcome->runId)->event, QStringLiteral("workflow_dispatch"));
        QVERIFY(m_dialog->statusText().contains(QString::number(outcome->runId)));
        auto *openRun = button(QStringLiteral("openRun"));
        QVERIFY(openRun->isVisible());
        QTest::mouseClick(openRun, Qt::LeftButton);
        QCOMPARE(m_opened, QList<QUrl> { outcome->runUrl });
        QVERIFY(outcome->runUrl.path().endsWith(QString::number(outcome->runId)));

        m_recent->reload();
        QCOMPARE(m_recent->entries().size(), 1);
        const RecentDispatch recorded = m_recent->entries().first();
        QCOMPARE(recorded.repository, kRepo);
        QCOMPARE(recorded.workflowFile, QStringLiteral("deploy.yml"));
        QCOMPARE(recorded.ref, QStringLiteral("trunk"));
        QCOMPARE(recorded.inputs.value(QStringLiteral("environment")), QStringLiteral("prod"));
        QCOMPARE(recorded.inputs.value(QStringLiteral("replicas")), QStringLiteral("5"));
    }

    void doubleClickSendsOneDispatch()
    {
        openDialog();
        fillRequired();
        auto *send = button(QStringLiteral("dispatch"));
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(m_dialog->isSending());
        QVERIFY(!send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QTest::mouseDClick(send, Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isSending());
        QVERIFY(m_dialog->lastOutcome()->succeeded);
        QCOMPARE(m_dispatchRequests, 1);
        QVERIFY(send->isEnabled());
    }

    void dispatchAgainIsFilledIn()
    {
        RecentDispatch preset;
        preset.repository = QStringLiteral("ACME/app"); // GitHub names ignore case
        preset.workflowFile = QStringLiteral("deploy.yml");
        preset.ref = QStringLiteral("release");
        preset.inputs = { { QStringLiteral("version"), QStringLiteral("2.0.0") },
                          { QStringLiteral("environment"), QStringLiteral("staging") },
                          { QStringLiteral("log_level"), QStringLiteral("info") },
                          { QStringLiteral("dry_run"), QStringLiteral("true") } };
        openDialog(preset);
        QCOMPARE(child<QLineEdit>(QStringLiteral("ref"))->text(), QStringLiteral("release"));
        QCOMPARE(input<QLineEdit>(QStringLiteral("version"))->text(), QStringLiteral("2.0.0"));
        QCOMPARE(input<QLineEdit>(QStringLiteral("environment"))->text(),
                 QStringLiteral("staging"));
        QCOMPARE(input<QComboBox>(QStringLiteral("log_level"))->currentText(),
                 QStringLiteral("info"));
        QVERIFY(input<QCheckBox>(QStringLiteral("dry_run"))->isChecked());
        QCOMPARE(input<QLineEdit>(QStringLiteral("replicas"))->text(), QStringLiteral("3"));

        // The simulator knows no branch "release": GitHub's own words come back.
        QTest::mouseClick(button(QStringLiteral("dispatch")), Qt::LeftButton);
        QTRY_VERIFY(m_dialog->lastOutcome().has_value());
        QVERIFY(!m_dialog->lastOutcome()->succeeded);
        QVERIFY2(m_dialog->statusText().contains(QStringLiteral("No ref found for: release")),
                 qPrintable(m_dialog->statusText()));
        QVERIFY(!button(QStringLiteral("openRun"))->isVisible());
        QVERIFY(m_recent->entries().isEmpty());
    }

    void listingFailureOffersRetry_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("503") << int(SimFault::Kind::Status);
        QTest::newRow("connection reset") << int(SimFault::Kind::Reset);
    }

    void listingFailureOffersRetry()
    {
        QFETCH(int, kind);
        SimFault fault;
        fault.kind = SimFault::Kind(kind);
        fault.status = 503;
        fault.pathContains = QStringLiteral("/repos/acme/app");
        m_sim->addFault(fault);
        openDialog();
        auto *retry = button(QStringLiteral("retry"));
        QVERIFY(retry->isVisible());
        QVERIFY(!button(QStringLiteral("dispatch"))->isEnabled());
        const QString said = m_dialog->statusText();
        QVERIFY2(said.contains(kRepo), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("runner"), Qt::CaseInsensitive), qPrintable(said));
        QCOMPARE(child<QComboBox>(QStringLiteral("workflow"))->count(), 0);
        QVERIFY(child<QComboBox>(QStringLiteral("repository"))->isEnabled());

        m_sim->clearFaults();
        m_clock->advance(3600); // past any back-off the client took
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isListing());
        QVERIFY2(!retry->isVisible(), qPrintable(m_dialog->statusText()));
        QCOMPARE(child<QComboBox>(QStringLiteral("workflow"))->count(), 1);
        QVERIFY(button(QStringLiteral("dispatch"))->isEnabled());
    }

    void unreachableDispatchIsNotARunnerProblem()
    {
        openDialog();
        fillRequired();
        SimFault fault;
        fault.kind = SimFault::Kind::Reset;
        fault.pathContains = QStringLiteral("/dispatches");
        m_sim->addFault(fault);
        QTest::mouseClick(button(QStringLiteral("dispatch")), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isSending());
        QVERIFY(!m_dialog->lastOutcome()->succeeded);
        const QString said = m_dialog->statusText();
        QVERIFY(!said.isEmpty());
        QVERIFY2(!said.contains(QStringLiteral("runner"), Qt::CaseInsensitive), qPrintable(said));
        QVERIFY(!button(QStringLiteral("openRun"))->isVisible());
        QVERIFY(button(QStringLiteral("dispatch"))->isEnabled()); // usable again
    }
};

QTEST_MAIN(TestDispatchDialog)
#include "TestDispatchDialog.moc"
