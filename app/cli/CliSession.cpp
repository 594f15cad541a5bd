#include "CliSession.h"

#include "AccountCheck.h"
#include "ApiHost.h"
#include "Credentials.h"
#include "FleetWatch.h"
#include "KeychainTokenStore.h"
#include "Relayqctl.h"
#include "SessionTokenStore.h"
#include "SimFleet.h"
#include "Simulator.h"

#include <QCoreApplication>
#include <QTextStream>

#include <spdlog/spdlog.h>

namespace relayq::cli {

CliSession::CliSession()
    : m_keychain(std::make_unique<KeychainTokenStore>())
    , m_sessionStore(std::make_unique<SessionTokenStore>())
    , m_credentials(std::make_unique<Credentials>(*m_keychain, *m_sessionStore))
{ }

CliSession::~CliSession() = default;

TokenStore &CliSession::keychain() const
{
    return *m_keychain;
}

AccountCheck &CliSession::accountCheck()
{
    if (!m_accountCheck)
        m_accountCheck = std::make_unique<AccountCheck>(&m_network, m_clock);
    return *m_accountCheck;
}

void CliSession::loadCredentials(const QUrl &apiUrl, std::function<void()> loaded)
{
    // Before connecting: a new host may itself emit changed().
    m_credentials->setHost(apiHostKey(apiUrl));
    // changed() comes once per load().
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(m_credentials.get(), &Credentials::changed, &m_context,
                                   [connection, loaded] {
                                       QObject::disconnect(*connection);
                                       loaded();
                                   });
    m_credentials->load();
}

QString CliSession::noTokenMessage(const QString &host) const
{
    QString message
        = Relayqctl::tr("No GitHub token for %1. Log in once with\n"
                        "  relayqctl auth login --with-token < token.txt\n"
                        "(the token goes to the OS keychain), or set GH_TOKEN (or GITHUB_TOKEN), "
                        "e.g. export GH_TOKEN=$(gh auth token).")
              .arg(host);
    if (!m_credentials->problem().isEmpty())
        message += QLatin1Char('\n') + m_credentials->problem();
    return message;
}

int CliSession::configureDemo(const CommandLine &commandLine, QUrl *apiUrl, TargetList *targets,
                              QString *error)
{
    // The demo fleet lives in this process on a loopback port: real HTTP, no token.
    m_demo = std::make_unique<sim::Simulator>(m_clock);
    m_demo->fleet().loadDemoFleet();
    if (!m_demo->listen()) {
        *error = Relayqctl::tr("Could not start the demo fleet on a loopback port.");
        return ExitTemporary;
    }
    *apiUrl = m_demo->baseUrl();
    *targets = commandLine.targets;
    if (targets->isEmpty())
        targets->append(
            Target::repository(QStringLiteral("relayq-demo"), QStringLiteral("media-jobs")));
    m_watch->setToken(QStringLiteral("demo"));
    spdlog::info("demo fleet serving on {}", m_demo->baseUrl().toString().toStdString());
    return ExitHealthy;
}

void CliSession::prepare(const CommandLine &commandLine, const MonitorSettings &settings,
                         Ready ready)
{
    const auto fail = [ready](int code, const QString &error) {
        QTextStream(stderr) << error << Qt::endl;
        ready(code);
    };
    m_watch = std::make_unique<FleetWatch>(&m_network, m_clock);
    QUrl apiUrl = commandLine.apiUrl;
    TargetList targets = commandLine.targets;
    QString error;
    if (commandLine.demo) {
        if (const int code = configureDemo(commandLine, &apiUrl, &targets, &error); code)
            return fail(code, error);
    } else if (targets.isEmpty()) {
        return fail(ExitUsage,
                    Relayqctl::tr(
                        "Nothing to watch: add --repo OWNER/REPO or --org ORG, add targets in "
                        "relayq-tray's settings (or the file named by --config), or try --demo."));
    }
    if (const auto refused = m_watch->setApiBase(apiUrl))
        return fail(ExitUsage, *refused);
    m_watch->setTargets(targets);
    m_watch->setSettings(settings);
    if (commandLine.demo)
        return ready(ExitHealthy);

    loadCredentials(apiUrl, [this, apiUrl, ready, fail] {
        if (!m_credentials->hasToken())
            return fail(ExitUsage, noTokenMessage(apiHostKey(apiUrl)));
        m_watch->setToken(m_credentials->token());
        // Where it came from, never the token itself.
        spdlog::debug("GitHub credentials read from {}", m_credentials->originText().toStdString());
        ready(ExitHealthy);
    });
}

} // namespace relayq::cli
