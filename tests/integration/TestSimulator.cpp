// The simulator over real HTTP on loopback: GitHub's shapes, ETags, pagination, auth, rate
// limits, every fault kind, lazy progress on a ManualClock, the demo timeline, the control API.

#include "Clock.h"
#include "SimFleet.h"
#include "Simulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using relayq::ManualClock;
using relayq::sim::SimFault;
using relayq::sim::SimFleet;
using relayq::sim::SimToken;
using relayq::sim::Simulator;

namespace {

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const
    {
        QJsonParseError error {};
        QJsonDocument::fromJson(body, &error);
        return error.error == QJsonParseError::NoError;
    }
};

const QStringList kRunFields = { QStringLiteral("id"),
                                 QStringLiteral("node_id"),
                                 QStringLiteral("head_branch"),
                                 QStringLiteral("run_number"),
                                 QStringLiteral("display_title"),
                                 QStringLiteral("event"),
                                 QStringLiteral("status"),
                                 QStringLiteral("conclusion"),
                                 QStringLiteral("head_sha"),
                                 QStringLiteral("path"),
                                 QStringLiteral("workflow_id"),
                                 QStringLiteral("url"),
                                 QStringLiteral("html_url"),
                                 QStringLiteral("created_at"),
                                 QStringLiteral("updated_at"),
                                 QStringLiteral("head_commit"),
                                 QStringLiteral("head_repository"),
                                 QStringLiteral("repository"),
                                 QStringLiteral("jobs_url"),
                                 QStringLiteral("logs_url"),
                                 QStringLiteral("check_suite_url"),
                                 QStringLiteral("cancel_url"),
                                 QStringLiteral("rerun_url"),
                                 QStringLiteral("artifacts_url"),
                                 QStringLiteral("workflow_url"),
                                 QStringLiteral("pull_requests") };

const QStringList kJobFields = { QStringLiteral("id"),
                                 QStringLiteral("node_id"),
                                 QStringLiteral("run_id"),
                                 QStringLiteral("run_url"),
                                 QStringLiteral("head_sha"),
                                 QStringLiteral("workflow_name"),
                                 QStringLiteral("head_branch"),
                                 QStringLiteral("name"),
                                 QStringLiteral("url"),
                                 QStringLiteral("html_url"),
                                 QStringLiteral("status"),
                                 QStringLiteral("conclusion"),
                                 QStringLiteral("started_at"),
                                 QStringLiteral("completed_at"),
                                 QStringLiteral("check_run_url"),
                                 QStringLiteral("labels"),
                                 QStringLiteral("runner_id"),
                                 QStringLiteral("runner_name"),
                                 QStringLiteral("runner_group_id"),
                                 QStringLiteral("runner_group_name"),
                                 QStringLiteral("created_at") };

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void runnersHaveGitHubShape();
    void runsAndJobsHaveGitHubShape();
    void runsFilterByStatusAndConclusion();
    void workflowsAndDispatch();
    void rateLimitAndUserAreServed();
    void unknownPathIsGitHub404();
    void etagGivesFreeNotModified();
    void keptListAnswersFollowEveryChange();
    void paginationLinksAcrossThreePages();
    void missingTokenIsUnauthorized();
    void exhaustedRateLimitAnswers403();
    void faultIsObservable_data();
    void faultIsObservable();
    void faultTimesAndPathFilter();
    void delayAndNoAnswerFaults();
    void queuedJobIsPickedUpLazily();
    void demoTimelineUnfolds();
    void controlApi();
    void organizationIsServed();
    void classicTokenScopes();
    void fineGrainedTokenPermissions();
    void tokenVisibilityAndExpiry();
    void tokensControlApi();
    void contentsServeWorkflowFiles();
    void dispatchIsCheckedLikeGitHub();
    void dispatchControlApi();

private:
    Answer request(const QByteArray &method, const QString &pathAndQuery,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {},
                   const QByteArray &body = {}, int timeoutMs = 0);
    Answer get(const QString &pathAndQuery,
               const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return request("GET", pathAndQuery, headers);
    }
    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(m_sim->baseUrl().toString() + pathAndQuery);
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestSimulator::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_sim = std::make_unique<Simulator>(*m_clock);
    QVERIFY(m_sim->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_sim->fleet().addRepository(QStringLiteral("octo"), QStringLiteral("app"));
    m_sim->fleet().setFailureRate(0);
}

void TestSimulator::cleanup()
{
    m_network.reset();
    m_sim.reset();
    m_clock.reset();
}

Answer TestSimulator::request(const QByteArray &method, const QString &pathAndQuery,
                              const QList<QPair<QByteArray, QByteArray>> &headers,
                              const QByteArray &body, int timeoutMs)
{
    QNetworkRequest request(pathAndQuery.startsWith(QLatin1String("http")) ? QUrl(pathAndQuery)
                                                                           : url(pathAndQuery));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/vnd.github+json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (timeoutMs > 0)
        request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    if (reply->isOpen())
        answer.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        answer.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return answer;
}

