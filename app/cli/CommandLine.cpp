#include "CommandLine.h"

#include "ApiHost.h"
#include "HelpText.h"
#include "Relayqctl.h"
#include "TokenArguments.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace relayq::cli {

namespace {
const QStringList &authCommands()
{
    static const QStringList commands { QStringLiteral("login"), QStringLiteral("status"),
                                        QStringLiteral("logout") };
    return commands;
}

// Every option of every command, in one parser.
struct Options
{
    QCommandLineParser parser;
    QCommandLineOption help = parser.addHelpOption();
    // Not addVersionOption(): it takes -v, which here means --verbose (as in most CLIs).
    QCommandLineOption version { QStringLiteral("version"),
                                 Relayqctl::tr("Print the version and exit.") };
    QCommandLineOption repo { QStringLiteral("repo"),
                              Relayqctl::tr("Watch the repository OWNER/REPO (repeatable)."),
                              Relayqctl::tr("OWNER/REPO") };
    QCommandLineOption org { QStringLiteral("org"),
                             Relayqctl::tr("Watch the organisation ORG (repeatable)."),
                             Relayqctl::tr("ORG") };
    QCommandLineOption apiUrl {
        QStringLiteral("api-url"),
        Relayqctl::tr("GitHub API URL: https://api.github.com or https://HOST/api/v3 (default: the "
                      "settings file's, else https://api.github.com)."),
        Relayqctl::tr("URL")
    };
    QCommandLineOption hostname { QStringLiteral("hostname"),
                                  Relayqctl::tr(
                                      "GitHub host instead of --api-url: github.com or a GitHub "
                                      "Enterprise host."),
                                  Relayqctl::tr("HOST") };
    QCommandLineOption config { QStringLiteral("config"),
                                Relayqctl::tr(
                                    "Settings file to read (default: RELAYQ_CONFIG, else the "
                                    "one relayq-tray uses)."),
                                Relayqctl::tr("FILE") };
    QCommandLineOption withToken { QStringLiteral("with-token"),
                                   Relayqctl::tr(
                                       "auth login: read the token from standard input.") };
    QCommandLineOption json { QStringLiteral("json"),
                              Relayqctl::tr("Print JSON instead of text.") };
    QCommandLineOption demo { QStringLiteral("demo"),
                              Relayqctl::tr(
                                  "Use the built-in demo fleet (no token, no settings).") };
    QCommandLineOption verbose { { QStringLiteral("v"), QStringLiteral("verbose") },
                                 Relayqctl::tr("Log more to stderr (repeat for debug detail).") };
    QCommandLineOption interval { QStringLiteral("interval"),
                                  Relayqctl::tr("watch: seconds between checks (10 to 3600)."),
                                  Relayqctl::tr("SECONDS") };
    QCommandLineOption runnerDir { QStringLiteral("runner-dir"),
                                   Relayqctl::tr(
                                       "runners: a runner directory on this machine (repeatable)."),
                                   Relayqctl::tr("DIR") };
    QCommandLineOption out { QStringLiteral("out"),
                             Relayqctl::tr(
                                 "backup: the folder for the archive (default: the app's backup "
                                 "folder)."),
                             Relayqctl::tr("DIR") };
    QCommandLineOption force { QStringLiteral("force"),
                               Relayqctl::tr(
                                   "restore: replace the configuration of a configured runner.") };
    QCommandLineOption ref { QStringLiteral("ref"),
                             Relayqctl::tr(
                                 "dispatch: the branch or tag to run on (default: the repository's "
                                 "default branch)."),
                             Relayqctl::tr("REF") };
    QCommandLineOption fromStep {
        QStringLiteral("from-step"),
        Relayqctl::tr("recover: resume at step N, as the last attempt said."), Relayqctl::tr("N")
    };
    QCommandLineOption polls { QStringLiteral("polls"),
                               Relayqctl::tr("watch: stop after N checks instead of running until "
                                             "interrupted."),
                               Relayqctl::tr("N") };

