#pragma once
// `relayqctl runners`: the runners installed on this machine (directory, service, helper) and,
// when a token and targets are at hand, what GitHub says about each. Exit code: 0 all fine or
// GitHub not asked (no token, no targets), 1 a runner needs attention (a problem in its
// directory, offline, or unknown to GitHub), 2/3 GitHub could not be asked as with `status`.

#include "CommandLine.h"

#include <functional>

namespace relayq::cli {

class CliSession;

// Runs the command on the event loop and calls `done(exitCode)` when it has printed.
void runRunners(const CommandLine &commandLine, CliSession &session,
                const std::function<void(int)> &done);

} // namespace relayq::cli
