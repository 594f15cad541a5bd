// Dispatching a workflow against `prism mock`: GitHub's official OpenAPI description judges the
// requests of the dispatch flow (the repository, its workflows, each workflow's file, the
// dispatch with ref/inputs/return_run_details) and proves it would catch a bad dispatch.
//
// Two things Prism cannot do, said here rather than hidden:
// - The contents API's `{path}` spans several segments on GitHub (".github/workflows/x.yml",
//   sent with its slashes as GitHub documents and `gh` does), but an OpenAPI path parameter is
//   one segment, so Prism answers NO_PATH_MATCHED for it. The test checks that this is the only
//   complaint, and that the same request with the slashes escaped validates.
// - Prism's example file is GitHub's README.md example (markdown, base64 with literal "\n"
//   escapes), not a workflow: no workflow can be listed as dispatchable from it, so relayqctl
//   ends with exit 3. The dispatch itself is therefore driven in-process with a definition
//   parsed from a real workflow file.

#include "Clock.h"
#include "ContractReferee.h"
#include "GitHubClient.h"
#include "ServerProcess.h"
#include "WorkflowDefinition.h"
#include "WorkflowDispatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>

using namespace relayq;
using relayq::contract::ContractReferee;
using relayq::contract::ServerProcess;

namespace {
const QString kRelayqctl = QStringLiteral(RELAYQ_PATH_RELAYQCTL);
const QString kRepo = QStringLiteral("octo-org/octo-repo");
const QString kDispatches = QStringLiteral("/repos/{owner}/{repo}/actions/workflows/"
                                           "{workflow_id}/dispatches");

const char *kWorkflowYaml = R"(name: Transcribe
on:
  workflow_dispatch:
    inputs:
      audio_url:
        required: true
      language:
        type: choice
        options: [auto, en]
        default: auto
      diarize:
        type: boolean
      max_words:
        type: number
jobs:
  t:
    runs-on: [self-hosted]
    steps:
      - run: ./t.sh
)";

QString rejoin(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestContractDispatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cliListingRequestsValidate();
    void contentsRequestValidatesWithEscapedPath();
    void dispatchRequestValidates_data();
    void dispatchRequestValidates();
    void badDispatchIsCaught_data();
    void badDispatchIsCaught();

private:
    QUrl prismUrl() const { return m_prism->url(); }
    QNetworkReply *send(const QByteArray &verb, const QString &pathAndQuery,
                        const QByteArray &body = {});

    std::unique_ptr<ServerProcess> m_prism;
    QNetworkAccessManager m_network;
    QTemporaryDir m_scratch;
};

void TestContractDispatch::initTestCase()
{
    RELAYQ_CONTRACT_REQUIRE(ContractReferee::missingTools());
    QVERIFY(m_scratch.isValid());
    QVERIFY2(!ContractReferee::spec().isEmpty(), "the trimmed OpenAPI description is unreadable");
    const quint16 port = ContractReferee::freeLoopbackPort();
    QVERIFY(port != 0);
    m_prism = std::make_unique<ServerProcess>(QStringLiteral("prism mock"),
                                              ContractReferee::listeningLine());
    m_prism->start(ContractReferee::nodeProgram(), ContractReferee::mockArguments(port));
    QVERIFY2(m_prism->waitUntilReady(ContractReferee::startTimeoutMs()),
             qPrintable(m_prism->describe()));
}

void TestContractDispatch::cleanupTestCase()
{
    if (m_prism)
        m_prism->stop();
}

QNetworkReply *TestContractDispatch::send(const QByteArray &verb, const QString &pathAndQuery,
                                          const QByteArray &body)
{
    QNetworkRequest request(QUrl(prismUrl().toString(QUrl::StripTrailingSlash) + pathAndQuery));
    for (const auto &[name, value] : ContractReferee::clientHeaders())
        request.setRawHeader(name, value);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return m_network.sendCustomRequest(request, verb, body);
}

