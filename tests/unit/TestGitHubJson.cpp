// GitHubJson against GitHub's own example answers (tests/data/github/, extracted from the
// official OpenAPI description by tests/contract/extract-examples.mjs) and against the edge
// cases GitHub's description allows or forbids.

#include "GitHubJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <ctime>

using namespace relayq;

Q_DECLARE_METATYPE(relayq::ActionStatus)
Q_DECLARE_METATYPE(relayq::Runner::Status)

namespace {

const QString target = QStringLiteral("octo-org/octo-repo");

QJsonDocument example(const QString &file)
{
    QFile in(QStringLiteral(RELAYQ_TEST_DATA "/github/") + file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(in.readAll());
}

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
    return t.toUTC();
}

QJsonObject validRunner()
{
    return QJsonObject {
        { QStringLiteral("id"), 1 },
        { QStringLiteral("name"), QStringLiteral("r1") },
        { QStringLiteral("os"), QStringLiteral("linux") },
        { QStringLiteral("status"), QStringLiteral("online") },
        { QStringLiteral("busy"), false },
        { QStringLiteral("labels"),
          QJsonArray { QJsonObject { { QStringLiteral("id"), 5 },
                                     { QStringLiteral("name"), QStringLiteral("self-hosted") },
                                     { QStringLiteral("type"), QStringLiteral("read-only") } } } },
    };
}

QJsonObject validRun()
{
    return QJsonObject {
        { QStringLiteral("id"), 7 },
        { QStringLiteral("status"), QStringLiteral("queued") },
        { QStringLiteral("html_url"), QStringLiteral("https://github.com/o/r/actions/runs/7") },
        { QStringLiteral("created_at"), QStringLiteral("2026-11-01T10:00:00Z") },
    };
}

QJsonObject validJob()
{
    return QJsonObject {
        { QStringLiteral("id"), 9 },
        { QStringLiteral("run_id"), 7 },
        { QStringLiteral("status"), QStringLiteral("queued") },
        { QStringLiteral("labels"), QJsonArray { QStringLiteral("self-hosted") } },
    };
}

QJsonObject validItem(const QString &listKey)
{
    if (listKey == QLatin1String("runners"))
        return validRunner();
    if (listKey == QLatin1String("workflow_runs"))
        return validRun();
    return validJob();
}

QJsonDocument listOf(const QString &listKey, const QJsonArray &items)
{
    return QJsonDocument(
        QJsonObject { { QStringLiteral("total_count"), items.size() }, { listKey, items } });
}

// Runs the parser for listKey; returns {error, item count}.
std::pair<QString, qsizetype> parseAny(const QString &listKey, const QJsonDocument &doc)
{
    if (listKey == QLatin1String("runners")) {
        const auto parsed = GitHubJson::parseRunners(doc, target);
        return { parsed.error, parsed.items.size() };
    }
    if (listKey == QLatin1String("workflow_runs")) {
        const auto parsed = GitHubJson::parseWorkflowRuns(doc, target);
        return { parsed.error, parsed.items.size() };
    }
    const auto parsed = GitHubJson::parseJobs(doc, target);
    return { parsed.error, parsed.items.size() };
}

const QStringList listKeys
    = { QStringLiteral("runners"), QStringLiteral("workflow_runs"), QStringLiteral("jobs") };

} // namespace

class TestGitHubJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // GitHub's own examples
    void exampleRunners_data();
    void exampleRunners();
    void exampleSingleRunner();
    void exampleWorkflowRuns();
    void exampleSingleWorkflowRun();
    void exampleJobs_data();
    void exampleJobs();

    // Strict: each required field missing or of the wrong type
    void malformedItem_data();
    void malformedItem();
    void malformedTopLevel_data();
    void malformedTopLevel();
    void emptyDocumentIsAnError();
    void garbageBytesGiveAnError();
    void errorDropsEarlierItems();

    // Tolerant
    void emptyLists();
    void totalCount_data();
    void totalCount();
    void runnerOptionalFields();
    void runnerUnknownStatusIsNotOffline();
    void workflowRunNullsAndMissing();
    void jobNullsBeforeAssignment();
    void labelsKeepTheirCase();
    void hugeIds_data();
    void hugeIds();
    void targetCopiedToEveryItem();
    void earlierReadingTakesOverEqualItems();
    void earlierReadingNeverHidesAChangeOrAFault();

    // Parts
    void actionStatus_data();
    void actionStatus();
    void runnerStatus_data();
    void runnerStatus();
    void timestamps_data();
    void timestamps();

    // Never crashes, never half-answers
    void mutatedExamplesEitherParseOrFail();
};

void TestGitHubJson::initTestCase()
{
    // A zone eight hours west of UTC (POSIX form, needs no tzdata): a parser that let local
    // time leak into timestamps fails here even on a machine that runs in UTC.
    qputenv("TZ", "RQT+08");
    tzset();
    QCOMPARE(QDateTime(QDate(2020, 1, 20), QTime(12, 0)).offsetFromUtc(), -8 * 3600);
}

void TestGitHubJson::exampleRunners_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("repo") << QStringLiteral("actions-list-self-hosted-runners-for-repo.json");
    QTest::newRow("org") << QStringLiteral("actions-list-self-hosted-runners-for-org.json");
}

