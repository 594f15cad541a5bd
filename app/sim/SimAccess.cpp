#include "SimAccess.h"

#include "SimApi.h"
#include "SimFleet.h"
#include "SimJsonWriter.h"

#include <QLocale>
#include <QStringList>

namespace relayq::sim {

namespace {

const QString kFineGrainedRefusal
    = QStringLiteral("Resource not accessible by personal access token");

SimHttpResponse refusal(int status, const QString &message)
{
    return SimApi::json(status, SimJsonWriter::error(message, status));
}

bool allows(SimToken::Access granted, bool write)
{
    return granted == SimToken::Access::Write || (!write && granted == SimToken::Access::Read);
}

QByteArray expirationText(const QDateTime &at)
{
    // GitHub's form: "2026-12-31 00:00:00 UTC".
    return QLocale::c()
        .toString(at.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
        .toLatin1();
}

} // namespace

void SimAccess::add(const SimToken &token)
{
    m_tokens.removeIf([&token](const SimToken &known) { return known.token == token.token; });
    m_tokens.append(token);
    m_revoked.remove(token.token);
    m_active = true;
}

bool SimAccess::revoke(const QString &secret)
{
    const qsizetype removed
        = m_tokens.removeIf([&secret](const SimToken &known) { return known.token == secret; });
    if (removed > 0)
        m_revoked.insert(secret);
    return removed > 0;
}

void SimAccess::clear()
{
    m_tokens.clear();
    m_revoked.clear();
    m_active = false;
}

std::optional<SimToken> SimAccess::find(const QByteArray &authorization) const
{
    QByteArray secret;
    if (authorization.startsWith("Bearer "))
        secret = authorization.mid(7);
    else if (authorization.startsWith("token "))
        secret = authorization.mid(6);
    const QString text = QString::fromLatin1(secret.trimmed());
    if (text.isEmpty() || m_revoked.contains(text))
        return std::nullopt;
    for (const SimToken &token : m_tokens) {
        if (token.token == text)
            return token;
    }
    return std::nullopt;
}

SimAccess::Endpoint SimAccess::classify(const QByteArray &method, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Endpoint endpoint;
    endpoint.write = method != "GET" && method != "HEAD";
    const qsizetype n = parts.size();
    if (parts == QStringList { QStringLiteral("user") }) {
        endpoint.area = Area::User;
    } else if (n >= 2 && parts.at(0) == QLatin1String("orgs")) {
        endpoint.target = parts.at(1);
        const bool runners = n >= 4 && parts.at(2) == QLatin1String("actions")
            && parts.at(3) == QLatin1String("runners");
        endpoint.area = runners ? Area::OrgRunners : n == 2 ? Area::Organization : Area::Other;
    } else if (n >= 3 && parts.at(0) == QLatin1String("repos")) {
        endpoint.target = parts.at(1) + QLatin1Char('/') + parts.at(2);
        endpoint.area = Area::Repository;
        if (n >= 4 && parts.at(3) == QLatin1String("actions")) {
            const bool runners = n >= 5 && parts.at(4) == QLatin1String("runners");
            endpoint.area = runners ? Area::RepoRunners : Area::RepoActions;
        }
    }
    return endpoint;
}

QByteArray SimAccess::acceptedScopes(Area area)
{
    switch (area) {
    case Area::Repository:
    case Area::RepoRunners:
    case Area::RepoActions: return "repo";
    case Area::Organization: return "admin:org, read:org, repo, user, write:org";
    case Area::OrgRunners: return "admin:org, manage_runners:org";
    default: return {};
    }
}

SimAccess::Verdict SimAccess::judge(const QByteArray &method, const QString &path,
                                    const QByteArray &authorization, const SimFleet &fleet,
                                    const QDateTime &now) const
{
    Verdict verdict;
    if (!m_active)
        return verdict;
    const std::optional<SimToken> token = find(authorization);
    if (!token || (token->expiresAt.isValid() && token->expiresAt <= now)) {
        verdict.refusal = refusal(401, QStringLiteral("Bad credentials"));
        return verdict;
    }
    verdict.token = token;
    const Endpoint endpoint = classify(method, path);
    if (token->expiresAt.isValid())
        verdict.headers.append(
            { "github-authentication-token-expiration", expirationText(token->expiresAt) });
    if (token->isClassic()) {
        verdict.headers.append(
            { "X-OAuth-Scopes", token->scopes.join(QStringLiteral(", ")).toUtf8() });
        if (const QByteArray accepted = acceptedScopes(endpoint.area); !accepted.isEmpty())
            verdict.headers.append({ "X-Accepted-OAuth-Scopes", accepted });
    }
    // What the token cannot see does not exist (GitHub answers 404, never 403).
    const bool isRepo = endpoint.area == Area::Repository || endpoint.area == Area::RepoRunners
        || endpoint.area == Area::RepoActions;
    const bool isOrg = endpoint.area == Area::Organization || endpoint.area == Area::OrgRunners;
    const bool isPublic = isRepo && fleet.isRepositoryPublic(endpoint.target);
    if ((isRepo && fleet.hasRepository(endpoint.target)
         && !token->canSeeRepository(endpoint.target, isPublic))
        || (isOrg && fleet.hasOrganization(endpoint.target)
            && !token->canSeeOrganization(endpoint.target))) {
        verdict.refusal = SimApi::notFound();
        return verdict;
    }
    if (token->isClassic()) {
        verdict.refusal = classicRefusal(*token, endpoint);
    } else {
        const bool selected = !isRepo || token->repositories.isEmpty()
            || token->repositories.contains(endpoint.target, Qt::CaseInsensitive);
        verdict.refusal = fineGrainedRefusal(*token, endpoint, selected, verdict);
    }
    return verdict;
}

std::optional<SimHttpResponse> SimAccess::classicRefusal(const SimToken &token,
                                                         const Endpoint &endpoint)
{
    const bool repoScope = token.hasScope(QStringLiteral("repo"));
    switch (endpoint.area) {
    case Area::RepoRunners:
        if (!repoScope || !token.admin)
            return refusal(403, QStringLiteral("Must have admin rights to Repository."));
        break;
    case Area::RepoActions:
        // Reading a visible repository's runs needs nothing more; changing anything needs repo.
        if (endpoint.write && !repoScope)
            return SimApi::notFound();
        break;
    case Area::OrgRunners:
        if (!(token.hasScope(QStringLiteral("admin:org"))
              || token.hasScope(QStringLiteral("manage_runners:org")))
            || !token.admin)
            return refusal(403, QStringLiteral("Must have admin rights to Organization."));
        break;
    default: break;
    }
    return std::nullopt;
}

std::optional<SimHttpResponse> SimAccess::fineGrainedRefusal(const SimToken &token,
                                                             const Endpoint &endpoint,
                                                             bool selected, Verdict &verdict)
{
    QByteArray needed;
    bool granted = true;
    const QByteArray level = endpoint.write ? "write" : "read";
    switch (endpoint.area) {
    case Area::Repository: needed = "metadata=read"; break;
    case Area::RepoRunners:
        needed = "administration=" + level;
        granted = selected && token.admin && allows(token.administration, endpoint.write);
        break;
    case Area::RepoActions:
        needed = "actions=" + level;
        // A public repository the token was not given can still be read.
        granted = selected ? allows(token.actions, endpoint.write) : !endpoint.write;
        break;
    case Area::OrgRunners:
        needed = "organization_self_hosted_runners=" + level;
        granted = token.admin && allows(token.selfHostedRunners, endpoint.write);
        break;
    default: break;
    }
    if (!needed.isEmpty())
        verdict.headers.append({ "X-Accepted-GitHub-Permissions", needed });
    if (granted)
        return std::nullopt;
    return refusal(403, kFineGrainedRefusal);
}

} // namespace relayq::sim
