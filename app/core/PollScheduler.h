#pragma once
// Decides when the fleet is polled next, and makes sure it is never polled twice at once.
// The poller connects to pollDue(), polls, and reports back with pollFinished(); the scheduler
// then picks the next time: the user's interval, stretched so that this app stays within a
// fifth of the rate-limit budget left, and pushed back while GitHub asks us to wait.
//
// The decision is the pure delaySeconds(); the waiting is one single-shot timer that calls
// checkDue(), which compares the injected clock with nextPollAt() (tests call it directly).

#include "Clock.h"
#include "ConnectionStatus.h"
#include "RateLimitState.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace relayq {

class PollScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMinimumIntervalSeconds = 10;
    static constexpr int kMaximumIntervalSeconds = 3600;
    // Share of the remaining primary rate-limit budget this app allows itself until the reset.
    static constexpr double kBudgetShare = 0.2;
    // How soon a runner first seen offline is looked at again (the shortest interval, so a
    // confirming poll is paced, held and backed off exactly like a poll at that interval).
    static constexpr int kConfirmSeconds = kMinimumIntervalSeconds;

    explicit PollScheduler(const Clock &clock, QObject *parent = nullptr);

    static int clampInterval(int seconds);
    // Seconds from `now` to the next poll after a poll that ended with `status`, left
    // `rateLimit` and cost `chargedRequests` requests against the primary limit (304s are free).
    static qint64 delaySeconds(int intervalSeconds, const ConnectionStatus &status,
                               const RateLimitState &rateLimit, int chargedRequests,
                               const QDateTime &now);

    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalSeconds; }

    void start(); // the first poll is due at once
    void stop(); // a poll in flight still finishes; nothing more is scheduled
    bool isRunning() const { return m_running; }
    bool isPolling() const { return m_polling; }
    // Invalid while stopped or while a poll is in flight.
    QDateTime nextPollAt() const { return m_nextPollAt; }

    // Polls at once unless a poll is in flight (then false and nothing happens).
    bool pollNow();
    void pollFinished(const ConnectionStatus &status, const RateLimitState &rateLimit,
                      int chargedRequests);
    // Brings the next poll forward to kConfirmSeconds after the last poll ended: never earlier
    // than a rate-limit hold, the budget's pace or a back-off allows for a poll at that
    // interval, never later than already planned. It holds for that one poll only (a new
    // interval keeps it); ignored while stopped, polling or before the first poll finished.
    void confirmSoon();
    // Whether the next poll is such a confirming one.
    bool isConfirming() const { return m_confirming; }

public slots:
    // Polls when the clock has reached nextPollAt() and no poll is in flight; returns whether
    // it did. Re-arms the timer when called early (a timer may fire before the clock agrees).
    bool checkDue();

signals:
    void pollDue();

private:
    void beginPoll();
    void schedule();
    void armTimer();

    const Clock &m_clock;
    QTimer m_timer;
    int m_intervalSeconds = 30;
    bool m_running = false;
    bool m_polling = false;
    bool m_confirming = false;
    QDateTime m_nextPollAt;
    // How the last poll went, so a new interval can be applied without another poll.
    bool m_haveLastPoll = false;
    QDateTime m_lastFinishedAt;
    ConnectionStatus m_lastStatus;
    RateLimitState m_lastRateLimit;
    int m_lastCharged = 0;
};

} // namespace relayq
