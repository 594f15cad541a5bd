// GitHubClient against the real simulator over loopback, with one ManualClock for both:
// ETag reuse, pagination, every fault class mapped to its ConnectionState, rate limits.

#include "Clock.h"
#include "GitHubClient.h"
#include "SimFleet.h"
#include "Simulator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace relayq;
using relayq::sim::SimFault;
using relayq::sim::Simulator;

namespace {

const QString kToken = QStringLiteral("ghp_SIMULATEDsecretTOKEN0123456789");
const QString kRunners = QStringLiteral("/repos/acme/app/actions/runners?per_page=100");

SimFault fault(SimFault::Kind kind, int status = 500, int times = 1)
{
    SimFault f;
    f.kind = kind;
    f.status = status;
    f.times = times;
    return f;
}

} // namespace

class TestGitHubClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GitHubClient> m_client;

    std::optional<ApiResult> wait(const std::function<void(GitHubClient::Callback)> &start)
    {
        std::optional<ApiResult> result;
        start([&result](const ApiResult &r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 10000);
        return result;
    }
    ApiResult get(const QString &path)
    {
        auto result = wait([&](auto done) { m_client->get(path, this, done); });
        return result.value_or(ApiResult {
            { ConnectionState::Ok, QStringLiteral("NO ANSWER"), -1, {} }, {}, false, -1, false });
    }
    ApiResult getList(const QString &path, int maxPages = 0)
    {
        auto result = wait([&](auto done) {
            m_client->getList(path, QStringLiteral("runners"), this, done, maxPages);
        });
        return result.value_or(ApiResult {
            { ConnectionState::Ok, QStringLiteral("NO ANSWER"), -1, {} }, {}, false, -1, false });
    }
    qint64 served() const { return m_sim->counters().requests; }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        m_sim = std::make_unique<Simulator>(*m_clock);
        QVERIFY(m_sim->listen());
        m_sim->setRequiredToken(kToken);
        m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("app"));
        m_sim->fleet().addRunners(QStringLiteral("acme/app"), 250, QStringLiteral("build"),
                                  { QStringLiteral("linux") });
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<GitHubClient>(m_network.get(), *m_clock);
        QCOMPARE(m_client->setApiBase(m_sim->baseUrl()), std::nullopt);
        m_client->setToken(kToken);
        m_client->setJitterSource([] { return 0.0; });
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_sim.reset();
    }

    void singleResource()
    {
        const ApiResult result = get(QStringLiteral("/repos/acme/app"));
        QVERIFY2(result.isOk(), qPrintable(result.status.message));
        QCOMPARE(result.json.object().value(QLatin1String("full_name")).toString(),
                 QStringLiteral("acme/app"));
        QCOMPARE(result.pagesFetched, 1);
        QVERIFY(!result.notModified);
        QCOMPARE(m_sim->lastAuthorization(), QStringLiteral("Bearer ") + kToken);
        QVERIFY(m_client->rateLimit().isKnown());
        QCOMPARE(m_client->rateLimit().resource, QStringLiteral("core"));
    }

    void paginationAcrossThreePages()
    {
        QSignalSpy exchanges(m_client.get(), &GitHubClient::exchangeFinished);
        const ApiResult result = getList(kRunners);
        QVERIFY2(result.isOk(), qPrintable(result.status.message));
        QCOMPARE(result.pagesFetched, 3);
        const QJsonArray runners = result.json.object().value(QLatin1String("runners")).toArray();
        QCOMPARE(runners.size(), 250);
        QCOMPARE(result.json.object().value(QLatin1String("total_count")).toInt(), 250);
        QSet<qint64> ids;
        for (const QJsonValue &runner : runners)
            ids.insert(runner.toObject().value(QLatin1String("id")).toInteger());
        QCOMPARE(ids.size(), 250);
        QCOMPARE(exchanges.size(), 3);
        QCOMPARE(served(), 3);
    }

    void maxPagesStopsEarly()
    {
        const ApiResult result = getList(kRunners, 2);
        QVERIFY(result.isOk());
        QCOMPARE(result.pagesFetched, 2);
        QCOMPARE(result.json.object().value(QLatin1String("runners")).toArray().size(), 200);
        QCOMPARE(result.json.object().value(QLatin1String("total_count")).toInt(), 250);
        QVERIFY(result.morePages);
        QCOMPARE(served(), 2);
    }

    void etagReuseIsFree()
    {
        const ApiResult first = getList(kRunners);
        QVERIFY(first.isOk());
        QVERIFY(!first.notModified);
        const qint64 charged = m_sim->counters().charged;
        QSignalSpy exchanges(m_client.get(), &GitHubClient::exchangeFinished);

        const ApiResult second = getList(kRunners);
        QVERIFY2(second.isOk(), qPrintable(second.status.message));
        QVERIFY(second.notModified);
        QCOMPARE(second.pagesFetched, 3);
        QCOMPARE(second.json, first.json);
        QCOMPARE(m_sim->counters().charged, charged);
        QCOMPARE(m_sim->counters().notModified, 3);
        QCOMPARE(exchanges.size(), 3);
        for (const QList<QVariant> &exchange : exchanges) {
            QCOMPARE(exchange.at(1).toInt(), 304);
            QVERIFY(exchange.at(2).toBool());
        }
    }

    void changeBreaksTheCache()
    {
        QVERIFY(getList(kRunners).isOk());
        m_sim->fleet().addRunner(QStringLiteral("acme/app"), QStringLiteral("late"),
                                 { QStringLiteral("gpu") });
        const ApiResult again = getList(kRunners);
        QVERIFY(again.isOk());
        QVERIFY(!again.notModified); // page 3 changed
        QCOMPARE(again.json.object().value(QLatin1String("runners")).toArray().size(), 251);
    }

    void faultsMapToStates_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expectedState");
        QTest::addColumn<int>("expectedHttp");
        QTest::addColumn<QString>("mentions");
        using K = SimFault::Kind;
        using S = ConnectionState;
        QTest::newRow("401") << int(K::Status) << 401 << int(S::AuthFailed) << 401
                             << QStringLiteral("log in again");
        QTest::newRow("403") << int(K::Status) << 403 << int(S::Forbidden) << 403
                             << QStringLiteral("refused access");
        QTest::newRow("404") << int(K::Status) << 404 << int(S::NotFound) << 404
                             << QStringLiteral("private repositories");
        QTest::newRow("500") << int(K::Status) << 500 << int(S::ServerError) << 500
                             << QStringLiteral("HTTP 500");
        QTest::newRow("502") << int(K::Status) << 502 << int(S::ServerError) << 502
                             << QStringLiteral("HTTP 502");
        QTest::newRow("503") << int(K::Status) << 503 << int(S::ServerError) << 503
                             << QStringLiteral("HTTP 503");
        QTest::newRow("reset") << int(K::Reset) << 0 << int(S::Unreachable) << 0
                               << QStringLiteral("closed the connection");
        QTest::newRow("reset mid-body") << int(K::ResetMidBody) << 0 << int(S::Unreachable) << 200
                                        << QStringLiteral("broke off");
        QTest::newRow("truncated")
            << int(K::Truncated) << 0 << int(S::Malformed) << 200 << QStringLiteral("cut short");
        QTest::newRow("malformed")
            << int(K::Malformed) << 0 << int(S::Malformed) << 200 << QStringLiteral("not JSON");
    }

    void faultsMapToStates()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, expectedState);
        QFETCH(int, expectedHttp);
        QFETCH(QString, mentions);
        // Qt itself resends a GET once or twice when the connection drops before any answer, so
        // the fault stays until cleared.
        m_sim->addFault(fault(SimFault::Kind(kind), status, -1));
        const ApiResult result = getList(kRunners);
        m_sim->clearFaults();
        QCOMPARE(int(result.status.state), expectedState);
        QCOMPARE(result.status.httpStatus, expectedHttp);
        QVERIFY2(result.status.message.contains(mentions), qPrintable(result.status.message));
        QVERIFY2(result.status.message.contains(QLatin1String("/repos/acme/app/actions/runners")),
                 qPrintable(result.status.message));
        QVERIFY(!result.status.message.contains(kToken));
        // Without the fault the next poll works again.
        QVERIFY(getList(kRunners).isOk());
    }

    void githubMessageIsQuoted()
    {
        const ApiResult result = get(QStringLiteral("/repos/acme/nothing-here"));
        QCOMPARE(result.status.state, ConnectionState::NotFound);
        QVERIFY2(result.status.message.contains(QLatin1String("Not Found")),
                 qPrintable(result.status.message));
    }

    void wrongToken()
    {
        m_client->setToken(QStringLiteral("ghp_wrongwrongwrong"));
        const ApiResult result = get(QStringLiteral("/repos/acme/app"));
        QCOMPARE(result.status.state, ConnectionState::AuthFailed);
        QCOMPARE(result.status.httpStatus, 401);
        QVERIFY(result.status.message.contains(QLatin1String("Bad credentials")));
        QVERIFY(!result.status.message.contains(QLatin1String("wrongwrong")));
        QCOMPARE(exitCodeFor(result.status.state), 3);
    }

    void noAnswerTimesOut()
    {
        m_client->setTransferTimeoutMs(300);
        m_sim->addFault(fault(SimFault::Kind::NoAnswer));
        QElapsedTimer timer;
        timer.start();
        const ApiResult result = get(QStringLiteral("/repos/acme/app"));
        QCOMPARE(result.status.state, ConnectionState::Timeout);
        QVERIFY(result.status.message.contains(QLatin1String("in time")));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(get(QStringLiteral("/repos/acme/app")).isOk());
    }

    void oversizeIsCut()
    {
        m_client->setMaxResponseBytes(8 * 1024);
        SimFault big = fault(SimFault::Kind::Oversize);
        big.sizeBytes = 200 * 1024;
        m_sim->addFault(big);
        const ApiResult result = get(QStringLiteral("/repos/acme/app"));
        QCOMPARE(result.status.state, ConnectionState::Malformed);
        QVERIFY2(result.status.message.contains(QLatin1String("too large")),
                 qPrintable(result.status.message));
        QVERIFY(get(QStringLiteral("/repos/acme/app")).isOk()); // a normal answer fits
    }

    void primaryLimitHoldsUntilReset()
    {
        QSignalSpy changed(m_client.get(), &GitHubClient::rateLimitChanged);
        m_sim->addFault(fault(SimFault::Kind::PrimaryRateLimit, 403));
        const ApiResult limited = get(QStringLiteral("/repos/acme/app"));
        QCOMPARE(limited.status.state, ConnectionState::RateLimited);
        QCOMPARE(limited.status.httpStatus, 403);
        const QDateTime reset = m_client->rateLimit().reset;
        QVERIFY(reset > m_clock->now());
        QCOMPARE(limited.status.retryAt, reset);
        QCOMPARE(m_client->blockedUntil(), reset);
        QCOMPARE(m_client->rateLimit().remaining, 0);
        QVERIFY(changed.size() >= 1);

        const qint64 before = served();
        m_clock->setNow(reset.addSecs(-1));
        const ApiResult held = getList(kRunners);
        QCOMPARE(held.status.state, ConnectionState::RateLimited);
        QCOMPARE(held.status.retryAt, reset);
        QCOMPARE(held.status.httpStatus, 0);
        QCOMPARE(served(), before); // not sent

        m_clock->setNow(reset);
        QVERIFY(!m_client->blockedUntil().isValid());
        QVERIFY(get(QStringLiteral("/repos/acme/app")).isOk());
        QCOMPARE(served(), before + 1);
    }

    void naturalExhaustion()
    {
        m_sim->setRateLimit(2);
        QVERIFY(get(QStringLiteral("/repos/acme/app")).isOk());
        QVERIFY(get(QStringLiteral("/repos/acme/app/actions/runners?per_page=1")).isOk());
        // remaining is 0 now: the next request is held without being sent.
        const qint64 before = served();
        const ApiResult held = get(QStringLiteral("/repos/acme/app/actions/runners?per_page=2"));
        QCOMPARE(held.status.state, ConnectionState::RateLimited);
        QCOMPARE(served(), before);
        QCOMPARE(held.status.retryAt, m_client->rateLimit().reset);
    }

    void secondaryHonoursRetryAfter()
    {
        SimFault limit = fault(SimFault::Kind::SecondaryRateLimit, 429);
        limit.retryAfterSeconds = 30;
        m_sim->addFault(limit);
        const QDateTime start = m_clock->now();
        const ApiResult limited = get(QStringLiteral("/repos/acme/app"));
        QCOMPARE(limited.status.state, ConnectionState::RateLimited);
        QCOMPARE(limited.status.httpStatus, 429);
        QCOMPARE(limited.status.retryAt, start.addSecs(30));
        QVERIFY(limited.status.message.contains(QLatin1String("secondary rate limit")));
        QCOMPARE(m_client->blockedUntil(), start.addSecs(30));

        const qint64 before = served();
        m_clock->advance(29);
        const ApiResult held = get(QStringLiteral("/repos/acme/app"));
        QCOMPARE(held.status.state, ConnectionState::RateLimited);
        QCOMPARE(served(), before);
        m_clock->advance(2);
        QVERIFY(get(QStringLiteral("/repos/acme/app")).isOk());
        QCOMPARE(served(), before + 1);
    }

    void secondaryWithoutRetryAfterWaitsAMinuteAndDoubles()
    {
        m_client->setJitterSource([] { return 0.5; }); // +5 %
        SimFault limit = fault(SimFault::Kind::SecondaryRateLimit, 403, 2);
        m_sim->addFault(limit);
        QDateTime start = m_clock->now();
        ApiResult limited = get(QStringLiteral("/repos/acme/app"));
        QCOMPARE(limited.status.state, ConnectionState::RateLimited);
        QCOMPARE(limited.status.retryAt, start.addSecs(63));

        const qint64 before = served();
        m_clock->advance(62);
        QCOMPARE(get(QStringLiteral("/repos/acme/app")).status.state, ConnectionState::RateLimited);
        QCOMPARE(served(), before);
        m_clock->advance(1);
        start = m_clock->now();
        limited = get(QStringLiteral("/repos/acme/app")); // the second secondary limit
        QCOMPARE(served(), before + 1);
        QCOMPARE(limited.status.state, ConnectionState::RateLimited);
        QCOMPARE(limited.status.retryAt, start.addSecs(126));
        m_clock->advance(126);
        QVERIFY(get(QStringLiteral("/repos/acme/app")).isOk());
    }

    void sameHostRedirectIsFollowed()
    {
        SimFault moved = fault(SimFault::Kind::Redirect);
        moved.pathContains = QStringLiteral("/repos/acme/old-name");
        moved.redirectTo = m_sim->baseUrl().toString() + QStringLiteral("/repos/acme/app");
        m_sim->addFault(moved);
        const ApiResult result = get(QStringLiteral("/repos/acme/old-name"));
        QVERIFY2(result.isOk(), qPrintable(result.status.message));
        QCOMPARE(result.json.object().value(QLatin1String("full_name")).toString(),
                 QStringLiteral("acme/app"));
        QCOMPARE(m_sim->lastAuthorization(), QStringLiteral("Bearer ") + kToken);
    }

    void redirectToAnotherHostIsRefused()
    {
        QTcpServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
        int connections = 0;
        connect(&elsewhere, &QTcpServer::newConnection, this, [&] { ++connections; });
        SimFault moved = fault(SimFault::Kind::Redirect);
        moved.redirectTo
            = QStringLiteral("http://127.0.0.2:%1/repos/acme/app").arg(elsewhere.serverPort());
        m_sim->addFault(moved);
        const ApiResult result = get(QStringLiteral("/repos/acme/app"));
        QCOMPARE(result.status.state, ConnectionState::ServerError);
        QCOMPARE(result.status.httpStatus, 302);
        QVERIFY2(result.status.message.contains(QLatin1String("did not follow")),
                 qPrintable(result.status.message));
        QVERIFY(result.status.message.contains(QLatin1String("token stays with 127.0.0.1")));
        QVERIFY(result.status.message.contains(QLatin1String("127.0.0.2")));
        QVERIFY(result.status.message.contains(QLatin1String("API address")));
        QTest::qWait(100); // give a stray connection the chance to show up
        QCOMPARE(connections, 0);
    }

    void ghesStyleBase()
    {
        QUrl base = m_sim->baseUrl();
        base.setPath(QStringLiteral("/api/v3"));
        QCOMPARE(m_client->setApiBase(base), std::nullopt);
        const ApiResult result = getList(kRunners);
        QVERIFY2(result.isOk(), qPrintable(result.status.message));
        QCOMPARE(result.pagesFetched, 3);
    }

    void refusesPlainHttpElsewhere()
    {
        const QUrl before = m_client->apiBase();
        const auto problem = m_client->setApiBase(QUrl(QStringLiteral("http://example.com")));
        QVERIFY(problem.has_value());
        QVERIFY2(problem->contains(QLatin1String("https://")), qPrintable(*problem));
        QCOMPARE(m_client->apiBase(), before);
        QVERIFY(get(QStringLiteral("/repos/acme/app")).isOk());
    }

    void destroyedContextGetsNoCallback()
    {
        auto *context = new QObject;
        bool called = false;
        m_client->get(QStringLiteral("/repos/acme/app"), context,
                      [&](const ApiResult &) { called = true; });
        delete context;
        // A later request from a live context completes; the dead one never called back.
        QVERIFY(get(QStringLiteral("/repos/acme/app")).isOk());
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestGitHubClient)
#include "TestGitHubClient.moc"
