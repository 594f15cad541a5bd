#pragma once
// The words of `relayqctl --help` and `relayqctl auth --help`: the commands, where the token
// and the settings come from, and what the exit codes mean.

#include <QString>

namespace relayq::cli {

QString commandHelp();
QString authHelp();

} // namespace relayq::cli