void TestGitHubJson::exampleRunners()
{
    QFETCH(QString, file);
    const QJsonDocument doc = example(file);
    QVERIFY2(doc.isObject(), qPrintable(file));

    const Parsed<Runner> parsed = GitHubJson::parseRunners(doc, target);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.totalCount, 2);
    QCOMPARE(parsed.items.size(), 2);

    const Runner &linuxRunner = parsed.items.at(0);
    QCOMPARE(linuxRunner.id, 23);
    QCOMPARE(linuxRunner.name, QStringLiteral("linux_runner"));
    QCOMPARE(linuxRunner.os, QStringLiteral("linux"));
    QCOMPARE(linuxRunner.status, Runner::Status::Online);
    QCOMPARE(linuxRunner.statusText, QStringLiteral("online"));
    QVERIFY(linuxRunner.isOnline());
    QCOMPARE(linuxRunner.busy, true);
    QCOMPARE(linuxRunner.ephemeral, false);
    QCOMPARE(linuxRunner.version, QStringLiteral("2.323.0"));
    QCOMPARE(linuxRunner.labels,
             (QStringList { QStringLiteral("self-hosted"), QStringLiteral("X64"),
                            QStringLiteral("Linux") }));
    QVERIFY(!linuxRunner.runnerGroupId.has_value());
    QCOMPARE(linuxRunner.target, target);

    const Runner &mac = parsed.items.at(1);
    QCOMPARE(mac.id, 24);
    QCOMPARE(mac.name, QStringLiteral("mac_runner"));
    QCOMPARE(mac.os, QStringLiteral("macos"));
    QCOMPARE(mac.status, Runner::Status::Offline);
    QVERIFY(mac.isOffline());
    QCOMPARE(mac.busy, false);
    QCOMPARE(mac.labels,
             (QStringList { QStringLiteral("self-hosted"), QStringLiteral("X64"),
                            QStringLiteral("macOS"), QStringLiteral("no-gpu") }));
    QVERIFY(mac.hasLabel(QStringLiteral("macos")));
    QVERIFY(mac.carriesAll({ QStringLiteral("self-hosted"), QStringLiteral("no-gpu") }));
    QVERIFY(!linuxRunner.carriesAll({ QStringLiteral("no-gpu") }));
}

void TestGitHubJson::exampleSingleRunner()
{
    const QJsonDocument doc
        = example(QStringLiteral("actions-get-self-hosted-runner-for-repo.json"));
    QVERIFY(doc.isObject());
    const Parsed<Runner> parsed = GitHubJson::parseRunner(doc, target);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.totalCount, 1);
    QCOMPARE(parsed.items.size(), 1);
    QCOMPARE(parsed.items.at(0).id, 23);
    QCOMPARE(parsed.items.at(0).name, QStringLiteral("MBP"));
    QCOMPARE(parsed.items.at(0).os, QStringLiteral("macos"));
    QCOMPARE(parsed.items.at(0).status, Runner::Status::Online);
    QCOMPARE(parsed.items.at(0).labels.size(), 4);
    QCOMPARE(parsed.items.at(0).labels.at(3), QStringLiteral("no-gpu"));
    QCOMPARE(parsed.items.at(0).target, target);
}

void TestGitHubJson::exampleWorkflowRuns()
{
    const QJsonDocument doc = example(QStringLiteral("actions-list-workflow-runs-for-repo.json"));
    QVERIFY(doc.isObject());
    const Parsed<WorkflowRun> parsed = GitHubJson::parseWorkflowRuns(doc, target);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.totalCount, 1);
    QCOMPARE(parsed.items.size(), 1);

    const WorkflowRun &run = parsed.items.at(0);
    QCOMPARE(run.id, 30433642);
    QCOMPARE(run.name, QStringLiteral("Build"));
    QCOMPARE(run.displayTitle, QStringLiteral("Update README.md"));
    QCOMPARE(run.status, ActionStatus::Queued);
    QCOMPARE(run.statusText, QStringLiteral("queued"));
    QVERIFY(run.isActive());
    QVERIFY(run.conclusion.isEmpty()); // null in the example
    QCOMPARE(run.createdAt, utc("2020-01-22T19:33:08Z"));
    QCOMPARE(run.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(run.updatedAt, utc("2020-01-22T19:33:08Z"));
    QCOMPARE(run.runStartedAt, utc("2020-01-22T19:33:08Z"));
    QCOMPARE(run.htmlUrl,
             QStringLiteral("https://github.com/octo-org/octo-repo/actions/runs/30433642"));
    QCOMPARE(run.runAttempt, 1);
    QCOMPARE(run.runNumber, 562);
    QCOMPARE(run.event, QStringLiteral("push"));
    QCOMPARE(run.headBranch, QStringLiteral("master"));
    QCOMPARE(run.workflowId, 159038);
    QCOMPARE(run.path, QStringLiteral(".github/workflows/build.yml@main"));
    QCOMPARE(run.target, target);
}

void TestGitHubJson::exampleSingleWorkflowRun()
{
    const QJsonDocument doc = example(QStringLiteral("actions-get-workflow-run.json"));
    QVERIFY(doc.isObject());
    const Parsed<WorkflowRun> parsed = GitHubJson::parseWorkflowRun(doc, target);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.items.size(), 1);
    QCOMPARE(parsed.items.at(0).id, 30433642);
    QCOMPARE(parsed.items.at(0).headBranch, QStringLiteral("main"));
    QCOMPARE(parsed.items.at(0).status, ActionStatus::Queued);
    QCOMPARE(parsed.items.at(0).createdAt, utc("2020-01-22T19:33:08Z"));
    QCOMPARE(parsed.items.at(0).target, target);

    // The list parser refuses a bare run: the answer has no "workflow_runs" list.
    QVERIFY(!GitHubJson::parseWorkflowRuns(doc, target).ok());
}

