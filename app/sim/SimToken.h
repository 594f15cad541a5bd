#pragma once
// A personal access token the simulator knows: whose it is, its kind, and what it may do —
// a classic token by its scopes, a fine-grained one by its repository and organisation
// permissions and the repositories it was given. Used to answer as GitHub does for tokens of
// different owners and powers (docs/simulator.md, "Tokens").

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace relayq::sim {

struct SimToken
{
    enum class Kind { Classic, FineGrained };
    enum class Access { None, Read, Write };

    QString token; // the secret the client sends; never listed by the control API
    QString login = QStringLiteral("relayq-demo");
    Kind kind = Kind::Classic;
    QDateTime expiresAt; // invalid: never expires; past the clock's now: 401

    // Classic tokens.
    QStringList scopes = { QStringLiteral("repo"), QStringLiteral("workflow") };
    // Whether the account administers the repositories and organisations it can see (needed,
    // with the scopes, for the runners endpoints).
    bool admin = true;

    // Fine-grained tokens: repository permissions, and the organisation permission.
    Access administration = Access::None;
    Access actions = Access::None;
    Access selfHostedRunners = Access::None; // organisation_self_hosted_runners
    // Metadata is always read for a fine-grained token: GitHub grants it to every one.

    // What the token can see: "owner/repo" and "org" names (case-insensitive); empty = every
    // repository (or organisation) of the fleet. Public repositories are visible to all tokens.
    QStringList repositories;
    QStringList organizations;

    bool isClassic() const { return kind == Kind::Classic; }
    bool hasScope(const QString &scope) const;
    bool canSeeRepository(const QString &fullName, bool isPublic) const;
    bool canSeeOrganization(const QString &org) const;

    // The control API's form (docs/simulator.md). fromJson: nothing when `token` is missing or
    // a value is not understood.
    static std::optional<SimToken> fromJson(const QJsonObject &json);
    QJsonObject toJson() const; // without the secret
    static QString accessName(Access access); // "none", "read", "write"
    static std::optional<Access> accessFromName(const QString &name);
};

} // namespace relayq::sim
