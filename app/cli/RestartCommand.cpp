#include "RestartCommand.h"

#include "AuditLog.h"
#include "CliSession.h"
#include "FleetPoller.h"
#include "FleetWatch.h"
#include "LocalProcessRunner.h"
#include "Relayqctl.h"
#include "RunnerRestart.h"
#include "RunnerServices.h"

#include <QCoreApplication>
#include <QTextStream>

namespace relayq::cli {

namespace {
using Done = std::function<void(int)>;

// What one restart needs until it ends; owned by the session's context, so it lives as long as
// the command does.
class RestartJob : public QObject
{
public:
    RestartJob(const CommandLine &commandLine, CliSession &session)
        : QObject(session.context())
        , services(processes, commandLine.runnerBindings, commandLine.runnerDirectories)
        , audit(session.clock())
    { }

    LocalProcessRunner processes;
    RunnerServices services;
    AuditLog audit;
    std::unique_ptr<RunnerRestart> restart;
};

QString targetNames(const TargetList &targets)
{
    QStringList names;
    for (const Target &target : targets)
        names << target.name();
    return names.join(QStringLiteral(", "));
}

std::optional<Runner> matchRunner(const QList<Runner> &runners, qint64 localId,
                                  const QString &runnerName)
{
    if (localId > 0) {
        for (const Runner &runner : runners) {
            if (runner.id == localId)
                return runner;
        }
    }
    for (const Runner &runner : runners) {
        if (runner.name.compare(runnerName, Qt::CaseInsensitive) == 0)
            return runner;
    }
    return std::nullopt;
}

void printOutcome(const RestartOutcome &outcome, const Done &done)
{
    QTextStream(stdout) << outcome.message << Qt::endl;
    if (outcome.stage == RestartOutcome::Stage::Service && !outcome.helperOutput.isEmpty())
        QTextStream(stderr) << outcome.helperOutput << Qt::endl;
    if (outcome.succeeded)
        return done(ExitHealthy);
    // Only an answer from GitHub can say the runner is still offline.
    const bool unconfirmed
        = outcome.stage == RestartOutcome::Stage::Confirming && !outcome.gitHub.isOk();
    done(unconfirmed ? ExitTemporary : ExitAlerts);
}

// The runner is known on GitHub: RunnerRestart restarts it and waits until it shows online.
void restartAndWait(RestartJob *job, CliSession &session, const RunnerService &service,
                    const Runner &runner, const Done &done)
{
    job->restart
        = std::make_unique<RunnerRestart>(session.watch().client(), session.clock(), &job->audit);
    QObject::connect(
        job->restart.get(), &RunnerRestart::progress, job,
        [](const QString &, const QString &text) { QTextStream(stderr) << text << Qt::endl; });
    QObject::connect(job->restart.get(), &RunnerRestart::finished, job,
                     [done](const RestartOutcome &outcome) { printOutcome(outcome, done); });
    RestartRequest request;
    request.target = *Target::parse(runner.target);
    request.runnerId = runner.id;
    request.runnerName = runner.name; // GitHub's spelling: the wait asks for it by that name
    request.service = service.service;
    request.origin = QStringLiteral("relayqctl");
    if (const auto refused = job->restart->restart(request)) {
        QTextStream(stderr) << *refused << Qt::endl;
        done(ExitAlerts);
    }
}

// GitHub cannot be reached right now: restarting is still what the user asked for, but nobody
// can say whether the runner came back.
void restartUnconfirmed(RestartJob *job, const RunnerService &service,
                        const ConnectionStatus &gitHub, const Done &done)
{
    const QString name = service.runnerName;
    QTextStream(stderr) << Relayqctl::tr(
                               "GitHub is unreachable right now (%1); restarting %2 anyway "
                               "(%3)…")
                               .arg(gitHub.message, name, service.service->helperName())
                        << Qt::endl;
    service.service->run(
        ServiceAction::Restart, job, [job, name, gitHub, done](const ServiceOutcome &result) {
            RestartOutcome outcome;
            outcome.runnerName = name;
            outcome.helperOutput = result.helperOutput;
            outcome.gitHub = gitHub;
            outcome.stage
                = result.ok ? RestartOutcome::Stage::Confirming : RestartOutcome::Stage::Service;
            outcome.message = result.ok
                ? Relayqctl::tr(
                      "The service of %1 restarted, but RelayQ could not confirm it is back: "
                      "GitHub unreachable (%2).")
                      .arg(name, gitHub.message)
                : Relayqctl::tr("Could not restart %1: %2").arg(name, result.message);
            AuditEntry entry;
            entry.action = QStringLiteral("restart");
            entry.subject = name;
            entry.message = outcome.message;
            entry.helperOutput = outcome.helperOutput;
            entry.origin = QStringLiteral("relayqctl");
            job->audit.append(entry);
            printOutcome(outcome, done);
        });
}
} // namespace

void lookUpRunner(const CommandLine &commandLine, CliSession &session, qint64 localId,
                  const QString &runnerName,
                  std::function<void(int code, const GitHubRunnerLookup &lookup)> found)
{
    session.prepare(commandLine, commandLine.monitor,
                    [commandLine, &session, localId, runnerName, found](int code) {
                        if (code != ExitHealthy) // prepare said why on stderr
                            return found(code, {});
                        FleetWatch &watch = session.watch();
                        // The demo fleet's ids are its own: names only there.
                        const qint64 id = commandLine.demo ? 0 : localId;
                        QObject::connect(&watch, &FleetWatch::polled, session.context(),
                                         [id, runnerName, found](const FleetSnapshot &snapshot) {
                                             GitHubRunnerLookup lookup;
                                             lookup.connection = snapshot.connection();
                                             lookup.runner
                                                 = matchRunner(snapshot.runners, id, runnerName);
                                             found(ExitHealthy, lookup);
                                         });
                        watch.poller().poll();
                    });
}

void runRestart(const CommandLine &commandLine, CliSession &session, std::function<void(int)> done)
{
    QTextStream err(stderr);
    auto *job = new RestartJob(commandLine, session);
    const RunnerService service = job->services.find(commandLine.runnerName);
    if (!service.isUsable()) {
        err << service.problem << Qt::endl;
        return done(ExitUsage);
    }
    if (commandLine.targets.isEmpty() && !commandLine.demo) {
        err << Relayqctl::tr(
                   "relayqctl restart needs to know where %1 is registered, to confirm it comes "
                   "back: add --repo OWNER/REPO or --org ORG, or targets in relayq-tray's "
                   "settings.")
                   .arg(commandLine.runnerName)
            << Qt::endl;
        return done(ExitUsage);
    }
    const qint64 localId = service.local ? service.local->agentId : 0;
    lookUpRunner(
        commandLine, session, localId, service.runnerName,
        [commandLine, &session, job, service, done](int code, const GitHubRunnerLookup &lookup) {
            if (code != ExitHealthy)
                return done(code);
            if (lookup.runner)
                return restartAndWait(job, session, service, *lookup.runner, done);
            if (isTemporary(lookup.connection.state))
                return restartUnconfirmed(job, service, lookup.connection, done);
            QTextStream err(stderr);
            if (!lookup.connection.isOk()) {
                err << lookup.connection.message << Qt::endl;
                return done(exitCodeFor(lookup.connection.state));
            }
            err << Relayqctl::tr("GitHub lists no runner called %1 on %2, so a restart could not "
                                 "be confirmed; nothing was restarted. Check the name and the "
                                 "targets (--repo, --org); if its registration is gone, "
                                 "relayqctl recover %1 registers it again.")
                       .arg(service.runnerName, targetNames(commandLine.targets))
                << Qt::endl;
            done(ExitUsage);
        });
}

} // namespace relayq::cli
