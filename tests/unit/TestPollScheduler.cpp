// PollScheduler: when the next poll is due, and that polls never overlap. Time is a ManualClock
// and the tests call checkDue() themselves; the real timer is never waited for.

#include "Clock.h"
#include "PollScheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace relayq;

namespace {

const QDateTime kT0(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

ConnectionStatus status(ConnectionState state, qint64 retryInSeconds = -1)
{
    ConnectionStatus s;
    s.state = state;
    if (retryInSeconds >= 0)
        s.retryAt = kT0.addSecs(retryInSeconds);
    return s;
}

RateLimitState rateLimit(int remaining, qint64 resetInSeconds)
{
    RateLimitState r;
    if (remaining < 0)
        return r; // unknown: no answer with headers yet
    r.limit = 5000;
    r.remaining = remaining;
    r.used = 5000 - remaining;
    r.reset = kT0.addSecs(resetInSeconds);
    r.resource = QStringLiteral("core");
    return r;
}

} // namespace

class TestPollScheduler : public QObject
{
    Q_OBJECT

private slots:
    void clamp_data();
    void clamp();
    void delay_data();
    void delay();
    void startPollsAtOnce();
    void noDoublePoll();
    void checkDueWaitsForTheClock();
    void rateLimitedPausesUntilRetryAt();
    void stretchedIntervalIsApplied();
    void intervalChangeReschedules();
    void stopCancelsTheNextPoll();
    void pollFinishedInsidePollDue();
    void pollNowWhileStopped();
    void confirmSoonBringsTheNextPollForward();
    void confirmSoonIsForOnePollOnly();
    void confirmSoonRespectsRateLimitHoldAndBackOff();
    void confirmSoonSurvivesAnIntervalChange();
    void confirmSoonIgnoredWhenNotWaiting();

private:
    void finish(PollScheduler &s, const ConnectionStatus &st = {}, const RateLimitState &rl = {},
                int charged = 0)
    {
        s.pollFinished(st, rl, charged);
    }
};

void TestPollScheduler::clamp_data()
{
    QTest::addColumn<int>("input");
    QTest::addColumn<int>("expected");
    QTest::newRow("negative") << -5 << 10;
    QTest::newRow("below") << 9 << 10;
    QTest::newRow("minimum") << 10 << 10;
    QTest::newRow("default") << 30 << 30;
    QTest::newRow("maximum") << 3600 << 3600;
    QTest::newRow("above") << 3601 << 3600;
}

void TestPollScheduler::clamp()
{
    QFETCH(int, input);
    QFETCH(int, expected);
    QCOMPARE(PollScheduler::clampInterval(input), expected);
    ManualClock clock(kT0);
    PollScheduler scheduler(clock);
    scheduler.setIntervalSeconds(input);
    QCOMPARE(scheduler.intervalSeconds(), expected);
}

void TestPollScheduler::delay_data()
{
    QTest::addColumn<int>("interval");
    QTest::addColumn<int>("state"); // ConnectionState
    QTest::addColumn<qint64>("retryIn"); // -1: no retryAt
    QTest::addColumn<int>("remaining"); // -1: rate limit unknown
    QTest::addColumn<qint64>("resetIn");
    QTest::addColumn<int>("charged");
    QTest::addColumn<qint64>("expected");

    const int ok = int(ConnectionState::Ok);
    const int limited = int(ConnectionState::RateLimited);
    const int down = int(ConnectionState::Unreachable);
    const int server = int(ConnectionState::ServerError);
    QTest::newRow("rate limit unknown")
        << 30 << ok << qint64(-1) << -1 << qint64(0) << 10 << qint64(30);
    QTest::newRow("interval clamped")
        << 2 << ok << qint64(-1) << -1 << qint64(0) << 0 << qint64(10);
    // 10 requests per poll, 3600 s to the reset, 5000 left: 10*3600/(0.2*5000) = 36 s.
    QTest::newRow("light stretch")
        << 30 << ok << qint64(-1) << 5000 << qint64(3600) << 10 << qint64(36);
    QTest::newRow("plenty of budget")
        << 60 << ok << qint64(-1) << 5000 << qint64(3600) << 10 << qint64(60);
    // 10*3600/(0.2*1000) = 180 s.
    QTest::newRow("heavy stretch")
        << 30 << ok << qint64(-1) << 1000 << qint64(3600) << 10 << qint64(180);
    // 7*1000/(0.2*300) = 116.67 → 117 s.
    QTest::newRow("rounded up") << 30 << ok << qint64(-1) << 300 << qint64(1000) << 7
                                << qint64(117);
    QTest::newRow("only 304s cost nothing")
        << 30 << ok << qint64(-1) << 10 << qint64(3600) << 0 << qint64(30);
    QTest::newRow("budget gone: until reset")
        << 30 << ok << qint64(-1) << 0 << qint64(600) << 0 << qint64(601);
    QTest::newRow("stretch capped at reset")
        << 30 << ok << qint64(-1) << 100 << qint64(600) << 50 << qint64(601);
    QTest::newRow("reset passed") << 30 << ok << qint64(-1) << 100 << qint64(-50) << 10
                                  << qint64(30);
    QTest::newRow("rate limited: retryAt")
        << 30 << limited << qint64(300) << 0 << qint64(900) << 3 << qint64(301);
    QTest::newRow("rate limited: retryAt sooner than interval")
        << 30 << limited << qint64(5) << 100 << qint64(900) << 3 << qint64(6);
    QTest::newRow("rate limited without retryAt, budget gone")
        << 30 << limited << qint64(-1) << 0 << qint64(120) << 1 << qint64(121);
    QTest::newRow("unreachable keeps interval")
        << 30 << down << qint64(-1) << -1 << qint64(0) << 0 << qint64(30);
    QTest::newRow("back-off later than interval")
        << 30 << server << qint64(90) << -1 << qint64(0) << 0 << qint64(91);
    QTest::newRow("back-off sooner than interval")
        << 30 << server << qint64(10) << -1 << qint64(0) << 0 << qint64(30);
}

void TestPollScheduler::delay()
{
    QFETCH(int, interval);
    QFETCH(int, state);
    QFETCH(qint64, retryIn);
    QFETCH(int, remaining);
    QFETCH(qint64, resetIn);
    QFETCH(int, charged);
    QFETCH(qint64, expected);

    QCOMPARE(PollScheduler::delaySeconds(interval, status(ConnectionState(state), retryIn),
                                         rateLimit(remaining, resetIn), charged, kT0),
             expected);
}

void TestPollScheduler::startPollsAtOnce()
{
    ManualClock clock(kT0);
    PollScheduler scheduler(clock);
    QSignalSpy due(&scheduler, &PollScheduler::pollDue);
    QVERIFY(!scheduler.isRunning());
    scheduler.start();
    QCOMPARE(due.size(), 1);
    QVERIFY(scheduler.isPolling());
    QVERIFY(!scheduler.nextPollAt().isValid());
    scheduler.start(); // already running: no second poll
    QCOMPARE(due.size(), 1);
}

void TestPollScheduler::noDoublePoll()
{
    ManualClock clock(kT0);
    PollScheduler scheduler(clock);
    QSignalSpy due(&scheduler, &PollScheduler::pollDue);
    scheduler.start();
    QVERIFY(!scheduler.pollNow());
    clock.advance(7200);
    QVERIFY(!scheduler.checkDue());
    QCOMPARE(due.size(), 1);

    finish(scheduler);
    QVERIFY(!scheduler.isPolling());
    QVERIFY(scheduler.pollNow());
    QCOMPARE(due.size(), 2);
    QVERIFY(!scheduler.pollNow());
    QCOMPARE(due.size(), 2);
}

void TestPollScheduler::checkDueWaitsForTheClock()
{
    ManualClock clock(kT0);
    PollScheduler scheduler(clock);
    scheduler.setIntervalSeconds(30);
    QSignalSpy due(&scheduler, &PollScheduler::pollDue);
    scheduler.start();
    clock.advance(4); // the poll took 4 s: the pause is counted from its end
    finish(scheduler);
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(34));

