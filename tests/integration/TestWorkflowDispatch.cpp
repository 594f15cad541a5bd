// Dispatching a workflow by hand over real HTTP on loopback against the simulator: the listing
// (default branch, only dispatchable workflows, files read through the contents API), the
// dispatch with run details and in GHES's 204 form, GitHub's 422 refusals, input refused before
// anything is sent, a double click sending one dispatch, and failures in words.

#include "Clock.h"
#include "GitHubClient.h"
#include "SimFault.h"
#include "SimFleet.h"
#include "Simulator.h"
#include "WorkflowDispatch.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace relayq;
using relayq::sim::SimFault;
using relayq::sim::Simulator;
using relayq::sim::SimWorkflowFile;

namespace {

const QString kRepo = QStringLiteral("acme/app");

const char *kBuildYaml = R"(name: Build
on:
  workflow_dispatch:
    inputs:
      target:
        description: What to build, a long description so the file spans several base64 lines
        required: true
      level:
        type: choice
        options: [low, high]
        default: low
      verbose:
        type: boolean
jobs:
  build:
    runs-on: [self-hosted]
    steps:
      - run: make
)";

WorkflowDefinition buildDefinition()
{
    WorkflowDefinition definition;
    definition.name = QStringLiteral("Build");
    definition.dispatchable = true;
    WorkflowInput target;
    target.name = QStringLiteral("target");
    target.required = true;
    target.description = QStringLiteral(
        "What to build, a long description so the file spans several base64 lines");
    WorkflowInput level;
    level.name = QStringLiteral("level");
    level.type = WorkflowInput::Type::Choice;
    level.options = QStringList { QStringLiteral("low"), QStringLiteral("high") };
    level.defaultValue = QStringLiteral("low");
    WorkflowInput verbose;
    verbose.name = QStringLiteral("verbose");
    verbose.type = WorkflowInput::Type::Boolean;
    definition.inputs = { target, level, verbose };
    return definition;
}

DispatchRequest buildRequest(const QMap<QString, QString> &values)
{
    DispatchRequest request;
    request.repo = kRepo;
    request.workflow = QStringLiteral("build.yml");
    request.ref = QStringLiteral("trunk");
    request.values = values;
    request.definition = buildDefinition();
    return request;
}

} // namespace

class TestWorkflowDispatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsOnlyDispatchableWorkflowsFromTheDefaultBranch();
    void unreadableFileIsListedWithItsProblem();
    void dispatchReturnsRunDetails();
    void enterpriseAnswer204FindsTheRun();
    void runDetailsAreAskedOnlyWhereSupported();
    void githubRefusals_data();
    void githubRefusals();
    void invalidInputIsRefusedBeforeSending();
    void doubleClickSendsOneDispatch();
    void failuresAreInWords();
    void unreachableApiIsNotARunnerProblem();

private:
    DispatchOutcome dispatch(const DispatchRequest &request);
    qsizetype dispatchRuns() const;

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GitHubClient> m_client;
    std::unique_ptr<WorkflowDispatch> m_dispatch;
};

