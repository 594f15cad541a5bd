#pragma once
// `relayqctl auth login|status|logout`: the GitHub token in the OS keychain, as `gh auth` does
// it. The token arrives on stdin only, is checked with GitHub before it is kept, and is never
// printed; `auth status` says where it came from, whose it is and what it may not do.

#include "CommandLine.h"

#include <functional>

namespace relayq::cli {

class CliSession;

// Runs `commandLine.subcommand` on the event loop and calls `done(exitCode)` when finished.
void runAuth(const CommandLine &commandLine, CliSession &session,
             const std::function<void(int)> &done);

} // namespace relayq::cli
