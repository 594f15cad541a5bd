// relayq-sim behind `prism proxy --errors`: every answer the simulator gives to the requests
// RelayQ's client makes must match GitHub's official OpenAPI description (a violation turns
// into an error status with Prism's validation list), and relayqctl must work through it.

#include "ContractReferee.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>

using relayq::contract::ContractReferee;
using relayq::contract::ServerProcess;

namespace {
const QString kRelayqctl = QStringLiteral(RELAYQ_PATH_RELAYQCTL);
const QString kRelayqSim = QStringLiteral(RELAYQ_PATH_RELAYQ_SIM);
const QString kRepo = QStringLiteral("/repos/relayq-demo/media-jobs");
const QString kOrg = QStringLiteral("relayq-demo-org"); // added through the control API

struct Answer
{
    int status = 0;
    QByteArray body;
};
} // namespace

class TestContractSimulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clientRequestsPassTheReferee_data();
    void clientRequestsPassTheReferee();
    void cliStatusThroughTheReferee();
    void brokenAnswerIsCaught_data();
    void brokenAnswerIsCaught();

private:
    Answer get(const QUrl &base, const QString &pathAndQuery, bool withClientHeaders = true);
    Answer post(const QUrl &base, const QString &path, const QJsonObject &body);
    Answer wait(QNetworkReply *reply);
    qint64 someRunId();

    std::unique_ptr<ServerProcess> m_sim;
    std::unique_ptr<ServerProcess> m_prism;
    QNetworkAccessManager m_network;
    QTemporaryDir m_scratch;
};

void TestContractSimulator::initTestCase()
{
    RELAYQ_CONTRACT_REQUIRE(ContractReferee::missingTools());
    RELAYQ_CONTRACT_REQUIRE(kRelayqSim.isEmpty()
                                ? QStringLiteral("relayq-sim was not built (no app/sim/main.cpp "
                                                 "when cmake ran); reconfigure and build it")
                                : QString());
    QVERIFY(m_scratch.isValid());

    m_sim = std::make_unique<ServerProcess>(
        QStringLiteral("relayq-sim"),
        QRegularExpression(QStringLiteral("relayq-sim listening on (http://[^\\s]+)\\r?\\n")));
    QProcessEnvironment simEnvironment = QProcessEnvironment::systemEnvironment();
    simEnvironment.remove(QStringLiteral("RELAYQ_SIM_TOKEN")); // accept any token
    m_sim->start(kRelayqSim, { QStringLiteral("--demo") }, simEnvironment);
    QVERIFY2(m_sim->waitUntilReady(30000), qPrintable(m_sim->describe()));

    // The demo has repositories only: give it an organisation runner for the org endpoint.
    const Answer added
        = post(m_sim->url(), QStringLiteral("/_sim/runners"),
               { { QStringLiteral("target"), kOrg },
                 { QStringLiteral("name"), QStringLiteral("org-runner") },
                 { QStringLiteral("labels"),
                   QJsonArray { QStringLiteral("self-hosted"), QStringLiteral("Linux") } } });
    QVERIFY2(added.status == 201, added.body.constData());

    const quint16 port = ContractReferee::freeLoopbackPort();
    QVERIFY(port != 0);
    m_prism = std::make_unique<ServerProcess>(QStringLiteral("prism proxy"),
                                              ContractReferee::listeningLine());
    QElapsedTimer started;
    started.start();
    m_prism->start(ContractReferee::nodeProgram(),
                   ContractReferee::proxyArguments(m_sim->url(), port));
    QVERIFY2(m_prism->waitUntilReady(ContractReferee::startTimeoutMs()),
             qPrintable(m_prism->describe()));
    qInfo("prism proxy listening on %s after %lld ms (upstream %s)",
          qPrintable(m_prism->url().toString()), static_cast<long long>(started.elapsed()),
          qPrintable(m_sim->url().toString()));
}

void TestContractSimulator::cleanupTestCase()
{
    if (m_prism)
        m_prism->stop();
    if (m_sim)
        m_sim->stop();
}

