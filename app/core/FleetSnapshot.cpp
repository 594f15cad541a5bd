#include "FleetSnapshot.h"

namespace relayq {

namespace {
// Which failure to show when targets fail differently: the one the user must act on first.
int rank(ConnectionState s)
{
    switch (s) {
    case ConnectionState::Ok: return 0;
    case ConnectionState::NotFound: return 1;
    case ConnectionState::Forbidden: return 2;
    case ConnectionState::Malformed: return 3;
    case ConnectionState::ServerError: return 4;
    case ConnectionState::RateLimited: return 5;
    case ConnectionState::Timeout: return 6;
    case ConnectionState::TlsError: return 7;
    case ConnectionState::Unreachable: return 8;
    case ConnectionState::AuthFailed: return 9;
    }
    return 0;
}
// target.name() == name, without building the name: the rules ask for every runner and job.
bool isNamed(const Target &target, QStringView name)
{
    if (!target.isRepository())
        return name == target.owner;
    const qsizetype ownerSize = target.owner.size();
    return name.size() == ownerSize + 1 + target.repo.size() && name.at(ownerSize) == u'/'
        && name.left(ownerSize) == target.owner && name.mid(ownerSize + 1) == target.repo;
}
} // namespace

ConnectionStatus FleetSnapshot::connection() const
{
    ConnectionStatus worst;
    for (const TargetState &t : targets) {
        if (rank(t.connection.state) > rank(worst.state))
            worst = t.connection;
    }
    return worst;
}

const TargetState *FleetSnapshot::targetState(const QString &targetName) const
{
    for (const TargetState &t : targets) {
        if (isNamed(t.target, targetName))
            return &t;
    }
    return nullptr;
}

bool FleetSnapshot::isTargetFresh(const QString &targetName) const
{
    const TargetState *t = targetState(targetName);
    return t && !t->stale && t->connection.isOk();
}

} // namespace relayq
