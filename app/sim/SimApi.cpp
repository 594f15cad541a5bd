#include "SimApi.h"

#include "SimFleet.h"
#include "SimJsonWriter.h"
#include "SimRateLimit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace relayq::sim {

namespace {

constexpr qsizetype kDefaultPerPage = 30;
constexpr qsizetype kMaxPerPage = 100;

bool isStatusValue(const QString &value)
{
    static const QStringList statuses
        = { QStringLiteral("queued"),  QStringLiteral("in_progress"), QStringLiteral("completed"),
            QStringLiteral("waiting"), QStringLiteral("requested"),   QStringLiteral("pending") };
    return statuses.contains(value);
}

SimHttpResponse validationFailed(const QString &message)
{
    QJsonObject body = SimJsonWriter::error(message, 422);
    return SimApi::json(422, body);
}

} // namespace

SimApi::SimApi(SimFleet &fleet, const SimRateLimit &rateLimit)
    : m_fleet(fleet), m_rateLimit(rateLimit)
{ }

SimHttpResponse SimApi::json(int status, const QJsonObject &body)
{
    SimHttpResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

SimHttpResponse SimApi::notFound()
{
    return json(404, SimJsonWriter::error(QStringLiteral("Not Found"), 404));
}

SimHttpResponse SimApi::answer(const SimHttpRequest &request, const QString &apiBase,
                               const QString &path, const SimToken *token) const
{
    const SimJsonWriter writer(apiBase);
    const Context context { request, writer, apiBase, path, token };
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool get = request.method == "GET" || request.method == "HEAD";
    if (get && parts == QStringList { QStringLiteral("rate_limit") })
        return rateLimit();
    if (get && parts == QStringList { QStringLiteral("user") })
        return json(200, writer.privateUser(token ? token->login : QStringLiteral("relayq-demo")));
    if (get && parts.size() == 2 && parts.at(0) == QLatin1String("orgs")) {
        if (!m_fleet.hasOrganization(parts.at(1)))
            return notFound();
        QString org = parts.at(1);
        for (const QString &known : m_fleet.organizations()) {
            if (known.compare(org, Qt::CaseInsensitive) == 0)
                org = known; // GitHub answers with the organisation's own spelling
        }
        return json(200, writer.organization(org, m_fleet.now()));
    }
    if (get && parts.size() == 4 && parts.at(0) == QLatin1String("orgs")
        && parts.at(2) == QLatin1String("actions") && parts.at(3) == QLatin1String("runners")) {
        if (!m_fleet.hasOrganization(parts.at(1)))
            return notFound();
        return runners(context, parts.at(1));
    }
    if (parts.size() >= 3 && parts.at(0) == QLatin1String("repos"))
        return repoEndpoint(context, parts);
    return notFound();
}

SimHttpResponse SimApi::repoEndpoint(const Context &context, const QStringList &parts) const
{
    const QString repo = parts.at(1) + QLatin1Char('/') + parts.at(2);
    if (!m_fleet.hasRepository(repo))
        return notFound();
    const QStringList rest = parts.mid(3);
    const bool get = context.request.method == "GET" || context.request.method == "HEAD";
    const bool post = context.request.method == "POST";
    if (get && rest.isEmpty())
        return repository(context, repo);
    if (get && rest.size() >= 2 && rest.at(0) == QLatin1String("contents"))
        return contents(context, repo, rest.mid(1));
    if (rest.size() < 2 || rest.at(0) != QLatin1String("actions"))
        return notFound();
    const QString what = rest.at(1);
    if (get && rest.size() == 2 && what == QLatin1String("runners"))
        return runners(context, repo);
    if (get && rest.size() == 2 && what == QLatin1String("runs"))
        return runs(context, repo);
    if (get && rest.size() == 2 && what == QLatin1String("workflows"))
        return workflows(context, repo);
    if (post && rest.size() == 4 && what == QLatin1String("workflows")
        && rest.at(3) == QLatin1String("dispatches"))
        return dispatch(context, repo, rest.at(2));
    if (get && rest.size() == 4 && what == QLatin1String("workflows")
        && rest.at(3) == QLatin1String("runs"))
        return workflowRuns(context, repo, rest.at(2));
    if (rest.size() >= 3 && what == QLatin1String("runs")) {
        bool ok = false;
        const qint64 runId = rest.at(2).toLongLong(&ok);
        const auto run = ok ? m_fleet.run(runId) : std::nullopt;
        if (!run || run->repo.compare(repo, Qt::CaseInsensitive) != 0)
            return notFound();
        if (get && rest.size() == 3)
            return json(200, context.writer.workflowRun(*run));
        if (get && rest.size() == 4 && rest.at(3) == QLatin1String("jobs"))
            return runJobs(context, runId);
        if (post && rest.size() == 4 && rest.at(3) == QLatin1String("cancel"))
            return cancel(runId);
    }
    return notFound();
}

SimHttpResponse SimApi::repository(const Context &context, const QString &repo) const
{
    QString name = repo;
    for (const QString &known : m_fleet.repositories()) {
        if (known.compare(repo, Qt::CaseInsensitive) == 0)
            name = known; // GitHub answers with the repository's own spelling
    }
    QJsonObject permissions; // empty: the simulator's default caller may do everything
    if (context.token) {
        const bool admin = context.token->admin;
        permissions = { { QStringLiteral("admin"), admin },
                        { QStringLiteral("maintain"), admin },
                        { QStringLiteral("push"), true },
                        { QStringLiteral("triage"), true },
                        { QStringLiteral("pull"), true } };
    }
    QJsonObject body = context.writer.fullRepository(name, m_fleet.now(),
                                                     m_fleet.isRepositoryPublic(repo), permissions);
    body.insert(QStringLiteral("default_branch"), m_fleet.defaultBranch(repo));
    return json(200, body);
}

SimApi::Page SimApi::page(const Context &context, qsizetype total)
{
    bool ok = false;
    qsizetype perPage = context.request.queryValue(QStringLiteral("per_page")).toLongLong(&ok);
    perPage = ok && perPage > 0 ? std::min(perPage, kMaxPerPage) : kDefaultPerPage;
    qsizetype number = context.request.queryValue(QStringLiteral("page")).toLongLong(&ok);
    number = ok && number > 0 ? number : 1;
    const qsizetype last = std::max<qsizetype>(1, (total + perPage - 1) / perPage);

    Page page;
    page.from = std::min(total, (number - 1) * perPage);
    page.count = std::min(perPage, total - page.from);
    if (total <= perPage && number == 1)
        return page; // a single page: GitHub sends no Link header
    auto url = [&context](qsizetype target) {
        QUrlQuery query = context.request.query;
        query.removeAllQueryItems(QStringLiteral("page"));
        query.addQueryItem(QStringLiteral("page"), QString::number(target));
        return "<" + (context.apiBase + context.path).toUtf8() + "?"
            + query.toString(QUrl::FullyEncoded).toUtf8() + ">";
    };
    QList<QByteArray> links;
    if (number > 1)
        links << url(std::min(number - 1, last)) + "; rel=\"prev\"";
    if (number < last)
        links << url(number + 1) + "; rel=\"next\"" << url(last) + "; rel=\"last\"";
    if (number > 1)
        links << url(1) + "; rel=\"first\"";
    page.link = links.join(", ");
    return page;
}

SimHttpResponse SimApi::runners(const Context &context, const QString &target) const
{
    QList<SimRunner> list = m_fleet.runners(target);
    const QString name = context.request.queryValue(QStringLiteral("name"));
    if (!name.isEmpty())
        list.removeIf([&name](const SimRunner &runner) { return runner.name != name; });
    const Page slice = page(context, list.size());
    QJsonArray items;
    for (const SimRunner &runner : list.mid(slice.from, slice.count))
        items.append(context.writer.runner(runner));
    SimHttpResponse response = json(
        200,
        { { QStringLiteral("total_count"), list.size() }, { QStringLiteral("runners"), items } });
    if (!slice.link.isEmpty())
        response.setHeader("Link", slice.link);
    return response;
}

SimHttpResponse SimApi::runs(const Context &context, const QString &repo) const
{
    const QString status = context.request.queryValue(QStringLiteral("status"));
    const QString branch = context.request.queryValue(QStringLiteral("branch"));
    const QString event = context.request.queryValue(QStringLiteral("event"));
    const QList<SimWorkflowRun> list = m_fleet.runs(repo, [&](const SimWorkflowRun &run) {
        if (!status.isEmpty() && (isStatusValue(status) ? run.status : run.conclusion) != status)
            return false;
        return (branch.isEmpty() || run.headBranch == branch)
            && (event.isEmpty() || run.event == event);
    });
    const Page slice = page(context, list.size());
    QJsonArray items;
    for (const SimWorkflowRun &run : list.mid(slice.from, slice.count))
        items.append(context.writer.workflowRun(run));
    SimHttpResponse response = json(200,
                                    { { QStringLiteral("total_count"), list.size() },
                                      { QStringLiteral("workflow_runs"), items } });
    if (!slice.link.isEmpty())
        response.setHeader("Link", slice.link);
    return response;
}

SimHttpResponse SimApi::runJobs(const Context &context, qint64 runId) const
{
    const QString filter = context.request.queryValue(QStringLiteral("filter"));
    if (!filter.isEmpty() && filter != QLatin1String("latest") && filter != QLatin1String("all"))
        return validationFailed(
            QStringLiteral("Invalid request.\n\nfilter must be latest or all."));
    const SimWorkflowRun run = *m_fleet.run(runId);
    const QList<SimJob> list = m_fleet.jobs(runId); // one attempt: latest and all agree
    const Page slice = page(context, list.size());
    QJsonArray items;
    for (const SimJob &job : list.mid(slice.from, slice.count))
        items.append(context.writer.job(job, run));
    SimHttpResponse response = json(
        200, { { QStringLiteral("total_count"), list.size() }, { QStringLiteral("jobs"), items } });
    if (!slice.link.isEmpty())
        response.setHeader("Link", slice.link);
    return response;
}

SimHttpResponse SimApi::workflows(const Context &context, const QString &repo) const
{
    const QList<SimWorkflow> list = m_fleet.workflows(repo);
    const Page slice = page(context, list.size());
    QJsonArray items;
    for (const SimWorkflow &workflow : list.mid(slice.from, slice.count))
        items.append(context.writer.workflow(workflow));
    SimHttpResponse response = json(
        200,
        { { QStringLiteral("total_count"), list.size() }, { QStringLiteral("workflows"), items } });
    if (!slice.link.isEmpty())
        response.setHeader("Link", slice.link);
    return response;
}

SimHttpResponse SimApi::dispatch(const Context &context, const QString &repo,
                                 const QString &workflowId) const
{
    const auto workflow = m_fleet.workflow(repo, workflowId);
    if (!workflow)
        return notFound();
    const QJsonDocument document = QJsonDocument::fromJson(context.request.body);
    const QJsonObject body = document.object();
    if (!document.isObject())
        return json(400, SimJsonWriter::error(QStringLiteral("Problems parsing JSON"), 400));
    if (!body.value(QStringLiteral("ref")).isString())
        return validationFailed(QStringLiteral("Invalid request.\n\n\"ref\" wasn't supplied."));
    const QJsonValue inputs = body.value(QStringLiteral("inputs"));
    if (!inputs.isUndefined() && (!inputs.isObject() || inputs.toObject().size() > 25))
        return validationFailed(
            QStringLiteral("Invalid request.\n\nFor 'properties/inputs', at most 25 inputs."));
    if (const auto refused = dispatchRefused(repo, *workflow, body))
        return *refused;
    const qint64 runId
        = m_fleet.dispatch(repo, workflow->id, body.value(QStringLiteral("ref")).toString());
    // API version 2026-03-10 always returns the run details; 2022-11-28 only when asked.
    // GHES (the enterprise switch) does not know return_run_details yet: always 204.
    const bool details = !m_fleet.isEnterprise()
        && (body.value(QStringLiteral("return_run_details")).toBool()
            || context.request.header("x-github-api-version") == "2026-03-10");
    if (!details) {
        SimHttpResponse response;
        response.status = 204;
        return response;
    }
    const SimWorkflowRun run = *m_fleet.run(runId);
    const QJsonObject runJson = context.writer.workflowRun(run);
    return json(200,
                { { QStringLiteral("workflow_run_id"), runId },
                  { QStringLiteral("run_url"), runJson.value(QStringLiteral("url")) },
                  { QStringLiteral("html_url"), runJson.value(QStringLiteral("html_url")) } });
}

SimHttpResponse SimApi::cancel(qint64 runId) const
{
    if (m_fleet.run(runId)->status == QLatin1String("completed"))
        return json(409,
                    SimJsonWriter::error(
                        QStringLiteral("Cannot cancel a workflow run that is completed."), 409));
    m_fleet.cancelRun(runId);
    return json(202, QJsonObject());
}

SimHttpResponse SimApi::rateLimit() const
{
    const QJsonObject core = SimJsonWriter::rate(m_rateLimit.limit(), m_rateLimit.remaining(),
                                                 m_rateLimit.used(), m_rateLimit.resetEpoch());
    const qint64 reset = m_rateLimit.resetEpoch();
    const QJsonObject resources = {
        { QStringLiteral("core"), core },
        { QStringLiteral("search"), SimJsonWriter::rate(30, 30, 0, reset) },
        { QStringLiteral("graphql"), SimJsonWriter::rate(5000, 5000, 0, reset) },
        { QStringLiteral("integration_manifest"), SimJsonWriter::rate(5000, 5000, 0, reset) },
        { QStringLiteral("actions_runner_registration"),
          SimJsonWriter::rate(10000, 10000, 0, reset) },
    };
    return json(200,
                { { QStringLiteral("resources"), resources }, { QStringLiteral("rate"), core } });
}

} // namespace relayq::sim