void TestSimulator::runnersHaveGitHubShape()
{
    m_sim->fleet().addRunner(QStringLiteral("octo/app"), QStringLiteral("box"),
                             { QStringLiteral("Linux"), QStringLiteral("gpu") });
    const Answer answer = get(QStringLiteral("/repos/octo/app/actions/runners"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
    QVERIFY(answer.headers.value("etag").startsWith("W/\""));
    for (const char *name :
         { "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-used", "x-ratelimit-reset" })
        QVERIFY2(answer.headers.contains(name), name);
    QCOMPARE(answer.headers.value("x-ratelimit-resource"), QByteArray("core"));
    QCOMPARE(answer.headers.value("x-ratelimit-reset").toLongLong(),
             m_clock->now().toSecsSinceEpoch() + 3600);
    const QJsonObject json = answer.json();
    QCOMPARE(json.value(QStringLiteral("total_count")).toInt(), 1);
    const QJsonObject runner = json.value(QStringLiteral("runners")).toArray().first().toObject();
    for (const char *key : { "id", "name", "os", "status", "busy", "labels" })
        QVERIFY2(runner.contains(QLatin1String(key)), key);
    QVERIFY(runner.value(QStringLiteral("id")).isDouble());
    QCOMPARE(runner.value(QStringLiteral("status")).toString(), QStringLiteral("online"));
    QCOMPARE(runner.value(QStringLiteral("busy")).toBool(), false);
    const QJsonArray labels = runner.value(QStringLiteral("labels")).toArray();
    QCOMPARE(labels.size(), 3);
    QCOMPARE(labels.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("self-hosted"));
    QCOMPARE(labels.at(0).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("read-only"));
    QCOMPARE(labels.at(2).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("custom"));

    m_sim->fleet().addRunner(QStringLiteral("octo"), QStringLiteral("org-box"), {});
    const Answer org = get(QStringLiteral("/orgs/octo/actions/runners"));
    QCOMPARE(org.status, 200);
    QCOMPARE(org.json().value(QStringLiteral("total_count")).toInt(), 1);
}

void TestSimulator::runsAndJobsHaveGitHubShape()
{
    const qint64 runId
        = m_sim->fleet().queueJob(QStringLiteral("octo/app"), QStringLiteral("Build"),
                                  { QStringLiteral("self-hosted"), QStringLiteral("x") });
    QVERIFY(runId > 0);
    const Answer list = get(QStringLiteral("/repos/octo/app/actions/runs"));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().value(QStringLiteral("total_count")).toInt(), 1);
    const QJsonObject run
        = list.json().value(QStringLiteral("workflow_runs")).toArray().first().toObject();
    for (const QString &key : kRunFields)
        QVERIFY2(run.contains(key), qPrintable(key));
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    QVERIFY(run.value(QStringLiteral("conclusion")).isNull());
    QCOMPARE(run.value(QStringLiteral("created_at")).toString(),
             QStringLiteral("2026-01-01T12:00:00Z"));
    QVERIFY(run.value(QStringLiteral("repository")).toObject().contains(QStringLiteral("owner")));

    const Answer single = get(QStringLiteral("/repos/octo/app/actions/runs/%1").arg(runId));
    QCOMPARE(single.status, 200);
    QCOMPARE(single.json().value(QStringLiteral("id")).toInteger(), runId);

    const Answer jobs
        = get(QStringLiteral("/repos/octo/app/actions/runs/%1/jobs?filter=latest").arg(runId));
    QCOMPARE(jobs.status, 200);
    const QJsonObject job = jobs.json().value(QStringLiteral("jobs")).toArray().first().toObject();
    for (const QString &key : kJobFields)
        QVERIFY2(job.contains(key), qPrintable(key));
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    QVERIFY(job.value(QStringLiteral("runner_id")).isNull());
    QVERIFY(job.value(QStringLiteral("runner_name")).isNull());
    QCOMPARE(job.value(QStringLiteral("labels")).toArray(),
             QJsonArray({ QStringLiteral("self-hosted"), QStringLiteral("x") }));
    QCOMPARE(get(QStringLiteral("/repos/octo/app/actions/runs/999/jobs")).status, 404);
}

void TestSimulator::runsFilterByStatusAndConclusion()
{
    m_sim->fleet().addRunner(QStringLiteral("octo/app"), QStringLiteral("box"), {});
    m_sim->fleet().addCompletedRuns(QStringLiteral("octo/app"), 10, 2);
    m_sim->fleet().queueJob(QStringLiteral("octo/app"), QStringLiteral("Unserved"),
                            { QStringLiteral("gpu") });
    auto count = [this](const QString &status) {
        return get(QStringLiteral("/repos/octo/app/actions/runs?status=") + status)
            .json()
            .value(QStringLiteral("total_count"))
            .toInt();
    };
    QCOMPARE(count(QStringLiteral("completed")), 10);
    QCOMPARE(count(QStringLiteral("failure")), 2);
    QCOMPARE(count(QStringLiteral("success")), 8);
    QCOMPARE(count(QStringLiteral("queued")), 1);
    const QJsonArray runs = get(QStringLiteral("/repos/octo/app/actions/runs"))
                                .json()
                                .value(QStringLiteral("workflow_runs"))
                                .toArray();
    QCOMPARE(runs.size(), 11);
    // Newest first.
    QCOMPARE(runs.first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("queued"));
    QVERIFY(runs.at(1).toObject().value(QStringLiteral("created_at")).toString()
            > runs.at(2).toObject().value(QStringLiteral("created_at")).toString());
}

void TestSimulator::workflowsAndDispatch()
{
    const qint64 id = m_sim->fleet().addWorkflow(
        QStringLiteral("octo/app"), QStringLiteral("Render"), QStringLiteral("render.yml"),
        { QStringLiteral("self-hosted"), QStringLiteral("gpu") });
    const Answer list = get(QStringLiteral("/repos/octo/app/actions/workflows"));
    QCOMPARE(list.status, 200);
    const QJsonObject workflow
        = list.json().value(QStringLiteral("workflows")).toArray().first().toObject();
    for (const char *key : { "id", "node_id", "name", "path", "state", "url", "html_url",
                             "badge_url", "created_at", "updated_at" })
        QVERIFY2(workflow.contains(QLatin1String(key)), key);
    QCOMPARE(workflow.value(QStringLiteral("path")).toString(),
             QStringLiteral(".github/workflows/render.yml"));

    const Answer details
        = request("POST", QStringLiteral("/repos/octo/app/actions/workflows/render.yml/dispatches"),
                  {}, R"({"ref":"main","inputs":{"a":"1"},"return_run_details":true})");
    QCOMPARE(details.status, 200);
    const qint64 runId = details.json().value(QStringLiteral("workflow_run_id")).toInteger();
    QVERIFY(details.json()
                .value(QStringLiteral("run_url"))
                .toString()
                .endsWith(QString::number(runId)));
    QVERIFY(details.json().contains(QStringLiteral("html_url")));
    const auto jobs = m_sim->fleet().jobs(runId);
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first().labels,
             QStringList({ QStringLiteral("self-hosted"), QStringLiteral("gpu") }));
    QCOMPARE(m_sim->fleet().run(runId)->event, QStringLiteral("workflow_dispatch"));

    const Answer plain
        = request("POST", QStringLiteral("/repos/octo/app/actions/workflows/%1/dispatches").arg(id),
                  {}, R"({"ref":"main"})");
    QCOMPARE(plain.status, 204);
    QVERIFY(plain.body.isEmpty());
    QCOMPARE(request("POST",
                     QStringLiteral("/repos/octo/app/actions/workflows/render.yml/dispatches"), {},
                     R"({"inputs":{}})")
                 .status,
             422);
    QCOMPARE(request("POST",
                     QStringLiteral("/repos/octo/app/actions/workflows/nope.yml/dispatches"), {},
                     R"({"ref":"main"})")
                 .status,
             404);
}

void TestSimulator::rateLimitAndUserAreServed()
{
    const Answer rate = get(QStringLiteral("/rate_limit"));
    QCOMPARE(rate.status, 200);
    const QJsonObject core = rate.json()
                                 .value(QStringLiteral("resources"))
                                 .toObject()
                                 .value(QStringLiteral("core"))
                                 .toObject();
    QCOMPARE(core.value(QStringLiteral("limit")).toInt(), 5000);
    QVERIFY(rate.json().value(QStringLiteral("rate")).toObject().contains(QStringLiteral("reset")));
    QCOMPARE(m_sim->counters().charged, 0); // never charged
    const Answer user = get(QStringLiteral("/user"));
    QCOMPARE(user.status, 200);
    QCOMPARE(user.json().value(QStringLiteral("login")).toString(), QStringLiteral("relayq-demo"));
    QCOMPARE(m_sim->counters().charged, 1);
    QCOMPARE(user.headers.value("x-ratelimit-remaining"), QByteArray("4999"));
    const Answer repo = get(QStringLiteral("/repos/octo/app"));
    QCOMPARE(repo.status, 200);
    QCOMPARE(repo.json().value(QStringLiteral("full_name")).toString(), QStringLiteral("octo/app"));
}

void TestSimulator::unknownPathIsGitHub404()
{
    for (const QString &path :
         { QStringLiteral("/nope"), QStringLiteral("/repos/octo/other/actions/runners"),
           QStringLiteral("/orgs/ghost/actions/runners") }) {
        const Answer answer = get(path);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Not Found"));
        QVERIFY(answer.json()
                    .value(QStringLiteral("documentation_url"))
                    .toString()
                    .startsWith(QLatin1String("https://")));
    }
}

