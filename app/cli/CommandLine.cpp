#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace relayq::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("relayqctl", text);
}

const QStringList &knownCommands()
{
    static const QStringList commands { QStringLiteral("status"), QStringLiteral("watch") };
    return commands;
}

QString commandHelp()
{
    return tr("Commands:\n"
              "  status   Check the fleet once and print runners, active runs and alerts.\n"
              "  watch    Keep checking and print one line per alert raised or cleared.\n"
              "\n"
              "The token is read from GH_TOKEN, then GITHUB_TOKEN (never from the command line).\n"
              "Exit codes: 0 healthy, 1 alerts present, 2 temporary failure (GitHub unreachable,\n"
              "timeout, rate limited, server error), 3 usage or configuration error (bad\n"
              "arguments, no token, token rejected, no permission, target not found).");
}
} // namespace

CommandLine CommandLine::parse(const QStringList &arguments, std::optional<int> *exitNow,
                               QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("relayqctl watches self-hosted GitHub Actions runners.\n\n")
                                     + commandHelp());
    const QCommandLineOption help = parser.addHelpOption();
    // Not addVersionOption(): it takes -v, which here means --verbose (as in most CLIs).
    const QCommandLineOption version(QStringLiteral("version"), tr("Print the version and exit."));
    const QCommandLineOption repo(QStringLiteral("repo"),
                                  tr("Watch the repository OWNER/REPO (repeatable)."),
                                  tr("OWNER/REPO"));
    const QCommandLineOption org(QStringLiteral("org"),
                                 tr("Watch the organisation ORG (repeatable)."), tr("ORG"));
    const QCommandLineOption apiUrl(
        QStringLiteral("api-url"),
        tr("GitHub API URL: https://api.github.com (default) or https://HOST/api/v3."), tr("URL"),
        QStringLiteral("https://api.github.com"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of text."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Use the built-in demo fleet (no token needed)."));
    const QCommandLineOption verbose({ QStringLiteral("v"), QStringLiteral("verbose") },
                                     tr("Log more to stderr (repeat for debug detail)."));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("watch: seconds between checks (10 to 3600)."),
                                      tr("SECONDS"));
    const QCommandLineOption polls(
        QStringLiteral("polls"),
        tr("watch: stop after N checks instead of running until interrupted."), tr("N"));
    parser.addOptions({ version, repo, org, apiUrl, json, demo, verbose, interval, polls });
    parser.addPositionalArgument(QStringLiteral("command"), tr("status or watch"));

    CommandLine result;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return result;
    }
    QTextStream out(stdout);
    if (parser.isSet(help)) {
        out << parser.helpText();
        *exitNow = ExitHealthy;
        return result;
    }
    if (parser.isSet(version)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        *exitNow = ExitHealthy;
        return result;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !knownCommands().contains(positional.first())) {
        *error = positional.isEmpty() ? tr("No command given.") + QLatin1Char('\n') + commandHelp()
                                      : tr("Unknown command: %1.").arg(positional.join(u' '))
                + QLatin1Char('\n') + commandHelp();
        return result;
    }
    result.command = positional.first();
    result.json = parser.isSet(json);
    result.demo = parser.isSet(demo);
    // optionNames() lists an option once per occurrence: -vv counts twice.
    const QStringList seen = parser.optionNames();
    result.verbosity = int(seen.count(QStringLiteral("v")) + seen.count(QStringLiteral("verbose")));

    for (const QString &name : parser.values(repo)) {
        const auto target = Target::parse(name);
        if (!target || !target->isRepository()) {
            *error
                = tr("Not a repository: \"%1\". Write it as OWNER/REPO, e.g. octocat/hello-world.")
                      .arg(name);
            return result;
        }
        result.targets.append(*target);
    }
    for (const QString &name : parser.values(org)) {
        const auto target = Target::parse(name);
        if (!target || target->isRepository()) {
            *error = tr("Not an organisation name: \"%1\".").arg(name);
            return result;
        }
        result.targets.append(*target);
    }
    if (result.targets.isEmpty() && !result.demo) {
        *error = tr("Nothing to watch: add --repo OWNER/REPO or --org ORG (or try --demo).");
        return result;
    }

    result.apiUrl = QUrl(parser.value(apiUrl));
    auto readNumber = [&](const QCommandLineOption &option, int low, int high, int *into) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < low || value > high) {
            *error = tr("--%1 wants a whole number from %2 to %3, not \"%4\".")
                         .arg(option.names().constFirst())
                         .arg(low)
                         .arg(high)
                         .arg(parser.value(option));
            return false;
        }
        *into = value;
        return true;
    };
    if (!readNumber(interval, 10, 3600, &result.intervalSeconds)
        || !readNumber(polls, 1, 1000000, &result.maxPolls))
        return result;
    return result;
}

} // namespace relayq::cli
