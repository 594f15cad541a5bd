// relayqctl against `prism mock`: Prism serves GitHub's own example answers from the official
// OpenAPI description and rejects any request that breaks it. The CLI must read GitHub's
// examples right (runners as GitHub documents them) and send only requests the spec allows.

#include "ContractReferee.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using relayq::contract::ContractReferee;
using relayq::contract::ServerProcess;

namespace {
const QString kRelayqctl = QStringLiteral(RELAYQ_PATH_RELAYQCTL);

// A runner as relayqctl --json shows it, built from GitHub's example: labels by name.
QJsonObject expectedRunner(const QJsonObject &github)
{
    QJsonArray labels;
    for (const QJsonValue &label : github[QStringLiteral("labels")].toArray())
        labels.append(label[QStringLiteral("name")]);
    return { { QStringLiteral("id"), github[QStringLiteral("id")] },
             { QStringLiteral("name"), github[QStringLiteral("name")] },
             { QStringLiteral("os"), github[QStringLiteral("os")] },
             { QStringLiteral("status"), github[QStringLiteral("status")] },
             { QStringLiteral("busy"), github[QStringLiteral("busy")] },
             { QStringLiteral("labels"), labels } };
}

QJsonObject comparableRunner(const QJsonObject &cli)
{
    QJsonObject runner;
    for (const char *key : { "id", "name", "os", "status", "busy", "labels" })
        runner.insert(QLatin1String(key), cli[QLatin1String(key)]);
    return runner;
}

QList<QJsonObject> sortedById(QList<QJsonObject> runners)
{
    std::sort(runners.begin(), runners.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a[QStringLiteral("id")].toDouble() < b[QStringLiteral("id")].toDouble();
    });
    return runners;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

class TestContractMock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cliStatusReadsGitHubExamples_data();
    void cliStatusReadsGitHubExamples();
    void badRequestIsCaught_data();
    void badRequestIsCaught();

private:
    QUrl prismUrl() const { return m_prism->url(); }

    std::unique_ptr<ServerProcess> m_prism;
    QNetworkAccessManager m_network;
    QTemporaryDir m_scratch;
};

void TestContractMock::initTestCase()
{
    RELAYQ_CONTRACT_REQUIRE(ContractReferee::missingTools());
    QVERIFY(m_scratch.isValid());
    QVERIFY2(!ContractReferee::spec().isEmpty(), "the trimmed OpenAPI description is unreadable");

    const quint16 port = ContractReferee::freeLoopbackPort();
    QVERIFY(port != 0);
    m_prism = std::make_unique<ServerProcess>(QStringLiteral("prism mock"),
                                              ContractReferee::listeningLine());
    QElapsedTimer started;
    started.start();
    m_prism->start(ContractReferee::nodeProgram(), ContractReferee::mockArguments(port));
    QVERIFY2(m_prism->waitUntilReady(ContractReferee::startTimeoutMs()),
             qPrintable(m_prism->describe()));
    qInfo("prism mock listening on %s after %lld ms", qPrintable(prismUrl().toString()),
          static_cast<long long>(started.elapsed()));
}

void TestContractMock::cleanupTestCase()
{
    if (m_prism)
        m_prism->stop();
}

void TestContractMock::cliStatusReadsGitHubExamples_data()
{
    QTest::addColumn<QStringList>("targetArguments");
    QTest::addColumn<QString>("runnersPath"); // what the CLI must have asked Prism for
    QTest::addColumn<QString>("runnersTemplate"); // the same path in the description

    QTest::newRow("repo") << QStringList { QStringLiteral("--repo"),
                                           QStringLiteral("octocat/Hello-World") }
                          << QStringLiteral("/repos/octocat/Hello-World/actions/runners")
                          << QStringLiteral("/repos/{owner}/{repo}/actions/runners");
    QTest::newRow("org") << QStringList { QStringLiteral("--org"), QStringLiteral("octo-org") }
                         << QStringLiteral("/orgs/octo-org/actions/runners")
                         << QStringLiteral("/orgs/{org}/actions/runners");
}

