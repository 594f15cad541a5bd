// relayq-tray: RelayQ's desktop face. Parses the command line, makes sure only one instance
// runs per user, sets up the log, and hands over to TraySession.

#include "AppIdentity.h"
#include "ApplicationIcon.h"
#include "ApplicationLog.h"
#include "FleetWatch.h"
#include "SettingsStore.h"
#include "SingleInstance.h"
#include "StatusWindow.h"
#include "Translations.h"
#include "TrayCommandLine.h"
#include "TraySession.h"
#include "TraySetup.h"
#include "unix/InterruptWatcher.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>

#include <spdlog/spdlog.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
void setNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("relayq-tray"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAYQ_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("RelayQ"));
}

// Start-up and the first poll (every answer in full; later polls get mostly 304s) free about
// 1.3 MB that glibc would keep in the heap for good, counted in the idle RSS: handed back to the
// system once, a second after that poll (its replies are deleted later in the event loop).
void trimHeapAfterFirstPoll(relayq::FleetWatch &watch)
{
#ifdef __GLIBC__
    QObject::connect(
        &watch, &relayq::FleetWatch::polled, &watch,
        [&watch] { QTimer::singleShot(1000, &watch, [] { malloc_trim(0); }); },
        Qt::SingleShotConnection);
#else
    Q_UNUSED(watch);
#endif
}
} // namespace

int main(int argc, char *argv[])
{
    using namespace relayq;
    // The command line is read before any window system is touched: --help, --version and
    // mistakes must work without a display.
    TrayCommandLine commandLine;
    {
        QCoreApplication probe(argc, argv);
        setNames();
        Translations helpLanguage; // --help and mistakes in the system's language
        helpLanguage.install(QString());
        std::optional<int> exitNow;
        QString error;
        commandLine = TrayCommandLine::parse(probe.arguments(), &exitNow, &error);
        if (exitNow)
            return *exitNow;
        if (!error.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 3;
        }
        // A second launch needs no display either: it hands over and leaves.
        if (SingleInstance(SingleInstance::serverNameForUser()).askRunningToShow())
            return 0; // the running one brings its window forward
    }

    QApplication app(argc, argv);
    setNames();
    // The log before anything else logs (reading the settings may warn already); the settings'
    // level once they are read. --verbose wins over the settings, now and after every save.
    ApplicationLog log;
    log.setVerbose(commandLine.verbose);
    const AppSettings settings
        = SettingsStore(TraySetup::settingsFilePath(commandLine.configFile)).load();
    log.setLevel(settings.logLevel);
    if (log.writesFile())
        spdlog::info("relayq-tray {} started; log file: {}", RELAYQ_VERSION,
                     log.filePath().toStdString());
    // The language comes first: every window and menu takes its words when it is made.
    Translations translations;
    const QString languageInUse = translations.install(settings.language);
    QApplication::setApplicationDisplayName(QStringLiteral("RelayQ Tray"));
    QApplication::setDesktopFileName(QString::fromLatin1(AppIdentity::kApplicationId));
    QApplication::setWindowIcon(ApplicationIcon::icon());
    spdlog::info("Language: {}; application icon: {}", languageInUse.toStdString(),
                 ApplicationIcon::source().toStdString());

    SingleInstance instance(SingleInstance::serverNameForUser());
    if (!instance.listen() && instance.anotherInstanceRuns()) {
        // Started at the same moment as another launch, which won: hand over to it and leave.
        const bool shown = instance.handOver();
        spdlog::info("Another relayq-tray is starting; {}",
                     shown ? "it shows its window" : "it did not answer in time");
        return 0;
    }
    if (!instance.isListening())
        QTextStream(stderr) << QCoreApplication::translate(
            "relayq-tray", "Could not claim the single-instance socket; continuing anyway.")
                            << Qt::endl;

    TraySession session;
    session.setLog(&log);
    QObject::connect(&instance, &SingleInstance::showRequested, &session.window(),
                     &StatusWindow::bringForward);
    session.prepare(commandLine);
    session.start();
    trimHeapAfterFirstPoll(session.watch());
    // SIGTERM (logout, a service manager) and Ctrl+C quit through the event loop, like Quit.
    InterruptWatcher interrupt;
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &app, &QCoreApplication::quit);
    return app.exec();
}