void TestSimulator::etagGivesFreeNotModified()
{
    const QPair<QByteArray, QByteArray> auth { "Authorization", "Bearer abc" };
    const Answer first = get(QStringLiteral("/repos/octo/app/actions/runners"), { auth });
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.headers.value("etag");
    QVERIFY(!etag.isEmpty());
    QCOMPARE(m_sim->counters().charged, 1);
    const Answer second = get(QStringLiteral("/repos/octo/app/actions/runners"),
                              { auth, { "If-None-Match", etag } });
    QCOMPARE(second.status, 304);
    QVERIFY(second.body.isEmpty());
    QCOMPARE(m_sim->counters().notModified, 1);
    QCOMPARE(m_sim->counters().charged, 1);
    QCOMPARE(second.headers.value("x-ratelimit-remaining"),
             first.headers.value("x-ratelimit-remaining"));
    // Without Authorization a 304 still costs, as on GitHub.
    QCOMPARE(get(QStringLiteral("/repos/octo/app/actions/runners"), { { "If-None-Match", etag } })
                 .status,
             304);
    QCOMPARE(m_sim->counters().charged, 2);
    // A change gives a new ETag and a full answer.
    m_sim->fleet().addRunner(QStringLiteral("octo/app"), QStringLiteral("new"), {});
    const Answer third = get(QStringLiteral("/repos/octo/app/actions/runners"),
                             { auth, { "If-None-Match", etag } });
    QCOMPARE(third.status, 200);
    QVERIFY(third.headers.value("etag") != etag);
}

// The simulator keeps list answers while the fleet is unchanged (SimFleet::revision): after each
// kind of change, what it answers must be what it would write afresh.
void TestSimulator::keptListAnswersFollowEveryChange()
{
    SimFleet &fleet = m_sim->fleet();
    fleet.setJobDuration(30, 30);
    fleet.setPickupDelay(0);
    const QStringList lists { QStringLiteral("/repos/octo/app/actions/runners"),
                              QStringLiteral("/repos/octo/app/actions/runs"),
                              QStringLiteral("/repos/octo/app/actions/runs?status=completed"),
                              QStringLiteral("/repos/octo/app/actions/runs?status=in_progress") };
    auto answers = [this, &lists] {
        QList<QByteArray> bodies;
        for (const QString &list : lists)
            bodies.append(get(list).body);
        return bodies;
    };
    qint64 runner = 0;
    qint64 run = 0;
    const QList<std::pair<const char *, std::function<void()>>> changes {
        { "runner added",
          [&] {
              runner = fleet.addRunner(QStringLiteral("octo/app"), QStringLiteral("box"), {});
          } },
        { "job queued and picked up",
          [&] {
              fleet.queueJob(QStringLiteral("octo/app"), QStringLiteral("Build"), {});
              m_clock->advance(1);
          } },
        { "job finished as time passed", [&] { m_clock->advance(60); } },
        { "runner offline", [&] { fleet.setRunnerOnline(runner, false); } },
        { "job queued for nobody",
          [&] {
              run = fleet.queueJob(QStringLiteral("octo/app"), QStringLiteral("Render"),
                                   { QStringLiteral("gpu") });
          } },
        { "run completed", [&] { fleet.completeRun(run, QStringLiteral("cancelled")); } },
        { "old runs added", [&] { fleet.addCompletedRuns(QStringLiteral("octo/app"), 3, 1); } },
        { "runner removed", [&] { fleet.removeRunner(runner); } },
    };
    QList<QByteArray> before = answers();
    for (const auto &[what, change] : changes) {
        change();
        const QList<QByteArray> kept = answers();
        m_sim->forgetKeptAnswers();
        QCOMPARE(kept, answers()); // written afresh
        QVERIFY2(kept != before, what); // and every change showed in some list
        before = kept;
    }
}

void TestSimulator::paginationLinksAcrossThreePages()
{
    m_sim->fleet().addRunners(QStringLiteral("octo/app"), 250, QStringLiteral("scale"),
                              { QStringLiteral("s") });
    QString next = QStringLiteral("/repos/octo/app/actions/runners?per_page=100");
    QList<int> sizes;
    QStringList names;
    QList<QByteArray> linkHeaders;
    while (!next.isEmpty() && sizes.size() < 5) {
        const Answer answer = get(next);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QStringLiteral("total_count")).toInt(), 250);
        const QJsonArray runners = answer.json().value(QStringLiteral("runners")).toArray();
        sizes.append(int(runners.size()));
        for (const QJsonValue &runner : runners)
            names.append(runner.toObject().value(QStringLiteral("name")).toString());
        const QByteArray link = answer.headers.value("link");
        linkHeaders.append(link);
        next.clear();
        for (const QByteArray &part : link.split(',')) {
            if (part.contains("rel=\"next\""))
                next = QString::fromLatin1(part.trimmed().mid(1, part.trimmed().indexOf('>') - 1));
        }
    }
    QCOMPARE(sizes, QList<int>({ 100, 100, 50 }));
    QCOMPARE(names.size(), 250);
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 250);
    const QByteArray base
        = m_sim->baseUrl().toEncoded() + "/repos/octo/app/actions/runners?per_page=100&page=";
    QVERIFY(linkHeaders.at(0).contains("<" + base + "2>; rel=\"next\""));
    QVERIFY(linkHeaders.at(0).contains("<" + base + "3>; rel=\"last\""));
    QVERIFY(!linkHeaders.at(0).contains("rel=\"prev\""));
    for (const char *rel : { "rel=\"prev\"", "rel=\"next\"", "rel=\"last\"", "rel=\"first\"" })
        QVERIFY2(linkHeaders.at(1).contains(rel), rel);
    QVERIFY(linkHeaders.at(2).contains("<" + base + "1>; rel=\"first\""));
    QVERIFY(!linkHeaders.at(2).contains("rel=\"next\""));
    // Default page size 30, and no Link on a single page.
    QCOMPARE(get(QStringLiteral("/repos/octo/app/actions/runners"))
                 .json()
                 .value(QStringLiteral("runners"))
                 .toArray()
                 .size(),
             30);
    QVERIFY(!get(QStringLiteral("/repos/octo/app/actions/workflows")).headers.contains("link"));
}

void TestSimulator::missingTokenIsUnauthorized()
{
    m_sim->setRequiredToken(QStringLiteral("s3cret"));
    const Answer none = get(QStringLiteral("/repos/octo/app/actions/runners"));
    QCOMPARE(none.status, 401);
    QCOMPARE(none.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("Bad credentials"));
    QVERIFY(none.json().contains(QStringLiteral("documentation_url")));
    QCOMPARE(get(QStringLiteral("/user"), { { "Authorization", "Bearer wrong" } }).status, 401);
    QCOMPARE(m_sim->counters().unauthorized, 2);
    QCOMPARE(m_sim->lastAuthorization(), QStringLiteral("Bearer wrong"));
    QCOMPARE(get(QStringLiteral("/user"), { { "Authorization", "Bearer s3cret" } }).status, 200);
    QCOMPARE(m_sim->lastAuthorization(), QStringLiteral("Bearer s3cret"));
}

