#include "WorkflowDispatch.h"

#include "AuditLog.h"
#include "Clock.h"
#include "GitHubClient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace relayq {

namespace {

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// "/repos/OWNER/REPO" with each part escaped.
QString repoPath(const QString &repo)
{
    return QStringLiteral("/repos/") + encoded(repo.section(QLatin1Char('/'), 0, 0))
        + QLatin1Char('/') + encoded(repo.section(QLatin1Char('/'), 1));
}

QString filePath(const QString &path)
{
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/')))
        parts << encoded(part);
    return parts.join(QLatin1Char('/'));
}

// GitHub's own words from an error message ending in ` GitHub said: "…"`; empty when none.
QString githubSaid(const QString &message)
{
    QString prefix
        = QCoreApplication::translate("relayq::ApiErrorClassifier", " GitHub said: \"%1\"")
              .arg(QString());
    prefix.chop(1);
    const qsizetype at = message.lastIndexOf(prefix);
    if (at < 0 || !message.endsWith(QLatin1Char('"')))
        return {};
    return message.mid(at + prefix.size(), message.size() - at - prefix.size() - 1);
}

QString branchOf(const QString &ref)
{
    const QString heads = QStringLiteral("refs/heads/");
    const QString tags = QStringLiteral("refs/tags/");
    if (ref.startsWith(heads))
        return ref.mid(heads.size());
    return ref.startsWith(tags) ? ref.mid(tags.size()) : ref;
}

} // namespace

struct WorkflowDispatch::Listing
{
    QString repo;
    ListingDone done;
    WorkflowListing result;
    QList<std::optional<DispatchableWorkflow>> found; // in the order of the workflow list
    int pending = 0;
};

struct WorkflowDispatch::Sending
{
    DispatchRequest request;
    DispatchDone done;
    QString key;
    QDateTime sentAt;
};

WorkflowDispatch::WorkflowDispatch(GitHubClient &client, const Clock &clock, QObject *parent)
    : QObject(parent), m_client(client), m_clock(clock)
{ }

void WorkflowDispatch::setRunDetails(RunDetails mode)
{
    m_runDetails = mode;
}

bool WorkflowDispatch::asksForRunDetails() const
{
    if (m_runDetails != RunDetails::Automatic)
        return m_runDetails == RunDetails::Always;
    const QString host = m_client.apiBase().host();
    return host == QLatin1String("api.github.com") || QHostAddress(host).isLoopback()
        || host == QLatin1String("localhost");
}

void WorkflowDispatch::setAuditLog(AuditLog *log)
{
    m_audit = log;
}

void WorkflowDispatch::listDispatchable(const QString &repo, ListingDone done)
{
    auto listing = std::make_shared<Listing>();
    listing->repo = repo;
    listing->done = std::move(done);
    m_client.get(repoPath(repo), this, [this, listing](const ApiResult &result) {
        if (!result.isOk()) {
            listing->result.status = result.status;
            listing->done(listing->result);
            return;
        }
        listing->result.defaultBranch
            = result.json.object().value(QLatin1String("default_branch")).toString();
        readWorkflows(listing);
    });
}

void WorkflowDispatch::readWorkflows(const std::shared_ptr<Listing> &listing)
{
    const QString path = repoPath(listing->repo) + QStringLiteral("/actions/workflows");
    m_client.getList(
        path, QStringLiteral("workflows"), this, [this, listing](const ApiResult &result) {
            if (!result.isOk()) {
                listing->result.status = result.status;
                listing->done(listing->result);
                return;
            }
            readFiles(listing, result.json.object().value(QLatin1String("workflows")).toArray());
        });
}

void WorkflowDispatch::readFiles(const std::shared_ptr<Listing> &listing,
                                 const QJsonArray &workflows)
{
    QList<QJsonObject> active;
    for (const QJsonValue &value : workflows) {
        const QJsonObject workflow = value.toObject();
        // Disabled workflows (by hand, by inactivity) refuse dispatches.
        if (workflow.value(QLatin1String("state")).toString() == QLatin1String("active"))
            active << workflow;
    }
    if (active.isEmpty()) {
        listing->done(listing->result);
        return;
    }
    listing->pending = int(active.size());
    listing->found.resize(active.size());
    for (qsizetype index = 0; index < active.size(); ++index)
        readFile(listing, active.at(index), index);
}

