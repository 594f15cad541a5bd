#include "RateLimitPolicy.h"

#include "Clock.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace relayq {

namespace {

bool isLimitStatus(int status)
{
    return status == 403 || status == 429;
}

bool mentionsSecondaryLimit(const QString &message)
{
    return message.contains(QLatin1String("secondary rate limit"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("abuse detection"), Qt::CaseInsensitive);
}

} // namespace

RateLimitPolicy::RateLimitPolicy(const Clock &clock)
    : m_clock(clock), m_random([] { return QRandomGenerator::global()->generateDouble(); })
{ }

void RateLimitPolicy::setRandomSource(RandomSource random)
{
    if (random)
        m_random = std::move(random);
}

bool RateLimitPolicy::readHeaders(const HttpHeaders &headers)
{
    const auto limit = headers.number("x-ratelimit-limit");
    const auto remaining = headers.number("x-ratelimit-remaining");
    if (!limit || !remaining)
        return false;
    RateLimitState next;
    next.limit = int(*limit);
    next.remaining = int(*remaining);
    next.used = int(headers.number("x-ratelimit-used").value_or(*limit - *remaining));
    if (const auto reset = headers.number("x-ratelimit-reset"))
        next.reset = QDateTime::fromSecsSinceEpoch(*reset, Qt::UTC);
    next.resource = QString::fromLatin1(headers.value("x-ratelimit-resource"));
    const bool changed = next.limit != m_state.limit || next.remaining != m_state.remaining
        || next.used != m_state.used || next.reset != m_state.reset
        || next.resource != m_state.resource;
    m_state = next;
    return changed;
}

RateLimitPolicy::Limit RateLimitPolicy::judge(int httpStatus, const HttpHeaders &headers,
                                              const QString &message)
{
    const auto remaining = headers.number("x-ratelimit-remaining");
    const QDateTime now = m_clock.now();
    const QDateTime retry = retryAfter(headers);
    const bool exhausted = remaining && *remaining == 0;

    if (exhausted) {
        // The primary limit is used up, whether this answer failed or was the last one allowed:
        // the next request would only be refused.
        QDateTime until = m_state.reset;
        if (!until.isValid() || until <= now)
            until = now.addSecs(kSecondaryFirstWaitSeconds);
        if (retry.isValid() && retry > until)
            until = retry;
        holdUntil(until, Limit::Primary);
        return isLimitStatus(httpStatus) ? Limit::Primary : Limit::None;
    }
    const bool secondary = isLimitStatus(httpStatus)
        && (httpStatus == 429 || retry.isValid() || mentionsSecondaryLimit(message));
    if (!secondary) {
        if (httpStatus >= 200 && httpStatus < 400)
            m_consecutiveSecondary = 0;
        return Limit::None;
    }
    ++m_consecutiveSecondary;
    QDateTime until = retry;
    if (!until.isValid())
        until = now.addMSecs(secondaryWaitMs(m_consecutiveSecondary, m_random()));
    holdUntil(until, Limit::Secondary);
    return Limit::Secondary;
}

qint64 RateLimitPolicy::secondaryWaitMs(int consecutive, double jitter)
{
    const int doublings = std::clamp(consecutive - 1, 0, 16);
    const qint64 base = std::min<qint64>(qint64(kSecondaryFirstWaitSeconds) << doublings,
                                         kSecondaryMaxWaitSeconds)
        * 1000;
    const double share = std::clamp(jitter, 0.0, 1.0) * kMaxJitter;
    const qint64 waited = base + qint64(double(base) * share);
    return std::min<qint64>(waited, qint64(kSecondaryMaxWaitSeconds) * 1000);
}

QDateTime RateLimitPolicy::retryAfter(const HttpHeaders &headers) const
{
    const QByteArray text = headers.value("retry-after").trimmed();
    if (text.isEmpty())
        return {};
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return m_clock.now().addSecs(std::max<qint64>(seconds, 0));
    // The HTTP-date form: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(text.left(25)),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!date.isValid())
        return {};
    date.setTimeSpec(Qt::UTC);
    return date;
}

void RateLimitPolicy::holdUntil(const QDateTime &until, Limit limit)
{
    const QDateTime now = m_clock.now();
    if (m_blockedUntil.isValid() && m_blockedUntil > now && m_blockedUntil > until)
        return; // an earlier, longer hold stays
    m_blockedUntil = until;
    m_limit = limit;
}

RateLimitPolicy::Limit RateLimitPolicy::activeLimit() const
{
    return blockedUntil().isValid() ? m_limit : Limit::None;
}

QDateTime RateLimitPolicy::blockedUntil() const
{
    if (m_blockedUntil.isValid() && m_clock.now() < m_blockedUntil)
        return m_blockedUntil;
    return {};
}

} // namespace relayq