void TestGitHubJson::exampleJobs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("single");
    QTest::newRow("list") << QStringLiteral("actions-list-jobs-for-workflow-run.json") << false;
    QTest::newRow("single") << QStringLiteral("actions-get-job-for-workflow-run.json") << true;
}

void TestGitHubJson::exampleJobs()
{
    QFETCH(QString, file);
    QFETCH(bool, single);
    const QJsonDocument doc = example(file);
    QVERIFY2(doc.isObject(), qPrintable(file));
    const Parsed<Job> parsed
        = single ? GitHubJson::parseJob(doc, target) : GitHubJson::parseJobs(doc, target);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.totalCount, 1);
    QCOMPARE(parsed.items.size(), 1);

    const Job &job = parsed.items.at(0);
    QCOMPARE(job.id, 399444496);
    QCOMPARE(job.runId, 29679449);
    QCOMPARE(job.name, QStringLiteral("build"));
    QCOMPARE(job.workflowName, QStringLiteral("CI"));
    QCOMPARE(job.status, ActionStatus::Completed);
    QCOMPARE(job.statusText, QStringLiteral("completed"));
    QCOMPARE(job.conclusion, QStringLiteral("success"));
    QCOMPARE(job.labels,
             (QStringList { QStringLiteral("self-hosted"), QStringLiteral("foo"),
                            QStringLiteral("bar") }));
    QCOMPARE(job.runnerId, std::optional<qint64>(1));
    QCOMPARE(job.runnerName, QStringLiteral("my runner"));
    QCOMPARE(job.runnerGroupName, QStringLiteral("my runner group"));
    QCOMPARE(job.startedAt, utc("2020-01-20T17:42:40Z"));
    QCOMPARE(job.completedAt, utc("2020-01-20T17:44:39Z"));
    // The schema requires created_at but GitHub's own example leaves it out: tolerated.
    QVERIFY(!job.createdAt.isValid());
    QCOMPARE(job.htmlUrl,
             QStringLiteral("https://github.com/octo-org/octo-repo/runs/29679449/jobs/399444496"));
    QCOMPARE(job.headBranch, QStringLiteral("main"));
    QCOMPARE(job.target, target);
}

void TestGitHubJson::malformedItem_data()
{
    QTest::addColumn<QString>("listKey");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // Undefined: the field is removed
    QTest::addColumn<QString>("expected");

    const QJsonValue missing(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    const auto row = [](const char *name, const char *list, const char *field,
                        const QJsonValue &value, const char *expected) {
        QTest::newRow(name) << QString::fromLatin1(list) << QString::fromLatin1(field) << value
                            << QString::fromLatin1(expected);
    };
    const char *idNaN = "runners[1].id is missing or not a number";
    const char *idWhole = "runners[1].id is not a whole number between 0 and 2^53";
    row("runner id missing", "runners", "id", missing, idNaN);
    row("runner id null", "runners", "id", null, idNaN);
    row("runner id string", "runners", "id", QStringLiteral("23"), idNaN);
    row("runner id fraction", "runners", "id", 1.5, idWhole);
    row("runner id negative", "runners", "id", -1, idWhole);
    row("runner id above 2^53", "runners", "id", 18014398509481984.0, idWhole);
    row("runner name missing", "runners", "name", missing,
        "runners[1].name is missing or not a string");
    row("runner name number", "runners", "name", 3, "runners[1].name is missing or not a string");
    row("runner os null", "runners", "os", null, "runners[1].os is missing or not a string");
    row("runner status missing", "runners", "status", missing,
        "runners[1].status is missing or not a string");
    row("runner status bool", "runners", "status", true,
        "runners[1].status is missing or not a string");
    row("runner busy missing", "runners", "busy", missing,
        "runners[1].busy is missing or not true or false");
    row("runner busy string", "runners", "busy", QStringLiteral("true"),
        "runners[1].busy is missing or not true or false");
    row("runner busy number", "runners", "busy", 1,
        "runners[1].busy is missing or not true or false");
    row("runner labels missing", "runners", "labels", missing,
        "runners[1].labels is missing or not a list");
    row("runner labels object", "runners", "labels", QJsonObject(),
        "runners[1].labels is missing or not a list");
    row("runner labels string", "runners", "labels", QStringLiteral("self-hosted"),
        "runners[1].labels is missing or not a list");
    row("runner label a string", "runners", "labels", QJsonArray { QStringLiteral("self-hosted") },
        "runners[1].labels[0].name is missing or not a string");
    row("runner label without name", "runners", "labels",
        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("a") } },
                     QJsonObject { { QStringLiteral("id"), 5 } } },
        "runners[1].labels[1].name is missing or not a string");

    row("run id missing", "workflow_runs", "id", missing,
        "workflow_runs[1].id is missing or not a number");
    row("run id string", "workflow_runs", "id", QStringLiteral("7"),
        "workflow_runs[1].id is missing or not a number");
    row("run status missing", "workflow_runs", "status", missing,
        "workflow_runs[1].status is missing or not a string");
    row("run status number", "workflow_runs", "status", 1,
        "workflow_runs[1].status is missing or not a string");
    row("run html_url missing", "workflow_runs", "html_url", missing,
        "workflow_runs[1].html_url is missing or not a string");
    row("run html_url null", "workflow_runs", "html_url", null,
        "workflow_runs[1].html_url is missing or not a string");
    row("run created_at missing", "workflow_runs", "created_at", missing,
        "workflow_runs[1].created_at is missing or not a string");
    row("run created_at null", "workflow_runs", "created_at", null,
        "workflow_runs[1].created_at is missing or not a string");
    row("run created_at not a date", "workflow_runs", "created_at", QStringLiteral("yesterday"),
        "workflow_runs[1].created_at is missing or not a date");
    row("run created_at empty", "workflow_runs", "created_at", QString(),
        "workflow_runs[1].created_at is missing or not a date");

    row("job id missing", "jobs", "id", missing, "jobs[1].id is missing or not a number");
    row("job id bool", "jobs", "id", true, "jobs[1].id is missing or not a number");
    row("job run_id missing", "jobs", "run_id", missing,
        "jobs[1].run_id is missing or not a number");
    row("job run_id fraction", "jobs", "run_id", 7.25,
        "jobs[1].run_id is not a whole number between 0 and 2^53");
    row("job status missing", "jobs", "status", missing,
        "jobs[1].status is missing or not a string");
    row("job status null", "jobs", "status", null, "jobs[1].status is missing or not a string");
    row("job labels missing", "jobs", "labels", missing, "jobs[1].labels is missing or not a list");
    row("job labels null", "jobs", "labels", null, "jobs[1].labels is missing or not a list");
    row("job labels string", "jobs", "labels", QStringLiteral("self-hosted"),
        "jobs[1].labels is missing or not a list");
    row("job label a number", "jobs", "labels", QJsonArray { QStringLiteral("linux"), 3 },
        "jobs[1].labels[1] is not a string");
    row("job label an object", "jobs", "labels",
        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("linux") } } },
        "jobs[1].labels[0] is not a string");
}

