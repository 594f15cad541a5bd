#include "DispatchCommand.h"

#include "AuditLog.h"
#include "CliSession.h"
#include "ConnectionStatus.h"
#include "FleetWatch.h"
#include "RecentDispatches.h"
#include "Relayqctl.h"
#include "WorkflowDispatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <spdlog/spdlog.h>

namespace relayq::cli {

namespace {

using Done = std::function<void(int)>;

void printError(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

// GitHub's 4xx answers (404, 422, 403 …) are the user's to fix: trying again will not help.
// The classifier calls an unexpected 4xx like 422 a server error, hence the status check.
int exitCodeOf(ConnectionState state, int httpStatus)
{
    if (state == ConnectionState::Ok)
        return ExitUsage;
    if (httpStatus >= 400 && httpStatus < 500 && state != ConnectionState::RateLimited)
        return ExitUsage;
    return exitCodeFor(state);
}

// What one `relayqctl dispatch` knows as it goes; the lambdas share it until `done`.
struct Dispatching
{
    CommandLine commandLine;
    Done done;
    const CliSession *session = nullptr;
    std::unique_ptr<AuditLog> audit; // null with --demo: the demo fleet is not the user's
    WorkflowDispatch *dispatch = nullptr; // owned by the session's context
    QString repo;
    QString ref;
    DispatchableWorkflow workflow;
};

QString repoOf(const CommandLine &commandLine)
{
    return commandLine.targets.constFirst().name();
}

// --json: one object whatever happened, so scripts need not parse words.
void printJson(const Dispatching &state, const QString &status, const DispatchOutcome &outcome)
{
    QJsonObject inputs;
    for (auto it = state.commandLine.inputs.cbegin(); it != state.commandLine.inputs.cend(); ++it)
        inputs.insert(it.key(), it.value());
    QJsonObject json {
        { QStringLiteral("repository"), state.repo },
        { QStringLiteral("workflow"),
          state.workflow.path.isEmpty() ? state.commandLine.workflow : state.workflow.fileName() },
        { QStringLiteral("ref"), state.ref.isEmpty() ? QJsonValue() : QJsonValue(state.ref) },
        { QStringLiteral("inputs"), inputs },
        { QStringLiteral("run_id"), outcome.runId != 0 ? QJsonValue(outcome.runId) : QJsonValue() },
        { QStringLiteral("run_url"),
          outcome.runUrl.isEmpty() ? QJsonValue() : QJsonValue(outcome.runUrl.toString()) },
        { QStringLiteral("status"), status },
        { QStringLiteral("http_status"), outcome.apiStatus },
        { QStringLiteral("message"), outcome.message },
    };
    if (!outcome.inputProblems.isEmpty())
        json.insert(QStringLiteral("problems"), QJsonArray::fromStringList(outcome.inputProblems));
    QTextStream(stdout) << QJsonDocument(json).toJson(QJsonDocument::Indented);
}

// Failures before anything was sent or while sending: words on stderr (and the JSON object).
void fail(const Dispatching &state, const QString &message, int code)
{
    printError(message);
    if (state.commandLine.json) {
        DispatchOutcome outcome;
        outcome.message = message;
        printJson(state, QStringLiteral("failed"), outcome);
    }
    state.done(code);
}

// For the tray's "Dispatch again".
void remember(const Dispatching &state)
{
    if (state.commandLine.demo)
        return; // "Dispatch again" in the tray would send it to the real GitHub
    RecentDispatches recent(state.session->clock());
    RecentDispatch entry;
    entry.repository = state.repo;
    entry.workflowFile = state.workflow.fileName();
    entry.workflowId = state.workflow.id;
    entry.workflowName = state.workflow.definition.name.isEmpty() ? state.workflow.name
                                                                  : state.workflow.definition.name;
    entry.ref = state.ref;
    entry.inputs = state.commandLine.inputs;
    if (!recent.record(entry))
        spdlog::warn("{}", recent.problem().toStdString());
}

void succeeded(const Dispatching &state, const DispatchOutcome &outcome)
{
    remember(state);
    QTextStream out(stdout);
    if (state.commandLine.json) {
        printJson(state, QStringLiteral("dispatched"), outcome);
    } else if (outcome.apiStatus == 204) {
        // GHES answers 204: the run was looked for afterwards (the message says if found).
        printError(outcome.message + QStringLiteral(" (HTTP 204)"));
        if (!outcome.runUrl.isEmpty())
            out << outcome.runUrl.toString() << Qt::endl;
    } else if (!outcome.runUrl.isEmpty()) {
        out << outcome.runUrl.toString() << Qt::endl;
    } else {
        printError(outcome.message + QLatin1Char(' ')
                   + Relayqctl::tr("GitHub returned no link to the run."));
    }
    state.done(ExitHealthy);
}

void finished(const Dispatching &state, const DispatchOutcome &outcome)
{
    if (outcome.succeeded)
        return succeeded(state, outcome);
    if (!outcome.inputProblems.isEmpty()) {
        printError(Relayqctl::tr("Nothing was sent to GitHub:"));
        for (const QString &problem : outcome.inputProblems)
            printError(problem);
    } else {
        printError(outcome.message);
    }
    if (state.commandLine.json)
        printJson(state,
                  outcome.inputProblems.isEmpty() ? QStringLiteral("failed")
                                                  : QStringLiteral("refused"),
                  outcome);
    state.done(outcome.inputProblems.isEmpty() ? exitCodeOf(outcome.connection, outcome.apiStatus)
                                               : ExitUsage);
}

// WORKFLOW as the user typed it: the file name, the path in the repository, or the numeric id.
const DispatchableWorkflow *findWorkflow(const WorkflowListing &listing, const QString &wanted)
{
    for (const DispatchableWorkflow &workflow : listing.workflows) {
        if (workflow.fileName() == wanted || workflow.path == wanted
            || QString::number(workflow.id) == wanted)
            return &workflow;
    }
    return nullptr;
}

QString notFoundMessage(const WorkflowListing &listing, const Dispatching &state)
{
    const QString wanted = state.commandLine.workflow;
    for (const WorkflowFileProblem &problem : listing.problems) {
        if (problem.path == wanted || problem.path.section(QLatin1Char('/'), -1) == wanted)
            return Relayqctl::tr("%1 in %2 could not be read: %3")
                .arg(problem.path, state.repo, problem.problem);
    }
    QString message
        = Relayqctl::tr("%1 has no workflow %2 that can be dispatched (it may not exist, be "
                        "disabled, or have no workflow_dispatch trigger).")
              .arg(state.repo, wanted);
    if (listing.workflows.isEmpty())
        return message + QLatin1Char(' ') + Relayqctl::tr("No workflow there can be dispatched.");
    message += QLatin1Char('\n') + Relayqctl::tr("Workflows that can be dispatched:");
    for (const DispatchableWorkflow &workflow : listing.workflows)
        message += QStringLiteral("\n  %1 (%2)").arg(workflow.fileName(), workflow.name);
    return message;
}

void listed(const std::shared_ptr<Dispatching> &state, const WorkflowListing &listing)
{
    if (!listing.isOk())
        return fail(*state, listing.status.message,
                    exitCodeOf(listing.status.state, listing.status.httpStatus));
    const DispatchableWorkflow *workflow = findWorkflow(listing, state->commandLine.workflow);
    if (!workflow)
        return fail(*state, notFoundMessage(listing, *state), ExitUsage);
    state->workflow = *workflow;
    state->ref = state->commandLine.ref.isEmpty() ? listing.defaultBranch : state->commandLine.ref;
    for (const QString &warning : workflow->definition.warnings)
        spdlog::warn("{}: {}", workflow->path.toStdString(), warning.toStdString());

    DispatchRequest request;
    request.repo = state->repo;
    request.workflow = workflow->fileName();
    request.ref = state->ref;
    request.values = state->commandLine.inputs;
    request.definition = workflow->definition;
    request.origin = QStringLiteral("relayqctl");
    state->dispatch->dispatch(
        request, [state](const DispatchOutcome &outcome) { finished(*state, outcome); });
}

} // namespace

void runDispatch(const CommandLine &commandLine, CliSession &session, std::function<void(int)> done)
{
    auto state = std::make_shared<Dispatching>();
    state->commandLine = commandLine;
    state->done = std::move(done);
    state->repo = repoOf(commandLine);
    state->session = &session;
    session.prepare(commandLine, commandLine.monitor, [state, &session](int code) {
        if (code != ExitHealthy) // prepare said why on stderr
            return state->done(code);
        state->dispatch
            = new WorkflowDispatch(session.watch().client(), session.clock(), session.context());
        if (!state->commandLine.demo) {
            state->audit = std::make_unique<AuditLog>(session.clock());
            state->dispatch->setAuditLog(state->audit.get());
        }
        state->dispatch->listDispatchable(
            state->repo, [state](const WorkflowListing &listing) { listed(state, listing); });
    });
}

} // namespace relayq::cli
