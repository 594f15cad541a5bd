// relayq-sim: the GitHub Actions simulator as a stand-alone tool, for the demo, manual testing
// and the contract checks (Prism in front of it). Loopback only; runs until SIGINT/SIGTERM.

#include "Clock.h"
#include "SimFleet.h"
#include "Simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// Quits the event loop cleanly on SIGINT/SIGTERM (a signal handler may only write to a pipe).
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relayq-sim"));
    quitOnSignals(app); // first, so a signal during start-up is not lost

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "relayq::sim::main", "Simulates the GitHub Actions REST API on 127.0.0.1."));
    parser.addHelpOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("relayq::sim::main", "Port (0: any free)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("relayq::sim::main", "Load the demo fleet and its timeline."));
    const QCommandLineOption runnersOption(
        QStringLiteral("runners"),
        QCoreApplication::translate("relayq::sim::main",
                                    "Add N extra runners to relayq-demo/scale (scale tests)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({ portOption, demoOption, runnersOption });
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("relayq::sim::main", "Invalid port.")));
        return 2;
    }

    relayq::SystemClock clock;
    relayq::sim::Simulator simulator(clock);
    if (parser.isSet(demoOption))
        simulator.fleet().loadDemoFleet();
    const int extra = parser.value(runnersOption).toInt();
    if (extra > 0) {
        simulator.fleet().addRepository(QStringLiteral("relayq-demo"), QStringLiteral("scale"));
        simulator.fleet().addRunners(QStringLiteral("relayq-demo/scale"), extra,
                                     QStringLiteral("scale-runner"), { QStringLiteral("scale") });
    }
    simulator.setRequiredToken(qEnvironmentVariable("RELAYQ_SIM_TOKEN"));
    if (!simulator.listen(QHostAddress::LocalHost, quint16(port))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("relayq::sim::main",
                                                            "Cannot listen on 127.0.0.1:%1.")
                                    .arg(port)));
        return 1;
    }
    std::printf("relayq-sim listening on http://127.0.0.1:%u\n", unsigned(simulator.port()));
    std::fflush(stdout);
    return app.exec();
}