void TestContractDispatch::cliListingRequestsValidate()
{
    RELAYQ_CONTRACT_REQUIRE(kRelayqctl.isEmpty() ? QStringLiteral("relayqctl was not built")
                                                 : QString());
    const qsizetype mark = m_prism->outputMark();
    const auto run = ContractReferee::run(
        kRelayqctl,
        { QStringLiteral("dispatch"), QStringLiteral("--repo"), kRepo, QStringLiteral("--api-url"),
          prismUrl().toString(QUrl::StripTrailingSlash), QStringLiteral("blank.yaml"),
          QStringLiteral("audio_url=https://x") },
        ContractReferee::cliEnvironment(m_scratch.path()));
    const QString log = m_prism->output(mark);
    const QString context = run.describe() + QStringLiteral("\n--- prism:\n") + log.right(6000);
    QVERIFY2(run.finished, qPrintable(context));
    // Nothing dispatchable could be read from Prism's example file (see the top of this file).
    QVERIFY2(run.exitCode == 3, qPrintable(context));
    QVERIFY2(run.standardError.contains("blank.yaml"), qPrintable(context));

    QVERIFY2(
        ContractReferee::received(log, QStringLiteral("get"), QStringLiteral("/repos/") + kRepo),
        qPrintable(context));
    QVERIFY2(ContractReferee::received(log, QStringLiteral("get"),
                                       QStringLiteral("/repos/%1/actions/workflows").arg(kRepo)),
             qPrintable(context));
    QVERIFY2(!log.contains(u"dispatches"), qPrintable(context)); // nothing was sent
    // Every workflow of GitHub's example was asked for on the default branch ("master"); the
    // only complaint is Prism's one-segment {path}.
    QStringList others;
    int unmatchedContents = 0;
    for (const QString &line : ContractReferee::violations(log, ContractReferee::Scope::Requests)) {
        if (line.contains(u"NO_PATH_MATCHED")
            && line.contains(QStringLiteral("/repos/%1/contents/.github/workflows/").arg(kRepo)))
            ++unmatchedContents;
        else
            others << line;
    }
    QVERIFY2(others.isEmpty(), qPrintable(rejoin(others)));
    const QJsonArray workflows
        = ContractReferee::example(QStringLiteral("/repos/{owner}/{repo}/actions/workflows"),
                                   QStringLiteral("get"),
                                   QStringLiteral("200"))[QStringLiteral("workflows")]
              .toArray();
    QVERIFY(!workflows.isEmpty());
    QCOMPARE(unmatchedContents, int(workflows.size()));
}