void TestWorkflowDispatch::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_sim = std::make_unique<Simulator>(*m_clock);
    QVERIFY(m_sim->listen());
    sim::SimFleet &fleet = m_sim->fleet();
    fleet.addRepository(QStringLiteral("acme"), QStringLiteral("app"));
    fleet.setDefaultBranch(kRepo, QStringLiteral("trunk"));
    fleet.addWorkflow(kRepo, QStringLiteral("Build"), QStringLiteral("build.yml"), {});
    fleet.addWorkflow(kRepo, QStringLiteral("CI"), QStringLiteral("ci.yml"), {});
    fleet.addWorkflow(kRepo, QStringLiteral("Nightly"), QStringLiteral("nightly.yml"), {});
    QVERIFY(fleet.setWorkflowFile(
        kRepo, QStringLiteral("build.yml"),
        { QByteArray(kBuildYaml),
          true,
          { QStringLiteral("target"), QStringLiteral("level"), QStringLiteral("verbose") },
          { QStringLiteral("target") } }));
    QVERIFY(fleet.setWorkflowFile(kRepo, QStringLiteral("ci.yml"),
                                  { "name: CI\non: [push, pull_request]\njobs:\n  test:\n"
                                    "    runs-on: ubuntu-latest\n    steps:\n      - run: make\n",
                                    false,
                                    {},
                                    {} }));
    QVERIFY(fleet.setWorkflowFile(
        kRepo, QStringLiteral("nightly.yml"),
        { "name: Nightly\non: workflow_dispatch\njobs:\n  n:\n    runs-on: [self-hosted]\n"
          "    steps:\n      - run: ./nightly.sh\n",
          true,
          {},
          {} }));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<GitHubClient>(m_network.get(), *m_clock);
    QVERIFY(!m_client->setApiBase(m_sim->baseUrl()));
    m_client->setToken(QStringLiteral("ghp_dispatchtest"));
    m_dispatch = std::make_unique<WorkflowDispatch>(*m_client, *m_clock);
}

void TestWorkflowDispatch::cleanup()
{
    m_dispatch.reset();
    m_client.reset();
    m_network.reset();
    m_sim.reset();
    m_clock.reset();
}

