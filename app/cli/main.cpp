// relayqctl: RelayQ's headless face. Every command is a thin printer over the core.

#include "ApplicationLog.h"
#include "AuthCommand.h"
#include "BackupCommand.h"
#include "CliSession.h"
#include "CommandLine.h"
#include "DispatchCommand.h"
#include "RecoverCommand.h"
#include "RestartCommand.h"
#include "RunnersCommand.h"
#include "SettingsFile.h"
#include "StatusCommand.h"
#include "Translations.h"
#include "WatchCommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {
// Logs go to stderr only, so stdout stays clean for --json; no file (the tray keeps that). The
// same redaction as the tray's log masks tokens in every line.
std::unique_ptr<relayq::ApplicationLog> setUpLogging(int verbosity)
{
    relayq::ApplicationLog::Options options;
    options.writeFile = false;
    auto log = std::make_unique<relayq::ApplicationLog>(options);
    log->setLevel(verbosity >= 2       ? QStringLiteral("debug")
                      : verbosity == 1 ? QStringLiteral("info")
                                       : QStringLiteral("warn"));
    return log;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relayqctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAYQ_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("RelayQ"));
    // The system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), before --help is printed.
    relayq::Translations translations;
    translations.install(QString());

    using namespace relayq::cli;
    std::optional<int> exitNow;
    QString error;
    const CommandLine commandLine = CommandLine::parse(app.arguments(), &exitNow, &error);
    if (exitNow)
        return *exitNow;
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return ExitUsage;
    }
    const auto log = setUpLogging(commandLine.verbosity);

    // The demo fleet takes nothing from the user's settings; everything else starts from them.
    CommandLine command = commandLine;
    if (!command.demo) {
        const auto settings = readSettings(command, &error);
        if (!settings) {
            QTextStream(stderr) << error << Qt::endl;
            return ExitUsage;
        }
        command.applySettings(*settings);
    }

    // Commands report their exit code once; the event loop then ends with it.
    // Commands start inside the event loop, so even an early failure reaches exit().
    CliSession session;
    auto done = [](int code) { QCoreApplication::exit(code); };
    QTimer::singleShot(0, &app, [&] {
        if (command.isAuth())
            runAuth(command, session, done);
        else if (command.command == QLatin1String("backup"))
            done(runBackup(command));
        else if (command.command == QLatin1String("restore"))
            done(runRestore(command));
        else if (command.command == QLatin1String("restart"))
            runRestart(command, session, done);
        else if (command.command == QLatin1String("dispatch"))
            runDispatch(command, session, done);
        else if (command.command == QLatin1String("recover"))
            runRecover(command, session, done);
        else if (command.command == QLatin1String("runners"))
            runRunners(command, session, done);
        else if (command.command == QLatin1String("status"))
            runStatus(command, session, done);
        else
            runWatch(command, session, done);
    });
    return app.exec();
}