void TestGitHubJson::malformedItem()
{
    QFETCH(QString, listKey);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);

    QJsonObject bad = validItem(listKey);
    if (value.isUndefined())
        bad.remove(field);
    else
        bad.insert(field, value);
    // The good item first: the message must name index 1, and nothing half-parsed comes back.
    const auto [error, count] = parseAny(listKey, listOf(listKey, { validItem(listKey), bad }));
    QCOMPARE(error, expected);
    QCOMPARE(count, 0);
}

void TestGitHubJson::malformedTopLevel_data()
{
    QTest::addColumn<QString>("listKey");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    for (const QString &key : listKeys) {
        const QByteArray k = key.toLatin1();
        QTest::addRow("%s: array", k.constData())
            << key << QByteArray("[]") << QStringLiteral("the answer is not a JSON object");
        QTest::addRow("%s: list missing", k.constData())
            << key << QByteArray(R"({"total_count": 0})")
            << QStringLiteral("%1 is missing or not a list").arg(key);
        QTest::addRow("%s: list null", k.constData())
            << key << QByteArray(R"({"total_count": 0, ")" + k + R"(": null})")
            << QStringLiteral("%1 is missing or not a list").arg(key);
        QTest::addRow("%s: list an object", k.constData())
            << key << QByteArray(R"({")" + k + R"(": {"0": {}}})")
            << QStringLiteral("%1 is missing or not a list").arg(key);
        QTest::addRow("%s: item a number", k.constData())
            << key << QByteArray(R"({")" + k + R"(": [1]})")
            << QStringLiteral("%1[0] is not an object").arg(key);
        QTest::addRow("%s: item null", k.constData())
            << key << QByteArray(R"({")" + k + R"(": [null]})")
            << QStringLiteral("%1[0] is not an object").arg(key);
        QTest::addRow("%s: item an array", k.constData())
            << key << QByteArray(R"({")" + k + R"(": [[]]})")
            << QStringLiteral("%1[0] is not an object").arg(key);
        QTest::addRow("%s: other list key", k.constData())
            << key << QByteArray(R"({"total_count": 1, "items": [{}]})")
            << QStringLiteral("%1 is missing or not a list").arg(key);
    }
}

void TestGitHubJson::malformedTopLevel()
{
    QFETCH(QString, listKey);
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const auto [error, count] = parseAny(listKey, doc);
    QCOMPARE(error, expected);
    QCOMPARE(count, 0);
}

void TestGitHubJson::emptyDocumentIsAnError()
{
    for (const QString &key : listKeys) {
        const auto [error, count] = parseAny(key, QJsonDocument());
        QCOMPARE(error, QStringLiteral("the answer is not a JSON object"));
        QCOMPARE(count, 0);
    }
    QVERIFY(!GitHubJson::parseRunner(QJsonDocument(), target).ok());
    QVERIFY(!GitHubJson::parseWorkflowRun(QJsonDocument(), target).ok());
    QVERIFY(!GitHubJson::parseJob(QJsonDocument(), target).ok());
}

void TestGitHubJson::garbageBytesGiveAnError()
{
    // Unparseable bytes are the caller's concern; what reaches the parser is an empty document.
    const QByteArray garbage("\x00\xff{\"runners\": [", 14);
    const QJsonDocument doc = QJsonDocument::fromJson(garbage);
    QVERIFY(doc.isNull());
    for (const QString &key : listKeys)
        QVERIFY(!parseAny(key, doc).first.isEmpty());
}

