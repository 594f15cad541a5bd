#pragma once
// "Test connection": who a token belongs to, what kind it is, and whether it can do what each
// target needs — in words the user can act on ("Listing runners of acme/app needs the
// Administration: read permission (fine-grained) or the repo scope and admin rights
// (classic)"). Classic tokens are judged by X-OAuth-Scopes; fine-grained ones by the answers
// of the endpoints themselves (and X-Accepted-GitHub-Permissions). Owns its own GitHubClient,
// so checking a candidate host and token never disturbs the running monitor.

#include "ConnectionStatus.h"
#include "Target.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace relayq {

class Clock;
class GitHubClient;

struct TokenIdentity
{
    enum class Kind { Unknown, Classic, FineGrained };

    ConnectionStatus status; // Ok, or why GET /user failed (auth_failed for a revoked token)
    QString login;
    Kind kind = Kind::Unknown;
    QStringList scopes; // classic tokens: X-OAuth-Scopes
    QDateTime expiresAt; // github-authentication-token-expiration, when sent

    QString kindText() const; // "classic", "fine-grained", "unknown" (translated)
};

struct TargetCheck
{
    Target target;
    ConnectionStatus status; // Ok when the target exists and its runners can be listed
    bool canListRunners = false;
    bool canReadRuns = false; // repositories only
    // Dispatch cannot be tried without dispatching: what is known (classic scopes) or needed.
    std::optional<bool> canDispatch;
    QStringList problems; // each in words, with the permission or scope that is missing
    QStringList notes; // things worth knowing that are not problems

    bool isOk() const { return status.isOk() && problems.isEmpty(); }
};

class AccountCheck : public QObject
{
    Q_OBJECT
public:
    AccountCheck(QNetworkAccessManager *network, const Clock &clock, QObject *parent = nullptr);
    ~AccountCheck() override;

    // As GitHubClient::setApiBase: a message in words when the URL is refused.
    std::optional<QString> setApiBase(const QUrl &base);
    void setToken(const QString &token);

    // GET /user. `done` runs once on the event loop unless `context` is destroyed first.
    void checkIdentity(QObject *context, std::function<void(const TokenIdentity &)> done);
    // What `target` needs: it exists, runners can be listed, runs can be read.
    void checkTarget(const Target &target, QObject *context,
                     std::function<void(const TargetCheck &)> done);

    GitHubClient &client() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace relayq