DispatchOutcome TestWorkflowDispatch::dispatch(const DispatchRequest &request)
{
    std::optional<DispatchOutcome> outcome;
    m_dispatch->dispatch(request, [&outcome](const DispatchOutcome &done) { outcome = done; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
        qWarning("dispatch never answered");
    DispatchOutcome none;
    none.message = QStringLiteral("NO ANSWER");
    return outcome.value_or(none);
}

qsizetype TestWorkflowDispatch::dispatchRuns() const
{
    qsizetype count = 0;
    for (const sim::SimWorkflowRun &run : m_sim->fleet().runs(kRepo))
        count += run.event == QLatin1String("workflow_dispatch") ? 1 : 0;
    return count;
}

void TestWorkflowDispatch::listsOnlyDispatchableWorkflowsFromTheDefaultBranch()
{
    QStringList paths;
    connect(m_sim.get(), &Simulator::requestServed, this,
            [&paths](const QString &, const QString &path, int) { paths << path; });
    std::optional<WorkflowListing> listing;
    m_dispatch->listDispatchable(kRepo,
                                 [&listing](const WorkflowListing &done) { listing = done; });
    QTRY_VERIFY_WITH_TIMEOUT(listing.has_value(), 10000);

    QVERIFY2(listing->isOk(), qPrintable(listing->status.message));
    QCOMPARE(listing->defaultBranch, QStringLiteral("trunk"));
    QVERIFY2(listing->problems.isEmpty(),
             qPrintable(listing->problems.value(0).path + QLatin1Char(' ')
                        + listing->problems.value(0).problem));
    QCOMPARE(listing->workflows.size(), 2); // ci.yml has no workflow_dispatch trigger
    const DispatchableWorkflow &build = listing->workflows.at(0);
    QCOMPARE(build.fileName(), QStringLiteral("build.yml"));
    QCOMPARE(build.name, QStringLiteral("Build"));
    QVERIFY(build.id > 0);
    // The file arrived as base64 with line breaks and was read whole.
    QCOMPARE(build.definition.inputs, buildDefinition().inputs);
    QCOMPARE(listing->workflows.at(1).fileName(), QStringLiteral("nightly.yml"));
    QVERIFY(listing->workflows.at(1).definition.inputs.isEmpty());
    QVERIFY(paths.contains(
        QStringLiteral("/repos/acme/app/contents/.github/workflows/build.yml?ref=trunk")));
}

void TestWorkflowDispatch::unreadableFileIsListedWithItsProblem()
{
    SimFault fault;
    fault.status = 403;
    fault.pathContains = QStringLiteral("/contents/.github/workflows/nightly.yml");
    m_sim->addFault(fault);
    std::optional<WorkflowListing> listing;
    m_dispatch->listDispatchable(kRepo,
                                 [&listing](const WorkflowListing &done) { listing = done; });
    QTRY_VERIFY_WITH_TIMEOUT(listing.has_value(), 10000);
    QVERIFY(listing->isOk());
    QCOMPARE(listing->problems.size(), 1);
    QCOMPARE(listing->problems.at(0).path, QStringLiteral(".github/workflows/nightly.yml"));
    QVERIFY(listing->problems.at(0).problem.contains(QStringLiteral("403")));
    QCOMPARE(listing->workflows.size(), 1);

    std::optional<WorkflowListing> unknown;
    m_dispatch->listDispatchable(QStringLiteral("acme/nope"),
                                 [&unknown](const WorkflowListing &done) { unknown = done; });
    QTRY_VERIFY_WITH_TIMEOUT(unknown.has_value(), 10000);
    QCOMPARE(unknown->status.state, ConnectionState::NotFound);
}

void TestWorkflowDispatch::dispatchReturnsRunDetails()
{
    const DispatchOutcome outcome
        = dispatch(buildRequest({ { QStringLiteral("target"), QStringLiteral("arm64") },
                                  { QStringLiteral("verbose"), QStringLiteral("true") } }));
    QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
    QCOMPARE(outcome.apiStatus, 200);
    QVERIFY(outcome.runId > 0);
    QCOMPARE(outcome.runUrl.host(), QStringLiteral("github.com"));
    QVERIFY(outcome.runUrl.path().endsWith(QString::number(outcome.runId)));
    const auto run = m_sim->fleet().run(outcome.runId);
    QVERIFY(run);
    QCOMPARE(run->event, QStringLiteral("workflow_dispatch"));
    QCOMPARE(run->headBranch, QStringLiteral("trunk"));
    QVERIFY(outcome.message.contains(QString::number(outcome.runId)));
}

void TestWorkflowDispatch::enterpriseAnswer204FindsTheRun()
{
    m_sim->fleet().setEnterprise(true);
    m_sim->fleet().queueJob(kRepo, QStringLiteral("Build"), {}); // a push run: not this one
    const DispatchOutcome outcome
        = dispatch(buildRequest({ { QStringLiteral("target"), QStringLiteral("x86") } }));
    QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
    QCOMPARE(outcome.apiStatus, 204);
    QVERIFY(outcome.message.contains(QStringLiteral("GitHub returned no run details")));
    QVERIFY(outcome.runId > 0);
    QCOMPARE(m_sim->fleet().run(outcome.runId)->event, QStringLiteral("workflow_dispatch"));
    QVERIFY(outcome.runUrl.path().endsWith(QString::number(outcome.runId)));

    // An hour later the earlier dispatch run is not taken for the new one.
    m_clock->advance(3600);
    const DispatchOutcome again
        = dispatch(buildRequest({ { QStringLiteral("target"), QStringLiteral("x86") } }));
    QVERIFY(again.succeeded);
    QVERIFY(again.runId > outcome.runId);
    QCOMPARE(m_sim->fleet().run(again.runId)->createdAt, m_clock->now());
}

void TestWorkflowDispatch::runDetailsAreAskedOnlyWhereSupported()
{
    QVERIFY(m_dispatch->asksForRunDetails()); // loopback: the simulator
    QVERIFY(!m_client->setApiBase(QUrl(QStringLiteral("https://api.github.com"))));
    QVERIFY(m_dispatch->asksForRunDetails());
    QVERIFY(!m_client->setApiBase(QUrl(QStringLiteral("https://ghe.example.com/api/v3"))));
    QVERIFY(!m_dispatch->asksForRunDetails());
    m_dispatch->setRunDetails(WorkflowDispatch::RunDetails::Always);
    QVERIFY(m_dispatch->asksForRunDetails());
    QVERIFY(!m_client->setApiBase(m_sim->baseUrl()));
    m_dispatch->setRunDetails(WorkflowDispatch::RunDetails::Never);
    QVERIFY(!m_dispatch->asksForRunDetails());
    const DispatchOutcome outcome
        = dispatch(buildRequest({ { QStringLiteral("target"), QStringLiteral("x86") } }));
    QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
    QCOMPARE(outcome.apiStatus, 204); // not asked: GitHub answers 204
    QVERIFY(outcome.runId > 0);
}

void TestWorkflowDispatch::githubRefusals_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QStringList>("simInputs"); // what the workflow on GitHub declares
    QTest::addColumn<QStringList>("simRequired");
    QTest::addColumn<bool>("simDispatchable");
    QTest::addColumn<QString>("githubSays");
    const QStringList all { QStringLiteral("target"), QStringLiteral("level"),
                            QStringLiteral("verbose") };
    const QStringList target { QStringLiteral("target") };
    // The definition the client holds is older than the file on GitHub.
    QTest::newRow("unexpected input")
        << QStringLiteral("trunk") << target << target << true
        << QStringLiteral("Unexpected inputs provided: [\"verbose\"]");
    QTest::newRow("required input")
        << QStringLiteral("trunk") << all << QStringList { QStringLiteral("level") } << true
        << QStringLiteral("Required input 'level' not provided");
    QTest::newRow("unknown ref") << QStringLiteral("nope") << all << target << true
                                 << QStringLiteral("No ref found for: nope");
    QTest::newRow("no trigger") << QStringLiteral("main") << all << target << false
                                << QStringLiteral(
                                       "Workflow does not have 'workflow_dispatch' trigger");
}

void TestWorkflowDispatch::githubRefusals()
{
    QFETCH(QString, ref);
    QFETCH(QStringList, simInputs);
    QFETCH(QStringList, simRequired);
    QFETCH(bool, simDispatchable);
    QFETCH(QString, githubSays);
    QVERIFY(m_sim->fleet().setWorkflowFile(
        kRepo, QStringLiteral("build.yml"),
        { QByteArray(kBuildYaml), simDispatchable, simInputs, simRequired }));
    DispatchRequest request
        = buildRequest({ { QStringLiteral("target"), QStringLiteral("x") },
                         { QStringLiteral("verbose"), QStringLiteral("true") } });
    request.ref = ref;
    const DispatchOutcome outcome = dispatch(request);
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.apiStatus, 422);
    QVERIFY2(outcome.message.endsWith(githubSays), qPrintable(outcome.message));
    QVERIFY(outcome.message.contains(QStringLiteral("build.yml")));
    QCOMPARE(dispatchRuns(), 0);
}