    clock.advance(29);
    QVERIFY(!scheduler.checkDue());
    QCOMPARE(due.size(), 1);
    clock.advanceMs(999);
    QVERIFY(!scheduler.checkDue());
    clock.advanceMs(1);
    QVERIFY(scheduler.checkDue());
    QCOMPARE(due.size(), 2);
    QVERIFY(scheduler.isPolling());
    QVERIFY(!scheduler.checkDue()); // in flight
    QCOMPARE(due.size(), 2);
}

void TestPollScheduler::rateLimitedPausesUntilRetryAt()
{
    ManualClock clock(kT0);
    PollScheduler scheduler(clock);
    QSignalSpy due(&scheduler, &PollScheduler::pollDue);
    scheduler.start();
    finish(scheduler, status(ConnectionState::RateLimited, 600), rateLimit(0, 600), 1);
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(601));
    clock.advance(600);
    QVERIFY(!scheduler.checkDue());
    clock.advance(1);
    QVERIFY(scheduler.checkDue());
    QCOMPARE(due.size(), 2);
}

void TestPollScheduler::stretchedIntervalIsApplied()
{
    ManualClock clock(kT0);
    PollScheduler scheduler(clock);
    scheduler.start();
    finish(scheduler, ConnectionStatus::ok(), rateLimit(1000, 3600), 10);
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(180));
}