void TestGitHubJson::errorDropsEarlierItems()
{
    const QJsonDocument doc
        = listOf(QStringLiteral("runners"), { validRunner(), validRunner(), QJsonObject() });
    const Parsed<Runner> parsed = GitHubJson::parseRunners(doc, target);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.items.isEmpty());
    QCOMPARE(parsed.totalCount, 0);
    QCOMPARE(parsed.error, QStringLiteral("runners[2].id is missing or not a number"));

    QJsonObject single = validJob();
    single.remove(QStringLiteral("run_id"));
    const Parsed<Job> one = GitHubJson::parseJob(QJsonDocument(single), target);
    QCOMPARE(one.error, QStringLiteral("run_id is missing or not a number"));
    QVERIFY(one.items.isEmpty());
}

void TestGitHubJson::emptyLists()
{
    for (const QString &key : listKeys) {
        const auto [error, count] = parseAny(key, listOf(key, {}));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(count, 0);
    }
    const Parsed<Runner> parsed
        = GitHubJson::parseRunners(listOf(QStringLiteral("runners"), {}), target);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.totalCount, 0);
}

void TestGitHubJson::totalCount_data()
{
    QTest::addColumn<QJsonValue>("totalCount");
    QTest::addColumn<int>("expected");
    QTest::newRow("given") << QJsonValue(250) << 250; // more pages than fetched
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << 2;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 2;
    QTest::newRow("string") << QJsonValue(QStringLiteral("250")) << 2;
    QTest::newRow("negative") << QJsonValue(-4) << 2;
    QTest::newRow("fraction") << QJsonValue(2.5) << 2;
    QTest::newRow("above int") << QJsonValue(1e12) << 2;
}

void TestGitHubJson::totalCount()
{
    QFETCH(QJsonValue, totalCount);
    QFETCH(int, expected);
    QJsonObject top { { QStringLiteral("jobs"), QJsonArray { validJob(), validJob() } } };
    if (!totalCount.isUndefined())
        top.insert(QStringLiteral("total_count"), totalCount);
    const Parsed<Job> parsed = GitHubJson::parseJobs(QJsonDocument(top), target);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.items.size(), 2);
    QCOMPARE(parsed.totalCount, expected);
}

void TestGitHubJson::runnerOptionalFields()
{
    QJsonObject withNulls = validRunner();
    withNulls.insert(QStringLiteral("version"), QJsonValue::Null);
    withNulls.insert(QStringLiteral("runner_group_id"), QJsonValue::Null);
    withNulls.insert(QStringLiteral("ephemeral"), QJsonValue::Null);
    QJsonObject withValues = validRunner();
    withValues.insert(QStringLiteral("version"), QStringLiteral("2.330.0"));
    withValues.insert(QStringLiteral("runner_group_id"), 1);
    withValues.insert(QStringLiteral("ephemeral"), true);
    QJsonObject oddTypes = validRunner(); // optional fields of an unexpected type: "not given"
    oddTypes.insert(QStringLiteral("version"), 2);
    oddTypes.insert(QStringLiteral("runner_group_id"), QStringLiteral("1"));
    oddTypes.insert(QStringLiteral("ephemeral"), QStringLiteral("yes"));

    const Parsed<Runner> parsed = GitHubJson::parseRunners(
        listOf(QStringLiteral("runners"), { validRunner(), withNulls, withValues, oddTypes }),
        target);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.items.size(), 4);
    for (int i : { 0, 1, 3 }) {
        QVERIFY(parsed.items.at(i).version.isEmpty());
        QVERIFY(!parsed.items.at(i).runnerGroupId.has_value());
        QCOMPARE(parsed.items.at(i).ephemeral, false);
    }
    QCOMPARE(parsed.items.at(2).version, QStringLiteral("2.330.0"));
    QCOMPARE(parsed.items.at(2).runnerGroupId, std::optional<qint64>(1));
    QCOMPARE(parsed.items.at(2).ephemeral, true);
}

void TestGitHubJson::runnerUnknownStatusIsNotOffline()
{
    QJsonObject idle = validRunner();
    idle.insert(QStringLiteral("status"), QStringLiteral("idle"));
    QJsonObject shouting = validRunner();
    shouting.insert(QStringLiteral("status"), QStringLiteral("OFFLINE"));
    QJsonObject empty = validRunner();
    empty.insert(QStringLiteral("status"), QString());
    const Parsed<Runner> parsed = GitHubJson::parseRunners(
        listOf(QStringLiteral("runners"), { idle, shouting, empty }), target);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.items.size(), 3);
    QCOMPARE(parsed.items.at(0).status, Runner::Status::Unknown);
    QCOMPARE(parsed.items.at(0).statusText, QStringLiteral("idle"));
    QVERIFY(!parsed.items.at(0).isOffline());
    QCOMPARE(parsed.items.at(1).status, Runner::Status::Unknown);
    QCOMPARE(parsed.items.at(1).statusText, QStringLiteral("OFFLINE"));
    QCOMPARE(parsed.items.at(2).status, Runner::Status::Unknown);
}

