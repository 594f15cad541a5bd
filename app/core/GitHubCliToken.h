#pragma once
// "Import from GitHub CLI": asks an installed, logged-in `gh` for its token
// (`gh auth token --hostname HOST`). The token arrives on gh's stdout and is never logged.

#include "ProcessRunner.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace relayq {

struct GitHubCliTokenResult
{
    QString token; // empty on failure
    QString message; // in words when it failed ("gh is not installed", "not logged in to HOST")

    bool isOk() const { return !token.isEmpty(); }
};

class GitHubCliToken
{
    Q_DECLARE_TR_FUNCTIONS(relayq::GitHubCliToken)

public:
    explicit GitHubCliToken(ProcessRunner &processes, QString program = QStringLiteral("gh"));

    // `host` is the web host gh knows: "github.com" or the GHES host.
    void fetch(const QString &host, QObject *context,
               std::function<void(const GitHubCliTokenResult &)> done);

    // The host to give gh for an API host: "api.github.com" -> "github.com"; a GitHub
    // Enterprise host stays as it is.
    static QString webHostFor(const QString &apiHost);

    // How long gh may take before it is stopped (15 s; tests make it short).
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

private:
    ProcessRunner &m_processes;
    QString m_program;
    int m_timeoutMs = 15000;
};

} // namespace relayq
