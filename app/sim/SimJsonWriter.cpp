#include "SimJsonWriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUrl>

namespace relayq::sim {

namespace {

const QString kWeb = QStringLiteral("https://github.com/");

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue orNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(SimJsonWriter::timestamp(at)) : QJsonValue(QJsonValue::Null);
}

// Stable small ids and node ids derived from a name, so the same name always looks the same.
qint64 stableId(const QString &text)
{
    const QByteArray hash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
    return 1000
        + (quint32(quint8(hash[0])) << 16 | quint32(quint8(hash[1])) << 8 | quint8(hash[2]));
}

QString nodeId(const char *prefix, qint64 id)
{
    return QString::fromLatin1(prefix)
        + QString::fromLatin1(QByteArray::number(id).toBase64(QByteArray::OmitTrailingEquals));
}

bool isReadOnlyLabel(const QString &label)
{
    static const QStringList builtIn
        = { QStringLiteral("self-hosted"), QStringLiteral("linux"), QStringLiteral("macos"),
            QStringLiteral("windows"),     QStringLiteral("x64"),   QStringLiteral("arm64"),
            QStringLiteral("arm") };
    return builtIn.contains(label.toLower());
}

} // namespace

SimJsonWriter::SimJsonWriter(QString apiBase) : m_api(std::move(apiBase)) { }

QString SimJsonWriter::timestamp(const QDateTime &at)
{
    QDateTime utc = at.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate);
}

QJsonObject SimJsonWriter::error(const QString &message, int status)
{
    return { { QStringLiteral("message"), message },
             { QStringLiteral("documentation_url"), documentationUrl() },
             { QStringLiteral("status"), QString::number(status) } };
}

QJsonObject SimJsonWriter::rate(int limit, int remaining, int used, qint64 reset)
{
    return { { QStringLiteral("limit"), limit },
             { QStringLiteral("remaining"), remaining },
             { QStringLiteral("reset"), reset },
             { QStringLiteral("used"), used } };
}

QJsonObject SimJsonWriter::runner(const SimRunner &runner) const
{
    QJsonArray labels;
    for (const QString &label : runner.labels) {
        labels.append(QJsonObject {
            { QStringLiteral("id"), stableId(label.toLower()) },
            { QStringLiteral("name"), label },
            { QStringLiteral("type"),
              isReadOnlyLabel(label) ? QStringLiteral("read-only") : QStringLiteral("custom") } });
    }
    return { { QStringLiteral("id"), runner.id },
             { QStringLiteral("runner_group_id"), 1 },
             { QStringLiteral("name"), runner.name },
             { QStringLiteral("os"), runner.os },
             { QStringLiteral("status"),
               runner.online ? QStringLiteral("online") : QStringLiteral("offline") },
             { QStringLiteral("busy"), runner.busy() },
             { QStringLiteral("ephemeral"), runner.ephemeral },
             { QStringLiteral("labels"), labels } };
}

QJsonObject SimJsonWriter::workflow(const SimWorkflow &workflow) const
{
    const QString repoApi = m_api + QStringLiteral("/repos/") + workflow.repo;
    const QString badgeName = QString::fromLatin1(QUrl::toPercentEncoding(workflow.name));
    return { { QStringLiteral("id"), workflow.id },
             { QStringLiteral("node_id"), nodeId("W_kwDO", workflow.id) },
             { QStringLiteral("name"), workflow.name },
             { QStringLiteral("path"), workflow.path },
             { QStringLiteral("state"), QStringLiteral("active") },
             { QStringLiteral("created_at"), timestamp(workflow.createdAt) },
             { QStringLiteral("updated_at"), timestamp(workflow.createdAt) },
             { QStringLiteral("url"),
               repoApi + QStringLiteral("/actions/workflows/") + QString::number(workflow.id) },
             { QStringLiteral("html_url"),
               kWeb + workflow.repo + QStringLiteral("/blob/main/") + workflow.path },
             { QStringLiteral("badge_url"),
               kWeb + workflow.repo + QStringLiteral("/workflows/") + badgeName
                   + QStringLiteral("/badge.svg") } };
}

