#include "RunnersCommand.h"

#include "ApiHost.h"
#include "CliSession.h"
#include "ConnectionStatus.h"
#include "Credentials.h"
#include "FleetPoller.h"
#include "FleetWatch.h"
#include "Relayqctl.h"
#include "RunnerDiscovery.h"
#include "RunnersReport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace relayq::cli {

namespace {
using Done = std::function<void(int)>;

// Prints and ends with `failure` when GitHub could not be asked, else by what was found.
void finish(const CommandLine &commandLine, const QList<LocalRunnerStatus> &runners, int failure,
            const Done &done)
{
    QTextStream out(stdout);
    if (commandLine.json)
        out << QJsonDocument(runnersJson(runners)).toJson(QJsonDocument::Indented);
    else
        out << runnersText(runners);
    out.flush();
    if (failure != ExitHealthy)
        return done(failure);
    const bool attention
        = std::any_of(runners.cbegin(), runners.cend(),
                      [](const LocalRunnerStatus &r) { return r.needsAttention(); });
    done(attention ? ExitAlerts : ExitHealthy);
}

// A runner GitHub did not list while a target failed may well be on that target: unknown.
void unknownWhereTargetsFailed(const ConnectionStatus &connection,
                               QList<LocalRunnerStatus> *runners)
{
    if (connection.isOk())
        return;
    for (LocalRunnerStatus &status : *runners) {
        if (status.github == LocalRunnerStatus::GitHub::NotFound) {
            status.github = LocalRunnerStatus::GitHub::Unknown;
            status.reason = connection.message;
        }
    }
}

void pollAndMatch(const CommandLine &commandLine, CliSession &session,
                  const QList<LocalRunner> &local, const Done &done)
{
    session.prepare(
        commandLine, commandLine.monitor, [commandLine, &session, local, done](int code) {
            if (code != ExitHealthy) // prepare said why on stderr
                return finish(
                    commandLine,
                    withoutGitHub(local, Relayqctl::tr("GitHub could not be asked (see above)")),
                    code, done);
            FleetWatch &watch = session.watch();
            QObject::connect(&watch, &FleetWatch::polled, &watch,
                             [commandLine, local, done](const FleetSnapshot &snapshot) {
                                 const ConnectionStatus connection = snapshot.connection();
                                 auto runners
                                     = matchedWith(local, snapshot.runners, commandLine.demo);
                                 unknownWhereTargetsFailed(connection, &runners);
                                 finish(commandLine, runners, exitCodeFor(connection.state), done);
                             });
            watch.poller().poll();
        });
}
} // namespace

void runRunners(const CommandLine &commandLine, CliSession &session, const Done &done)
{
    // The demo fleet has no directories on this machine: only what --runner-dir names.
    const QList<LocalRunner> local = commandLine.demo
        ? RunnerDiscovery::discover(commandLine.runnerDirectories, {})
        : RunnerDiscovery::discover(commandLine.runnerDirectories);
    if (commandLine.demo)
        return pollAndMatch(commandLine, session, local, done);
    if (local.isEmpty())
        return finish(commandLine, {}, ExitHealthy, done);
    if (commandLine.targets.isEmpty())
        return finish(
            commandLine,
            withoutGitHub(local,
                          Relayqctl::tr("no targets to ask GitHub about (add --repo or --org, or "
                                        "targets in relayq-tray's settings)")),
            ExitHealthy, done);
    const QUrl apiUrl = commandLine.apiUrl;
    session.loadCredentials(apiUrl, [commandLine, &session, local, done, apiUrl] {
        if (!session.credentials().hasToken())
            return finish(
                commandLine,
                withoutGitHub(local,
                              Relayqctl::tr("no GitHub token for %1 (relayqctl auth login "
                                            "--with-token, or set GH_TOKEN)")
                                  .arg(apiHostKey(apiUrl))),
                ExitHealthy, done);
        pollAndMatch(commandLine, session, local, done);
    });
}

} // namespace relayq::cli
