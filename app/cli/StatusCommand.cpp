#include "StatusCommand.h"

#include "CliSession.h"
#include "FleetMonitor.h"
#include "FleetPoller.h"
#include "FleetWatch.h"
#include "GitHubClient.h"
#include "JsonReport.h"
#include "TextReport.h"

#include <QJsonDocument>
#include <QTextStream>

namespace relayq::cli {

namespace {
int exitCodeOf(const FleetSnapshot &snapshot, const AlertList &alerts)
{
    const ConnectionStatus connection = snapshot.connection();
    if (!connection.isOk())
        return exitCodeFor(connection.state);
    const bool worrying = std::any_of(alerts.cbegin(), alerts.cend(), [](const Alert &alert) {
        return alert.severity != Severity::Info;
    });
    return worrying ? ExitAlerts : ExitHealthy;
}

void pollOnce(const CommandLine &commandLine, CliSession &session,
              const std::function<void(int)> &done)
{
    FleetWatch &watch = session.watch();
    QObject::connect(&watch, &FleetWatch::polled, &watch,
                     [&session, commandLine, done](const FleetSnapshot &snapshot) {
                         const AlertList alerts = session.watch().monitor().activeAlerts();
                         QTextStream out(stdout);
                         if (commandLine.json) {
                             out << QJsonDocument(statusJson(snapshot, alerts,
                                                             session.watch().client().rateLimit()))
                                        .toJson(QJsonDocument::Indented);
                         } else {
                             out << statusText(snapshot, alerts);
                         }
                         out.flush();
                         done(exitCodeOf(snapshot, alerts));
                     });
    watch.poller().poll();
}
} // namespace

void runStatus(const CommandLine &commandLine, CliSession &session,
               const std::function<void(int)> &done)
{
    // One poll has no history to debounce on: an offline runner is reported at once.
    MonitorSettings settings = commandLine.monitor;
    settings.offlinePollsBeforeAlert = 1;

    session.prepare(commandLine, settings, [commandLine, &session, done](int code) {
        if (code != ExitHealthy)
            return done(code);
        pollOnce(commandLine, session, done);
    });
}

} // namespace relayq::cli