QJsonObject SimJsonWriter::workflowRun(const SimWorkflowRun &run) const
{
    const QString repoApi = m_api + QStringLiteral("/repos/") + run.repo;
    const QString runApi = repoApi + QStringLiteral("/actions/runs/") + QString::number(run.id);
    const qint64 checkSuiteId = run.id + 20000000000;
    const QJsonObject actor
        = user(run.repo.section(QLatin1Char('/'), 0, 0), QStringLiteral("Organization"));
    const QJsonObject person = { { QStringLiteral("name"), QStringLiteral("RelayQ Demo") },
                                 { QStringLiteral("email"), QStringLiteral("demo@example.com") } };
    const QJsonObject repository = minimalRepository(run.repo);
    return {
        { QStringLiteral("id"), run.id },
        { QStringLiteral("name"), run.name },
        { QStringLiteral("node_id"), nodeId("WFR_kwLO", run.id) },
        { QStringLiteral("check_suite_id"), checkSuiteId },
        { QStringLiteral("check_suite_node_id"), nodeId("CS_kwDO", checkSuiteId) },
        { QStringLiteral("head_branch"), run.headBranch },
        { QStringLiteral("head_sha"), run.headSha },
        { QStringLiteral("path"), run.path },
        { QStringLiteral("display_title"), run.name },
        { QStringLiteral("run_number"), run.runNumber },
        { QStringLiteral("run_attempt"), 1 },
        { QStringLiteral("referenced_workflows"), QJsonArray() },
        { QStringLiteral("event"), run.event },
        { QStringLiteral("status"), run.status },
        { QStringLiteral("conclusion"), orNull(run.conclusion) },
        { QStringLiteral("workflow_id"), run.workflowId },
        { QStringLiteral("url"), runApi },
        { QStringLiteral("html_url"),
          kWeb + run.repo + QStringLiteral("/actions/runs/") + QString::number(run.id) },
        { QStringLiteral("pull_requests"), QJsonArray() },
        { QStringLiteral("created_at"), timestamp(run.createdAt) },
        { QStringLiteral("updated_at"), timestamp(run.updatedAt) },
        { QStringLiteral("run_started_at"), timestamp(run.runStartedAt) },
        { QStringLiteral("actor"), actor },
        { QStringLiteral("triggering_actor"), actor },
        { QStringLiteral("jobs_url"), runApi + QStringLiteral("/jobs") },
        { QStringLiteral("logs_url"), runApi + QStringLiteral("/logs") },
        { QStringLiteral("check_suite_url"),
          repoApi + QStringLiteral("/check-suites/") + QString::number(checkSuiteId) },
        { QStringLiteral("artifacts_url"), runApi + QStringLiteral("/artifacts") },
        { QStringLiteral("cancel_url"), runApi + QStringLiteral("/cancel") },
        { QStringLiteral("rerun_url"), runApi + QStringLiteral("/rerun") },
        { QStringLiteral("previous_attempt_url"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("workflow_url"),
          repoApi + QStringLiteral("/actions/workflows/") + QString::number(run.workflowId) },
        { QStringLiteral("head_commit"),
          QJsonObject { { QStringLiteral("id"), run.headSha },
                        { QStringLiteral("tree_id"), run.headSha },
                        { QStringLiteral("message"), QStringLiteral("Process new media") },
                        { QStringLiteral("timestamp"), timestamp(run.createdAt) },
                        { QStringLiteral("author"), person },
                        { QStringLiteral("committer"), person } } },
        { QStringLiteral("repository"), repository },
        { QStringLiteral("head_repository"), repository },
        { QStringLiteral("head_repository_id"), repository.value(QStringLiteral("id")) },
    };
}

QJsonObject SimJsonWriter::job(const SimJob &job, const SimWorkflowRun &run) const
{
    const QString repoApi = m_api + QStringLiteral("/repos/") + run.repo;
    const bool assigned = job.runnerId != 0;
    const QJsonValue null(QJsonValue::Null);
    return {
        { QStringLiteral("id"), job.id },
        { QStringLiteral("run_id"), job.runId },
        { QStringLiteral("workflow_name"), run.name },
        { QStringLiteral("head_branch"), run.headBranch },
        { QStringLiteral("run_url"),
          repoApi + QStringLiteral("/actions/runs/") + QString::number(run.id) },
        { QStringLiteral("run_attempt"), 1 },
        { QStringLiteral("node_id"), nodeId("CR_kwDO", job.id) },
        { QStringLiteral("head_sha"), run.headSha },
        { QStringLiteral("url"),
          repoApi + QStringLiteral("/actions/jobs/") + QString::number(job.id) },
        { QStringLiteral("html_url"),
          kWeb + run.repo + QStringLiteral("/actions/runs/") + QString::number(run.id)
              + QStringLiteral("/job/") + QString::number(job.id) },
        { QStringLiteral("status"), job.status },
        { QStringLiteral("conclusion"), orNull(job.conclusion) },
        { QStringLiteral("created_at"), timestamp(job.createdAt) },
        // GitHub reports a queued job's started_at as its creation time.
        { QStringLiteral("started_at"),
          timestamp(job.startedAt.isValid() ? job.startedAt : job.createdAt) },
        { QStringLiteral("completed_at"), orNull(job.completedAt) },
        { QStringLiteral("name"), job.name },
        { QStringLiteral("steps"), QJsonArray() },
        { QStringLiteral("check_run_url"),
          repoApi + QStringLiteral("/check-runs/") + QString::number(job.id) },
        { QStringLiteral("labels"), QJsonArray::fromStringList(job.labels) },
        { QStringLiteral("runner_id"), assigned ? QJsonValue(job.runnerId) : null },
        { QStringLiteral("runner_name"), assigned ? QJsonValue(job.runnerName) : null },
        { QStringLiteral("runner_group_id"), assigned ? QJsonValue(1) : null },
        { QStringLiteral("runner_group_name"),
          assigned ? QJsonValue(QStringLiteral("Default")) : null },
    };
}

QJsonObject SimJsonWriter::user(const QString &login, const QString &type) const
{
    const QString api = m_api + QStringLiteral("/users/") + login;
    const qint64 id = stableId(login.toLower());
    return { { QStringLiteral("login"), login },
             { QStringLiteral("id"), id },
             { QStringLiteral("node_id"), nodeId("MDQ6VXNlcj", id) },
             { QStringLiteral("avatar_url"),
               QStringLiteral("https://avatars.githubusercontent.com/u/") + QString::number(id)
                   + QStringLiteral("?v=4") },
             { QStringLiteral("gravatar_id"), QString() },
             { QStringLiteral("url"), api },
             { QStringLiteral("html_url"), kWeb + login },
             { QStringLiteral("followers_url"), api + QStringLiteral("/followers") },
             { QStringLiteral("following_url"), api + QStringLiteral("/following{/other_user}") },
             { QStringLiteral("gists_url"), api + QStringLiteral("/gists{/gist_id}") },
             { QStringLiteral("starred_url"), api + QStringLiteral("/starred{/owner}{/repo}") },
             { QStringLiteral("subscriptions_url"), api + QStringLiteral("/subscriptions") },
             { QStringLiteral("organizations_url"), api + QStringLiteral("/orgs") },
             { QStringLiteral("repos_url"), api + QStringLiteral("/repos") },
             { QStringLiteral("events_url"), api + QStringLiteral("/events{/privacy}") },
             { QStringLiteral("received_events_url"), api + QStringLiteral("/received_events") },
             { QStringLiteral("type"), type },
             { QStringLiteral("site_admin"), false },
             { QStringLiteral("user_view_type"), QStringLiteral("public") } };
}

} // namespace relayq::sim
