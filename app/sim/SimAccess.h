#pragma once
// The simulator's token registry and its judge: who is calling (401 for a token it does not
// know, a revoked or an expired one), what the endpoint needs, and whether this token has it —
// answered in GitHub's words (403 with X-Accepted-GitHub-Permissions for fine-grained tokens,
// 403 or 404 for classic ones, 404 for what the token cannot see), plus the scope headers every
// answer to a classic token carries. Inactive (everything allowed) until a token is added.

#include "SimHttpResponse.h"
#include "SimToken.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>

#include <optional>

namespace relayq::sim {

class SimFleet;

class SimAccess
{
public:
    struct Verdict
    {
        std::optional<SimToken> token; // the caller's token (when the registry is in use)
        std::optional<SimHttpResponse> refusal; // 401, 403 or 404 in GitHub's words
        QList<QPair<QByteArray, QByteArray>> headers; // for the answer, whatever it is
    };

    // Adds a token, or replaces the one with the same secret.
    void add(const SimToken &token);
    // The token stops working (401) but the registry stays in use. False when unknown.
    bool revoke(const QString &secret);
    // Forgets every token: the simulator accepts requests as before tokens were added.
    void clear();
    bool isActive() const { return m_active; }
    const QList<SimToken> &tokens() const { return m_tokens; }

    // authorization: the request's Authorization header as received; path without /api/v3.
    Verdict judge(const QByteArray &method, const QString &path, const QByteArray &authorization,
                  const SimFleet &fleet, const QDateTime &now) const;

private:
    enum class Area { Other, User, Repository, RepoRunners, RepoActions, Organization, OrgRunners };
    struct Endpoint
    {
        Area area = Area::Other;
        QString target; // "owner/repo" or "org"
        bool write = false;
    };
    static Endpoint classify(const QByteArray &method, const QString &path);
    static QByteArray acceptedScopes(Area area);
    static std::optional<SimHttpResponse> classicRefusal(const SimToken &token,
                                                         const Endpoint &endpoint);
    static std::optional<SimHttpResponse> fineGrainedRefusal(const SimToken &token,
                                                             const Endpoint &endpoint,
                                                             bool selected, Verdict &verdict);
    std::optional<SimToken> find(const QByteArray &authorization) const;

    QList<SimToken> m_tokens;
    QSet<QString> m_revoked;
    bool m_active = false;
};

} // namespace relayq::sim
