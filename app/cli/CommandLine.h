#pragma once
// relayqctl's command line: one parser for every command, so `status` and `watch` take the same
// target options. Mistakes are usage errors (exit 3) with a message that says what to type.
// What the command line leaves open (API URL, targets, thresholds) comes from the settings file
// through applySettings().

#include "AppSettings.h"
#include "MonitorSettings.h"
#include "Target.h"

#include <QMap>
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
    QString command; // "status", "watch", "auth", "runners", "backup", "restore", "restart",
                     // "dispatch", "recover"
    QString subcommand; // auth: "login", "status", "logout"
    TargetList targets;
    QStringList runnerDirectories; // --runner-dir (repeatable); else the settings file's
    RunnerBindingList runnerBindings; // the settings file's: how each runner's service is reached
    QString archive; // restore: the archive to unpack
    QString runnerName; // restart, recover: the runner's name on GitHub
    QString workflow; // dispatch: the workflow's file name (build.yml) or id
    QString ref; // dispatch --ref: branch or tag (empty: the repository's default branch)
    QMap<QString, QString> inputs; // dispatch: NAME=VALUE words, in the order of the names
    int fromStep = 0; // recover --from-step: resume at this step (1 = from the start)
    QString outputDirectory; // backup: --out (empty: the app's backup folder)
    bool force = false; // restore: replace a configured runner
    QUrl apiUrl; // empty until given (--api-url, --hostname) or taken from the settings
    QString configFile; // --config; empty: RELAYQ_CONFIG, else the default settings file
    bool json = false;
    bool demo = false;
    bool withToken = false; // auth login: the token comes on stdin
    int verbosity = 0; // number of -v
    int intervalSeconds = 0; // 0: the default
    int maxPolls = 0; // watch: stop after this many polls (0: until interrupted)
    MonitorSettings monitor; // thresholds: the settings file's, else the defaults

    // Parses argv; on --help/--version prints and returns an exit code in `exitNow`.
    static CommandLine parse(const QStringList &arguments, std::optional<int> *exitNow,
                             QString *error);

    // Fills what the command line left open from the user's settings: the API URL when neither
    // --api-url nor --hostname was given, the targets when no --repo/--org was, the thresholds.
    void applySettings(const AppSettings &settings);
    bool isAuth() const { return command == QLatin1String("auth"); }
};

} // namespace relayq::cli
