#pragma once
// What every relayqctl command needs before it can talk to GitHub: a clock, the network, the
// token (environment, then OS keychain), the targets, and — with --demo — the built-in
// simulator serving the demo fleet.

#include "Clock.h"
#include "CommandLine.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <memory>

namespace relayq::sim {
class Simulator;
}

namespace relayq {
class AccountCheck;
class Credentials;
class FleetWatch;
class KeychainTokenStore;
class SessionTokenStore;
class TokenStore;
} // namespace relayq

namespace relayq::cli {

class CliSession
{
public:
    using Ready = std::function<void(int exitCode)>;

    CliSession();
    ~CliSession();

    // Sets up the fleet watch (asynchronously: the keychain answers on the event loop); on
    // failure says why on stderr. `ready` runs once with ExitHealthy or the exit code.
    void prepare(const CommandLine &commandLine, const MonitorSettings &settings, Ready ready);

    // Looks for the token of `apiUrl`'s host: GH_TOKEN, GITHUB_TOKEN, OS keychain, session.
    // `loaded` runs once when credentials() has the answer (hasToken() may be false).
    void loadCredentials(const QUrl &apiUrl, std::function<void()> loaded);

    FleetWatch &watch() const { return *m_watch; }
    Credentials &credentials() const { return *m_credentials; }
    TokenStore &keychain() const;
    // For `auth`: a checker with its own client, created on first use.
    AccountCheck &accountCheck();
    const Clock &clock() const { return m_clock; }
    QNetworkAccessManager *network() { return &m_network; }
    // Parent for callbacks: they are dropped when the session goes.
    QObject *context() { return &m_context; }

    // "No GitHub token for HOST …": what to do, plus the keychain's problem when it had one.
    QString noTokenMessage(const QString &host) const;

private:
    int configureDemo(const CommandLine &commandLine, QUrl *apiUrl, TargetList *targets,
                      QString *error);

    SystemClock m_clock;
    QNetworkAccessManager m_network;
    QObject m_context;
    std::unique_ptr<KeychainTokenStore> m_keychain;
    std::unique_ptr<SessionTokenStore> m_sessionStore;
    std::unique_ptr<Credentials> m_credentials;
    std::unique_ptr<AccountCheck> m_accountCheck;
    std::unique_ptr<sim::Simulator> m_demo;
    std::unique_ptr<FleetWatch> m_watch;
};

} // namespace relayq::cli