void TestPollScheduler::intervalChangeReschedules()
{
    ManualClock clock(kT0);
    PollScheduler scheduler(clock);
    QSignalSpy due(&scheduler, &PollScheduler::pollDue);
    scheduler.start();
    finish(scheduler);
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(30));
    clock.advance(20);
    scheduler.setIntervalSeconds(120);
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(120)); // from the end of the last poll
    scheduler.setIntervalSeconds(10);
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(10)); // already past: due now
    QVERIFY(scheduler.checkDue());
    QCOMPARE(due.size(), 2);
}

void TestPollScheduler::stopCancelsTheNextPoll()
{
    ManualClock clock(kT0);
    PollScheduler scheduler(clock);
    QSignalSpy due(&scheduler, &PollScheduler::pollDue);
    scheduler.start();
    scheduler.stop();
    finish(scheduler); // the poll in flight still ends
    QVERIFY(!scheduler.isPolling());
    QVERIFY(!scheduler.nextPollAt().isValid());
    clock.advance(3600);
    QVERIFY(!scheduler.checkDue());
    QCOMPARE(due.size(), 1);

    scheduler.start();
    QCOMPARE(due.size(), 2);
}

void TestPollScheduler::pollFinishedInsidePollDue()
{
    ManualClock clock(kT0);
    PollScheduler scheduler(clock);
    int polls = 0;
    connect(&scheduler, &PollScheduler::pollDue, this, [&] {
        ++polls;
        QVERIFY(scheduler.isPolling());
        scheduler.pollFinished(ConnectionStatus::ok(), RateLimitState(), 0);
    });
    scheduler.start();
    QCOMPARE(polls, 1);
    QVERIFY(!scheduler.isPolling());
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(30));
    clock.advance(30);
    QVERIFY(scheduler.checkDue());
    QCOMPARE(polls, 2);
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(60));
}

void TestPollScheduler::pollNowWhileStopped()
{
    ManualClock clock(kT0);
    PollScheduler scheduler(clock);
    QSignalSpy due(&scheduler, &PollScheduler::pollDue);
    QVERIFY(scheduler.pollNow()); // a manual refresh works without the schedule
    QCOMPARE(due.size(), 1);
    finish(scheduler);
    QVERIFY(!scheduler.nextPollAt().isValid()); // and schedules nothing
}

