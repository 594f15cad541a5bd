#pragma once
// Dispatching a workflow by hand, as the dispatch dialog and `relayqctl dispatch` do it: list a
// repository's workflows that can be dispatched (with the inputs their files declare), then
// send one dispatch after checking the values against the definition, and say in words which
// run it started, or why GitHub refused it. A double click sends one dispatch.

#include "ConnectionStatus.h"
#include "WorkflowDefinition.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace relayq {

class AuditLog;
class Clock;
class GitHubClient;

struct DispatchableWorkflow
{
    qint64 id = 0;
    QString name; // as the workflows API names it
    QString path; // ".github/workflows/build.yml"
    WorkflowDefinition definition;

    QString fileName() const { return path.section(QLatin1Char('/'), -1); }
};

struct WorkflowFileProblem
{
    QString path;
    QString problem; // in words: could not be read, or its YAML could not be parsed
};

struct WorkflowListing
{
    ConnectionStatus status; // the repository or its workflow list could not be read
    QString defaultBranch;
    QList<DispatchableWorkflow> workflows; // active ones with a workflow_dispatch trigger
    QList<WorkflowFileProblem> problems; // files that could not be read or parsed

    bool isOk() const { return status.isOk(); }
};

struct DispatchRequest
{
    QString repo; // "owner/repo"
    QString workflow; // numeric id or file name ("build.yml")
    QString ref; // branch or tag
    QMap<QString, QString> values; // input NAME → VALUE as typed
    WorkflowDefinition definition; // the values are checked against it before sending
    QString origin = QStringLiteral("tray"); // for the audit log: "tray", "relayqctl" …
};

struct DispatchOutcome
{
    bool succeeded = false;
    QString message; // in words, for the user
    qint64 runId = 0; // 0 when unknown
    QUrl runUrl; // the run's page on GitHub (html_url); empty when unknown
    int apiStatus = 0; // HTTP status of the dispatch (200, 204, 404, 422 …); 0: none sent
    QStringList inputProblems; // refused before sending: the values did not pass the check
    ConnectionState connection = ConnectionState::Ok; // why the exchange failed, if it did
};

class WorkflowDispatch : public QObject
{
    Q_OBJECT
public:
    // Whether to ask GitHub for the new run's details (`return_run_details`). Automatic asks
    // github.com (and the loopback simulator) only: GHES does not know the field yet.
    enum class RunDetails { Automatic, Always, Never };

    // How far GitHub's clock may be behind ours when a 204 dispatch's run is looked for.
    static constexpr int kClockSkewSeconds = 120;

    WorkflowDispatch(GitHubClient &client, const Clock &clock, QObject *parent = nullptr);

    void setRunDetails(RunDetails mode);
    RunDetails runDetails() const { return m_runDetails; }
    bool asksForRunDetails() const; // for the client's API base
    // One entry per dispatch sent or refused; null: none. Not owned.
    void setAuditLog(AuditLog *log);

    using ListingDone = std::function<void(const WorkflowListing &)>;
    using DispatchDone = std::function<void(const DispatchOutcome &)>;

    // Reads the repository's default branch, its active workflows and each one's file on the
    // default branch. `done` is called once, on the event loop.
    void listDispatchable(const QString &repo, ListingDone done);

    // Checks the values, then sends the dispatch. Refusals (invalid input, the same dispatch
    // already being sent) call `done` before this returns and send nothing; otherwise `done`
    // is called once, on the event loop.
    void dispatch(const DispatchRequest &request, DispatchDone done);
    bool isInFlight(const DispatchRequest &request) const;

private:
    struct Listing;
    struct Sending;
    void readWorkflows(const std::shared_ptr<Listing> &listing);
    void readFiles(const std::shared_ptr<Listing> &listing, const QJsonArray &workflows);
    void readFile(const std::shared_ptr<Listing> &listing, const QJsonObject &workflow,
                  qsizetype index);
    void send(const std::shared_ptr<Sending> &sending);
    void findRun(const std::shared_ptr<Sending> &sending);
    void finish(const std::shared_ptr<Sending> &sending, DispatchOutcome outcome);
    DispatchOutcome failure(const DispatchRequest &request, const ConnectionStatus &status) const;
    void record(const DispatchRequest &request, const DispatchOutcome &outcome);
    static QString flightKey(const DispatchRequest &request);

    GitHubClient &m_client;
    const Clock &m_clock;
    AuditLog *m_audit = nullptr;
    RunDetails m_runDetails = RunDetails::Automatic;
    QSet<QString> m_inFlight;
};

} // namespace relayq
