#pragma once
// Registering self-hosted runners, as GitHub does it: the API hands out short-lived
// registration and remove tokens (POST …/actions/runners/registration-token, …/remove-token),
// the runner's config.sh trades them for a registration or its removal, and an administrator can
// delete a registration outright (DELETE …/actions/runners/{id}). The simulator cannot see a
// config.sh run, so whoever plays the runner (a test, docs/simulator.md "Registering runners")
// reports it through configure()/unconfigure() with the token config.sh was given.

#include "SimHttpRequest.h"
#include "SimHttpResponse.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace relayq::sim {

class SimFleet;

struct SimRunnerToken
{
    enum class Kind { Registration, Remove };
    Kind kind = Kind::Registration;
    QString token;
    QString target; // "owner/repo" or "org", as the fleet spells it
    QDateTime expiresAt; // one hour after it was issued
};

class SimRegistration
{
public:
    explicit SimRegistration(SimFleet &fleet);

    // The token and delete endpoints; std::nullopt for any other request. `path` is the API path
    // without the GHES prefix.
    std::optional<SimHttpResponse> answer(const SimHttpRequest &request, const QString &path);

    // What `config.sh --unattended --replace --name NAME --labels …` does with a registration
    // token: registers NAME on the token's target (offline: its service is not running yet),
    // replacing a runner of that name. Returns the new runner's id, or 0 with `error` in words
    // for an unknown, expired or wrong kind of token.
    qint64 configure(const QString &registrationToken, const QString &name,
                     const QStringList &labels, QString *error = nullptr);
    // What `config.sh remove` does with a remove token: deletes the registration named NAME.
    bool unconfigure(const QString &removeToken, const QString &name, QString *error = nullptr);

    QList<SimRunnerToken> issued() const { return m_tokens; } // the secrets included: tests only

private:
    std::optional<SimHttpResponse> issue(SimRunnerToken::Kind kind, const QString &target);
    SimHttpResponse deleteRunner(const QString &target, const QString &idText);
    const SimRunnerToken *find(const QString &token, SimRunnerToken::Kind kind,
                               QString *error) const;

    SimFleet &m_fleet;
    QList<SimRunnerToken> m_tokens;
};

} // namespace relayq::sim