void TestGitHubJson::workflowRunNullsAndMissing()
{
    QJsonObject run = validRun();
    for (const char *key :
         { "name", "conclusion", "head_branch", "status", "run_started_at", "updated_at",
           "display_title", "event", "path", "workflow_id", "run_number", "run_attempt" })
        run.insert(QLatin1String(key), QJsonValue::Null);
    QJsonObject sparse = validRun(); // optional fields absent altogether
    sparse.insert(QStringLiteral("status"), QStringLiteral("frobnicating"));
    sparse.insert(QStringLiteral("updated_at"), QStringLiteral("not a date"));
    sparse.insert(QStringLiteral("created_at"), QStringLiteral("2026-11-01T12:00:00+02:00"));

    const Parsed<WorkflowRun> parsed = GitHubJson::parseWorkflowRuns(
        listOf(QStringLiteral("workflow_runs"), { run, sparse }), target);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.items.size(), 2);

    const WorkflowRun &nulls = parsed.items.at(0);
    QCOMPARE(nulls.id, 7);
    QCOMPARE(nulls.status, ActionStatus::Unknown);
    QVERIFY(nulls.statusText.isEmpty());
    QVERIFY(nulls.name.isEmpty());
    QVERIFY(nulls.conclusion.isEmpty());
    QVERIFY(nulls.headBranch.isEmpty());
    QVERIFY(!nulls.runStartedAt.isValid());
    QVERIFY(!nulls.updatedAt.isValid());
    QCOMPARE(nulls.runAttempt, 1);
    QCOMPARE(nulls.runNumber, 0);
    QCOMPARE(nulls.workflowId, 0);
    QCOMPARE(nulls.createdAt, utc("2026-11-01T10:00:00Z"));

    const WorkflowRun &odd = parsed.items.at(1);
    QCOMPARE(odd.status, ActionStatus::Unknown);
    QCOMPARE(odd.statusText, QStringLiteral("frobnicating"));
    QVERIFY(!odd.updatedAt.isValid());
    QCOMPARE(odd.createdAt, utc("2026-11-01T10:00:00Z")); // offset folded into UTC
    QCOMPARE(odd.runAttempt, 1);
}

void TestGitHubJson::jobNullsBeforeAssignment()
{
    QJsonObject queued = validJob();
    for (const char *key :
         { "runner_id", "runner_name", "runner_group_id", "runner_group_name", "completed_at",
           "conclusion", "workflow_name", "head_branch", "html_url", "started_at", "name" })
        queued.insert(QLatin1String(key), QJsonValue::Null);
    queued.insert(QStringLiteral("created_at"), QStringLiteral("2026-11-01T10:00:05Z"));
    QJsonObject unknown = validJob();
    unknown.insert(QStringLiteral("status"), QStringLiteral("teleporting"));
    unknown.insert(QStringLiteral("labels"), QJsonArray());

    const Parsed<Job> parsed
        = GitHubJson::parseJobs(listOf(QStringLiteral("jobs"), { queued, unknown }), target);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.items.size(), 2);
    const Job &job = parsed.items.at(0);
    QVERIFY(job.isQueued());
    QVERIFY(!job.runnerId.has_value());
    QVERIFY(job.runnerName.isEmpty());
    QVERIFY(job.runnerGroupName.isEmpty());
    QVERIFY(!job.completedAt.isValid());
    QVERIFY(!job.startedAt.isValid());
    QVERIFY(job.conclusion.isEmpty());
    QVERIFY(job.workflowName.isEmpty());
    QVERIFY(job.htmlUrl.isEmpty());
    QCOMPARE(job.createdAt, utc("2026-11-01T10:00:05Z"));
    QCOMPARE(job.labels, QStringList { QStringLiteral("self-hosted") });

    QCOMPARE(parsed.items.at(1).status, ActionStatus::Unknown);
    QCOMPARE(parsed.items.at(1).statusText, QStringLiteral("teleporting"));
    QVERIFY(parsed.items.at(1).labels.isEmpty());
}

void TestGitHubJson::labelsKeepTheirCase()
{
    QJsonObject runner = validRunner();
    QJsonArray labels;
    for (const char *name : { "Self-Hosted", "LINUX", "x64", "GPU-a100" })
        labels.append(QJsonObject { { QStringLiteral("name"), QLatin1String(name) },
                                    { QStringLiteral("type"), QStringLiteral("custom") } });
    runner.insert(QStringLiteral("labels"), labels);
    QJsonObject job = validJob();
    job.insert(QStringLiteral("labels"),
               QJsonArray { QStringLiteral("self-hosted"), QStringLiteral("Linux"),
                            QStringLiteral("X64"), QStringLiteral("gpu-A100") });

    const Parsed<Runner> runners
        = GitHubJson::parseRunners(listOf(QStringLiteral("runners"), { runner }), target);
    const Parsed<Job> jobs = GitHubJson::parseJobs(listOf(QStringLiteral("jobs"), { job }), target);
    QVERIFY(runners.ok() && jobs.ok());
    QCOMPARE(runners.items.at(0).labels,
             (QStringList { QStringLiteral("Self-Hosted"), QStringLiteral("LINUX"),
                            QStringLiteral("x64"), QStringLiteral("GPU-a100") }));
    QCOMPARE(jobs.items.at(0).labels.at(1), QStringLiteral("Linux"));
    QVERIFY(runners.items.at(0).carriesAll(jobs.items.at(0).labels));
}

void TestGitHubJson::hugeIds_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("above 2^32") << QByteArray("12345678901") << true << qint64(12345678901);
    QTest::newRow("2^53") << QByteArray("9007199254740992") << true << qint64(9007199254740992);
    QTest::newRow("2^53 written as double")
        << QByteArray("9.007199254740992e15") << true << qint64(9007199254740992);
    // Rounds to 2^53 as a double, but Qt keeps the exact integer (found by fuzzing).
    QTest::newRow("2^53+1") << QByteArray("9007199254740993") << false << qint64(0);
    QTest::newRow("2^54") << QByteArray("18014398509481984") << false << qint64(0);
    QTest::newRow("2^63-1") << QByteArray("9223372036854775807") << false << qint64(0);
    QTest::newRow("1e300") << QByteArray("1e300") << false << qint64(0);
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("integral double") << QByteArray("23.0") << true << qint64(23);
}