void TestWorkflowDispatch::invalidInputIsRefusedBeforeSending()
{
    m_sim->resetCounters();
    std::optional<DispatchOutcome> outcome;
    m_dispatch->dispatch(buildRequest({ { QStringLiteral("level"), QStringLiteral("extreme") },
                                        { QStringLiteral("colour"), QStringLiteral("red") } }),
                         [&outcome](const DispatchOutcome &done) { outcome = done; });
    QVERIFY(outcome.has_value()); // refused at once
    QVERIFY(!outcome->succeeded);
    QCOMPARE(outcome->apiStatus, 0);
    QVERIFY(outcome->inputProblems.size() >= 2); // unknown colour, bad level, missing target
    QVERIFY(outcome->message.contains(QStringLiteral("Nothing was sent")));
    QCOMPARE(m_sim->counters().requests, 0);

    DispatchRequest unreadable = buildRequest({});
    unreadable.definition = WorkflowDefinition();
    unreadable.definition.problem = QStringLiteral("The YAML is broken.");
    outcome.reset();
    m_dispatch->dispatch(unreadable, [&outcome](const DispatchOutcome &done) { outcome = done; });
    QVERIFY(outcome.has_value() && !outcome->succeeded);
    QCOMPARE(m_sim->counters().requests, 0);
    // Nothing was queued either: a valid dispatch afterwards is the only request served.
    QVERIFY(
        dispatch(buildRequest({ { QStringLiteral("target"), QStringLiteral("x") } })).succeeded);
    QCOMPARE(m_sim->counters().requests, 1);
}