void TestSimulator::exhaustedRateLimitAnswers403()
{
    m_sim->setRateLimit(2);
    QCOMPARE(get(QStringLiteral("/user")).status, 200);
    const Answer last = get(QStringLiteral("/user"));
    QCOMPARE(last.status, 200);
    QCOMPARE(last.headers.value("x-ratelimit-remaining"), QByteArray("0"));
    const Answer refused = get(QStringLiteral("/user"));
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.json()
                .value(QStringLiteral("message"))
                .toString()
                .startsWith(QLatin1String("API rate limit exceeded for user ID 1.")));
    QCOMPARE(refused.headers.value("x-ratelimit-remaining"), QByteArray("0"));
    QCOMPARE(get(QStringLiteral("/rate_limit")).status, 200); // still free
    m_clock->advance(3601); // a new window
    QCOMPARE(get(QStringLiteral("/user")).status, 200);
}

void TestSimulator::faultIsObservable_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("check");
    using K = SimFault::Kind;
    QTest::newRow("status") << int(K::Status) << 502 << 502 << QStringLiteral("json");
    // -1: whatever status; the transfer fails. (QNetworkAccessManager retries a GET once when
    // a kept-alive connection closes, so these may count two requests.)
    QTest::newRow("reset") << int(K::Reset) << 0 << -1 << QStringLiteral("error");
    QTest::newRow("reset_mid_body") << int(K::ResetMidBody) << 0 << -1 << QStringLiteral("error");
    QTest::newRow("truncated") << int(K::Truncated) << 0 << 200 << QStringLiteral("notjson");
    QTest::newRow("malformed") << int(K::Malformed) << 0 << 200 << QStringLiteral("notjson");
    QTest::newRow("wrong_types") << int(K::WrongTypes) << 0 << 200 << QStringLiteral("wrongtypes");
    QTest::newRow("missing_fields")
        << int(K::MissingFields) << 0 << 200 << QStringLiteral("missing");
    QTest::newRow("oversize") << int(K::Oversize) << 0 << 200 << QStringLiteral("oversize");
    QTest::newRow("primary") << int(K::PrimaryRateLimit) << 429 << 429 << QStringLiteral("primary");
    QTest::newRow("secondary") << int(K::SecondaryRateLimit) << 403 << 403
                               << QStringLiteral("secondary");
    QTest::newRow("redirect") << int(K::Redirect) << 0 << 302 << QStringLiteral("redirect");
}

void TestSimulator::faultIsObservable()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, expectedStatus);
    QFETCH(QString, check);
    m_sim->fleet().addRunners(QStringLiteral("octo/app"), 3, QStringLiteral("r"), {});
    SimFault fault;
    fault.kind = SimFault::Kind(kind);
    fault.status = status;
    fault.retryAfterSeconds = 42;
    fault.sizeBytes = 200000;
    fault.redirectTo = QStringLiteral("https://example.invalid/elsewhere");
    m_sim->addFault(fault);
    const Answer answer = get(QStringLiteral("/repos/octo/app/actions/runners"));
    if (expectedStatus >= 0)
        QCOMPARE(answer.status, expectedStatus);
    QVERIFY(m_sim->counters().requests >= 1);
    if (check == QLatin1String("json")) {
        QCOMPARE(answer.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Bad Gateway"));
    } else if (check == QLatin1String("error")) {
        QVERIFY(answer.error != QNetworkReply::NoError);
    } else if (check == QLatin1String("notjson")) {
        QVERIFY(!answer.body.isEmpty());
        QVERIFY(!answer.isJson());
    } else if (check == QLatin1String("wrongtypes")) {
        QVERIFY(answer.json().value(QStringLiteral("total_count")).isString());
    } else if (check == QLatin1String("missing")) {
        QVERIFY(answer.isJson());
        QVERIFY(!answer.json().contains(QStringLiteral("total_count")));
        QVERIFY(!answer.json()
                     .value(QStringLiteral("runners"))
                     .toArray()
                     .first()
                     .toObject()
                     .contains(QStringLiteral("id")));
    } else if (check == QLatin1String("oversize")) {
        QVERIFY(answer.body.size() > 200000);
        QCOMPARE(answer.json().value(QStringLiteral("total_count")).toInt(), 3);
    } else if (check == QLatin1String("primary")) {
        QCOMPARE(answer.headers.value("x-ratelimit-remaining"), QByteArray("0"));
        QVERIFY(answer.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("rate limit")));
    } else if (check == QLatin1String("secondary")) {
        QCOMPARE(answer.headers.value("retry-after"), QByteArray("42"));
        QVERIFY(answer.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("secondary rate limit")));
        QVERIFY(answer.headers.value("x-ratelimit-remaining") != "0");
    } else if (check == QLatin1String("redirect")) {
        QCOMPARE(answer.headers.value("location"), QByteArray("https://example.invalid/elsewhere"));
    }
    // times = -1: the fault stays until cleared.
    if (expectedStatus > 0)
        QCOMPARE(get(QStringLiteral("/repos/octo/app/actions/runners")).status, expectedStatus);
    m_sim->clearFaults();
    QCOMPARE(get(QStringLiteral("/repos/octo/app/actions/runners")).status, 200);
}

void TestSimulator::faultTimesAndPathFilter()
{
    SimFault fault;
    fault.kind = SimFault::Kind::Status;
    fault.status = 503;
    fault.pathContains = QStringLiteral("/actions/runs");
    fault.times = 2;
    m_sim->addFault(fault);
    QCOMPARE(get(QStringLiteral("/repos/octo/app/actions/runners")).status, 200); // path differs
    QCOMPARE(get(QStringLiteral("/repos/octo/app/actions/runs")).status, 503);
    QCOMPARE(get(QStringLiteral("/repos/octo/app/actions/runs")).status, 503);
    QCOMPARE(get(QStringLiteral("/repos/octo/app/actions/runs")).status, 200); // used up
}

void TestSimulator::delayAndNoAnswerFaults()
{
    SimFault delay;
    delay.kind = SimFault::Kind::Delay;
    delay.delayMs = 300;
    delay.times = 1;
    m_sim->addFault(delay);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(get(QStringLiteral("/user")).status, 200);
    QVERIFY(timer.elapsed() >= 250);

    SimFault silent;
    silent.kind = SimFault::Kind::NoAnswer;
    silent.times = 1;
    m_sim->addFault(silent);
    const Answer hung = request("GET", QStringLiteral("/user"), {}, {}, 400);
    QCOMPARE(hung.status, 0);
    QVERIFY(hung.error != QNetworkReply::NoError);
    // The server itself is fine: a new request is answered.
    QCOMPARE(get(QStringLiteral("/user")).status, 200);
}

