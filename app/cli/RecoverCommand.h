#pragma once
// `relayqctl recover RUNNER [--from-step N]`: the guided recovery of a runner on this computer
// (RunnerRecovery: back up, stop and uninstall the service, remove the registration, get a
// registration token, configure again, install and start the service, wait until GitHub shows it
// online). Each step is printed on stderr as it starts and ends, the outcome on stdout with the
// backup's path. Exit codes: 0 registered again and online; 1 a step failed (the message says
// how to resume: relayqctl recover RUNNER --from-step N); 2 GitHub could not be reached before
// anything was touched; 3 no folder of that runner here, no token, or no target it belongs to.
//
// svc.sh runs through pkexec; RELAYQ_PRIVILEGE_WRAPPER replaces it ("sudo", or empty for none
// when relayqctl already runs as root; tests set it empty). A failed attempt leaves a small
// resume file (no secrets) in the app's data folder, so --from-step works after config.sh
// removed the runner's `.runner`.

#include "CommandLine.h"

#include <functional>

namespace relayq::cli {

class CliSession;

// Reports the exit code through `done` once.
void runRecover(const CommandLine &commandLine, CliSession &session, std::function<void(int)> done);

} // namespace relayq::cli