void TestContractMock::cliStatusReadsGitHubExamples()
{
    QFETCH(QStringList, targetArguments);
    QFETCH(QString, runnersPath);
    QFETCH(QString, runnersTemplate);
    RELAYQ_CONTRACT_REQUIRE(kRelayqctl.isEmpty()
                                ? QStringLiteral("relayqctl was not built (no app/cli sources "
                                                 "when cmake ran); reconfigure and build it")
                                : QString());

    const QStringList arguments = QStringList { QStringLiteral("status") } + targetArguments
        + QStringList { QStringLiteral("--api-url"), prismUrl().toString(QUrl::StripTrailingSlash),
                        QStringLiteral("--json") };
    const qsizetype mark = m_prism->outputMark();
    const auto run = ContractReferee::run(kRelayqctl, arguments,
                                          ContractReferee::cliEnvironment(m_scratch.path()));
    const QString prismLog = m_prism->output(mark);
    const QString context
        = run.describe() + QStringLiteral("\n--- prism:\n") + prismLog.right(6000);

    QVERIFY2(run.finished, qPrintable(context));
    // 0 healthy, 1 alerts (GitHub's example has an offline runner): both mean "checked".
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(context));

    QJsonParseError parseError;
    const QJsonObject status = QJsonDocument::fromJson(run.standardOutput, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(context));
    QCOMPARE(status[QStringLiteral("connection")][QStringLiteral("state")].toString(),
             QStringLiteral("ok"));

    QVERIFY2(ContractReferee::received(prismLog, QStringLiteral("get"), runnersPath),
             qPrintable(QStringLiteral("Prism never saw GET %1\n").arg(runnersPath) + context));
    const QStringList violations
        = ContractReferee::violations(prismLog, ContractReferee::Scope::Requests);
    QVERIFY2(violations.isEmpty(),
             qPrintable(QStringLiteral("requests that break GitHub's description:\n")
                        + violations.join(QLatin1Char('\n'))));
    // Prism also checks its own canned answers: GitHub's examples that miss their own schema
    // are GitHub's to fix, not ours; say so without failing.
    for (const QString &line :
         ContractReferee::violations(prismLog, ContractReferee::Scope::Everything)) {
        qInfo("GitHub's example breaks GitHub's schema: %s", qPrintable(line));
    }

    const QJsonArray githubRunners
        = ContractReferee::example(runnersTemplate, QStringLiteral("get"),
                                   QStringLiteral("200"))[QStringLiteral("runners")]
              .toArray();
    QVERIFY2(!githubRunners.isEmpty(), "GitHub's example lists no runners");
    QList<QJsonObject> expected;
    for (const QJsonValue &runner : githubRunners)
        expected.append(expectedRunner(runner.toObject()));
    QList<QJsonObject> actual;
    for (const QJsonValue &runner : status[QStringLiteral("runners")].toArray())
        actual.append(comparableRunner(runner.toObject()));
    expected = sortedById(expected);
    actual = sortedById(actual);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(compact(actual[i]), compact(expected[i]));
}

void TestContractMock::badRequestIsCaught_data()
{
    QTest::addColumn<QString>("pathAndQuery");
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<QList<int>>("rejectedWith");

    const QByteArray accept = "application/vnd.github+json, application/json;q=0.9";
    QTest::newRow("per_page not a number")
        << QStringLiteral("/repos/octocat/Hello-World/actions/runners?per_page=abc") << accept
        << QList<int> { 422 };
    QTest::newRow("status outside the enum")
        << QStringLiteral("/repos/octocat/Hello-World/actions/runs?status=sleeping") << accept
        << QList<int> { 422 };
    QTest::newRow("unknown route") << QStringLiteral("/repos/octocat/Hello-World/actions/nowhere")
                                   << accept << QList<int> { 400, 404 };
    // Prism only negotiates the spec's application/json: GitHub's media type alone is refused.
    QTest::newRow("media type without json fallback")
        << QStringLiteral("/repos/octocat/Hello-World/actions/runners")
        << QByteArray("application/vnd.github+json") << QList<int> { 406 };
}

void TestContractMock::badRequestIsCaught()
{
    QFETCH(QString, pathAndQuery);
    QFETCH(QByteArray, accept);
    QFETCH(QList<int>, rejectedWith);

    QNetworkRequest request(QUrl(prismUrl().toString(QUrl::StripTrailingSlash) + pathAndQuery));
    for (const auto &[name, value] : ContractReferee::clientHeaders())
        request.setRawHeader(name, value);
    request.setRawHeader("Accept", accept);
    const qsizetype mark = m_prism->outputMark();
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    QVERIFY2(rejectedWith.contains(status),
             qPrintable(QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body))));
    if (status == 422) {
        // The verdict names what broke the description, and the log shows it too.
        const QJsonArray validation
            = QJsonDocument::fromJson(body).object()[QStringLiteral("validation")].toArray();
        QVERIFY2(!validation.isEmpty(), body.constData());
        QTRY_VERIFY2(
            !ContractReferee::violations(m_prism->output(mark), ContractReferee::Scope::Requests)
                 .isEmpty(),
            qPrintable(m_prism->output(mark)));
    }
}

QTEST_GUILESS_MAIN(TestContractMock)
#include "TestContractMock.moc"