void TestSimulator::queuedJobIsPickedUpLazily()
{
    SimFleet &fleet = m_sim->fleet();
    fleet.setJobDuration(30, 30);
    const qint64 runner = fleet.addRunner(QStringLiteral("octo/app"), QStringLiteral("linux-1"),
                                          { QStringLiteral("Linux"), QStringLiteral("Fast") });
    const qint64 served = fleet.queueJob(QStringLiteral("octo/app"), QStringLiteral("Build"),
                                         { QStringLiteral("self-hosted"), QStringLiteral("fast") });
    const qint64 unserved
        = fleet.queueJob(QStringLiteral("octo/app"), QStringLiteral("Render"),
                         { QStringLiteral("self-hosted"), QStringLiteral("gpu") });
    auto jobOf = [this](qint64 runId) {
        return get(QStringLiteral("/repos/octo/app/actions/runs/%1/jobs").arg(runId))
            .json()
            .value(QStringLiteral("jobs"))
            .toArray()
            .first()
            .toObject();
    };
    QCOMPARE(jobOf(served).value(QStringLiteral("status")).toString(), QStringLiteral("queued"));

    m_clock->advance(5);
    const QJsonObject running = jobOf(served);
    QCOMPARE(running.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(running.value(QStringLiteral("runner_name")).toString(), QStringLiteral("linux-1"));
    QCOMPARE(running.value(QStringLiteral("runner_id")).toInteger(), runner);
    QCOMPARE(jobOf(unserved).value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    const QJsonObject busy = get(QStringLiteral("/repos/octo/app/actions/runners"))
                                 .json()
                                 .value(QStringLiteral("runners"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(busy.value(QStringLiteral("busy")).toBool(), true);
    QCOMPARE(get(QStringLiteral("/repos/octo/app/actions/runs/%1").arg(served))
                 .json()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("in_progress"));

    m_clock->advance(60);
    const QJsonObject done = jobOf(served);
    QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(done.value(QStringLiteral("conclusion")).toString(), QStringLiteral("success"));
    QCOMPARE(done.value(QStringLiteral("completed_at")).toString(),
             QStringLiteral("2026-01-01T12:00:32Z"));
    QCOMPARE(fleet.run(served)->conclusion, QStringLiteral("success"));
    QCOMPARE(fleet.runner(runner)->busy(), false);
    QCOMPARE(jobOf(unserved).value(QStringLiteral("status")).toString(), QStringLiteral("queued"));

    // A stuck job never completes; an offline runner takes nothing.
    const qint64 stuck = fleet.queueJob(QStringLiteral("octo/app"), QStringLiteral("Build"),
                                        { QStringLiteral("fast") });
    fleet.stickJob(stuck);
    m_clock->advance(3600);
    QCOMPARE(fleet.run(stuck)->status, QStringLiteral("in_progress"));
    fleet.completeRun(stuck, QStringLiteral("success"));
    fleet.setRunnerOnline(runner, false);
    const qint64 waiting = fleet.queueJob(QStringLiteral("octo/app"), QStringLiteral("Build"),
                                          { QStringLiteral("fast") });
    m_clock->advance(60);
    QCOMPARE(fleet.run(waiting)->status, QStringLiteral("queued"));
}

void TestSimulator::demoTimelineUnfolds()
{
    SimFleet &fleet = m_sim->fleet();
    fleet.loadDemoFleet();
    const QString repo = QStringLiteral("relayq-demo/media-jobs");
    auto runnerStatus = [this](const QString &name) {
        const QJsonArray runners
            = get(QStringLiteral("/repos/relayq-demo/media-jobs/actions/runners"))
                  .json()
                  .value(QStringLiteral("runners"))
                  .toArray();
        for (const QJsonValue &runner : runners)
            if (runner.toObject().value(QStringLiteral("name")).toString() == name)
                return runner.toObject().value(QStringLiteral("status")).toString();
        return QString();
    };
    QCOMPARE(runnerStatus(QStringLiteral("rpi4-runner")), QStringLiteral("online"));
    const int history
        = get(QStringLiteral("/repos/relayq-demo/media-jobs/actions/runs?status=completed"))
              .json()
              .value(QStringLiteral("total_count"))
              .toInt();
    QCOMPARE(history, 40);
    QCOMPARE(get(QStringLiteral("/repos/relayq-demo/media-jobs/actions/runs?status=failure"))
                 .json()
                 .value(QStringLiteral("total_count"))
                 .toInt(),
             4);
    QCOMPARE(fleet.workflows(repo).size(), 4);

    m_clock->advance(25);
    QCOMPARE(runnerStatus(QStringLiteral("rpi4-runner")), QStringLiteral("offline"));
    QCOMPARE(runnerStatus(QStringLiteral("macmini-runner")), QStringLiteral("online"));
    QCOMPARE(runnerStatus(QStringLiteral("rpi3-runner")), QStringLiteral("online"));

    m_clock->advance(20); // t=45: a gpu job nobody serves is queued
    bool gpuQueued = false;
    for (const auto &run : fleet.runs(repo))
        for (const auto &job : fleet.jobs(run.id))
            gpuQueued = gpuQueued
                || (job.status == QLatin1String("queued")
                    && job.labels.contains(QStringLiteral("gpu")));
    QVERIFY(gpuQueued);

    m_clock->advance(20); // t=65: a job in progress for 6 h 30 min
    const QJsonArray inProgress
        = get(QStringLiteral("/repos/relayq-demo/media-jobs/actions/runs?status=in_progress"))
              .json()
              .value(QStringLiteral("workflow_runs"))
              .toArray();
    bool stuckSeen = false;
    for (const QJsonValue &run : inProgress) {
        const qint64 id = run.toObject().value(QStringLiteral("id")).toInteger();
        const QJsonObject job
            = get(QStringLiteral("/repos/relayq-demo/media-jobs/actions/runs/%1/jobs").arg(id))
                  .json()
                  .value(QStringLiteral("jobs"))
                  .toArray()
                  .first()
                  .toObject();
        const QDateTime started = QDateTime::fromString(
            job.value(QStringLiteral("started_at")).toString(), Qt::ISODate);
        if (started.secsTo(m_clock->now()) >= 6 * 3600)
            stuckSeen = job.value(QStringLiteral("runner_name")).toString()
                == QLatin1String("rpi3-runner");
    }
    QVERIFY(stuckSeen);

    m_clock->advance(90); // t=155: rpi4 is back
    QCOMPARE(runnerStatus(QStringLiteral("rpi4-runner")), QStringLiteral("online"));
    m_clock->advance(60); // t=215: gpu job cancelled, stuck job done
    bool cancelled = false;
    for (const auto &run : fleet.runs(repo)) {
        cancelled = cancelled
            || (run.conclusion == QLatin1String("cancelled")
                && run.path.endsWith(QLatin1String("render_video.yml")));
        QVERIFY(run.createdAt.secsTo(m_clock->now()) < 3600
                || run.status == QLatin1String("completed"));
    }
    QVERIFY(cancelled);
    m_clock->advance(35); // t=250: GitHub's outage, every API request 503
    QCOMPARE(get(QStringLiteral("/repos/relayq-demo/media-jobs/actions/runners")).status, 503);
    QCOMPARE(get(QStringLiteral("/rate_limit")).status, 503);
    m_clock->advance(30); // t=280: over
    QCOMPARE(get(QStringLiteral("/repos/relayq-demo/media-jobs/actions/runners")).status, 200);
    m_clock->advance(40); // t=320 is t=20 of the second cycle: rpi4 goes offline again
    QCOMPARE(runnerStatus(QStringLiteral("rpi4-runner")), QStringLiteral("offline"));
}

void TestSimulator::controlApi()
{
    m_sim->fleet().addRunner(QStringLiteral("octo/app"), QStringLiteral("box"),
                             { QStringLiteral("x") });
    const Answer offline = request("POST", QStringLiteral("/_sim/runners/box/offline"));
    QCOMPARE(offline.status, 200);
    QCOMPARE(m_sim->fleet().runner(m_sim->fleet().runnerId(QStringLiteral("box")))->online, false);
    QCOMPARE(request("POST", QStringLiteral("/_sim/runners/box/online")).status, 200);
    QCOMPARE(request("POST", QStringLiteral("/_sim/runners/ghost/online")).status, 404);

    const Answer queued
        = request("POST", QStringLiteral("/_sim/jobs"), {},
                  R"({"repo":"octo/app","workflow":"Build","labels":["self-hosted","x"]})");
    QCOMPARE(queued.status, 201);
    const qint64 runId = queued.json().value(QStringLiteral("run_id")).toInteger();
    QVERIFY(m_sim->fleet().run(runId));
    QCOMPARE(request("POST", QStringLiteral("/_sim/runs/%1/stick").arg(runId)).status, 200);
    QVERIFY(m_sim->fleet().jobs(runId).first().stuck);

    const Answer state = get(QStringLiteral("/_sim/state"));
    QCOMPARE(state.status, 200);
    QCOMPARE(state.json().value(QStringLiteral("runners")).toArray().size(), 1);
    QVERIFY(!state.json().value(QStringLiteral("runs")).toArray().isEmpty());

    QCOMPARE(request("POST", QStringLiteral("/_sim/faults"), {},
                     R"({"kind":"status","status":503,"path_contains":"/user","times":1})")
                 .status,
             201);
    QCOMPARE(get(QStringLiteral("/user")).status, 503);
    QCOMPARE(
        request("POST", QStringLiteral("/_sim/faults"), {}, R"({"kind":"reset_mid_body"})").status,
        201);
    QCOMPARE(request("DELETE", QStringLiteral("/_sim/faults")).status, 200);
    QCOMPARE(get(QStringLiteral("/user")).status, 200);
    QCOMPARE(request("POST", QStringLiteral("/_sim/faults"), {}, R"({"kind":"nonsense"})").status,
             400);

    const QJsonObject counters = get(QStringLiteral("/_sim/counters")).json();
    QCOMPARE(counters.value(QStringLiteral("requests")).toInt(), 2); // control calls not counted
    QCOMPARE(counters.value(QStringLiteral("charged")).toInt(), 1); // the 503 was not charged
    QVERIFY(counters.value(QStringLiteral("bytes_sent")).toInt() > 0);
    QCOMPARE(request("POST", QStringLiteral("/_sim/counters/reset"))
                 .json()
                 .value(QStringLiteral("requests"))
                 .toInt(),
             0);
    QCOMPARE(m_sim->counters().requests, 0);
}

void TestSimulator::organizationIsServed()
{
    m_sim->fleet().addOrganization(QStringLiteral("Acme"));
    const Answer org = get(QStringLiteral("/orgs/acme"));
    QCOMPARE(org.status, 200);
    const QJsonObject json = org.json();
    QCOMPARE(json.value(QStringLiteral("login")).toString(), QStringLiteral("Acme"));
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("Organization"));
    for (const char *key : { "id",
                             "node_id",
                             "url",
                             "repos_url",
                             "events_url",
                             "hooks_url",
                             "issues_url",
                             "members_url",
                             "public_members_url",
                             "avatar_url",
                             "description",
                             "html_url",
                             "has_organization_projects",
                             "has_repository_projects",
                             "public_repos",
                             "public_gists",
                             "followers",
                             "following",
                             "created_at",
                             "updated_at",
                             "archived_at" })
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(get(QStringLiteral("/orgs/nobody")).status, 404);
}

void TestSimulator::classicTokenScopes()
{
    SimToken token;
    token.token = QStringLiteral("ghp_classic");
    token.login = QStringLiteral("octo-admin");
    token.scopes = { QStringLiteral("repo"), QStringLiteral("workflow") };
    m_sim->addToken(token);
    const QList<QPair<QByteArray, QByteArray>> auth = { { "Authorization", "Bearer ghp_classic" } };
    const Answer user = get(QStringLiteral("/user"), auth);
    QCOMPARE(user.status, 200);
    QCOMPARE(user.json().value(QStringLiteral("login")).toString(), QStringLiteral("octo-admin"));
    QCOMPARE(user.headers.value("x-oauth-scopes"), QByteArray("repo, workflow"));
    QVERIFY(!user.headers.contains("x-accepted-github-permissions"));

    const Answer runners = get(QStringLiteral("/repos/octo/app/actions/runners"), auth);
    QCOMPARE(runners.status, 200);
    QCOMPARE(runners.headers.value("x-accepted-oauth-scopes"), QByteArray("repo"));
    const QJsonObject permissions = get(QStringLiteral("/repos/octo/app"), auth)
                                        .json()
                                        .value(QStringLiteral("permissions"))
                                        .toObject();
    QCOMPARE(permissions.value(QStringLiteral("admin")).toBool(), true);

    // Without repo the private repository is invisible; public, its runners are refused.
    token.scopes = { QStringLiteral("workflow") };
    m_sim->addToken(token); // replaces the token with the same secret
    QCOMPARE(get(QStringLiteral("/repos/octo/app"), auth).status, 404);
    m_sim->fleet().setRepositoryPublic(QStringLiteral("octo/app"), true);
    const Answer repo = get(QStringLiteral("/repos/octo/app"), auth);
    QCOMPARE(repo.status, 200);
    QCOMPARE(repo.json().value(QStringLiteral("private")).toBool(), false);
    QCOMPARE(repo.json().value(QStringLiteral("visibility")).toString(), QStringLiteral("public"));
    const Answer refused = get(QStringLiteral("/repos/octo/app/actions/runners"), auth);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("Must have admin rights to Repository."));
    QCOMPARE(refused.headers.value("x-oauth-scopes"), QByteArray("workflow"));
    QCOMPARE(refused.headers.value("x-accepted-oauth-scopes"), QByteArray("repo"));
    QCOMPARE(get(QStringLiteral("/repos/octo/app/actions/runs"), auth).status, 200);

    m_sim->fleet().addOrganization(QStringLiteral("octo"));
    const Answer org = get(QStringLiteral("/orgs/octo/actions/runners"), auth);
    QCOMPARE(org.status, 403);
    QCOMPARE(org.headers.value("x-accepted-oauth-scopes"),
             QByteArray("admin:org, manage_runners:org"));
    token.scopes = { QStringLiteral("manage_runners:org") };
    m_sim->addToken(token);
    QCOMPARE(get(QStringLiteral("/orgs/octo/actions/runners"), auth).status, 200);
}

void TestSimulator::fineGrainedTokenPermissions()
{
    SimToken token;
    token.token = QStringLiteral("github_pat_fine");
    token.kind = SimToken::Kind::FineGrained;
    token.actions = SimToken::Access::Read;
    m_sim->addToken(token);
    const QList<QPair<QByteArray, QByteArray>> auth
        = { { "Authorization", "Bearer github_pat_fine" } };
    const Answer user = get(QStringLiteral("/user"), auth);
    QCOMPARE(user.status, 200);
    QVERIFY(!user.headers.contains("x-oauth-scopes"));

    const Answer runners = get(QStringLiteral("/repos/octo/app/actions/runners"), auth);
    QCOMPARE(runners.status, 403);
    QCOMPARE(runners.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("Resource not accessible by personal access token"));
    QVERIFY(runners.json().contains(QStringLiteral("documentation_url")));
    QCOMPARE(runners.headers.value("x-accepted-github-permissions"),
             QByteArray("administration=read"));
    QVERIFY(!runners.headers.contains("x-oauth-scopes"));

    const Answer runs = get(QStringLiteral("/repos/octo/app/actions/runs"), auth);
    QCOMPARE(runs.status, 200);
    QCOMPARE(runs.headers.value("x-accepted-github-permissions"), QByteArray("actions=read"));
    const qint64 workflowId = m_sim->fleet().addWorkflow(
        QStringLiteral("octo/app"), QStringLiteral("Build"), QStringLiteral("build.yml"), {});
    QVERIFY(workflowId > 0);
    const Answer dispatch = request("POST",
                                    QStringLiteral("/repos/octo/app/actions/workflows/build.yml/"
                                                   "dispatches"),
                                    auth, R"({"ref":"main"})");
    QCOMPARE(dispatch.status, 403);
    QCOMPARE(dispatch.headers.value("x-accepted-github-permissions"), QByteArray("actions=write"));

    m_sim->fleet().addOrganization(QStringLiteral("octo"));
    const Answer org = get(QStringLiteral("/orgs/octo/actions/runners"), auth);
    QCOMPARE(org.status, 403);
    QCOMPARE(org.headers.value("x-accepted-github-permissions"),
             QByteArray("organization_self_hosted_runners=read"));

    token.administration = SimToken::Access::Read;
    token.actions = SimToken::Access::Write;
    token.selfHostedRunners = SimToken::Access::Read;
    m_sim->addToken(token);
    QCOMPARE(get(QStringLiteral("/repos/octo/app/actions/runners"), auth).status, 200);
    QCOMPARE(get(QStringLiteral("/orgs/octo/actions/runners"), auth).status, 200);
    QCOMPARE(request("POST",
                     QStringLiteral("/repos/octo/app/actions/workflows/build.yml/dispatches"), auth,
                     R"({"ref":"main"})")
                 .status,
             204);
}

void TestSimulator::tokenVisibilityAndExpiry()
{
    m_sim->fleet().addRepository(QStringLiteral("octo"), QStringLiteral("secret"));
    SimToken token;
    token.token = QStringLiteral("github_pat_one");
    token.kind = SimToken::Kind::FineGrained;
    token.actions = SimToken::Access::Read;
    token.repositories = { QStringLiteral("octo/app") };
    token.organizations = { QStringLiteral("elsewhere") };
    token.expiresAt = m_clock->now().addDays(2);
    m_sim->addToken(token);
    const QList<QPair<QByteArray, QByteArray>> auth
        = { { "Authorization", "token github_pat_one" } };
    const Answer app = get(QStringLiteral("/repos/octo/app/actions/runs"), auth);
    QCOMPARE(app.status, 200);
    QCOMPARE(app.headers.value("github-authentication-token-expiration"),
             QByteArray("2026-01-03 12:00:00 UTC"));
    QCOMPARE(get(QStringLiteral("/repos/octo/secret/actions/runs"), auth).status, 404);
    QCOMPARE(get(QStringLiteral("/repos/octo/secret"), auth).status, 404);
    m_sim->fleet().addOrganization(QStringLiteral("octo"));
    QCOMPARE(get(QStringLiteral("/orgs/octo"), auth).status, 404);

    const qint64 unauthorized = m_sim->counters().unauthorized;
    QCOMPARE(get(QStringLiteral("/user")).status, 401); // no token at all
    QCOMPARE(get(QStringLiteral("/user"), { { "Authorization", "Bearer ghp_other" } }).status, 401);
    m_clock->advance(3 * 24 * 3600);
    const Answer expired = get(QStringLiteral("/user"), auth);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("Bad credentials"));
    QCOMPARE(m_sim->counters().unauthorized, unauthorized + 3);

    // Without tokens, the simulator accepts every request again (the behaviour before tokens).
    m_sim->clearTokens();
    const Answer open = get(QStringLiteral("/repos/octo/secret/actions/runners"));
    QCOMPARE(open.status, 200);
    QVERIFY(!open.headers.contains("x-oauth-scopes"));
    QVERIFY(!open.headers.contains("x-accepted-github-permissions"));
}

void TestSimulator::tokensControlApi()
{
    const Answer added = request(
        "POST", QStringLiteral("/_sim/tokens"), {},
        R"({"token":"github_pat_ctl","login":"ctl","kind":"fine_grained",)"
        R"("permissions":{"administration":"read","actions":"write"},)"
        R"("organization_permissions":{"self_hosted_runners":"read"},"repositories":["octo/app"]})");
    QCOMPARE(added.status, 201);
    QVERIFY(!added.body.contains("github_pat_ctl")); // the secret is never echoed
    QCOMPARE(added.json().value(QStringLiteral("kind")).toString(), QStringLiteral("fine_grained"));
    const QList<QPair<QByteArray, QByteArray>> auth
        = { { "Authorization", "Bearer github_pat_ctl" } };
    QCOMPARE(get(QStringLiteral("/user"), auth).json().value(QStringLiteral("login")).toString(),
             QStringLiteral("ctl"));
    QCOMPARE(get(QStringLiteral("/repos/octo/app/actions/runners"), auth).status, 200);

    const Answer list = get(QStringLiteral("/_sim/tokens"));
    QCOMPARE(list.json().value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(list.json().value(QStringLiteral("tokens")).toArray().size(), 1);
    QVERIFY(!list.body.contains("github_pat_ctl"));

    QCOMPARE(request("POST", QStringLiteral("/_sim/tokens"), {}, R"({"login":"x"})").status, 400);
    QCOMPARE(request("POST", QStringLiteral("/_sim/tokens"), {},
                     R"({"token":"t","permissions":{"actions":"admin"}})")
                 .status,
             400);

    const Answer repo = request("POST", QStringLiteral("/_sim/repositories"), {},
                                R"({"full_name":"octo/open","public":true})");
    QCOMPARE(repo.status, 201);
    QVERIFY(m_sim->fleet().isRepositoryPublic(QStringLiteral("octo/open")));
    QCOMPARE(
        request("POST", QStringLiteral("/_sim/organizations"), {}, R"({"login":"guild"})").status,
        201);
    QVERIFY(m_sim->fleet().hasOrganization(QStringLiteral("guild")));

    QCOMPARE(
        request("POST", QStringLiteral("/_sim/tokens/revoke"), {}, R"({"token":"github_pat_ctl"})")
            .status,
        200);
    QCOMPARE(get(QStringLiteral("/user"), auth).status, 401);
    QCOMPARE(
        request("POST", QStringLiteral("/_sim/tokens/revoke"), {}, R"({"token":"nope"})").status,
        404);
    const Answer cleared = request("DELETE", QStringLiteral("/_sim/tokens"));
    QCOMPARE(cleared.json().value(QStringLiteral("active")).toBool(), false);
    QCOMPARE(get(QStringLiteral("/user"), auth).status, 200);
}

void TestSimulator::contentsServeWorkflowFiles()
{
    SimFleet &fleet = m_sim->fleet();
    fleet.addWorkflow(QStringLiteral("octo/app"), QStringLiteral("Build"),
                      QStringLiteral("build.yml"), {});
    QByteArray yaml = "name: Build\non: workflow_dispatch\njobs:\n";
    for (int i = 0; i < 10; ++i)
        yaml += "  job" + QByteArray::number(i) + ":\n    runs-on: [self-hosted]\n";
    QVERIFY(fleet.setWorkflowFile(QStringLiteral("octo/app"), QStringLiteral("build.yml"),
                                  { yaml, true, {}, {} }));
    fleet.setDefaultBranch(QStringLiteral("octo/app"), QStringLiteral("develop"));
    QCOMPARE(get(QStringLiteral("/repos/octo/app"))
                 .json()
                 .value(QStringLiteral("default_branch"))
                 .toString(),
             QStringLiteral("develop"));

    for (const QString &ref :
         { QString(), QStringLiteral("?ref=develop"), QStringLiteral("?ref=main") }) {
        const Answer file
            = get(QStringLiteral("/repos/octo/app/contents/.github/workflows/build.yml") + ref);
        QCOMPARE(file.status, 200);
        const QJsonObject json = file.json();
        QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("file"));
        QCOMPARE(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("base64"));
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("build.yml"));
        QCOMPARE(json.value(QStringLiteral("path")).toString(),
                 QStringLiteral(".github/workflows/build.yml"));
        QCOMPARE(json.value(QStringLiteral("size")).toInteger(), yaml.size());
        QCOMPARE(json.value(QStringLiteral("sha")).toString().size(), 40);
        for (const char *key : { "url", "git_url", "html_url", "download_url", "_links" })
            QVERIFY2(json.contains(QLatin1String(key)), key);
        const QString content = json.value(QStringLiteral("content")).toString();
        const QStringList lines = content.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        QCOMPARE(lines.first().size(), 60);
        QVERIFY(content.endsWith(QLatin1Char('\n')));
        QCOMPARE(QByteArray::fromBase64(lines.join(QString()).toLatin1()), yaml);
    }
    const Answer badRef
        = get(QStringLiteral("/repos/octo/app/contents/.github/workflows/build.yml?ref=nope"));
    QCOMPARE(badRef.status, 404);
    QCOMPARE(badRef.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("No commit found for the ref nope"));
    QCOMPARE(get(QStringLiteral("/repos/octo/app/contents/.github/workflows/x.yml")).status, 404);
    // A workflow nobody gave a file serves a minimal one that can be dispatched.
    fleet.addWorkflow(QStringLiteral("octo/app"), QStringLiteral("Plain"),
                      QStringLiteral("plain.yml"), { QStringLiteral("gpu") });
    const Answer plain
        = get(QStringLiteral("/repos/octo/app/contents/.github/workflows/plain.yml"));
    QCOMPARE(plain.status, 200);
    QVERIFY(
        QByteArray::fromBase64(plain.json().value(QStringLiteral("content")).toString().toLatin1())
            .contains("workflow_dispatch"));
    // The demo fleet's files are there.
    fleet.loadDemoFleet();
    const Answer demo = get(QStringLiteral(
        "/repos/relayq-demo/media-jobs/contents/.github/workflows/transcribe_audio.yml"));
    QCOMPARE(demo.status, 200);
    QVERIFY(
        QByteArray::fromBase64(demo.json().value(QStringLiteral("content")).toString().toLatin1())
            .contains("audio_url:"));
}