    Options()
    {
        parser.setApplicationDescription(
            Relayqctl::tr("relayqctl watches self-hosted GitHub Actions runners.\n\n")
            + commandHelp());
        parser.addOptions({ version, repo, org, apiUrl, hostname, config, withToken, json, demo,
                            verbose, interval, polls, runnerDir, out, force, ref, fromStep });
        parser.addPositionalArgument(
            QStringLiteral("command"),
            Relayqctl::tr("status, watch, runners, backup, restore ARCHIVE, restart "
                          "RUNNER, dispatch WORKFLOW [NAME=VALUE]..., recover RUNNER, "
                          "or auth login|status|logout"));
    }
};

// dispatch WORKFLOW [NAME=VALUE]...: the workflow, then its inputs.
bool readDispatch(const QStringList &positional, CommandLine *result, QString *error)
{
    if (positional.size() < 2 || positional.at(1).contains(u'=')) {
        *error = Relayqctl::tr(
            "dispatch wants the workflow's file name, then its inputs:\n"
            "  relayqctl dispatch --repo OWNER/REPO build.yml [--ref REF] [NAME=VALUE]...");
        return false;
    }
    result->command = positional.at(0);
    result->workflow = positional.at(1);
    for (const QString &word : positional.mid(2)) {
        const qsizetype equals = word.indexOf(u'=');
        if (equals <= 0) {
            *error = Relayqctl::tr("Inputs are written NAME=VALUE; \"%1\" is not.").arg(word);
            return false;
        }
        const QString name = word.left(equals);
        if (result->inputs.contains(name)) {
            *error = Relayqctl::tr("The input %1 is given twice.").arg(name);
            return false;
        }
        result->inputs.insert(name, word.mid(equals + 1));
    }
    return true;
}

// The command words; on a mistake, what to type instead.
bool readCommand(const QStringList &positional, CommandLine *result, QString *error)
{
    const QString first = positional.value(0);
    if (first == QLatin1String("status") || first == QLatin1String("watch")
        || first == QLatin1String("runners")) {
        if (positional.size() == 1) {
            result->command = first;
            return true;
        }
        *error = Relayqctl::tr("%1 takes no further words; targets go in --repo and --org.")
                     .arg(first);
        return false;
    }
    if (first == QLatin1String("backup") && positional.size() == 1) {
        result->command = first;
        return true;
    }
    if (first == QLatin1String("restore")) {
        if (positional.size() == 2) {
            result->command = first;
            result->archive = positional.at(1);
            return true;
        }
        *error = Relayqctl::tr(
            "restore wants one archive: relayqctl restore ARCHIVE --runner-dir DIR");
        return false;
    }
    if (first == QLatin1String("restart") || first == QLatin1String("recover")) {
        if (positional.size() == 2 && !positional.at(1).isEmpty()) {
            result->command = first;
            result->runnerName = positional.at(1);
            return true;
        }
        *error = Relayqctl::tr("%1 wants one runner name: relayqctl %1 RUNNER").arg(first);
        return false;
    }
    if (first == QLatin1String("dispatch"))
        return readDispatch(positional, result, error);
    if (first == QLatin1String("auth")) {
        if (positional.size() == 2 && authCommands().contains(positional.at(1))) {
            result->command = first;
            result->subcommand = positional.at(1);
            return true;
        }
        // The extra words are not repeated: one of them could be a token.
        *error
            = Relayqctl::tr("auth wants one of login, status, logout (and a token only on standard "
                            "input).")
            + QLatin1Char('\n') + authHelp();
        return false;
    }
    *error = positional.isEmpty()
        ? Relayqctl::tr("No command given.") + QLatin1Char('\n') + commandHelp()
        : Relayqctl::tr("Unknown command: %1.").arg(positional.join(u' ')) + QLatin1Char('\n')
            + commandHelp();
    return false;
}

bool readTargets(const Options &o, CommandLine *result, QString *error)
{
    for (const QString &name : o.parser.values(o.repo)) {
        const auto target = Target::parse(name);
        if (!target || !target->isRepository()) {
            *error
                = Relayqctl::tr(
                      "Not a repository: \"%1\". Write it as OWNER/REPO, e.g. octocat/hello-world.")
                      .arg(name);
            return false;
        }
        result->targets.append(*target);
    }
    for (const QString &name : o.parser.values(o.org)) {
        const auto target = Target::parse(name);
        if (!target || target->isRepository()) {
            *error = Relayqctl::tr("Not an organisation name: \"%1\".").arg(name);
            return false;
        }
        result->targets.append(*target);
    }
    return true;
}

bool readHost(const Options &o, CommandLine *result, QString *error)
{
    if (o.parser.isSet(o.apiUrl) && o.parser.isSet(o.hostname)) {
        *error = Relayqctl::tr("Give either --api-url or --hostname, not both.");
        return false;
    }
    if (o.parser.isSet(o.apiUrl))
        result->apiUrl = QUrl(o.parser.value(o.apiUrl));
    if (o.parser.isSet(o.hostname)) {
        const auto url = apiUrlForHostname(o.parser.value(o.hostname), error);
        if (!url)
            return false;
        result->apiUrl = *url;
    }
    return true;
}

bool readNumber(const Options &o, const QCommandLineOption &option, int low, int high, int *into,
                QString *error)
{
    if (!o.parser.isSet(option))
        return true;
    bool ok = false;
    const int value = o.parser.value(option).toInt(&ok);
    if (!ok || value < low || value > high) {
        *error = Relayqctl::tr("--%1 wants a whole number from %2 to %3, not \"%4\".")
                     .arg(option.names().constFirst())
                     .arg(low)
                     .arg(high)
                     .arg(o.parser.value(option));
        return false;
    }
    *into = value;
    return true;
}

// Options that belong to one command only.
bool checkCombinations(const CommandLine &result, QString *error)
{
    const bool login = result.isAuth() && result.subcommand == QLatin1String("login");
    if (result.withToken && !login) {
        *error = Relayqctl::tr("--with-token belongs to auth login.");
        return false;
    }
    if (login && !result.withToken) {
        *error = Relayqctl::tr(
            "auth login reads the token from standard input and needs --with-token:\n"
            "  relayqctl auth login --with-token < token.txt\n"
            "  gh auth token | relayqctl auth login --with-token");
        return false;
    }
    const bool archives
        = result.command == QLatin1String("backup") || result.command == QLatin1String("restore");
    if (!result.runnerDirectories.isEmpty() && result.command != QLatin1String("runners")
        && !archives) {
        *error = Relayqctl::tr("--runner-dir belongs to runners, backup and restore.");
        return false;
    }
    if (archives && result.runnerDirectories.size() != 1) {
        *error = Relayqctl::tr("%1 needs exactly one runner folder: --runner-dir DIR.")
                     .arg(result.command);
        return false;
    }
    if (!result.outputDirectory.isEmpty() && result.command != QLatin1String("backup")) {
        *error = Relayqctl::tr("--out belongs to backup.");
        return false;
    }
    if (result.force && result.command != QLatin1String("restore")) {
        *error = Relayqctl::tr("--force belongs to restore.");
        return false;
    }
    if (!result.ref.isEmpty() && result.command != QLatin1String("dispatch")) {
        *error = Relayqctl::tr("--ref belongs to dispatch.");
        return false;
    }
    if (result.fromStep != 0 && result.command != QLatin1String("recover")) {
        *error = Relayqctl::tr("--from-step belongs to recover.");
        return false;
    }
    if (result.command == QLatin1String("dispatch")
        && (result.targets.size() != 1 || !result.targets.constFirst().isRepository())) {
        *error = Relayqctl::tr("dispatch needs exactly one repository: --repo OWNER/REPO.");
        return false;
    }
    if (result.isAuth() && result.demo) {
        *error = Relayqctl::tr("The demo fleet needs no token: --demo does not go with auth.");
        return false;
    }
    return true;
}

bool printHelpOrVersion(const Options &o, std::optional<int> *exitNow)
{
    QTextStream out(stdout);
    if (o.parser.isSet(o.help)) {
        out << (o.parser.positionalArguments().value(0) == QLatin1String("auth")
                    ? authHelp() + QLatin1Char('\n')
                    : o.parser.helpText());
        *exitNow = ExitHealthy;
        return true;
    }
    if (o.parser.isSet(o.version)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        *exitNow = ExitHealthy;
        return true;
    }
    return false;
}
} // namespace