void TestContractSimulator::clientRequestsPassTheReferee_data()
{
    QTest::addColumn<QString>("pathAndQuery"); // {run_id} is replaced by a real run's id

    // What GitHubClient/FleetPoller ask for, as they ask for it.
    QTest::newRow("runners repo") << kRepo + QStringLiteral("/actions/runners?per_page=100");
    QTest::newRow("runners org")
        << QStringLiteral("/orgs/%1/actions/runners?per_page=100").arg(kOrg);
    for (const char *status : { "queued", "in_progress", "waiting", "pending", "completed" }) {
        QTest::addRow("runs status=%s", status) << kRepo
                + QStringLiteral("/actions/runs?status=%1&per_page=100").arg(QLatin1String(status));
    }
    QTest::newRow("runs") << kRepo + QStringLiteral("/actions/runs?per_page=100");
    QTest::newRow("run") << kRepo + QStringLiteral("/actions/runs/{run_id}");
    QTest::newRow("run jobs") << kRepo
            + QStringLiteral("/actions/runs/{run_id}/jobs?filter=latest&per_page=100");
    QTest::newRow("workflows") << kRepo + QStringLiteral("/actions/workflows?per_page=100");
    QTest::newRow("rate_limit") << QStringLiteral("/rate_limit");
    QTest::newRow("repository") << kRepo;
    QTest::newRow("user") << QStringLiteral("/user");
}

void TestContractSimulator::clientRequestsPassTheReferee()
{
    QFETCH(QString, pathAndQuery);
    if (pathAndQuery.contains(QStringLiteral("{run_id}"))) {
        const qint64 runId = someRunId();
        QVERIFY2(runId > 0, "the demo simulator lists no workflow run");
        pathAndQuery.replace(QStringLiteral("{run_id}"), QString::number(runId));
    }

    const qsizetype mark = m_prism->outputMark();
    const Answer answer = get(m_prism->url(), pathAndQuery);
    const QString verdict
        = QStringLiteral("GET %1 -> HTTP %2\n%3\n--- prism:\n%4")
              .arg(pathAndQuery)
              .arg(answer.status)
              .arg(QString::fromUtf8(answer.body.left(6000)), m_prism->output(mark).right(4000));
    QVERIFY2(answer.status >= 200 && answer.status < 300, qPrintable(verdict));
    QVERIFY2(ContractReferee::violations(m_prism->output(mark), ContractReferee::Scope::Everything)
                 .isEmpty(),
             qPrintable(verdict));
    QJsonParseError error;
    QJsonDocument::fromJson(answer.body, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(verdict));
}

void TestContractSimulator::cliStatusThroughTheReferee()
{
    RELAYQ_CONTRACT_REQUIRE(kRelayqctl.isEmpty()
                                ? QStringLiteral("relayqctl was not built (no app/cli sources "
                                                 "when cmake ran); reconfigure and build it")
                                : QString());
    const qsizetype mark = m_prism->outputMark();
    const auto run = ContractReferee::run(
        kRelayqctl,
        { QStringLiteral("status"), QStringLiteral("--repo"),
          QStringLiteral("relayq-demo/media-jobs"), QStringLiteral("--api-url"),
          m_prism->url().toString(QUrl::StripTrailingSlash), QStringLiteral("--json") },
        ContractReferee::cliEnvironment(m_scratch.path()));
    const QString prismLog = m_prism->output(mark);
    const QString context
        = run.describe() + QStringLiteral("\n--- prism:\n") + prismLog.right(6000);

    QVERIFY2(run.finished, qPrintable(context));
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(context));
    QJsonParseError parseError;
    const QJsonObject status = QJsonDocument::fromJson(run.standardOutput, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(context));
    QCOMPARE(status[QStringLiteral("connection")][QStringLiteral("state")].toString(),
             QStringLiteral("ok"));
    QVERIFY2(ContractReferee::received(prismLog, QStringLiteral("get"),
                                       kRepo + QStringLiteral("/actions/runners")),
             qPrintable(context));
    const QStringList violations
        = ContractReferee::violations(prismLog, ContractReferee::Scope::Everything);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));

    // The demo fleet's runners, as the simulator itself lists them.
    QStringList names;
    for (const QJsonValue &runner : status[QStringLiteral("runners")].toArray())
        names.append(runner[QStringLiteral("name")].toString());
    names.sort();
    QCOMPARE(names,
             (QStringList { QStringLiteral("macmini-runner"), QStringLiteral("rpi3-runner"),
                            QStringLiteral("rpi4-runner") }));
}