void TestGitHubJson::hugeIds()
{
    QFETCH(QByteArray, id);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const QByteArray json = R"({"total_count": 1, "runners": [{"id": )" + id +
        R"(, "name": "r", "os": "linux", "status": "online",
                              "busy": false, "labels": []}]})";
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const Parsed<Runner> parsed = GitHubJson::parseRunners(doc, target);
    QCOMPARE(parsed.ok(), ok);
    if (ok)
        QCOMPARE(parsed.items.at(0).id, expected);
    else
        QCOMPARE(parsed.error,
                 QStringLiteral("runners[0].id is not a whole number between 0 and 2^53"));
}

void TestGitHubJson::targetCopiedToEveryItem()
{
    const QString org = QStringLiteral("octo-org");
    const Parsed<Runner> runners = GitHubJson::parseRunners(
        listOf(QStringLiteral("runners"), { validRunner(), validRunner(), validRunner() }), org);
    QCOMPARE(runners.items.size(), 3);
    for (const Runner &r : runners.items)
        QCOMPARE(r.target, org);
    const Parsed<WorkflowRun> runs = GitHubJson::parseWorkflowRuns(
        listOf(QStringLiteral("workflow_runs"), { validRun() }), org);
    QCOMPARE(runs.items.at(0).target, org);
    const Parsed<Job> jobs
        = GitHubJson::parseJobs(listOf(QStringLiteral("jobs"), { validJob(), validJob() }), org);
    QCOMPARE(jobs.items.at(1).target, org);
}

// A changed list read with the earlier reading at hand: an item equal to the one at the same
// place takes over the value read from it (shared, not read again), any other item is read.
void TestGitHubJson::earlierReadingTakesOverEqualItems()
{
    QJsonObject second = validRunner();
    second.insert(QStringLiteral("id"), 2);
    const QJsonDocument before = listOf(QStringLiteral("runners"), { validRunner(), second });
    const Parsed<Runner> first = GitHubJson::parseRunners(before, target);
    QVERIFY(first.ok());
    const EarlierReading<Runner> earlier {
        before.object().value(QLatin1String("runners")).toArray(), first.items
    };

    second.insert(QStringLiteral("status"), QStringLiteral("offline"));
    const Parsed<Runner> next = GitHubJson::parseRunners(
        listOf(QStringLiteral("runners"), { validRunner(), second, validRunner() }), target,
        &earlier);
    QVERIFY(next.ok());
    QCOMPARE(next.items.size(), 3);
    QCOMPARE(next.totalCount, 3);
    QCOMPARE(next.items.at(0).name.constData(), first.items.at(0).name.constData()); // taken over
    QCOMPARE(next.items.at(1).id, 2);
    QVERIFY(next.items.at(1).isOffline()); // changed: read
    QCOMPARE(next.items.at(2).id, 1); // beyond the earlier list: read
    QVERIFY(next.items.at(2).name.constData() != first.items.at(0).name.constData());

    // Taken-over values carry the target of this reading.
    const Parsed<Runner> elsewhere
        = GitHubJson::parseRunners(before, QStringLiteral("o/x"), &earlier);
    QCOMPARE(elsewhere.items.at(0).target, QStringLiteral("o/x"));
    QCOMPARE(elsewhere.items.at(1).target, QStringLiteral("o/x"));
}

void TestGitHubJson::earlierReadingNeverHidesAChangeOrAFault()
{
    const QJsonDocument before = listOf(QStringLiteral("jobs"), { validJob(), validJob() });
    const Parsed<Job> first = GitHubJson::parseJobs(before, target);
    const EarlierReading<Job> earlier { before.object().value(QLatin1String("jobs")).toArray(),
                                        first.items };
    QJsonObject bad = validJob();
    bad.remove(QStringLiteral("id"));
    const Parsed<Job> broken = GitHubJson::parseJobs(
        listOf(QStringLiteral("jobs"), { validJob(), bad }), target, &earlier);
    QVERIFY(!broken.ok());
    QCOMPARE(
        broken.error,
        GitHubJson::parseJobs(listOf(QStringLiteral("jobs"), { validJob(), bad }), target).error);
    QVERIFY(broken.items.isEmpty());
    QJsonObject running = validJob();
    running.insert(QStringLiteral("status"), QStringLiteral("in_progress"));
    const Parsed<Job> changed
        = GitHubJson::parseJobs(listOf(QStringLiteral("jobs"), { running }), target, &earlier);
    QCOMPARE(changed.items.size(), 1);
    QCOMPARE(changed.items.at(0).status, ActionStatus::InProgress);
}

