// Rate-limit decisions with a ManualClock: primary exhaustion holds until reset, secondary
// limits honour retry-after or back off 60 s doubling to 1 h with 0–10 % jitter.

#include "Clock.h"
#include "RateLimitPolicy.h"

#include <QTest>

using relayq::HttpHeaders;
using relayq::ManualClock;
using relayq::RateLimitPolicy;
using Limit = RateLimitPolicy::Limit;

namespace {

HttpHeaders limitHeaders(const ManualClock &clock, int remaining, qint64 resetInSeconds = 1800)
{
    HttpHeaders headers;
    headers.add("X-RateLimit-Limit", "5000");
    headers.add("X-RateLimit-Remaining", QByteArray::number(remaining));
    headers.add("X-RateLimit-Used", QByteArray::number(5000 - remaining));
    headers.add("X-RateLimit-Reset",
                QByteArray::number(clock.now().toSecsSinceEpoch() + resetInSeconds));
    headers.add("X-RateLimit-Resource", "core");
    return headers;
}

} // namespace

class TestRateLimitPolicy : public QObject
{
    Q_OBJECT
private slots:
    void readsHeadersCaseInsensitively()
    {
        ManualClock clock;
        RateLimitPolicy policy(clock);
        QVERIFY(!policy.state().isKnown());
        QVERIFY(policy.readHeaders(limitHeaders(clock, 4990)));
        QCOMPARE(policy.state().limit, 5000);
        QCOMPARE(policy.state().remaining, 4990);
        QCOMPARE(policy.state().used, 10);
        QCOMPARE(policy.state().reset, clock.now().addSecs(1800));
        QCOMPARE(policy.state().resource, QStringLiteral("core"));
        QVERIFY(!policy.readHeaders(limitHeaders(clock, 4990))); // unchanged
        QVERIFY(!policy.readHeaders(HttpHeaders())); // no headers: kept
        QCOMPARE(policy.state().remaining, 4990);
    }

    void okAnswerDoesNotBlock()
    {
        ManualClock clock;
        RateLimitPolicy policy(clock);
        const HttpHeaders headers = limitHeaders(clock, 10);
        policy.readHeaders(headers);
        QCOMPARE(policy.judge(200, headers, QString()), Limit::None);
        QVERIFY(!policy.blockedUntil().isValid());
        QCOMPARE(policy.activeLimit(), Limit::None);
    }

    void plainForbiddenIsNoLimit()
    {
        ManualClock clock;
        RateLimitPolicy policy(clock);
        const HttpHeaders headers = limitHeaders(clock, 4000);
        policy.readHeaders(headers);
        QCOMPARE(
            policy.judge(403, headers, QStringLiteral("Resource not accessible by integration")),
            Limit::None);
        QVERIFY(!policy.blockedUntil().isValid());
    }

