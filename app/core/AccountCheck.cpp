#include "AccountCheck.h"

#include "GitHubClient.h"

namespace relayq {
// STUB (being written)
class AccountCheck::Private
{
public:
    GitHubClient *client = nullptr;
};
AccountCheck::AccountCheck(QNetworkAccessManager *network, const Clock &clock, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->client = new GitHubClient(network, clock, this);
}
AccountCheck::~AccountCheck() = default;
std::optional<QString> AccountCheck::setApiBase(const QUrl &base)
{
    return d->client->setApiBase(base);
}
void AccountCheck::setToken(const QString &token)
{
    d->client->setToken(token);
}
void AccountCheck::checkIdentity(QObject *, std::function<void(const TokenIdentity &)>) { }
void AccountCheck::checkTarget(const Target &, QObject *, std::function<void(const TargetCheck &)>)
{ }
GitHubClient &AccountCheck::client() const
{
    return *d->client;
}
QString TokenIdentity::kindText() const
{
    return {};
}
} // namespace relayq