void TestContractSimulator::brokenAnswerIsCaught_data()
{
    QTest::addColumn<QString>("faultKind"); // the simulator's own fault injection

    QTest::newRow("wrong types") << QStringLiteral("wrong_types");
    QTest::newRow("missing fields") << QStringLiteral("missing_fields");
}

void TestContractSimulator::brokenAnswerIsCaught()
{
    // Proves the referee would notice: make the simulator break GitHub's schema once.
    QFETCH(QString, faultKind);
    const QString path = kRepo + QStringLiteral("/actions/runners?per_page=100");
    const Answer added
        = post(m_sim->url(), QStringLiteral("/_sim/faults"),
               { { QStringLiteral("kind"), faultKind },
                 { QStringLiteral("path_contains"), QStringLiteral("/actions/runners") },
                 { QStringLiteral("times"), 1 } });
    QVERIFY2(added.status == 201, added.body.constData());

    const qsizetype mark = m_prism->outputMark();
    const Answer answer = get(m_prism->url(), path);
    const Answer cleared = wait(m_network.deleteResource(QNetworkRequest(
        QUrl(m_sim->url().toString(QUrl::StripTrailingSlash) + QStringLiteral("/_sim/faults")))));
    QCOMPARE(cleared.status, 200);

    const QString verdict = QStringLiteral("HTTP %1: %2")
                                .arg(answer.status)
                                .arg(QString::fromUtf8(answer.body.left(3000)));
    QVERIFY2(answer.status >= 400, qPrintable(verdict));
    const QJsonArray validation
        = QJsonDocument::fromJson(answer.body).object()[QStringLiteral("validation")].toArray();
    QVERIFY2(!validation.isEmpty(), qPrintable(verdict));
    QVERIFY2(validation.first()[QStringLiteral("location")].toArray().first()
                 == QStringLiteral("response"),
             qPrintable(verdict));
    QVERIFY(!ContractReferee::violations(m_prism->output(mark), ContractReferee::Scope::Everything)
                 .isEmpty());
}

qint64 TestContractSimulator::someRunId()
{
    // Straight from the simulator: this only picks an id, the referee checks the answers.
    const Answer runs = get(m_sim->url(), kRepo + QStringLiteral("/actions/runs?per_page=1"));
    const QJsonArray list
        = QJsonDocument::fromJson(runs.body).object()[QStringLiteral("workflow_runs")].toArray();
    return list.isEmpty() ? 0 : list.first()[QStringLiteral("id")].toInteger();
}

Answer TestContractSimulator::get(const QUrl &base, const QString &pathAndQuery,
                                  bool withClientHeaders)
{
    QNetworkRequest request(QUrl(base.toString(QUrl::StripTrailingSlash) + pathAndQuery));
    if (withClientHeaders) {
        for (const auto &[name, value] : ContractReferee::clientHeaders())
            request.setRawHeader(name, value);
    }
    return wait(m_network.get(request));
}

Answer TestContractSimulator::post(const QUrl &base, const QString &path, const QJsonObject &body)
{
    QNetworkRequest request(QUrl(base.toString(QUrl::StripTrailingSlash) + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return wait(m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

Answer TestContractSimulator::wait(QNetworkReply *reply)
{
    std::unique_ptr<QNetworkReply> owned(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        return { 0, QByteArrayLiteral("no answer within 30 s") };
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
}

QTEST_GUILESS_MAIN(TestContractSimulator)
#include "TestContractSimulator.moc"
