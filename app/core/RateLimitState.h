#pragma once
// GitHub's primary rate limit as last reported in x-ratelimit-* headers.

#include <QDateTime>
#include <QString>

namespace relayq {

struct RateLimitState
{
    int limit = -1; // -1 until the first answer with headers
    int remaining = -1;
    int used = -1;
    QDateTime reset; // when `remaining` is refilled (UTC)
    QString resource; // "core", …

    bool isKnown() const { return limit >= 0 && remaining >= 0; }
};

} // namespace relayq