void TestSimulator::dispatchIsCheckedLikeGitHub()
{
    SimFleet &fleet = m_sim->fleet();
    fleet.addWorkflow(QStringLiteral("octo/app"), QStringLiteral("Build"),
                      QStringLiteral("build.yml"), {});
    QVERIFY(fleet.setWorkflowFile(QStringLiteral("octo/app"), QStringLiteral("build.yml"),
                                  { "name: Build\n",
                                    true,
                                    { QStringLiteral("target"), QStringLiteral("level") },
                                    { QStringLiteral("target") } }));
    const QString path = QStringLiteral("/repos/octo/app/actions/workflows/build.yml/dispatches");
    auto message = [](const Answer &answer) {
        return answer.json().value(QStringLiteral("message")).toString();
    };
    const Answer unexpected
        = request("POST", path, {}, R"({"ref":"main","inputs":{"target":"a","x":"1","y":"2"}})");
    QCOMPARE(unexpected.status, 422);
    QCOMPARE(message(unexpected), QStringLiteral("Unexpected inputs provided: [\"x\", \"y\"]"));
    const Answer required = request("POST", path, {}, R"({"ref":"main","inputs":{"level":"1"}})");
    QCOMPARE(required.status, 422);
    QCOMPARE(message(required), QStringLiteral("Required input 'target' not provided"));
    const Answer noRef = request("POST", path, {}, R"({"ref":"feature","inputs":{"target":"a"}})");
    QCOMPARE(noRef.status, 422);
    QCOMPARE(message(noRef), QStringLiteral("No ref found for: feature"));
    QVERIFY(fleet.runs(QStringLiteral("octo/app")).isEmpty());

    const Answer ok = request("POST", path, {},
                              R"({"ref":"refs/heads/main","inputs":{"target":"a"},)"
                              R"("return_run_details":true})");
    QCOMPARE(ok.status, 200);
    fleet.setEnterprise(true);
    const Answer ghes = request(
        "POST", path, {}, R"({"ref":"main","inputs":{"target":"a"},"return_run_details":true})");
    QCOMPARE(ghes.status, 204);
    QCOMPARE(fleet.runs(QStringLiteral("octo/app")).size(), 2);
    const Answer runs = get(QStringLiteral(
        "/repos/octo/app/actions/workflows/build.yml/runs?event=workflow_dispatch&per_page=5"));
    QCOMPARE(runs.status, 200);
    QCOMPARE(runs.json().value(QStringLiteral("total_count")).toInteger(), 2);

    QVERIFY(fleet.setWorkflowFile(QStringLiteral("octo/app"), QStringLiteral("build.yml"),
                                  { "name: Build\non: push\n", false, {}, {} }));
    const Answer noTrigger = request("POST", path, {}, R"({"ref":"main"})");
    QCOMPARE(noTrigger.status, 422);
    QCOMPARE(message(noTrigger),
             QStringLiteral("Workflow does not have 'workflow_dispatch' trigger"));
}

