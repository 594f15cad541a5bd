#include "AccountReport.h"

#include "CommandLine.h"
#include "JsonReport.h"
#include "Relayqctl.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

#include <algorithm>

namespace relayq::cli {

namespace {
QString kindLine(const TokenIdentity &identity)
{
    switch (identity.kind) {
    case TokenIdentity::Kind::Classic:
        return identity.scopes.isEmpty()
            ? Relayqctl::tr("classic, with no scopes")
            : Relayqctl::tr("classic, scopes: %1").arg(identity.scopes.join(QStringLiteral(", ")));
    case TokenIdentity::Kind::FineGrained:
        return Relayqctl::tr("fine-grained: permissions are checked per target");
    case TokenIdentity::Kind::Unknown: break;
    }
    return Relayqctl::tr("unknown kind (GitHub sent no scopes)");
}

QString targetText(const TargetCheck &check)
{
    QString text;
    QTextStream out(&text);
    out << "  " << check.target.name() << ": ";
    if (!check.status.isOk()) {
        out << check.status.message << '\n';
    } else {
        QStringList can;
        if (check.canListRunners)
            can << Relayqctl::tr("runners can be listed");
        if (check.canReadRuns)
            can << Relayqctl::tr("runs can be read");
        if (check.canDispatch.value_or(false))
            can << Relayqctl::tr("workflows can be dispatched");
        out << (check.isOk() ? Relayqctl::tr("ok") : Relayqctl::tr("problems")) << " — "
            << (can.isEmpty() ? Relayqctl::tr("nothing can be read")
                              : can.join(QStringLiteral(", ")))
            << '\n';
    }
    for (const QString &problem : check.problems)
        out << "    ✗ " << problem << '\n';
    for (const QString &note : check.notes)
        out << "    · " << note << '\n';
    return text;
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject targetJson(const TargetCheck &check)
{
    return {
        { QStringLiteral("name"), check.target.name() },
        { QStringLiteral("ok"), check.isOk() },
        { QStringLiteral("connection"), connectionJson(check.status) },
        { QStringLiteral("can_list_runners"), check.canListRunners },
        { QStringLiteral("can_read_runs"), check.canReadRuns },
        { QStringLiteral("can_dispatch"),
          check.canDispatch ? QJsonValue(*check.canDispatch) : QJsonValue() },
        { QStringLiteral("problems"), QJsonArray::fromStringList(check.problems) },
        { QStringLiteral("notes"), QJsonArray::fromStringList(check.notes) },
    };
}
} // namespace

QString originKey(Credentials::Origin origin)
{
    switch (origin) {
    case Credentials::Origin::GhTokenVariable: return QStringLiteral("GH_TOKEN");
    case Credentials::Origin::GithubTokenVariable: return QStringLiteral("GITHUB_TOKEN");
    case Credentials::Origin::Keychain: return QStringLiteral("keychain");
    case Credentials::Origin::SessionMemory: return QStringLiteral("session");
    case Credentials::Origin::None: break;
    }
    return QStringLiteral("none");
}

QString kindKey(TokenIdentity::Kind kind)
{
    switch (kind) {
    case TokenIdentity::Kind::Classic: return QStringLiteral("classic");
    case TokenIdentity::Kind::FineGrained: return QStringLiteral("fine_grained");
    case TokenIdentity::Kind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString AccountReport::text() const
{
    QString text;
    QTextStream out(&text);
    out << host << '\n';
    out << "  " << Relayqctl::tr("Token from: %1").arg(originText) << '\n';
    if (!identity.status.isOk()) {
        out << "  " << identity.status.message << '\n';
        return text;
    }
    out << "  " << Relayqctl::tr("Account:    %1").arg(identity.login) << '\n';
    out << "  " << Relayqctl::tr("Kind:       %1").arg(kindLine(identity)) << '\n';
    out << "  "
        << Relayqctl::tr("Expires:    %1")
               .arg(identity.expiresAt.isValid() ? identity.expiresAt.toUTC().toString(
                        QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                                 : Relayqctl::tr("no expiry date"))
        << '\n';
    if (!targets.isEmpty())
        out << '\n' << Relayqctl::tr("Targets:") << '\n';
    for (const TargetCheck &check : targets)
        out << targetText(check);
    return text;
}

QJsonObject AccountReport::json() const
{
    QJsonArray targetArray;
    for (const TargetCheck &check : targets)
        targetArray.append(targetJson(check));
    const bool known = identity.status.isOk();
    return {
        { QStringLiteral("host"), host },
        { QStringLiteral("api_url"), apiUrl.toString() },
        { QStringLiteral("origin"), originKey(origin) },
        { QStringLiteral("origin_text"), originText },
        { QStringLiteral("connection"), connectionJson(identity.status) },
        { QStringLiteral("login"), known ? QJsonValue(identity.login) : QJsonValue() },
        { QStringLiteral("kind"), kindKey(identity.kind) },
        { QStringLiteral("scopes"), QJsonArray::fromStringList(identity.scopes) },
        { QStringLiteral("expires_at"), timeJson(identity.expiresAt) },
        { QStringLiteral("targets"), targetArray },
    };
}

int AccountReport::exitCode() const
{
    if (!identity.status.isOk())
        return exitCodeFor(identity.status.state);
    int code = ExitHealthy;
    for (const TargetCheck &check : targets) {
        if (!check.status.isOk())
            code = std::max(code, exitCodeFor(check.status.state));
        else if (!check.problems.isEmpty())
            code = std::max(code, int(ExitUsage)); // a missing permission is configuration
    }
    return code;
}

} // namespace relayq::cli
