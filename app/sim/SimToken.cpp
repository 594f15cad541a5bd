#include "SimToken.h"

#include <QJsonArray>

namespace relayq::sim {

namespace {

bool containsName(const QStringList &names, const QString &name)
{
    return names.contains(name, Qt::CaseInsensitive);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

bool SimToken::hasScope(const QString &scope) const
{
    return scopes.contains(scope);
}

bool SimToken::canSeeRepository(const QString &fullName, bool isPublic) const
{
    if (isPublic)
        return true;
    if (!repositories.isEmpty() && !containsName(repositories, fullName))
        return false;
    // A classic token without `repo` cannot see private repositories at all (GitHub: 404).
    return !isClassic() || hasScope(QStringLiteral("repo"));
}

bool SimToken::canSeeOrganization(const QString &org) const
{
    return organizations.isEmpty() || containsName(organizations, org);
}

QString SimToken::accessName(Access access)
{
    switch (access) {
    case Access::None: return QStringLiteral("none");
    case Access::Read: return QStringLiteral("read");
    case Access::Write: return QStringLiteral("write");
    }
    return QStringLiteral("none");
}

std::optional<SimToken::Access> SimToken::accessFromName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("none"))
        return Access::None;
    if (name == QLatin1String("read"))
        return Access::Read;
    if (name == QLatin1String("write"))
        return Access::Write;
    return std::nullopt;
}

std::optional<SimToken> SimToken::fromJson(const QJsonObject &json)
{
    SimToken token;
    token.token = json.value(QStringLiteral("token")).toString();
    if (token.token.isEmpty())
        return std::nullopt;
    token.login = json.value(QStringLiteral("login")).toString(token.login);
    const QString kind = json.value(QStringLiteral("kind")).toString(QStringLiteral("classic"));
    if (kind == QLatin1String("fine_grained"))
        token.kind = Kind::FineGrained;
    else if (kind != QLatin1String("classic"))
        return std::nullopt;
    if (json.contains(QStringLiteral("scopes")))
        token.scopes = stringList(json.value(QStringLiteral("scopes")));
    token.admin = json.value(QStringLiteral("admin")).toBool(true);
    const QJsonObject permissions = json.value(QStringLiteral("permissions")).toObject();
    const QJsonObject org = json.value(QStringLiteral("organization_permissions")).toObject();
    const auto administration
        = accessFromName(permissions.value(QStringLiteral("administration")).toString());
    const auto actions = accessFromName(permissions.value(QStringLiteral("actions")).toString());
    const auto runners
        = accessFromName(org.value(QStringLiteral("self_hosted_runners")).toString());
    if (!administration || !actions || !runners)
        return std::nullopt;
    token.administration = *administration;
    token.actions = *actions;
    token.selfHostedRunners = *runners;
    token.repositories = stringList(json.value(QStringLiteral("repositories")));
    token.organizations = stringList(json.value(QStringLiteral("organizations")));
    const QString expires = json.value(QStringLiteral("expires_at")).toString();
    if (!expires.isEmpty()) {
        token.expiresAt = QDateTime::fromString(expires, Qt::ISODate);
        if (!token.expiresAt.isValid())
            return std::nullopt;
    }
    return token;
}

QJsonObject SimToken::toJson() const
{
    QJsonObject json = {
        { QStringLiteral("login"), login },
        { QStringLiteral("kind"),
          isClassic() ? QStringLiteral("classic") : QStringLiteral("fine_grained") },
        { QStringLiteral("repositories"), QJsonArray::fromStringList(repositories) },
        { QStringLiteral("organizations"), QJsonArray::fromStringList(organizations) },
        { QStringLiteral("expires_at"),
          expiresAt.isValid() ? QJsonValue(expiresAt.toUTC().toString(Qt::ISODate))
                              : QJsonValue(QJsonValue::Null) },
    };
    if (isClassic()) {
        json.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
        json.insert(QStringLiteral("admin"), admin);
    } else {
        json.insert(QStringLiteral("permissions"),
                    QJsonObject { { QStringLiteral("administration"), accessName(administration) },
                                  { QStringLiteral("actions"), accessName(actions) },
                                  { QStringLiteral("metadata"), QStringLiteral("read") } });
        json.insert(QStringLiteral("organization_permissions"),
                    QJsonObject {
                        { QStringLiteral("self_hosted_runners"), accessName(selfHostedRunners) } });
    }
    return json;
}

} // namespace relayq::sim