// A runner first seen offline: the next poll 10 s after this one ended, not 30.
void TestPollScheduler::confirmSoonBringsTheNextPollForward()
{
    ManualClock clock(kT0);
    PollScheduler scheduler(clock);
    QSignalSpy due(&scheduler, &PollScheduler::pollDue);
    scheduler.start();
    clock.advance(2); // the poll took 2 s: the 10 s are counted from its end
    finish(scheduler, ConnectionStatus::ok(), rateLimit(4990, 3600), 0);
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(32));
    QVERIFY(!scheduler.isConfirming());
    scheduler.confirmSoon();
    QVERIFY(scheduler.isConfirming());
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(12));
    clock.advance(9);
    QVERIFY(!scheduler.checkDue());
    clock.advance(1);
    QVERIFY(scheduler.checkDue());
    QCOMPARE(due.size(), 2);
    QVERIFY(!scheduler.isConfirming());
}

// Not a loop of 10 s polls: the poll after the confirming one is back at the interval.
void TestPollScheduler::confirmSoonIsForOnePollOnly()
{
    ManualClock clock(kT0);
    PollScheduler scheduler(clock);
    scheduler.start();
    finish(scheduler);
    scheduler.confirmSoon();
    scheduler.confirmSoon(); // asked twice for the same poll: still 10 s
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(10));
    clock.advance(10);
    QVERIFY(scheduler.checkDue());
    finish(scheduler);
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(40));
    QVERIFY(!scheduler.isConfirming());
}

// Never earlier than GitHub or the budget allow: a confirming poll is a poll at 10 s.
void TestPollScheduler::confirmSoonRespectsRateLimitHoldAndBackOff()
{
    ManualClock clock(kT0);
    PollScheduler scheduler(clock);
    scheduler.start();
    // GitHub said: come back in 600 s.
    finish(scheduler, status(ConnectionState::RateLimited, 600), rateLimit(0, 600), 1);
    scheduler.confirmSoon();
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(601));

    // Budget used up until the reset.
    scheduler.pollNow();
    finish(scheduler, ConnectionStatus::ok(), rateLimit(0, 300), 1);
    scheduler.confirmSoon();
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(301));

    // A back-off the client asked for, on a failure that is not a rate limit.
    scheduler.pollNow();
    finish(scheduler, status(ConnectionState::ServerError, 45));
    scheduler.confirmSoon();
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(46));

    // The budget's pace: 10 charged requests, 1,000 left for an hour → 180 s, whatever asks.
    scheduler.pollNow();
    finish(scheduler, ConnectionStatus::ok(), rateLimit(1000, 3600), 10);
    scheduler.confirmSoon();
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(180));

    // The pace between 10 and 30 s: the confirming poll waits for it, not for the interval.
    scheduler.pollNow();
    finish(scheduler, ConnectionStatus::ok(), rateLimit(1000, 3600), 1); // 18 s
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(30));
    scheduler.confirmSoon();
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(18));
}

void TestPollScheduler::confirmSoonSurvivesAnIntervalChange()
{
    ManualClock clock(kT0);
    PollScheduler scheduler(clock);
    scheduler.start();
    finish(scheduler);
    scheduler.confirmSoon();
    scheduler.setIntervalSeconds(300);
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(10));
    QVERIFY(scheduler.isConfirming());
}

void TestPollScheduler::confirmSoonIgnoredWhenNotWaiting()
{
    ManualClock clock(kT0);
    PollScheduler scheduler(clock);
    scheduler.confirmSoon(); // stopped, never polled
    QVERIFY(!scheduler.isConfirming());
    QVERIFY(!scheduler.nextPollAt().isValid());

    scheduler.start();
    scheduler.confirmSoon(); // a poll in flight: nothing to bring forward
    QVERIFY(!scheduler.isConfirming());
    finish(scheduler);
    QCOMPARE(scheduler.nextPollAt(), kT0.addSecs(30));

    scheduler.stop();
    scheduler.confirmSoon();
    QVERIFY(!scheduler.isConfirming());
    QVERIFY(!scheduler.nextPollAt().isValid());
}

QTEST_GUILESS_MAIN(TestPollScheduler)
#include "TestPollScheduler.moc"
