#include "JsonReport.h"

#include <QJsonArray>

namespace relayq::cli {

namespace {
QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject runnerJson(const Runner &runner)
{
    return {
        { QStringLiteral("id"), runner.id },
        { QStringLiteral("name"), runner.name },
        { QStringLiteral("status"), runner.statusText },
        { QStringLiteral("busy"), runner.busy },
        { QStringLiteral("labels"), QJsonArray::fromStringList(runner.labels) },
        { QStringLiteral("os"), runner.os },
        { QStringLiteral("ephemeral"), runner.ephemeral },
        { QStringLiteral("target"), runner.target },
    };
}

QJsonObject runJson(const WorkflowRun &run)
{
    return {
        { QStringLiteral("id"), run.id },
        { QStringLiteral("name"), run.name },
        { QStringLiteral("display_title"), run.displayTitle },
        { QStringLiteral("status"), run.statusText },
        { QStringLiteral("conclusion"),
          run.conclusion.isEmpty() ? QJsonValue() : QJsonValue(run.conclusion) },
        { QStringLiteral("head_branch"), run.headBranch },
        { QStringLiteral("created_at"), timeJson(run.createdAt) },
        { QStringLiteral("html_url"), run.htmlUrl },
        { QStringLiteral("target"), run.target },
    };
}

QJsonObject jobJson(const Job &job)
{
    return {
        { QStringLiteral("id"), job.id },
        { QStringLiteral("run_id"), job.runId },
        { QStringLiteral("name"), job.name },
        { QStringLiteral("status"), job.statusText },
        { QStringLiteral("labels"), QJsonArray::fromStringList(job.labels) },
        { QStringLiteral("runner_name"),
          job.runnerName.isEmpty() ? QJsonValue() : QJsonValue(job.runnerName) },
        { QStringLiteral("created_at"), timeJson(job.createdAt) },
        { QStringLiteral("started_at"), timeJson(job.startedAt) },
        { QStringLiteral("html_url"), job.htmlUrl },
        { QStringLiteral("target"), job.target },
    };
}
} // namespace

QJsonObject connectionJson(const ConnectionStatus &status)
{
    QJsonObject json { { QStringLiteral("state"), connectionStateKey(status.state) } };
    if (!status.message.isEmpty())
        json.insert(QStringLiteral("message"), status.message);
    if (status.httpStatus)
        json.insert(QStringLiteral("http_status"), status.httpStatus);
    if (status.retryAt.isValid())
        json.insert(QStringLiteral("retry_at"), timeJson(status.retryAt));
    return json;
}

QJsonObject alertJson(const Alert &alert)
{
    return {
        { QStringLiteral("id"), alert.id },
        { QStringLiteral("kind"), alertKindKey(alert.kind) },
        { QStringLiteral("severity"), severityKey(alert.severity) },
        { QStringLiteral("subject"), alert.subject },
        { QStringLiteral("message"), alert.message },
        { QStringLiteral("since"), timeJson(alert.since) },
        { QStringLiteral("target"), alert.target },
        { QStringLiteral("url"), alert.url.isEmpty() ? QJsonValue() : QJsonValue(alert.url) },
    };
}

QJsonObject statusJson(const FleetSnapshot &snapshot, const AlertList &alerts,
                       const RateLimitState &rateLimit)
{
    QJsonArray targets;
    for (const TargetState &t : snapshot.targets) {
        QJsonObject target = connectionJson(t.connection);
        target.insert(QStringLiteral("name"), t.target.name());
        target.insert(QStringLiteral("stale"), t.stale);
        target.insert(QStringLiteral("last_success"), timeJson(t.lastSuccess));
        targets.append(target);
    }
    QJsonArray runners;
    for (const Runner &runner : snapshot.runners)
        runners.append(runnerJson(runner));
    QJsonArray runs;
    for (const WorkflowRun &run : snapshot.runs) {
        if (run.isActive())
            runs.append(runJson(run));
    }
    QJsonArray jobs;
    for (const Job &job : snapshot.jobs) {
        if (isActive(job.status))
            jobs.append(jobJson(job));
    }
    QJsonArray alertArray;
    for (const Alert &alert : alerts)
        alertArray.append(alertJson(alert));

    QJsonObject json {
        { QStringLiteral("time"), timeJson(snapshot.takenAt) },
        { QStringLiteral("connection"), connectionJson(snapshot.connection()) },
        { QStringLiteral("targets"), targets },
        { QStringLiteral("runners"), runners },
        { QStringLiteral("runs"), runs },
        { QStringLiteral("jobs"), jobs },
        { QStringLiteral("alerts"), alertArray },
    };
    if (rateLimit.isKnown()) {
        json.insert(QStringLiteral("rate_limit"),
                    QJsonObject { { QStringLiteral("limit"), rateLimit.limit },
                                  { QStringLiteral("remaining"), rateLimit.remaining },
                                  { QStringLiteral("reset"), timeJson(rateLimit.reset) } });
    }
    return json;
}

QJsonObject alertEventJson(const QString &event, const Alert &alert, const QDateTime &time)
{
    return { { QStringLiteral("time"), timeJson(time) },
             { QStringLiteral("event"), event },
             { QStringLiteral("alert"), alertJson(alert) } };
}

QJsonObject connectionEventJson(const ConnectionStatus &status, const QDateTime &time)
{
    return { { QStringLiteral("time"), timeJson(time) },
             { QStringLiteral("event"), QStringLiteral("connection") },
             { QStringLiteral("connection"), connectionJson(status) } };
}

} // namespace relayq::cli