void WorkflowDispatch::readFile(const std::shared_ptr<Listing> &listing,
                                const QJsonObject &workflow, qsizetype index)
{
    DispatchableWorkflow item;
    item.id = workflow.value(QLatin1String("id")).toInteger();
    item.name = workflow.value(QLatin1String("name")).toString();
    item.path = workflow.value(QLatin1String("path")).toString();
    const QString path = repoPath(listing->repo) + QStringLiteral("/contents/")
        + filePath(item.path) + QStringLiteral("?ref=") + encoded(listing->result.defaultBranch);
    m_client.get(path, this, [listing, item, index](const ApiResult &result) mutable {
        const QJsonObject file = result.json.object();
        QString problem;
        if (!result.isOk())
            problem = result.status.message;
        else if (file.value(QLatin1String("encoding")).toString() != QLatin1String("base64"))
            problem = tr("GitHub did not send the file's text (it may be larger than 1 MB).");
        if (problem.isEmpty()) {
            QByteArray base64 = file.value(QLatin1String("content")).toString().toLatin1();
            base64.replace('\n', QByteArray()).replace('\r', QByteArray());
            item.definition = WorkflowDefinition::parse(QByteArray::fromBase64(base64));
            problem = item.definition.problem;
        }
        if (!problem.isEmpty())
            listing->result.problems.append({ item.path, problem });
        else if (item.definition.dispatchable)
            listing->found[index] = item;
        if (--listing->pending > 0)
            return;
        for (const auto &found : std::as_const(listing->found))
            if (found)
                listing->result.workflows.append(*found);
        listing->done(listing->result);
    });
}

