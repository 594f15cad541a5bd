#pragma once
// How the last conversation with GitHub went. A connection problem is never a runner problem:
// it is reported as this state and nothing else.

#include <QDateTime>
#include <QString>

namespace relayq {

enum class ConnectionState {
    Ok,
    Unreachable, // DNS, refused, reset, no route
    Timeout, // no complete answer in time
    TlsError, // certificate or handshake failure
    AuthFailed, // 401: token missing, expired or revoked
    Forbidden, // 403 without rate limit: missing permission or scope
    NotFound, // 404: no such target, or hidden from this token
    RateLimited, // primary or secondary rate limit
    ServerError, // 5xx, or an answer that makes no sense (e.g. a redirect to another host)
    Malformed, // body is not the JSON GitHub documents
};

// Stable machine names used in `relayqctl status --json`: "ok", "unreachable", …
QString connectionStateKey(ConnectionState state);
// Exit code of the seed's convention: 0 ok, 2 temporary failure, 3 configuration problem.
int exitCodeFor(ConnectionState state);
// Whether trying again later can help (unreachable, timeout, rate limit, 5xx, malformed).
bool isTemporary(ConnectionState state);

struct ConnectionStatus
{
    ConnectionState state = ConnectionState::Ok;
    QString message; // in words, naming the target and what to do; empty when Ok
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QDateTime retryAt; // when a rate limit or back-off ends; invalid when not limited

    bool isOk() const { return state == ConnectionState::Ok; }
    static ConnectionStatus ok() { return {}; }
};

} // namespace relayq
