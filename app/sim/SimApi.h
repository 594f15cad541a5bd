#pragma once
// The GitHub REST endpoints the simulator answers (runners, runs, jobs, workflows, dispatch,
// rate_limit, user, repository, organisation), from the fleet, paginated with Link headers like
// GitHub. Authentication, rate limiting, ETags and faults are the Simulator's business, not this
// one's.

#include "SimHttpRequest.h"
#include "SimHttpResponse.h"
#include "SimToken.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace relayq::sim {

class SimFleet;
class SimJsonWriter;
class SimRateLimit;
struct SimWorkflow;

class SimApi
{
public:
    SimApi(SimFleet &fleet, const SimRateLimit &rateLimit);

    // apiBase: "http://HOST:PORT" (+ "/api/v3"); path: the request's path without that prefix.
    // token: the caller's registered token (its login, its rights on a repository), if any.
    SimHttpResponse answer(const SimHttpRequest &request, const QString &apiBase,
                           const QString &path, const SimToken *token = nullptr) const;

    static SimHttpResponse json(int status, const QJsonObject &body);
    static SimHttpResponse notFound();

private:
    struct Page
    {
        qsizetype from = 0;
        qsizetype count = 0;
        QByteArray link;
    };
    struct Context
    {
        const SimHttpRequest &request;
        const SimJsonWriter &writer;
        const QString &apiBase;
        const QString &path;
        const SimToken *token;
    };

    SimHttpResponse repoEndpoint(const Context &context, const QStringList &parts) const;
    SimHttpResponse repository(const Context &context, const QString &repo) const;
    SimHttpResponse runners(const Context &context, const QString &target) const;
    SimHttpResponse runs(const Context &context, const QString &repo) const;
    SimHttpResponse runJobs(const Context &context, qint64 runId) const;
    SimHttpResponse workflows(const Context &context, const QString &repo) const;
    SimHttpResponse dispatch(const Context &context, const QString &repo,
                             const QString &workflowId) const;
    SimHttpResponse cancel(qint64 runId) const;
    // SimApiDispatch.cpp: the contents API, a workflow's runs, GitHub's checks of a dispatch.
    SimHttpResponse contents(const Context &context, const QString &repo,
                             const QStringList &path) const;
    SimHttpResponse workflowRuns(const Context &context, const QString &repo,
                                 const QString &workflowId) const;
    std::optional<SimHttpResponse> dispatchRefused(const QString &repo, const SimWorkflow &workflow,
                                                   const QJsonObject &body) const;
    SimHttpResponse rateLimit() const;
    static Page page(const Context &context, qsizetype total);

    SimFleet &m_fleet;
    const SimRateLimit &m_rateLimit;
};

} // namespace relayq::sim
