#pragma once
// `relayqctl watch`: keeps polling and prints one line per alert raised or cleared, and per
// change of the connection to GitHub, until interrupted (or --polls N checks are done).

#include "CommandLine.h"

#include <functional>

namespace relayq::cli {

class CliSession;

void runWatch(const CommandLine &commandLine, CliSession &session,
              const std::function<void(int)> &done);

} // namespace relayq::cli