void TestWorkflowDispatch::doubleClickSendsOneDispatch()
{
    int posts = 0;
    connect(m_sim.get(), &Simulator::requestServed, this,
            [&posts](const QString &method, const QString &, int) {
                posts += method == QLatin1String("POST") ? 1 : 0;
            });
    const DispatchRequest request
        = buildRequest({ { QStringLiteral("target"), QStringLiteral("arm64") } });
    QList<DispatchOutcome> outcomes;
    auto collect = [&outcomes](const DispatchOutcome &done) { outcomes << done; };
    m_dispatch->dispatch(request, collect);
    QVERIFY(m_dispatch->isInFlight(request));
    m_dispatch->dispatch(request, collect);
    QCOMPARE(outcomes.size(), 1); // the second click, refused at once
    QVERIFY(!outcomes.at(0).succeeded);
    QCOMPARE(outcomes.at(0).apiStatus, 0);
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 2, 10000);
    QVERIFY(outcomes.at(1).succeeded);
    QCOMPARE(posts, 1);
    QCOMPARE(dispatchRuns(), 1);
    QVERIFY(!m_dispatch->isInFlight(request));

    // Once answered, the same dispatch may be sent again ("Dispatch again").
    QVERIFY(dispatch(request).succeeded);
    QCOMPARE(dispatchRuns(), 2);
}

void TestWorkflowDispatch::failuresAreInWords()
{
    DispatchRequest missing = buildRequest({ { QStringLiteral("target"), QStringLiteral("x") } });
    missing.workflow = QStringLiteral("gone.yml");
    const DispatchOutcome notFound = dispatch(missing);
    QVERIFY(!notFound.succeeded);
    QCOMPARE(notFound.apiStatus, 404);
    QCOMPARE(notFound.connection, ConnectionState::NotFound);
    QVERIFY(notFound.message.contains(QStringLiteral("gone.yml")));

    SimFault forbidden;
    forbidden.status = 403;
    forbidden.pathContains = QStringLiteral("/dispatches");
    forbidden.times = 1;
    m_sim->addFault(forbidden);
    const DispatchOutcome denied
        = dispatch(buildRequest({ { QStringLiteral("target"), QStringLiteral("x") } }));
    QVERIFY(!denied.succeeded);
    QCOMPARE(denied.apiStatus, 403);
    QVERIFY2(denied.message.contains(QStringLiteral("permission")), qPrintable(denied.message));

    SimFault outage;
    outage.status = 503;
    outage.pathContains = QStringLiteral("/dispatches");
    outage.times = 1;
    m_sim->addFault(outage);
    const DispatchOutcome down
        = dispatch(buildRequest({ { QStringLiteral("target"), QStringLiteral("x") } }));
    QVERIFY(!down.succeeded);
    QCOMPARE(down.apiStatus, 503);
    QVERIFY(isTemporary(down.connection));
    QVERIFY(!down.message.contains(QStringLiteral("offline"), Qt::CaseInsensitive));
    QVERIFY(!down.message.contains(QStringLiteral("runner"), Qt::CaseInsensitive));
    QCOMPARE(dispatchRuns(), 0);
}

void TestWorkflowDispatch::unreachableApiIsNotARunnerProblem()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QVERIFY(!m_client->setApiBase(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    const DispatchOutcome outcome
        = dispatch(buildRequest({ { QStringLiteral("target"), QStringLiteral("x") } }));
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.connection, ConnectionState::Unreachable);
    QCOMPARE(outcome.apiStatus, 0);
    QVERIFY(!outcome.message.isEmpty());
    QVERIFY(!outcome.message.contains(QStringLiteral("offline"), Qt::CaseInsensitive));
}

QTEST_GUILESS_MAIN(TestWorkflowDispatch)
#include "TestWorkflowDispatch.moc"