    void primaryExhaustionHoldsUntilReset_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("403") << 403;
        QTest::newRow("429") << 429;
    }

    void primaryExhaustionHoldsUntilReset()
    {
        QFETCH(int, status);
        ManualClock clock;
        RateLimitPolicy policy(clock);
        const HttpHeaders headers = limitHeaders(clock, 0, 600);
        const QDateTime reset = clock.now().addSecs(600);
        policy.readHeaders(headers);
        QCOMPARE(policy.judge(status, headers, QStringLiteral("API rate limit exceeded")),
                 Limit::Primary);
        QCOMPARE(policy.blockedUntil(), reset);
        QCOMPARE(policy.activeLimit(), Limit::Primary);
        clock.advance(599);
        QCOMPARE(policy.blockedUntil(), reset);
        clock.advance(1);
        QVERIFY(!policy.blockedUntil().isValid());
        QCOMPARE(policy.activeLimit(), Limit::None);
    }

    void lastAllowedRequestAlsoHolds()
    {
        // remaining 0 on a 200: the request worked, the next one would only be refused.
        ManualClock clock;
        RateLimitPolicy policy(clock);
        const HttpHeaders headers = limitHeaders(clock, 0, 120);
        policy.readHeaders(headers);
        QCOMPARE(policy.judge(200, headers, QString()), Limit::None);
        QCOMPARE(policy.blockedUntil(), clock.now().addSecs(120));
        QCOMPARE(policy.activeLimit(), Limit::Primary);
    }

    void primaryWithResetInThePastWaitsAMinute()
    {
        ManualClock clock;
        RateLimitPolicy policy(clock);
        const HttpHeaders headers = limitHeaders(clock, 0, -5);
        policy.readHeaders(headers);
        QCOMPARE(policy.judge(403, headers, QString()), Limit::Primary);
        QCOMPARE(policy.blockedUntil(), clock.now().addSecs(60));
    }

    void secondaryHonoursRetryAfterExactly()
    {
        ManualClock clock;
        RateLimitPolicy policy(clock);
        policy.setRandomSource([] { return 0.99; }); // must not stretch retry-after
        HttpHeaders headers = limitHeaders(clock, 4000);
        headers.add("Retry-After", "30");
        policy.readHeaders(headers);
        QCOMPARE(policy.judge(429, headers, QString()), Limit::Secondary);
        QCOMPARE(policy.blockedUntil(), clock.now().addSecs(30));
        clock.advance(29);
        QVERIFY(policy.blockedUntil().isValid());
        clock.advance(2);
        QVERIFY(!policy.blockedUntil().isValid());
    }

    void secondaryRetryAfterAsHttpDate()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
        RateLimitPolicy policy(clock);
        HttpHeaders headers;
        headers.add("retry-after", "Thu, 01 Jan 2026 12:02:00 GMT");
        QCOMPARE(policy.judge(403, headers, QString()), Limit::Secondary);
        QCOMPARE(policy.blockedUntil(), QDateTime(QDate(2026, 1, 1), QTime(12, 2), Qt::UTC));
    }

    void secondaryByMessageBacksOffDoubling()
    {
        ManualClock clock;
        RateLimitPolicy policy(clock);
        policy.setRandomSource([] { return 0.0; });
        const QString message = QStringLiteral(
            "You have exceeded a secondary rate limit. Please wait a few minutes before you try "
            "again.");
        const HttpHeaders headers = limitHeaders(clock, 4000);
        const qint64 expected[] = { 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600 };
        for (qint64 seconds : expected) {
            QCOMPARE(policy.judge(403, headers, message), Limit::Secondary);
            QCOMPARE(policy.blockedUntil(), clock.now().addSecs(seconds));
            clock.advance(seconds);
            QVERIFY(!policy.blockedUntil().isValid());
        }
        QCOMPARE(policy.consecutiveSecondary(), 9);
    }

    void successResetsTheBackOff()
    {
        ManualClock clock;
        RateLimitPolicy policy(clock);
        policy.setRandomSource([] { return 0.0; });
        const HttpHeaders headers = limitHeaders(clock, 4000);
        const QString message = QStringLiteral("secondary rate limit");
        policy.judge(403, headers, message);
        clock.advance(60);
        policy.judge(403, headers, message);
        QCOMPARE(policy.blockedUntil(), clock.now().addSecs(120));
        clock.advance(120);
        QCOMPARE(policy.judge(200, headers, QString()), Limit::None);
        QCOMPARE(policy.consecutiveSecondary(), 0);
        policy.judge(403, headers, message);
        QCOMPARE(policy.blockedUntil(), clock.now().addSecs(60));
    }

    void bare429IsSecondary()
    {
        ManualClock clock;
        RateLimitPolicy policy(clock);
        policy.setRandomSource([] { return 0.0; });
        QCOMPARE(policy.judge(429, HttpHeaders(), QString()), Limit::Secondary);
        QCOMPARE(policy.blockedUntil(), clock.now().addSecs(60));
    }

    void jitterStaysWithinTenPercent_data()
    {
        QTest::addColumn<int>("consecutive");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("first, none") << 1 << 0.0 << qint64(60000);
        QTest::newRow("first, half") << 1 << 0.5 << qint64(63000);
        QTest::newRow("first, max") << 1 << 0.999 << qint64(65994);
        QTest::newRow("second, max") << 2 << 0.999 << qint64(131988);
        QTest::newRow("capped") << 7 << 0.999 << qint64(3600000);
        QTest::newRow("huge count") << 1000 << 0.5 << qint64(3600000);
        QTest::newRow("out of range jitter") << 1 << 7.0 << qint64(66000);
    }

    void jitterStaysWithinTenPercent()
    {
        QFETCH(int, consecutive);
        QFETCH(double, jitter);
        QFETCH(qint64, expectedMs);
        QCOMPARE(RateLimitPolicy::secondaryWaitMs(consecutive, jitter), expectedMs);
    }

    void defaultJitterIsWithinBounds()
    {
        ManualClock clock;
        for (int i = 0; i < 50; ++i) {
            RateLimitPolicy policy(clock);
            policy.judge(429, HttpHeaders(), QString());
            const qint64 waitedMs = clock.now().msecsTo(policy.blockedUntil());
            QVERIFY2(waitedMs >= 60000 && waitedMs <= 66000, qPrintable(QString::number(waitedMs)));
        }
    }

    void primaryOutranksShorterSecondary()
    {
        ManualClock clock;
        RateLimitPolicy policy(clock);
        const HttpHeaders exhausted = limitHeaders(clock, 0, 900);
        policy.readHeaders(exhausted);
        policy.judge(403, exhausted, QString());
        HttpHeaders secondary;
        secondary.add("retry-after", "10");
        policy.judge(429, secondary, QString());
        QCOMPARE(policy.blockedUntil(), clock.now().addSecs(900));
        QCOMPARE(policy.activeLimit(), Limit::Primary);
    }
};

QTEST_GUILESS_MAIN(TestRateLimitPolicy)
#include "TestRateLimitPolicy.moc"