CommandLine CommandLine::parse(const QStringList &arguments, std::optional<int> *exitNow,
                               QString *error)
{
    CommandLine result;
    // Before the parser, whose own messages could repeat a token given as an argument.
    if (const auto refused = refuseTokenArguments(arguments.mid(1))) {
        *error = *refused;
        return result;
    }
    Options o;
    if (!o.parser.parse(arguments)) {
        *error = o.parser.errorText();
        return result;
    }
    if (printHelpOrVersion(o, exitNow))
        return result;
    if (!readCommand(o.parser.positionalArguments(), &result, error))
        return result;
    result.json = o.parser.isSet(o.json);
    result.demo = o.parser.isSet(o.demo);
    result.withToken = o.parser.isSet(o.withToken);
    result.configFile = o.parser.value(o.config);
    result.runnerDirectories = o.parser.values(o.runnerDir);
    result.outputDirectory = o.parser.value(o.out);
    result.force = o.parser.isSet(o.force);
    // optionNames() lists an option once per occurrence: -vv counts twice.
    const QStringList seen = o.parser.optionNames();
    result.verbosity = int(seen.count(QStringLiteral("v")) + seen.count(QStringLiteral("verbose")));

    result.ref = o.parser.value(o.ref);
    if (!readTargets(o, &result, error) || !readHost(o, &result, error)
        || !readNumber(o, o.interval, 10, 3600, &result.intervalSeconds, error)
        || !readNumber(o, o.polls, 1, 1000000, &result.maxPolls, error)
        || !readNumber(o, o.fromStep, 1, 7, &result.fromStep, error)
        || !checkCombinations(result, error))
        return result;
    return result;
}

void CommandLine::applySettings(const AppSettings &settings)
{
    if (apiUrl.isEmpty())
        apiUrl = settings.apiUrl;
    if (targets.isEmpty())
        targets = settings.targets;
    if (runnerDirectories.isEmpty())
        runnerDirectories = settings.runnerDirectories;
    runnerBindings = settings.runnerBindings;
    monitor = settings.monitor;
}

} // namespace relayq::cli
