#include "AccountCheck.h"

#include "GitHubClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

namespace relayq {

namespace {

const QByteArray kScopesHeader = "x-oauth-scopes";
const QByteArray kExpirationHeader = "github-authentication-token-expiration";

// GitHub's form: "2026-12-31 00:00:00 UTC" (also seen with a numeric offset, "+0100").
QDateTime parseExpiration(const QByteArray &raw)
{
    const QStringList parts
        = QString::fromLatin1(raw).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {};
    const QDate date = QDate::fromString(parts.at(0), Qt::ISODate);
    const QTime time = QTime::fromString(parts.at(1), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    if (parts.size() >= 3 && parts.at(2) != QLatin1String("UTC")
        && parts.at(2) != QLatin1String("GMT")) {
        const QString zone = parts.at(2);
        bool hoursOk = false;
        bool minutesOk = false;
        const int hours = zone.mid(1, 2).toInt(&hoursOk);
        const int minutes = zone.mid(3, 2).toInt(&minutesOk);
        const bool negative = zone.startsWith(QLatin1Char('-'));
        if (zone.size() != 5 || !(negative || zone.startsWith(QLatin1Char('+'))) || !hoursOk
            || !minutesOk)
            return {};
        offsetSeconds = (hours * 3600 + minutes * 60) * (negative ? -1 : 1);
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

// X-OAuth-Scopes, when the answer carried it (only answers to classic tokens do).
std::optional<QStringList> scopesOf(const HttpHeaders &headers)
{
    if (!headers.has(kScopesHeader))
        return std::nullopt;
    QStringList scopes;
    for (const QByteArray &scope : headers.value(kScopesHeader).split(',')) {
        if (const QByteArray name = scope.trimmed(); !name.isEmpty())
            scopes.append(QString::fromLatin1(name));
    }
    return scopes;
}

bool isPermissionRefusal(const ApiResult &result)
{
    // GitHub hides what a token may not touch behind 403 or 404; rate limits are classified
    // as such by the client, so a Forbidden here is about rights.
    return result.status.state == ConnectionState::Forbidden
        || result.status.state == ConnectionState::NotFound;
}

} // namespace

QString TokenIdentity::kindText() const
{
    switch (kind) {
    case Kind::Classic: return QCoreApplication::translate("relayq::TokenIdentity", "classic");
    case Kind::FineGrained:
        return QCoreApplication::translate("relayq::TokenIdentity", "fine-grained");
    case Kind::Unknown: break;
    }
    return QCoreApplication::translate("relayq::TokenIdentity", "unknown");
}

// One target being checked: the requests run one after another, each step deciding whether
// the next one still makes sense.
struct TargetProbe
{
    TargetCheck check;
    bool fineGrainedPrefix = false;
    std::optional<QStringList> scopes; // from the latest answer that carried X-OAuth-Scopes
    QPointer<QObject> context;
    bool hadContext = false;
    std::function<void(const TargetCheck &)> done;

    void learn(const ApiResult &result)
    {
        if (auto seen = scopesOf(result.headers))
            scopes = std::move(seen);
    }
    bool isClassic() const { return scopes.has_value(); }
    bool isFineGrained() const { return !scopes && fineGrainedPrefix; }
    bool hasScope(const QString &scope) const { return scopes && scopes->contains(scope); }
    QString scopesText() const
    {
        return scopes && !scopes->isEmpty()
            ? scopes->join(QStringLiteral(", "))
            : AccountCheck::tr("no scopes", "what a classic token has");
    }
};
using Probe = std::shared_ptr<TargetProbe>;

class AccountCheck::Private
{
public:
    void step(const Probe &probe, const QString &path,
              std::function<void(const Probe &, const ApiResult &)> next);
    void finish(const Probe &probe);

    void repositoryFound(const Probe &probe, const ApiResult &result);
    void repositoryRunners(const Probe &probe, const ApiResult &result);
    void repositoryRuns(const Probe &probe, const ApiResult &result);
    void judgeDispatch(TargetProbe &probe);
    void organizationFound(const Probe &probe, const ApiResult &result);
    void organizationRunners(const Probe &probe, const ApiResult &result);

    QString notFoundProblem(const TargetProbe &probe) const;
    static void refuse(TargetProbe &probe, const ApiResult &result, const QString &problem);

    explicit Private(AccountCheck *owner) : q(owner) { }

    AccountCheck *q;
    GitHubClient *client = nullptr;
    QString token; // only to tell a fine-grained token by its prefix; never shown or logged
};

void AccountCheck::Private::step(const Probe &probe, const QString &path,
                                 std::function<void(const Probe &, const ApiResult &)> next)
{
    // The answer may reach the caller's context after this AccountCheck is gone: stop then.
    client->get(path, probe->hadContext ? probe->context.data() : nullptr,
                [probe, next = std::move(next),
                 alive = QPointer<AccountCheck>(q)](const ApiResult &result) {
                    if (!alive)
                        return;
                    probe->learn(result);
                    next(probe, result);
                });
}

void AccountCheck::Private::finish(const Probe &probe)
{
    if (probe->hadContext && !probe->context)
        return;
    if (probe->done)
        probe->done(probe->check);
}

void AccountCheck::Private::refuse(TargetProbe &probe, const ApiResult &result,
                                   const QString &problem)
{
    probe.check.problems.append(problem);
    if (probe.check.status.isOk()) {
        probe.check.status.state = ConnectionState::Forbidden;
        probe.check.status.message = problem;
        probe.check.status.httpStatus = result.status.httpStatus;
    }
}

QString AccountCheck::Private::notFoundProblem(const TargetProbe &probe) const
{
    const Target &target = probe.check.target;
    if (!target.isRepository())
        return AccountCheck::tr("The organisation %1 was not found, or this token cannot see it.")
            .arg(target.name());
    QString problem
        = AccountCheck::tr("%1 was not found, or this token cannot see it.").arg(target.name());
    if (probe.isClassic() && !probe.hasScope(QStringLiteral("repo")))
        problem += QLatin1Char(' ')
            + AccountCheck::tr("Private repositories need the repo scope, which this classic "
                               "token lacks.");
    else if (probe.isFineGrained())
        problem += QLatin1Char(' ')
            + AccountCheck::tr("A fine-grained token sees only the repositories chosen when it "
                               "was created, and public ones.");
    return problem;
}

void AccountCheck::Private::repositoryFound(const Probe &probe, const ApiResult &result)
{
    if (result.status.state == ConnectionState::NotFound) {
        probe->check.status = result.status;
        probe->check.problems.append(notFoundProblem(*probe));
        return finish(probe);
    }
    if (!result.isOk()) {
        probe->check.status = result.status; // a connection problem, not a permission one
        return finish(probe);
    }
    step(probe, probe->check.target.apiPath() + QStringLiteral("/actions/runners?per_page=1"),
         [this](const Probe &p, const ApiResult &r) { repositoryRunners(p, r); });
}

void AccountCheck::Private::repositoryRunners(const Probe &probe, const ApiResult &result)
{
    const QString name = probe->check.target.name();
    if (result.isOk()) {
        probe->check.canListRunners = true;
    } else if (isPermissionRefusal(result)) {
        QString problem
            = AccountCheck::tr("Listing runners of %1 needs the Administration: read permission "
                               "(fine-grained) or the repo scope and admin rights on the "
                               "repository (classic).")
                  .arg(name);
        if (probe->isClassic() && !probe->hasScope(QStringLiteral("repo")))
            problem += QLatin1Char(' ')
                + AccountCheck::tr("This classic token lacks the repo scope (it has: %1).")
                      .arg(probe->scopesText());
        else if (probe->isClassic())
            problem += QLatin1Char(' ')
                + AccountCheck::tr("This classic token has the repo scope, so the account it "
                                   "belongs to lacks admin rights on %1.")
                      .arg(name);
        refuse(*probe, result, problem);
    } else {
        probe->check.status = result.status;
        return finish(probe);
    }
    step(probe, probe->check.target.apiPath() + QStringLiteral("/actions/runs?per_page=1"),
         [this](const Probe &p, const ApiResult &r) { repositoryRuns(p, r); });
}

void AccountCheck::Private::repositoryRuns(const Probe &probe, const ApiResult &result)
{
    if (result.isOk()) {
        probe->check.canReadRuns = true;
    } else if (isPermissionRefusal(result)) {
        QString problem = AccountCheck::tr("Reading workflow runs of %1 needs the Actions: read "
                                           "permission (fine-grained) or the repo scope "
                                           "(classic).")
                              .arg(probe->check.target.name());
        if (probe->isClassic() && !probe->hasScope(QStringLiteral("repo")))
            problem += QLatin1Char(' ')
                + AccountCheck::tr("This classic token lacks the repo scope (it has: %1).")
                      .arg(probe->scopesText());
        probe->check.problems.append(problem);
    } else {
        probe->check.status = result.status;
        return finish(probe);
    }
    judgeDispatch(*probe);
    finish(probe);
}

void AccountCheck::Private::judgeDispatch(TargetProbe &probe)
{
    // Dispatching cannot be tried without starting a workflow: say what is known and needed.
    if (probe.isClassic()) {
        probe.check.canDispatch = probe.hasScope(QStringLiteral("repo"));
        if (!*probe.check.canDispatch)
            probe.check.notes.append(
                AccountCheck::tr("Dispatching workflows needs the repo scope, which this "
                                 "classic token lacks."));
    } else if (probe.isFineGrained()) {
        probe.check.notes.append(
            AccountCheck::tr("Dispatching workflows needs the Actions: write permission; it "
                             "cannot be checked without dispatching."));
    } else {
        probe.check.notes.append(
            AccountCheck::tr("Dispatching workflows needs the Actions: write permission "
                             "(fine-grained) or the repo scope (classic); it cannot be checked "
                             "without dispatching."));
    }
}

void AccountCheck::Private::organizationFound(const Probe &probe, const ApiResult &result)
{
    if (result.status.state == ConnectionState::NotFound) {
        probe->check.status = result.status;
        probe->check.problems.append(notFoundProblem(*probe));
        return finish(probe);
    }
    if (!result.isOk()) {
        probe->check.status = result.status;
        return finish(probe);
    }
    step(probe, probe->check.target.apiPath() + QStringLiteral("/actions/runners?per_page=1"),
         [this](const Probe &p, const ApiResult &r) { organizationRunners(p, r); });
}

void AccountCheck::Private::organizationRunners(const Probe &probe, const ApiResult &result)
{
    const QString name = probe->check.target.name();
    if (result.isOk()) {
        probe->check.canListRunners = true;
    } else if (isPermissionRefusal(result)) {
        QString problem = AccountCheck::tr("Listing runners of the organisation %1 needs the "
                                           "Self-hosted runners: read organisation permission "
                                           "(fine-grained) or the admin:org scope (classic).")
                              .arg(name);
        const bool adminOrg = probe->hasScope(QStringLiteral("admin:org"));
        const bool manageRunners = probe->hasScope(QStringLiteral("manage_runners:org"));
        if (probe->isClassic() && !adminOrg && !manageRunners)
            problem += QLatin1Char(' ')
                + AccountCheck::tr("This classic token has neither admin:org nor "
                                   "manage_runners:org (it has: %1).")
                      .arg(probe->scopesText());
        else if (probe->isClassic())
            problem += QLatin1Char(' ')
                + AccountCheck::tr("This classic token has the %1 scope, so the account it "
                                   "belongs to is not an owner of %2.")
                      .arg(adminOrg ? QStringLiteral("admin:org")
                                    : QStringLiteral("manage_runners:org"),
                           name);
        refuse(*probe, result, problem);
    } else {
        probe->check.status = result.status;
    }
    finish(probe);
}

AccountCheck::AccountCheck(QNetworkAccessManager *network, const Clock &clock, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this))
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
    d->token = token;
    d->client->setToken(token);
}

void AccountCheck::checkIdentity(QObject *context, std::function<void(const TokenIdentity &)> done)
{
    const bool fineGrainedPrefix = d->token.startsWith(QLatin1String("github_pat_"));
    d->client->get(
        QStringLiteral("/user"), context,
        [done = std::move(done), fineGrainedPrefix](const ApiResult &result) {
            TokenIdentity identity;
            identity.status = result.status;
            if (result.isOk()) {
                identity.login = result.json.object().value(QLatin1String("login")).toString();
                if (identity.login.isEmpty()) {
                    identity.status.state = ConnectionState::Malformed;
                    identity.status.message = AccountCheck::tr(
                        "GitHub's answer about the token's owner (/user) names no login. Check "
                        "the API address.");
                }
                if (const auto scopes = scopesOf(result.headers)) {
                    identity.kind = TokenIdentity::Kind::Classic;
                    identity.scopes = *scopes;
                } else if (fineGrainedPrefix) {
                    identity.kind = TokenIdentity::Kind::FineGrained;
                }
                identity.expiresAt = parseExpiration(result.headers.value(kExpirationHeader));
            }
            if (done)
                done(identity);
        });
}

void AccountCheck::checkTarget(const Target &target, QObject *context,
                               std::function<void(const TargetCheck &)> done)
{
    auto probe = std::make_shared<TargetProbe>();
    probe->check.target = target;
    probe->fineGrainedPrefix = d->token.startsWith(QLatin1String("github_pat_"));
    probe->context = context;
    probe->hadContext = context != nullptr;
    probe->done = std::move(done);
    if (target.isRepository())
        d->step(probe, target.apiPath(),
                [this](const Probe &p, const ApiResult &r) { d->repositoryFound(p, r); });
    else
        d->step(probe, target.apiPath(),
                [this](const Probe &p, const ApiResult &r) { d->organizationFound(p, r); });
}

GitHubClient &AccountCheck::client() const
{
    return *d->client;
}

} // namespace relayq
