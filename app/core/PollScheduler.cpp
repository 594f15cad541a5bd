#include "PollScheduler.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace relayq {

PollScheduler::PollScheduler(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PollScheduler::checkDue);
}

int PollScheduler::clampInterval(int seconds)
{
    return std::clamp(seconds, kMinimumIntervalSeconds, kMaximumIntervalSeconds);
}

qint64 PollScheduler::delaySeconds(int intervalSeconds, const ConnectionStatus &status,
                                   const RateLimitState &rateLimit, int chargedRequests,
                                   const QDateTime &now)
{
    // GitHub said when to come back: exactly then (one second late, for clock skew).
    if (status.state == ConnectionState::RateLimited && status.retryAt.isValid())
        return std::max<qint64>(1, now.secsTo(status.retryAt) + 1);

    qint64 delay = clampInterval(intervalSeconds);
    if (rateLimit.isKnown() && rateLimit.reset.isValid()) {
        const qint64 untilReset = std::max<qint64>(0, now.secsTo(rateLimit.reset)) + 1;
        const qint64 remaining = rateLimit.remaining;
        const qint64 charged = std::max(0, chargedRequests);
        if (remaining == 0) {
            delay = std::max(delay, untilReset);
        } else if (charged > 0) {
            // Polls until the reset at this pace: untilReset / delay, each costing `charged`;
            // keep their sum within kBudgetShare of what is left. Never longer than the reset,
            // which refills the budget.
            const double needed
                = double(charged) * double(untilReset - 1) / (kBudgetShare * double(remaining));
            const qint64 stretched = std::min<qint64>(qint64(std::ceil(needed)), untilReset);
            delay = std::max(delay, stretched);
        }
    }
    // Other failures keep the pace, but a back-off the client asked for is honoured.
    if (status.retryAt.isValid())
        delay = std::max(delay, now.secsTo(status.retryAt) + 1);
    return delay;
}

void PollScheduler::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = clampInterval(seconds);
    if (m_running && !m_polling && m_haveLastPoll)
        schedule();
}

void PollScheduler::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_polling)
        beginPoll();
}

void PollScheduler::stop()
{
    m_running = false;
    m_confirming = false;
    m_timer.stop();
    m_nextPollAt = QDateTime();
}

bool PollScheduler::pollNow()
{
    if (m_polling)
        return false;
    beginPoll();
    return true;
}

void PollScheduler::pollFinished(const ConnectionStatus &status, const RateLimitState &rateLimit,
                                 int chargedRequests)
{
    m_polling = false;
    m_confirming = false; // asked for by whoever digests this poll, after it
    m_haveLastPoll = true;
    m_lastFinishedAt = m_clock.now();
    m_lastStatus = status;
    m_lastRateLimit = rateLimit;
    m_lastCharged = chargedRequests;
    if (m_running)
        schedule();
}

void PollScheduler::confirmSoon()
{
    if (!m_running || m_polling || !m_haveLastPoll)
        return;
    m_confirming = true;
    schedule();
}

bool PollScheduler::checkDue()
{
    if (!m_running || m_polling || !m_nextPollAt.isValid())
        return false;
    if (m_clock.now() < m_nextPollAt) {
        armTimer();
        return false;
    }
    beginPoll();
    return true;
}

void PollScheduler::beginPoll()
{
    // Marked in flight before the signal: a receiver may finish the poll synchronously.
    m_polling = true;
    m_confirming = false;
    m_timer.stop();
    m_nextPollAt = QDateTime();
    emit pollDue();
}

// Measured from the end of the last poll, so a slow poll does not eat into the pause after it.
void PollScheduler::schedule()
{
    qint64 delay = delaySeconds(m_intervalSeconds, m_lastStatus, m_lastRateLimit, m_lastCharged,
                                m_lastFinishedAt);
    // A confirming poll is a poll at the shortest interval: holds and back-offs apply to it alike.
    if (m_confirming)
        delay = std::min(delay,
                         delaySeconds(kConfirmSeconds, m_lastStatus, m_lastRateLimit, m_lastCharged,
                                      m_lastFinishedAt));
    m_nextPollAt = m_lastFinishedAt.addSecs(delay);
    armTimer();
}

void PollScheduler::armTimer()
{
    const qint64 ms = std::max<qint64>(0, m_clock.now().msecsTo(m_nextPollAt));
    m_timer.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

} // namespace relayq
