#include "SimControl.h"

#include "SimAccess.h"
#include "SimApi.h"
#include "SimFaults.h"
#include "SimFleet.h"
#include "SimJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace relayq::sim {

namespace {

SimHttpResponse badRequest(const QString &message)
{
    return SimApi::json(400, SimJsonWriter::error(message, 400));
}

QJsonObject runnerState(const SimRunner &runner)
{
    return { { QStringLiteral("id"), runner.id },
             { QStringLiteral("name"), runner.name },
             { QStringLiteral("target"), runner.target },
             { QStringLiteral("os"), runner.os },
             { QStringLiteral("status"),
               runner.online ? QStringLiteral("online") : QStringLiteral("offline") },
             { QStringLiteral("busy"), runner.busy() },
             { QStringLiteral("job_id"), runner.jobId },
             { QStringLiteral("ephemeral"), runner.ephemeral },
             { QStringLiteral("labels"), QJsonArray::fromStringList(runner.labels) } };
}

QJsonObject runState(const SimWorkflowRun &run, const QList<SimJob> &jobs)
{
    QJsonArray jobArray;
    for (const SimJob &job : jobs) {
        jobArray.append(QJsonObject {
            { QStringLiteral("id"), job.id },
            { QStringLiteral("status"), job.status },
            { QStringLiteral("conclusion"), job.conclusion },
            { QStringLiteral("labels"), QJsonArray::fromStringList(job.labels) },
            { QStringLiteral("runner_name"), job.runnerName },
            { QStringLiteral("stuck"), job.stuck },
            { QStringLiteral("started_at"),
              job.startedAt.isValid() ? SimJsonWriter::timestamp(job.startedAt) : QString() } });
    }
    return { { QStringLiteral("id"), run.id },
             { QStringLiteral("repo"), run.repo },
             { QStringLiteral("workflow"), run.name },
             { QStringLiteral("status"), run.status },
             { QStringLiteral("conclusion"), run.conclusion },
             { QStringLiteral("created_at"), SimJsonWriter::timestamp(run.createdAt) },
             { QStringLiteral("jobs"), jobArray } };
}

} // namespace

SimControl::SimControl(SimFleet &fleet, SimFaults &faults, SimCounters &counters, SimAccess &access)
    : m_fleet(fleet), m_faults(faults), m_counters(counters), m_access(access)
{ }

QJsonObject SimControl::countersJson(const SimCounters &counters)
{
    return { { QStringLiteral("requests"), counters.requests },
             { QStringLiteral("not_modified"), counters.notModified },
             { QStringLiteral("charged"), counters.charged },
             { QStringLiteral("bytes_sent"), counters.bytesSent },
             { QStringLiteral("unauthorized"), counters.unauthorized } };
}

SimHttpResponse SimControl::answer(const SimHttpRequest &request, const QString &path)
{
    m_fleet.sync();
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts).mid(1);
    const QByteArray &method = request.method;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const qsizetype n = parts.size();
    if (method == "GET" && parts == QStringList { QStringLiteral("state") })
        return state();
    if (method == "GET" && parts == QStringList { QStringLiteral("counters") })
        return SimApi::json(200, countersJson(m_counters));
    if (method == "POST"
        && parts == QStringList { QStringLiteral("counters"), QStringLiteral("reset") }) {
        m_counters = SimCounters();
        return SimApi::json(200, countersJson(m_counters));
    }
    if (method == "POST" && n == 3 && parts.at(0) == QLatin1String("runners")
        && (parts.at(2) == QLatin1String("online") || parts.at(2) == QLatin1String("offline")))
        return runnerOnline(parts.at(1), parts.at(2) == QLatin1String("online"));
    if (method == "POST" && parts == QStringList { QStringLiteral("runners") })
        return addRunner(body);
    if (method == "POST" && parts == QStringList { QStringLiteral("jobs") })
        return queueJob(body);
    if (method == "POST" && n == 3 && parts.at(0) == QLatin1String("runs"))
        return runAction(parts.at(1).toLongLong(), parts.at(2));
    if (n >= 1 && parts.at(0) == QLatin1String("tokens"))
        return tokens(method, parts, body);
    if (method == "POST" && n == 1
        && (parts.at(0) == QLatin1String("repositories")
            || parts.at(0) == QLatin1String("organizations")))
        return addTarget(parts.at(0), body);
    if (method == "POST" && n == 1)
        if (std::optional<SimHttpResponse> done = dispatchSetting(parts.at(0), body))
            return *done;
    if (parts == QStringList { QStringLiteral("faults") }) {
        if (method == "POST")
            return addFault(body);
        if (method == "DELETE") {
            m_faults.clear();
            return SimApi::json(200, { { QStringLiteral("faults"), 0 } });
        }
    }
    return SimApi::notFound();
}

