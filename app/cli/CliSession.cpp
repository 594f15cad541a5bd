#include "CliSession.h"

#include "FleetWatch.h"
#include "SimFleet.h"
#include "Simulator.h"
#include "TokenSource.h"

#include <QCoreApplication>
#include <QTextStream>

#include <spdlog/spdlog.h>

namespace relayq::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("relayqctl", text);
}
} // namespace

CliSession::CliSession() = default;
CliSession::~CliSession() = default;

int CliSession::prepare(const CommandLine &commandLine, const MonitorSettings &settings)
{
    QString error;
    const int code = configure(commandLine, settings, &error);
    if (code != ExitHealthy)
        QTextStream(stderr) << error << Qt::endl;
    return code;
}

int CliSession::configure(const CommandLine &commandLine, const MonitorSettings &settings,
                          QString *error)
{
    m_watch = std::make_unique<FleetWatch>(&m_network, m_clock);
    QUrl apiUrl = commandLine.apiUrl;
    TargetList targets = commandLine.targets;

    if (commandLine.demo) {
        // The demo fleet lives in this process on a loopback port: real HTTP, no token.
        m_demo = std::make_unique<sim::Simulator>(m_clock);
        m_demo->fleet().loadDemoFleet();
        if (!m_demo->listen()) {
            *error = tr("Could not start the demo fleet on a loopback port.");
            return ExitTemporary;
        }
        apiUrl = m_demo->baseUrl();
        if (targets.isEmpty())
            targets.append(
                Target::repository(QStringLiteral("relayq-demo"), QStringLiteral("media-jobs")));
        m_watch->setToken(QStringLiteral("demo"));
        spdlog::info("demo fleet serving on {}", m_demo->baseUrl().toString().toStdString());
    } else {
        const auto found = tokenFromEnvironment();
        if (!found) {
            *error = tr("No GitHub token. Set GH_TOKEN (or GITHUB_TOKEN) to a token that can read "
                        "the runners of your targets, e.g. export GH_TOKEN=$(gh auth token).");
            return ExitUsage;
        }
        m_watch->setToken(found->token);
        // The variable's name only, never its value.
        spdlog::debug("GitHub credentials read from {}", found->source.toStdString());
    }

    if (const auto refused = m_watch->setApiBase(apiUrl)) {
        *error = *refused;
        return ExitUsage;
    }
    m_watch->setTargets(targets);
    m_watch->setSettings(settings);
    return ExitHealthy;
}

} // namespace relayq::cli
