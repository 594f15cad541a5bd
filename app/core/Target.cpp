#include "Target.h"

#include <QRegularExpression>

namespace relayq {

namespace {
// GitHub owner and repository names: letters, digits, '-', '_' and '.'.
bool isValidNamePart(const QString &part)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    return !part.isEmpty() && part != QLatin1String(".") && part != QLatin1String("..")
        && valid.match(part).hasMatch();
}
} // namespace

std::optional<Target> Target::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QStringList parts = trimmed.split(QLatin1Char('/'));
    if (parts.size() == 1 && isValidNamePart(parts[0]))
        return organization(parts[0]);
    if (parts.size() == 2 && isValidNamePart(parts[0]) && isValidNamePart(parts[1]))
        return repository(parts[0], parts[1]);
    return std::nullopt;
}

Target Target::repository(const QString &owner, const QString &repo)
{
    return Target { Kind::Repository, owner, repo };
}

Target Target::organization(const QString &org)
{
    return Target { Kind::Organization, org, QString() };
}

QString Target::name() const
{
    return isRepository() ? owner + QLatin1Char('/') + repo : owner;
}

QString Target::apiPath() const
{
    return isRepository() ? QStringLiteral("/repos/%1/%2").arg(owner, repo)
                          : QStringLiteral("/orgs/%1").arg(owner);
}

} // namespace relayq
