#include "WatchCommand.h"

#include "CliSession.h"
#include "FleetMonitor.h"
#include "FleetPoller.h"
#include "FleetWatch.h"
#include "JsonReport.h"
#include "PollScheduler.h"
#include "TextReport.h"
#include "unix/InterruptWatcher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace relayq::cli {

namespace {
void printLine(const QString &text)
{
    QTextStream out(stdout);
    out << text << Qt::endl; // flushed: a pipe reader sees each event when it happens
}

void printJson(const QJsonObject &json)
{
    printLine(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

void startWatching(const CommandLine &commandLine, CliSession &session,
                   const std::function<void(int)> &done)
{
    FleetWatch &watch = session.watch();
    const Clock &clock = session.clock();
    const bool json = commandLine.json;

    auto onAlert = [&clock, json](const QString &event) {
        return [&clock, json, event](const Alert &alert) {
            json ? printJson(alertEventJson(event, alert, clock.now()))
                 : printLine(alertEventLine(event, alert, clock.now()));
        };
    };
    FleetMonitor &monitor = watch.monitor();
    QObject::connect(&monitor, &FleetMonitor::alertRaised, &watch,
                     onAlert(QStringLiteral("raised")));
    QObject::connect(&monitor, &FleetMonitor::alertCleared, &watch,
                     onAlert(QStringLiteral("cleared")));
    QObject::connect(&monitor, &FleetMonitor::notice, &watch, onAlert(QStringLiteral("notice")));
    QObject::connect(&watch, &FleetWatch::connectionChanged, &watch,
                     [&clock, json](const ConnectionStatus &now, const ConnectionStatus &) {
                         json ? printJson(connectionEventJson(now, clock.now()))
                              : printLine(connectionEventLine(now, clock.now()));
                     });

    auto polls = std::make_shared<int>(0);
    QObject::connect(&watch, &FleetWatch::polled, &watch,
                     [&session, polls, json, maxPolls = commandLine.maxPolls,
                      done](const FleetSnapshot &snapshot) {
                         if (*polls == 0 && !json && snapshot.connection().isOk())
                             printLine(fleetSummaryLine(snapshot));
                         if (++*polls >= maxPolls && maxPolls > 0) {
                             session.watch().stop();
                             done(ExitHealthy);
                         }
                     });

    auto *interrupt = new InterruptWatcher(&watch);
    QObject::connect(interrupt, &InterruptWatcher::interrupted, &watch, [&session, done] {
        session.watch().stop();
        done(ExitHealthy);
    });
    if (!json) {
        QStringList names;
        for (const Target &target : watch.poller().targets())
            names.append(target.name());
        printLine(QCoreApplication::translate("relayqctl",
                                              "Watching %1%2, checking every %3 s. "
                                              "Ctrl+C stops.")
                      .arg(names.join(QStringLiteral(", ")),
                           commandLine.demo
                               ? QCoreApplication::translate("relayqctl", " (demo fleet)")
                               : QString())
                      .arg(watch.scheduler().intervalSeconds()));
    }
    watch.start();
}
} // namespace

void runWatch(const CommandLine &commandLine, CliSession &session,
              const std::function<void(int)> &done)
{
    MonitorSettings settings = commandLine.monitor;
    if (commandLine.intervalSeconds > 0)
        settings.pollIntervalSeconds = commandLine.intervalSeconds;
    else if (commandLine.demo)
        settings.pollIntervalSeconds = 10; // the demo fleet changes within seconds

    session.prepare(commandLine, settings, [commandLine, &session, done](int code) {
        if (code != ExitHealthy)
            return done(code);
        startWatching(commandLine, session, done);
    });
}

} // namespace relayq::cli