void TestSimulator::dispatchControlApi()
{
    m_sim->fleet().addWorkflow(QStringLiteral("octo/app"), QStringLiteral("Build"),
                               QStringLiteral("build.yml"), {});
    const Answer file = request(
        "POST", QStringLiteral("/_sim/workflow-file"), {},
        R"({"repo":"octo/app","workflow":"build.yml","yaml":"name: B\n","dispatchable":true,)"
        R"("inputs":["a","b"],"required":["a"]})");
    QCOMPARE(file.status, 200);
    const auto workflow
        = m_sim->fleet().workflow(QStringLiteral("octo/app"), QStringLiteral("build.yml"));
    QCOMPARE(workflow->file.yaml, QByteArray("name: B\n"));
    QCOMPARE(workflow->file.inputs, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(workflow->file.requiredInputs, QStringList { QStringLiteral("a") });
    QCOMPARE(request("POST", QStringLiteral("/_sim/workflow-file"), {},
                     R"({"repo":"octo/app","workflow":"nope.yml"})")
                 .status,
             404);
    QCOMPARE(request("POST", QStringLiteral("/_sim/default-branch"), {},
                     R"({"repo":"octo/app","branch":"trunk"})")
                 .status,
             200);
    QCOMPARE(m_sim->fleet().defaultBranch(QStringLiteral("octo/app")), QStringLiteral("trunk"));
    QCOMPARE(request("POST", QStringLiteral("/_sim/enterprise"), {}, R"({"enabled":true})").status,
             200);
    QVERIFY(m_sim->fleet().isEnterprise());
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "TestSimulator.moc"
