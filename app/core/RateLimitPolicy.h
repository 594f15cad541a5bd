#pragma once
// Decides, from GitHub's answers, when RelayQ must stop asking and for how long:
// - primary limit used up (403/429 with x-ratelimit-remaining: 0): hold every request until
//   x-ratelimit-reset;
// - secondary limit (403/429 with "secondary rate limit" or retry-after): honour retry-after,
//   else wait 60 s, doubling per consecutive secondary limit up to 1 h, plus 0–10 % jitter so
//   several clients do not return in step.
// Time comes from the injected Clock only; the jitter from an injectable random source.

#include "HttpHeaders.h"
#include "RateLimitState.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace relayq {

class Clock;

class RateLimitPolicy
{
public:
    enum class Limit { None, Primary, Secondary };
    // Returns a number in [0, 1).
    using RandomSource = std::function<double()>;

    static constexpr int kSecondaryFirstWaitSeconds = 60;
    static constexpr int kSecondaryMaxWaitSeconds = 3600;
    static constexpr double kMaxJitter = 0.10;

    explicit RateLimitPolicy(const Clock &clock);
    void setRandomSource(RandomSource random);

    // Reads x-ratelimit-*; returns true when the known state changed.
    bool readHeaders(const HttpHeaders &headers);
    // Judges one answer (after readHeaders) and starts a hold when it reports a limit.
    // `message` is GitHub's "message" field from the body, if any.
    Limit judge(int httpStatus, const HttpHeaders &headers, const QString &message);

    // Which limit holds requests back right now (None once the clock has reached the end).
    Limit activeLimit() const;
    // When the current hold ends; invalid when requests may be sent.
    QDateTime blockedUntil() const;
    RateLimitState state() const { return m_state; }
    int consecutiveSecondary() const { return m_consecutiveSecondary; }

    // The wait after the n-th consecutive secondary limit (n >= 1) without retry-after.
    static qint64 secondaryWaitMs(int consecutive, double jitter);

private:
    QDateTime retryAfter(const HttpHeaders &headers) const;
    void holdUntil(const QDateTime &until, Limit limit);

    const Clock &m_clock;
    RandomSource m_random;
    RateLimitState m_state;
    QDateTime m_blockedUntil;
    Limit m_limit = Limit::None;
    int m_consecutiveSecondary = 0;
};

} // namespace relayq
