#pragma once
// relayqctl's command line: one parser for every command, so `status` and `watch` take the same
// target options. Mistakes are usage errors (exit 3) with a message that says what to type.

#include "MonitorSettings.h"
#include "Target.h"

#include <QStringList>
#include <QUrl>

#include <optional>

namespace relayq::cli {

enum ExitCode {
    ExitHealthy = 0,
    ExitAlerts = 1,
    ExitTemporary = 2,
    ExitUsage = 3,
};

struct CommandLine
{
    QString command; // "status", "watch"
    TargetList targets;
    QUrl apiUrl;
    bool json = false;
    bool demo = false;
    int verbosity = 0; // number of -v
    int intervalSeconds = 0; // 0: the default
    int maxPolls = 0; // watch: stop after this many polls (0: until interrupted)

    // Parses argv; on --help/--version prints and returns an exit code in `exitNow`.
    static CommandLine parse(const QStringList &arguments, std::optional<int> *exitNow,
                             QString *error);
};

} // namespace relayq::cli