SimHttpResponse SimControl::state() const
{
    QJsonArray runners;
    for (const SimRunner &runner : m_fleet.allRunners())
        runners.append(runnerState(runner));
    QJsonArray runs;
    for (const QString &repo : m_fleet.repositories()) {
        // Unfinished runs, and the latest 20 finished ones, per repository.
        int finished = 0;
        for (const SimWorkflowRun &run : m_fleet.runs(repo)) {
            if (run.status == QLatin1String("completed") && ++finished > 20)
                continue;
            runs.append(runState(run, m_fleet.jobs(run.id)));
        }
    }
    QJsonArray faults;
    for (const SimFault &fault : m_faults.all())
        faults.append(QJsonObject { { QStringLiteral("kind"), SimFaults::kindName(fault.kind) },
                                    { QStringLiteral("path_contains"), fault.pathContains },
                                    { QStringLiteral("times"), fault.times } });
    const QDateTime start = m_fleet.demoStart();
    return SimApi::json(
        200,
        { { QStringLiteral("now"), SimJsonWriter::timestamp(m_fleet.now()) },
          { QStringLiteral("demo"), m_fleet.isDemo() },
          { QStringLiteral("demo_seconds"),
            start.isValid() ? QJsonValue(start.secsTo(m_fleet.now())) : QJsonValue() },
          { QStringLiteral("repositories"), QJsonArray::fromStringList(m_fleet.repositories()) },
          { QStringLiteral("organizations"), QJsonArray::fromStringList(m_fleet.organizations()) },
          { QStringLiteral("runners"), runners },
          { QStringLiteral("runs"), runs },
          { QStringLiteral("faults"), faults },
          { QStringLiteral("counters"), countersJson(m_counters) } });
}

SimHttpResponse SimControl::runnerOnline(const QString &name, bool online)
{
    const qint64 id = m_fleet.runnerId(name);
    if (!m_fleet.setRunnerOnline(id, online))
        return SimApi::notFound();
    return SimApi::json(200, runnerState(*m_fleet.runner(id)));
}

SimHttpResponse SimControl::addRunner(const QJsonObject &body)
{
    const QString target = body.value(QStringLiteral("target")).toString();
    const QString name = body.value(QStringLiteral("name")).toString();
    if (target.isEmpty() || name.isEmpty())
        return badRequest(QStringLiteral("target and name are required"));
    QStringList labels;
    for (const QJsonValue &label : body.value(QStringLiteral("labels")).toArray())
        labels.append(label.toString());
    const qint64 id = m_fleet.addRunner(
        target, name, labels, body.value(QStringLiteral("os")).toString(QStringLiteral("Linux")),
        body.value(QStringLiteral("ephemeral")).toBool());
    return SimApi::json(201, runnerState(*m_fleet.runner(id)));
}

SimHttpResponse SimControl::queueJob(const QJsonObject &body)
{
    const QString repo = body.value(QStringLiteral("repo")).toString();
    QStringList labels;
    for (const QJsonValue &label : body.value(QStringLiteral("labels")).toArray())
        labels.append(label.toString());
    if (labels.isEmpty())
        labels.append(QStringLiteral("self-hosted"));
    const qint64 runId = m_fleet.queueJob(
        repo, body.value(QStringLiteral("workflow")).toString(QStringLiteral("Manual job")),
        labels);
    if (runId == 0)
        return badRequest(QStringLiteral("unknown repository"));
    return SimApi::json(201, { { QStringLiteral("run_id"), runId } });
}