QString WorkflowDispatch::flightKey(const DispatchRequest &request)
{
    QStringList parts { request.repo.toLower(), request.workflow, request.ref };
    for (auto it = request.values.begin(); it != request.values.end(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QChar(0x1f));
}

bool WorkflowDispatch::isInFlight(const DispatchRequest &request) const
{
    return m_inFlight.contains(flightKey(request));
}

void WorkflowDispatch::dispatch(const DispatchRequest &request, DispatchDone done)
{
    const QString subject = request.repo + QLatin1Char(' ') + request.workflow;
    DispatchOutcome refused;
    if (!request.definition.problem.isEmpty())
        refused.inputProblems << request.definition.problem;
    else if (!request.definition.dispatchable)
        refused.inputProblems << tr("%1 has no workflow_dispatch trigger.").arg(request.workflow);
    else
        refused.inputProblems = request.definition.check(request.values);
    if (!refused.inputProblems.isEmpty()) {
        refused.message
            = tr("Nothing was sent: %1").arg(refused.inputProblems.join(QLatin1Char(' ')));
        record(request, refused);
        done(refused);
        return;
    }
    auto sending = std::make_shared<Sending>();
    sending->request = request;
    sending->done = std::move(done);
    sending->key = flightKey(request);
    if (m_inFlight.contains(sending->key)) {
        // A double click: the first one is being sent; this one is not recorded either.
        refused.message = tr("This dispatch of %1 is already being sent.").arg(subject);
        sending->done(refused);
        return;
    }
    m_inFlight.insert(sending->key);
    send(sending);
}

void WorkflowDispatch::send(const std::shared_ptr<Sending> &sending)
{
    const DispatchRequest &request = sending->request;
    QJsonObject body { { QStringLiteral("ref"), request.ref },
                       { QStringLiteral("inputs"),
                         request.definition.dispatchInputs(request.values) } };
    if (asksForRunDetails())
        body.insert(QStringLiteral("return_run_details"), true);
    const QString path = repoPath(request.repo) + QStringLiteral("/actions/workflows/")
        + encoded(request.workflow) + QStringLiteral("/dispatches");
    sending->sentAt = m_clock.now();
    m_client.send(GitHubClient::Method::Post, path, QJsonDocument(body), this,
                  [this, sending](const ApiResult &result) {
                      const DispatchRequest &request = sending->request;
                      if (!result.isOk())
                          return finish(sending, failure(request, result.status));
                      if (result.json.isNull() || result.json.object().isEmpty())
                          return findRun(sending); // 204: GitHub said nothing of the run
                      const QJsonObject details = result.json.object();
                      DispatchOutcome outcome;
                      outcome.succeeded = true;
                      outcome.apiStatus = 200;
                      outcome.runId = details.value(QLatin1String("workflow_run_id")).toInteger();
                      outcome.runUrl = QUrl(details.value(QLatin1String("html_url")).toString());
                      outcome.message = tr("Dispatched %1 on %2 in %3: run %4.")
                                            .arg(request.workflow, request.ref, request.repo)
                                            .arg(outcome.runId);
                      finish(sending, outcome);
                  });
}

// After a 204 the run is looked for among the workflow's latest dispatch runs created since
// the send (allowing for clock skew), on the dispatched branch.
void WorkflowDispatch::findRun(const std::shared_ptr<Sending> &sending)
{
    const DispatchRequest &request = sending->request;
    const QString path = repoPath(request.repo) + QStringLiteral("/actions/workflows/")
        + encoded(request.workflow) + QStringLiteral("/runs?event=workflow_dispatch&per_page=5");
    m_client.get(path, this, [this, sending](const ApiResult &result) {
        const DispatchRequest &request = sending->request;
        DispatchOutcome outcome;
        outcome.succeeded = true;
        outcome.apiStatus = 204;
        const QDateTime since = sending->sentAt.addSecs(-kClockSkewSeconds);
        const QJsonArray runs
            = result.json.object().value(QLatin1String("workflow_runs")).toArray();
        for (const QJsonValue &value : runs) {
            const QJsonObject run = value.toObject();
            const QDateTime created = QDateTime::fromString(
                run.value(QLatin1String("created_at")).toString(), Qt::ISODate);
            if (outcome.runId == 0 && created.isValid() && created >= since
                && run.value(QLatin1String("head_branch")).toString() == branchOf(request.ref)) {
                outcome.runId = run.value(QLatin1String("id")).toInteger();
                outcome.runUrl = QUrl(run.value(QLatin1String("html_url")).toString());
            }
        }
        const QString what = tr("Dispatched %1 on %2 in %3. GitHub returned no run details")
                                 .arg(request.workflow, request.ref, request.repo);
        outcome.message = outcome.runId != 0
            ? what + tr("; the new run is probably run %1.").arg(outcome.runId)
            : what + tr(" and the new run is not listed yet.");
        finish(sending, outcome);
    });
}

DispatchOutcome WorkflowDispatch::failure(const DispatchRequest &request,
                                          const ConnectionStatus &status) const
{
    DispatchOutcome outcome;
    outcome.apiStatus = status.httpStatus;
    outcome.connection = status.state;
    const QString said = githubSaid(status.message);
    if (status.httpStatus == 404)
        outcome.message = tr("GitHub found no workflow %1 in %2 (404). Check the file name and "
                             "that the token can see the repository.")
                              .arg(request.workflow, request.repo);
    else if (status.httpStatus == 422)
        outcome.message
            = tr("GitHub refused to dispatch %1 in %2: %3")
                  .arg(request.workflow, request.repo, said.isEmpty() ? status.message : said);
    else if (status.state == ConnectionState::Forbidden)
        outcome.message = tr("The token may not dispatch workflows in %1 (403): it needs the "
                             "Actions write permission (classic tokens: the repo scope).")
                              .arg(request.repo);
    else
        outcome.message = tr("Could not dispatch %1 in %2: %3")
                              .arg(request.workflow, request.repo, status.message);
    return outcome;
}

void WorkflowDispatch::finish(const std::shared_ptr<Sending> &sending, DispatchOutcome outcome)
{
    m_inFlight.remove(sending->key);
    record(sending->request, outcome);
    sending->done(outcome);
}

void WorkflowDispatch::record(const DispatchRequest &request, const DispatchOutcome &outcome)
{
    if (!m_audit)
        return;
    AuditEntry entry;
    entry.action = QStringLiteral("dispatch");
    entry.subject = request.repo + QLatin1Char(' ') + request.workflow;
    entry.succeeded = outcome.succeeded;
    entry.message = outcome.message;
    entry.origin = request.origin;
    m_audit->append(entry);
}

} // namespace relayq
