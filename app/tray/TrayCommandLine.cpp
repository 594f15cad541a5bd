#include "TrayCommandLine.h"

#include "ApplicationLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace relayq {

namespace {
// Reads --repo and --org into targets; false with `error` set on a malformed name.
bool readTargets(const QCommandLineParser &parser, const QCommandLineOption &repo,
                 const QCommandLineOption &org, TargetList *targets, QString *error)
{
    for (const QString &name : parser.values(repo)) {
        const auto target = Target::parse(name);
        if (!target || !target->isRepository()) {
            *error
                = TrayCommandLine::tr(
                      "Not a repository: \"%1\". Write it as OWNER/REPO, e.g. octocat/hello-world.")
                      .arg(name);
            return false;
        }
        targets->append(*target);
    }
    for (const QString &name : parser.values(org)) {
        const auto target = Target::parse(name);
        if (!target || target->isRepository()) {
            *error = TrayCommandLine::tr("Not an organisation name: \"%1\".").arg(name);
            return false;
        }
        targets->append(*target);
    }
    return true;
}
} // namespace

TrayCommandLine TrayCommandLine::parse(const QStringList &arguments, std::optional<int> *exitNow,
                                       QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("RelayQ Tray shows the state of your self-hosted GitHub Actions runners in the system "
           "tray.\n\nThe token is read from GH_TOKEN, then GITHUB_TOKEN, then the OS "
           "keychain. --repo, --org and --api-url apply to this run only; the settings file "
           "keeps what Settings… saves."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Watch the built-in demo fleet (no token needed)."));
    const QCommandLineOption repo(QStringLiteral("repo"),
                                  tr("Watch the repository OWNER/REPO (repeatable)."),
                                  tr("OWNER/REPO"));
    const QCommandLineOption org(QStringLiteral("org"),
                                 tr("Watch the organisation ORG (repeatable)."), tr("ORG"));
    const QCommandLineOption apiUrl(
        QStringLiteral("api-url"),
        tr("GitHub API URL: https://api.github.com or https://HOST/api/v3 (default: the "
           "settings' URL)."),
        tr("URL"));
    const QCommandLineOption config(
        QStringLiteral("config"),
        tr("Read and write the settings in FILE (default: $RELAYQ_CONFIG, else the user's "
           "config folder)."),
        tr("FILE"));
    const QCommandLineOption noSetup(
        QStringLiteral("no-setup"),
        tr("Do not open the first-run setup by itself when a token or targets are missing."));
    // Long only: -v is --version.
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        tr("Log more (at least the debug level, whatever the settings say). The log is kept in "
           "%1.")
            .arg(QDir::toNativeSeparators(ApplicationLog::defaultFolder())));
    parser.addOptions({ demo, repo, org, apiUrl, config, noSetup, verbose });

    TrayCommandLine result;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return result;
    }
    QTextStream out(stdout);
    if (parser.isSet(help)) {
        out << parser.helpText();
        *exitNow = 0;
        return result;
    }
    if (parser.isSet(version)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        *exitNow = 0;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument: %1.").arg(parser.positionalArguments().join(u' '));
        return result;
    }
    result.demo = parser.isSet(demo);
    if (parser.isSet(apiUrl))
        result.apiUrl = QUrl(parser.value(apiUrl));
    result.configFile = parser.value(config);
    result.noSetup = parser.isSet(noSetup);
    result.verbose = parser.isSet(verbose);
    readTargets(parser, repo, org, &result.targets, error);
    return result;
}

} // namespace relayq