void TestGitHubJson::actionStatus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ActionStatus>("expected");
    QTest::newRow("queued") << QStringLiteral("queued") << ActionStatus::Queued;
    QTest::newRow("in_progress") << QStringLiteral("in_progress") << ActionStatus::InProgress;
    QTest::newRow("completed") << QStringLiteral("completed") << ActionStatus::Completed;
    QTest::newRow("waiting") << QStringLiteral("waiting") << ActionStatus::Waiting;
    QTest::newRow("requested") << QStringLiteral("requested") << ActionStatus::Requested;
    QTest::newRow("pending") << QStringLiteral("pending") << ActionStatus::Pending;
    QTest::newRow("action_required")
        << QStringLiteral("action_required") << ActionStatus::ActionRequired;
    QTest::newRow("empty") << QString() << ActionStatus::Unknown;
    QTest::newRow("capitalised") << QStringLiteral("Queued") << ActionStatus::Unknown;
    QTest::newRow("a conclusion") << QStringLiteral("success") << ActionStatus::Unknown;
    QTest::newRow("new word") << QStringLiteral("deferred") << ActionStatus::Unknown;
}

void TestGitHubJson::actionStatus()
{
    QFETCH(QString, text);
    QFETCH(ActionStatus, expected);
    QCOMPARE(GitHubJson::parseActionStatus(text), expected);
}

void TestGitHubJson::runnerStatus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Runner::Status>("expected");
    QTest::newRow("online") << QStringLiteral("online") << Runner::Status::Online;
    QTest::newRow("offline") << QStringLiteral("offline") << Runner::Status::Offline;
    QTest::newRow("empty") << QString() << Runner::Status::Unknown;
    QTest::newRow("Online") << QStringLiteral("Online") << Runner::Status::Unknown;
    QTest::newRow("idle") << QStringLiteral("idle") << Runner::Status::Unknown;
}

void TestGitHubJson::runnerStatus()
{
    QFETCH(QString, text);
    QFETCH(Runner::Status, expected);
    QCOMPARE(GitHubJson::parseRunnerStatus(text), expected);
}

void TestGitHubJson::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: unparseable
    const QDateTime base(QDate(2020, 1, 20), QTime(17, 42, 40), Qt::UTC);
    QTest::newRow("Z") << QStringLiteral("2020-01-20T17:42:40Z") << base;
    QTest::newRow("offset with ms") << QStringLiteral("2020-01-20T09:42:40.000-08:00") << base;
    QTest::newRow("positive offset") << QStringLiteral("2020-01-20T19:42:40+02:00") << base;
    QTest::newRow("ms and Z") << QStringLiteral("2020-01-20T17:42:40.250Z") << base.addMSecs(250);
    QTest::newRow("no offset means UTC") << QStringLiteral("2020-01-20T17:42:40") << base;
    QTest::newRow("space for T") << QStringLiteral("2020-01-20 17:42:40Z") << base;
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("leading space") << QStringLiteral(" 2020-01-20T17:42:40Z") << QDateTime();
    QTest::newRow("words") << QStringLiteral("yesterday") << QDateTime();
    QTest::newRow("month 13") << QStringLiteral("2020-13-20T17:42:40Z") << QDateTime();
    QTest::newRow("hour 25") << QStringLiteral("2020-01-20T25:42:40Z") << QDateTime();
    QTest::newRow("very long") << QStringLiteral("2020-01-20T17:42:40Z").repeated(1000)
                               << QDateTime();
}

void TestGitHubJson::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = GitHubJson::parseTimestamp(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestGitHubJson::mutatedExamplesEitherParseOrFail()
{
    // Every field of the first item of each example, replaced by every JSON type: the parser
    // must either understand the whole answer or give an error and no items.
    const QList<QJsonValue> replacements = {
        QJsonValue(QJsonValue::Null),
        QJsonValue(QJsonValue::Undefined),
        QJsonValue(true),
        QJsonValue(-1),
        QJsonValue(0.5),
        QJsonValue(1e300),
        QJsonValue(QString()),
        QJsonValue(QStringLiteral("x")),
        QJsonValue(QJsonArray()),
        QJsonValue(QJsonObject()),
    };
    const QList<std::pair<QString, QString>> examples = {
        { QStringLiteral("runners"),
          QStringLiteral("actions-list-self-hosted-runners-for-repo.json") },
        { QStringLiteral("workflow_runs"),
          QStringLiteral("actions-list-workflow-runs-for-repo.json") },
        { QStringLiteral("jobs"), QStringLiteral("actions-list-jobs-for-workflow-run.json") },
    };
    int understood = 0;
    int refused = 0;
    for (const auto &[listKey, file] : examples) {
        const QJsonObject top = example(file).object();
        const QJsonArray items = top.value(listKey).toArray();
        QVERIFY2(!items.isEmpty(), qPrintable(file));
        const QJsonObject first = items.at(0).toObject();
        for (auto field = first.begin(); field != first.end(); ++field) {
            for (const QJsonValue &replacement : replacements) {
                QJsonObject item = first;
                if (replacement.isUndefined())
                    item.remove(field.key());
                else
                    item.insert(field.key(), replacement);
                QJsonArray mutated = items;
                mutated.replace(0, item);
                QJsonObject answer = top;
                answer.insert(listKey, mutated);
                const auto [error, count] = parseAny(listKey, QJsonDocument(answer));
                if (error.isEmpty()) {
                    QCOMPARE(count, items.size());
                    ++understood;
                } else {
                    QCOMPARE(count, 0);
                    QVERIFY2(error.startsWith(listKey + QStringLiteral("[0].")), qPrintable(error));
                    ++refused;
                }
            }
        }
    }
    QVERIFY(understood > 100);
    QVERIFY(refused > 50);
}

QTEST_GUILESS_MAIN(TestGitHubJson)
#include "TestGitHubJson.moc"
