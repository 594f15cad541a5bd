#pragma once
// `relayqctl dispatch`: STUB until its owner fills it in.

#include "CommandLine.h"

#include <functional>

namespace relayq::cli {

class CliSession;

// Reports the exit code through `done` once.
void runDispatch(const CommandLine &commandLine, CliSession &session,
                 std::function<void(int)> done);

} // namespace relayq::cli
