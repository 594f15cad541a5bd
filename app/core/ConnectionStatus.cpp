#include "ConnectionStatus.h"

namespace relayq {

QString connectionStateKey(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Ok: return QStringLiteral("ok");
    case ConnectionState::Unreachable: return QStringLiteral("unreachable");
    case ConnectionState::Timeout: return QStringLiteral("timeout");
    case ConnectionState::TlsError: return QStringLiteral("tls_error");
    case ConnectionState::AuthFailed: return QStringLiteral("auth_failed");
    case ConnectionState::Forbidden: return QStringLiteral("forbidden");
    case ConnectionState::NotFound: return QStringLiteral("not_found");
    case ConnectionState::RateLimited: return QStringLiteral("rate_limited");
    case ConnectionState::ServerError: return QStringLiteral("server_error");
    case ConnectionState::Malformed: return QStringLiteral("malformed");
    }
    return QStringLiteral("unknown");
}

bool isTemporary(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Unreachable:
    case ConnectionState::Timeout:
    case ConnectionState::RateLimited:
    case ConnectionState::ServerError:
    case ConnectionState::Malformed: return true;
    default: return false;
    }
}

int exitCodeFor(ConnectionState state)
{
    if (state == ConnectionState::Ok)
        return 0;
    return isTemporary(state) ? 2 : 3;
}

} // namespace relayq