void TestContractDispatch::contentsRequestValidatesWithEscapedPath()
{
    const qsizetype mark = m_prism->outputMark();
    std::unique_ptr<QNetworkReply> reply(
        send("GET",
             QStringLiteral("/repos/%1/contents/.github%2Fworkflows%2Fblank.yaml?ref=master")
                 .arg(kRepo)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject file = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(file[QStringLiteral("encoding")].toString(), QStringLiteral("base64"));
    const QStringList violations
        = ContractReferee::violations(m_prism->output(mark), ContractReferee::Scope::Requests);
    QVERIFY2(violations.isEmpty(), qPrintable(rejoin(violations)));
    // What Prism serves is GitHub's README.md example, which is no workflow.
    QByteArray base64 = file[QStringLiteral("content")].toString().toLatin1();
    base64.replace("\\n", QByteArray()).replace('\n', QByteArray());
    const WorkflowDefinition definition = WorkflowDefinition::parse(QByteArray::fromBase64(base64));
    QVERIFY(!definition.dispatchable);
    qInfo("Prism's contents example is %s: %s", qPrintable(file[QStringLiteral("name")].toString()),
          definition.problem.isEmpty() ? "parsed, no workflow_dispatch trigger"
                                       : qPrintable(definition.problem));
}

void TestContractDispatch::dispatchRequestValidates_data()
{
    QTest::addColumn<bool>("runDetails");
    QTest::newRow("return_run_details (github.com)") << true;
    QTest::newRow("without return_run_details (GHES)") << false;
}

void TestContractDispatch::dispatchRequestValidates()
{
    QFETCH(bool, runDetails);
    SystemClock clock;
    QNetworkAccessManager network;
    GitHubClient client(&network, clock);
    QVERIFY(!client.setApiBase(prismUrl()));
    client.setToken(QStringLiteral("ghp_contracttest"));
    WorkflowDispatch dispatcher(client, clock);
    dispatcher.setRunDetails(runDetails ? WorkflowDispatch::RunDetails::Always
                                        : WorkflowDispatch::RunDetails::Never);

    DispatchRequest request;
    request.repo = kRepo;
    request.workflow = QStringLiteral("blank.yaml");
    request.ref = QStringLiteral("main");
    request.definition = WorkflowDefinition::parse(kWorkflowYaml);
    QVERIFY2(request.definition.dispatchable, qPrintable(request.definition.problem));
    request.values = { { QStringLiteral("audio_url"), QStringLiteral("https://x/a.ogg") },
                       { QStringLiteral("language"), QStringLiteral("en") },
                       { QStringLiteral("diarize"), QStringLiteral("true") },
                       { QStringLiteral("max_words"), QStringLiteral("300") } };
    const qsizetype mark = m_prism->outputMark();
    std::optional<DispatchOutcome> outcome;
    dispatcher.dispatch(request, [&outcome](const DispatchOutcome &o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
    const QString log = m_prism->output(mark);
    QVERIFY2(outcome->succeeded, qPrintable(outcome->message + QLatin1Char('\n') + log));
    QVERIFY2(ContractReferee::received(
                 log, QStringLiteral("post"),
                 QStringLiteral("/repos/%1/actions/workflows/blank.yaml/dispatches").arg(kRepo)),
             qPrintable(log));
    const QStringList violations
        = ContractReferee::violations(log, ContractReferee::Scope::Requests);
    QVERIFY2(violations.isEmpty(), qPrintable(rejoin(violations)));
    // Prism answers GitHub's 200 example whatever was asked: the client reads it right.
    const QJsonValue example
        = ContractReferee::example(kDispatches, QStringLiteral("post"), QStringLiteral("200"));
    QCOMPARE(outcome->runId, example[QStringLiteral("workflow_run_id")].toInteger());
    QCOMPARE(outcome->runUrl.toString(), example[QStringLiteral("html_url")].toString());
}

void TestContractDispatch::badDispatchIsCaught_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("complaint");
    QTest::newRow("no ref") << QByteArray(R"({"inputs":{"a":"b"}})") << QByteArray("ref");
    QTest::newRow("return_run_details not a boolean")
        << QByteArray(R"({"ref":"main","return_run_details":"yes"})")
        << QByteArray("return_run_details");
    QJsonObject inputs;
    for (int i = 0; i <= WorkflowDefinition::maxDispatchInputs; ++i)
        inputs.insert(QStringLiteral("input%1").arg(i), QStringLiteral("x"));
    QTest::newRow("26 inputs")
        << QJsonDocument(QJsonObject { { QStringLiteral("ref"), QStringLiteral("main") },
                                       { QStringLiteral("inputs"), inputs } })
               .toJson(QJsonDocument::Compact)
        << QByteArray("inputs");
}

void TestContractDispatch::badDispatchIsCaught()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, complaint);
    const qsizetype mark = m_prism->outputMark();
    std::unique_ptr<QNetworkReply> reply(
        send("POST", QStringLiteral("/repos/%1/actions/workflows/blank.yaml/dispatches").arg(kRepo),
             body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    const QByteArray answer = reply->readAll();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 422);
    const QJsonArray validation
        = QJsonDocument::fromJson(answer).object()[QStringLiteral("validation")].toArray();
    QVERIFY2(!validation.isEmpty(), answer.constData());
    QVERIFY2(QJsonDocument(validation).toJson().contains(complaint), answer.constData());
    QTRY_VERIFY2(
        !ContractReferee::violations(m_prism->output(mark), ContractReferee::Scope::Requests)
             .isEmpty(),
        qPrintable(m_prism->output(mark)));
}

QTEST_GUILESS_MAIN(TestContractDispatch)
#include "TestContractDispatch.moc"
