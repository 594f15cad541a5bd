#include "SimRegistration.h"

#include "SimApi.h"
#include "SimFleet.h"
#include "SimJsonWriter.h"

#include <QRandomGenerator>

namespace relayq::sim {

namespace {

// GitHub's runner tokens: 29 upper-case base32 characters, e.g. "AABF3JGZDX3P5PMEXLND6TS6FCWO6".
QString newToken()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString token = QStringLiteral("A");
    for (int i = 0; i < 28; ++i)
        token += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]);
    return token;
}

} // namespace

SimRegistration::SimRegistration(SimFleet &fleet) : m_fleet(fleet) { }

std::optional<SimHttpResponse> SimRegistration::answer(const SimHttpRequest &request,
                                                       const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // repos/{o}/{r}/actions/runners/… or orgs/{org}/actions/runners/…
    const bool repo = parts.size() == 6 && parts.at(0) == QLatin1String("repos");
    const bool org = parts.size() == 5 && parts.at(0) == QLatin1String("orgs");
    if (!repo && !org)
        return std::nullopt;
    const QStringList rest = parts.mid(repo ? 3 : 2);
    if (rest.at(0) != QLatin1String("actions") || rest.at(1) != QLatin1String("runners"))
        return std::nullopt;
    QString target = repo ? parts.at(1) + QLatin1Char('/') + parts.at(2) : parts.at(1);
    const QStringList known = repo ? m_fleet.repositories() : m_fleet.organizations();
    for (const QString &name : known) {
        if (name.compare(target, Qt::CaseInsensitive) == 0)
            target = name; // the fleet's own spelling
    }
    if (!known.contains(target))
        return SimApi::notFound();
    const QString what = rest.at(2);
    if (request.method == "POST" && what == QLatin1String("registration-token"))
        return issue(SimRunnerToken::Kind::Registration, target);
    if (request.method == "POST" && what == QLatin1String("remove-token"))
        return issue(SimRunnerToken::Kind::Remove, target);
    if (request.method == "DELETE")
        return deleteRunner(target, what);
    return std::nullopt;
}

std::optional<SimHttpResponse> SimRegistration::issue(SimRunnerToken::Kind kind,
                                                      const QString &target)
{
    SimRunnerToken token;
    token.kind = kind;
    token.token = newToken();
    token.target = target;
    token.expiresAt = m_fleet.now().addSecs(3600);
    m_tokens.append(token);
    return SimApi::json(
        201,
        { { QStringLiteral("token"), token.token },
          { QStringLiteral("expires_at"), SimJsonWriter::timestamp(token.expiresAt) } });
}

SimHttpResponse SimRegistration::deleteRunner(const QString &target, const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    const std::optional<SimRunner> runner = ok ? m_fleet.runner(id) : std::nullopt;
    if (!runner || runner->target.compare(target, Qt::CaseInsensitive) != 0)
        return SimApi::notFound();
    if (runner->busy()) // GitHub refuses to delete a runner that is running a job
        return SimApi::json(422,
                            SimJsonWriter::error(QStringLiteral("Bad request - Runner \"%1\" is "
                                                                "still running a job")
                                                     .arg(runner->name),
                                                 422));
    m_fleet.removeRunner(id);
    SimHttpResponse response;
    response.status = 204;
    return response;
}

const SimRunnerToken *SimRegistration::find(const QString &token, SimRunnerToken::Kind kind,
                                            QString *error) const
{
    for (const SimRunnerToken &known : m_tokens) {
        if (known.token != token || known.kind != kind)
            continue;
        if (known.expiresAt <= m_fleet.now()) {
            if (error)
                *error = QStringLiteral("the token has expired");
            return nullptr;
        }
        return &known;
    }
    if (error)
        *error = QStringLiteral("the token was not issued by this simulator for this purpose");
    return nullptr;
}

qint64 SimRegistration::configure(const QString &registrationToken, const QString &name,
                                  const QStringList &labels, QString *error)
{
    const SimRunnerToken *token
        = find(registrationToken, SimRunnerToken::Kind::Registration, error);
    if (!token)
        return 0;
    for (const SimRunner &runner : m_fleet.runners(token->target)) {
        if (runner.name.compare(name, Qt::CaseInsensitive) == 0)
            m_fleet.removeRunner(runner.id); // --replace
    }
    return m_fleet.addRegisteredRunner(token->target, name, labels);
}

bool SimRegistration::unconfigure(const QString &removeToken, const QString &name, QString *error)
{
    const SimRunnerToken *token = find(removeToken, SimRunnerToken::Kind::Remove, error);
    if (!token)
        return false;
    for (const SimRunner &runner : m_fleet.runners(token->target)) {
        if (runner.name.compare(name, Qt::CaseInsensitive) == 0)
            return m_fleet.removeRunner(runner.id);
    }
    if (error)
        *error = QStringLiteral("no runner named %1 is registered on %2").arg(name, token->target);
    return false;
}

} // namespace relayq::sim
