// SimApi's side of dispatching by hand: the workflow file through the contents API, the runs of
// one workflow (where a client looks for the run a 204 dispatch started), and the checks GitHub
// makes before it accepts a dispatch. The checks use the inputs declared next to the file
// (SimWorkflowFile), never the YAML itself.

#include "SimApi.h"
#include "SimFleet.h"
#include "SimJsonWriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace relayq::sim {

namespace {

SimHttpResponse unprocessable(const QString &message)
{
    return SimApi::json(422, SimJsonWriter::error(message, 422));
}

// GitHub sends base64 with a line break after every 60 characters (and at the end).
QString wrappedBase64(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype at = 0; at < encoded.size(); at += 60)
        out += encoded.mid(at, 60) + '\n';
    return QString::fromLatin1(out);
}

// A file for workflows nobody gave one: enough to be read and dispatched.
QByteArray minimalFile(const SimWorkflow &workflow)
{
    QByteArray labels = workflow.labels.join(QStringLiteral(", ")).toUtf8();
    return "name: " + workflow.name.toUtf8() + "\non:\n  push:\n  workflow_dispatch:\njobs:\n"
        + "  build:\n    runs-on: [" + labels + "]\n    steps:\n      - run: echo hello\n";
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << QLatin1Char('"') + name + QLatin1Char('"');
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

SimHttpResponse SimApi::contents(const Context &context, const QString &repo,
                                 const QStringList &path) const
{
    const QString ref = context.request.queryValue(QStringLiteral("ref"));
    if (!ref.isEmpty() && !m_fleet.hasRef(repo, ref))
        return json(
            404, SimJsonWriter::error(QStringLiteral("No commit found for the ref ") + ref, 404));
    const QString filePath = path.join(QLatin1Char('/'));
    std::optional<SimWorkflow> workflow;
    for (const SimWorkflow &candidate : m_fleet.workflows(repo))
        if (candidate.path == filePath)
            workflow = candidate;
    if (!workflow)
        return notFound();
    const QByteArray data
        = workflow->file.yaml.isEmpty() ? minimalFile(*workflow) : workflow->file.yaml;
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash("blob " + QByteArray::number(data.size()) + '\0' + data,
                                 QCryptographicHash::Sha1)
            .toHex());
    const QString branch = ref.isEmpty() ? m_fleet.defaultBranch(repo) : ref;
    const QString self = context.apiBase + QStringLiteral("/repos/") + workflow->repo
        + QStringLiteral("/contents/") + filePath + QStringLiteral("?ref=") + branch;
    const QString git = context.apiBase + QStringLiteral("/repos/") + workflow->repo
        + QStringLiteral("/git/blobs/") + sha;
    const QString html = QStringLiteral("https://github.com/") + workflow->repo
        + QStringLiteral("/blob/") + branch + QLatin1Char('/') + filePath;
    const QString download = QStringLiteral("https://raw.githubusercontent.com/") + workflow->repo
        + QLatin1Char('/') + branch + QLatin1Char('/') + filePath;
    return json(200,
                { { QStringLiteral("type"), QStringLiteral("file") },
                  { QStringLiteral("encoding"), QStringLiteral("base64") },
                  { QStringLiteral("size"), data.size() },
                  { QStringLiteral("name"), workflow->fileName() },
                  { QStringLiteral("path"), filePath },
                  { QStringLiteral("content"), wrappedBase64(data) },
                  { QStringLiteral("sha"), sha },
                  { QStringLiteral("url"), self },
                  { QStringLiteral("git_url"), git },
                  { QStringLiteral("html_url"), html },
                  { QStringLiteral("download_url"), download },
                  { QStringLiteral("_links"),
                    QJsonObject { { QStringLiteral("self"), self },
                                  { QStringLiteral("git"), git },
                                  { QStringLiteral("html"), html } } } });
}

SimHttpResponse SimApi::workflowRuns(const Context &context, const QString &repo,
                                     const QString &workflowId) const
{
    const std::optional<SimWorkflow> workflow = m_fleet.workflow(repo, workflowId);
    if (!workflow)
        return notFound();
    QList<SimWorkflowRun> list = m_fleet.runs(repo);
    const QString event = context.request.queryValue(QStringLiteral("event"));
    const QString branch = context.request.queryValue(QStringLiteral("branch"));
    list.removeIf([&](const SimWorkflowRun &run) {
        return run.workflowId != workflow->id || (!event.isEmpty() && run.event != event)
            || (!branch.isEmpty() && run.headBranch != branch);
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

std::optional<SimHttpResponse> SimApi::dispatchRefused(const QString &repo,
                                                       const SimWorkflow &workflow,
                                                       const QJsonObject &body) const
{
    const QString ref = body.value(QStringLiteral("ref")).toString();
    if (!m_fleet.hasRef(repo, ref))
        return unprocessable(QStringLiteral("No ref found for: ") + ref);
    const SimWorkflowFile &file = workflow.file;
    if (file.yaml.isEmpty())
        return std::nullopt; // nobody declared inputs: accept what comes, as before files
    if (!file.dispatchable)
        return unprocessable(QStringLiteral("Workflow does not have 'workflow_dispatch' trigger"));
    const QJsonObject inputs = body.value(QStringLiteral("inputs")).toObject();
    QStringList unexpected;
    for (auto it = inputs.begin(); it != inputs.end(); ++it)
        if (!file.inputs.contains(it.key()))
            unexpected << it.key();
    if (!unexpected.isEmpty())
        return unprocessable(QStringLiteral("Unexpected inputs provided: ")
                             + quotedList(unexpected));
    for (const QString &name : file.requiredInputs)
        if (inputs.value(name).toVariant().toString().isEmpty())
            return unprocessable(QStringLiteral("Required input '%1' not provided").arg(name));
    return std::nullopt;
}

} // namespace relayq::sim
