#pragma once
// `relayqctl status`: one poll, then runners, active runs and alerts; the exit code says how
// the fleet is (0 healthy, 1 alerts) or why it could not be checked (2 temporary, 3 config).

#include "CommandLine.h"

#include <functional>

namespace relayq::cli {

class CliSession;

// Runs the command on the event loop and calls `done(exitCode)` when it has printed.
void runStatus(const CommandLine &commandLine, CliSession &session,
               const std::function<void(int)> &done);

} // namespace relayq::cli
