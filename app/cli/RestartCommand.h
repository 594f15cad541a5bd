#pragma once
// `relayqctl restart RUNNER`: restarts the service behind a runner (its binding in the settings,
// else its folder on this computer) through RunnerRestart — the same single-flight restart the
// tray uses — then waits until GitHub shows the runner online. Progress goes to stderr, the
// outcome to stdout. Exit codes: 0 back online; 1 the helper failed or GitHub still shows it
// offline; 2 GitHub could not be reached to confirm (the service was restarted anyway); 3 no such
// runner, no service to restart, no token, or GitHub does not list it on the targets.
//
// Also here: how relayqctl finds a runner on GitHub (by the id in its `.runner`, then by name),
// which `recover` shares.

#include "CommandLine.h"
#include "ConnectionStatus.h"
#include "Runner.h"

#include <functional>
#include <optional>

namespace relayq::cli {

class CliSession;

// What GitHub said about one runner across the targets.
struct GitHubRunnerLookup
{
    std::optional<Runner> runner; // as GitHub lists it; its `target` names where
    ConnectionStatus connection; // the worst of the targets' answers (Ok when all answered)
};

// Asks GitHub once (every target of `commandLine`) for the runner with `localId` (0: unknown),
// else the one called `runnerName`. `found` runs once: with ExitHealthy and the lookup, or with
// the exit code when the session could not be prepared (it said why on stderr).
void lookUpRunner(const CommandLine &commandLine, CliSession &session, qint64 localId,
                  const QString &runnerName,
                  std::function<void(int code, const GitHubRunnerLookup &lookup)> found);

// Reports the exit code through `done` once.
void runRestart(const CommandLine &commandLine, CliSession &session, std::function<void(int)> done);

} // namespace relayq::cli