SimHttpResponse SimControl::runAction(qint64 runId, const QString &action)
{
    bool ok = false;
    if (action == QLatin1String("stick"))
        ok = m_fleet.stickJob(runId);
    else if (action == QLatin1String("cancel"))
        ok = m_fleet.cancelRun(runId);
    else if (action == QLatin1String("complete"))
        ok = m_fleet.completeRun(runId, QStringLiteral("success"));
    if (!ok)
        return SimApi::notFound();
    const SimWorkflowRun run = *m_fleet.run(runId);
    return SimApi::json(200, runState(run, m_fleet.jobs(runId)));
}

SimHttpResponse SimControl::addFault(const QJsonObject &body)
{
    const auto kind = SimFaults::kindFromName(body.value(QStringLiteral("kind")).toString());
    if (!kind)
        return badRequest(QStringLiteral("unknown fault kind"));
    SimFault fault;
    fault.kind = *kind;
    fault.pathContains = body.value(QStringLiteral("path_contains")).toString();
    fault.status = body.value(QStringLiteral("status")).toInt(fault.status);
    fault.delayMs = body.value(QStringLiteral("delay_ms")).toInt(fault.delayMs);
    fault.retryAfterSeconds
        = body.value(QStringLiteral("retry_after")).toInt(fault.retryAfterSeconds);
    fault.sizeBytes = body.value(QStringLiteral("size_bytes")).toInteger(fault.sizeBytes);
    fault.redirectTo = body.value(QStringLiteral("redirect_to")).toString();
    fault.times = body.value(QStringLiteral("times")).toInt(fault.times);
    m_faults.add(fault);
    return SimApi::json(201, { { QStringLiteral("faults"), m_faults.size() } });
}

SimHttpResponse SimControl::tokens(const QByteArray &method, const QStringList &parts,
                                   const QJsonObject &body)
{
    auto list = [this] {
        QJsonArray tokens;
        for (const SimToken &token : m_access.tokens())
            tokens.append(token.toJson());
        return SimApi::json(200,
                            { { QStringLiteral("active"), m_access.isActive() },
                              { QStringLiteral("tokens"), tokens } });
    };
    if (parts.size() == 1 && method == "GET")
        return list();
    if (parts.size() == 1 && method == "DELETE") {
        m_access.clear();
        return list();
    }
    if (parts.size() == 1 && method == "POST") {
        const std::optional<SimToken> token = SimToken::fromJson(body);
        if (!token)
            return badRequest(QStringLiteral("token is required; kind is classic or "
                                             "fine_grained; permissions are none, read or write"));
        m_access.add(*token);
        return SimApi::json(201, token->toJson());
    }
    if (parts.size() == 2 && parts.at(1) == QLatin1String("revoke") && method == "POST") {
        if (!m_access.revoke(body.value(QStringLiteral("token")).toString()))
            return SimApi::notFound();
        return list();
    }
    return SimApi::notFound();
}

SimHttpResponse SimControl::addTarget(const QString &what, const QJsonObject &body)
{
    if (what == QLatin1String("organizations")) {
        const QString login = body.value(QStringLiteral("login")).toString();
        if (login.isEmpty() || login.contains(QLatin1Char('/')))
            return badRequest(QStringLiteral("login is required"));
        m_fleet.addOrganization(login);
        return SimApi::json(201, { { QStringLiteral("login"), login } });
    }
    const QString fullName = body.value(QStringLiteral("full_name")).toString();
    const QStringList parts = fullName.split(QLatin1Char('/'));
    if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return badRequest(QStringLiteral("full_name (owner/repo) is required"));
    const bool isPublic = body.value(QStringLiteral("public")).toBool();
    m_fleet.addRepository(parts.at(0), parts.at(1));
    m_fleet.setRepositoryPublic(fullName, isPublic);
    return SimApi::json(
        201, { { QStringLiteral("full_name"), fullName }, { QStringLiteral("public"), isPublic } });
}

} // namespace relayq::sim
