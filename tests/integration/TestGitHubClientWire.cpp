// GitHubClient against small hand-written HTTP servers on loopback, for what the simulator does
// not do: the exact request headers, permission headers on 403, next-page links to another
// host, serial requests, If-Modified-Since, TLS failure, connection refused.

#include "Clock.h"
#include "GitHubClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

using namespace relayq;

namespace {

const QString kToken = QStringLiteral("ghp_WIREsecretTOKEN9876543210");

struct StubRequest
{
    QByteArray method;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers)
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        return {};
    }
    bool has(const QByteArray &name) const
    {
        for (const auto &pair : headers)
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
};

QByteArray response(int status, const QByteArray &body, const QList<QByteArray> &extra = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
    out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n";
    for (const QByteArray &line : extra)
        out += line + "\r\n";
    return out + "\r\n" + body;
}

// An HTTP/1.1 server that hands each GET to `answer`, which replies now or later through the
// given function. Records every request it saw.
class StubServer : public QObject
{
public:
    using Reply = std::function<void(const QByteArray &)>;
    std::function<void(const StubRequest &, Reply)> answer;
    QList<StubRequest> seen;
    int outstanding = 0;
    int maxOutstanding = 0;
    int connections = 0;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
        return m_server.listen(address);
    }
    QUrl url(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QUrl(QStringLiteral("http://%1:%2").arg(host).arg(m_server.serverPort()));
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        qsizetype end;
        while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            StubRequest request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.append(
                        { lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed() });
            }
            const qsizetype length = request.header("content-length").toLongLong();
            if (buffer.size() < end + 4 + length)
                return; // the body is still on its way
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            seen.append(request);
            maxOutstanding = std::max(maxOutstanding, ++outstanding);
            QPointer<QTcpSocket> alive(socket);
            answer(request, [this, alive](const QByteArray &bytes) {
                --outstanding;
                if (alive)
                    alive->write(bytes);
            });
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestGitHubClientWire : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GitHubClient> m_client;
    std::unique_ptr<StubServer> m_stub;

    ApiResult await(const std::function<void(GitHubClient::Callback)> &start)
    {
        std::optional<ApiResult> result;
        start([&result](const ApiResult &r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 10000);
        return result.value_or(ApiResult {
            { ConnectionState::Ok, QStringLiteral("NO ANSWER"), -1, {} }, {}, false, -1, false });
    }
    ApiResult get(const QString &path)
    {
        return await([&](auto done) { m_client->get(path, this, done); });
    }
    ApiResult getList(const QString &path)
    {
        return await(
            [&](auto done) { m_client->getList(path, QStringLiteral("runners"), this, done); });
    }

private slots:
    void init()
    {
        m_stub = std::make_unique<StubServer>();
        QVERIFY(m_stub->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<GitHubClient>(m_network.get(), m_clock);
        QCOMPARE(m_client->setApiBase(m_stub->url()), std::nullopt);
        m_client->setToken(kToken);
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_stub.reset();
    }

    void politeHeaders()
    {
        m_stub->answer = [](const StubRequest &, StubServer::Reply reply) {
            reply(response(200, "{\"ok\":true}"));
        };
        QVERIFY(get(QStringLiteral("/meta")).isOk());
        QCOMPARE(m_stub->seen.size(), 1);
        const StubRequest &request = m_stub->seen.first();
        QCOMPARE(request.target, QByteArray("/meta"));
        QCOMPARE(request.header("authorization"), "Bearer " + kToken.toUtf8());
        QCOMPARE(request.header("accept"),
                 QByteArray("application/vnd.github+json, application/json;q=0.9"));
        QCOMPARE(request.header("x-github-api-version"), QByteArray("2022-11-28"));
        QCOMPARE(request.header("user-agent"), QByteArray("RelayQ-Tray/" RELAYQ_VERSION));
        QVERIFY(!request.has("if-none-match"));
    }

    void changeSendsItsVerbAndBody()
    {
        m_stub->answer = [](const StubRequest &request, StubServer::Reply reply) {
            if (request.method == "POST")
                reply(response(201, "{\"token\":\"reg\"}"));
            else
                reply("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
        };
        const QJsonDocument body(QJsonObject { { QStringLiteral("ref"), QStringLiteral("main") } });
        const ApiResult posted = await([&](auto done) {
            m_client->send(GitHubClient::Method::Post, QStringLiteral("/repos/o/r/dispatches"),
                           body, this, done);
        });
        QVERIFY2(posted.isOk(), qPrintable(posted.status.message));
        QCOMPARE(posted.json.object().value(QStringLiteral("token")).toString(),
                 QStringLiteral("reg"));
        const ApiResult deleted = await([&](auto done) {
            m_client->send(GitHubClient::Method::Delete, QStringLiteral("/repos/o/r/runners/7"),
                           QJsonDocument(), this, done);
        });
        QVERIFY2(deleted.isOk(), qPrintable(deleted.status.message));
        QVERIFY(deleted.json.isNull());
        QCOMPARE(m_stub->seen.size(), 2);
        QCOMPARE(m_stub->seen[0].method, QByteArray("POST"));
        QCOMPARE(m_stub->seen[0].body, QByteArray("{\"ref\":\"main\"}"));
        QCOMPARE(m_stub->seen[0].header("content-type"), QByteArray("application/json"));
        QCOMPARE(m_stub->seen[0].header("authorization"), "Bearer " + kToken.toUtf8());
        QCOMPARE(m_stub->seen[1].method, QByteArray("DELETE"));
        QVERIFY(m_stub->seen[1].body.isEmpty());
    }

    void changeIsNotRepeatedAtARedirect()
    {
        m_stub->answer = [](const StubRequest &, StubServer::Reply reply) {
            reply(response(307, "{}", { "Location: /elsewhere" }));
        };
        const ApiResult result = await([&](auto done) {
            m_client->send(GitHubClient::Method::Post, QStringLiteral("/repos/o/r/dispatches"),
                           QJsonDocument(QJsonObject()), this, done);
        });
        QVERIFY(!result.isOk());
        QCOMPARE(m_stub->seen.size(), 1);
    }

    void noTokenNoAuthorization()
    {
        m_client->setToken(QString());
        QVERIFY(!m_client->hasToken());
        m_stub->answer
            = [](const StubRequest &, StubServer::Reply reply) { reply(response(200, "{}")); };
        QVERIFY(get(QStringLiteral("/rate_limit")).isOk());
        QVERIFY(!m_stub->seen.first().has("authorization"));
    }

    void conditionalHeadersAndReuse()
    {
        m_stub->answer = [](const StubRequest &request, StubServer::Reply reply) {
            if (request.header("if-none-match") == "W/\"abc\""
                && request.header("if-modified-since") == "Thu, 01 Jan 2026 10:00:00 GMT") {
                reply(response(304, {}));
                return;
            }
            reply(response(200, "{\"v\":1}",
                           { "ETag: W/\"abc\"", "Last-Modified: Thu, 01 Jan 2026 10:00:00 GMT" }));
        };
        const ApiResult first = get(QStringLiteral("/x"));
        QVERIFY(first.isOk());
        QVERIFY(!first.notModified);
        const ApiResult second = get(QStringLiteral("/x"));
        QVERIFY2(second.isOk(), qPrintable(second.status.message));
        QVERIFY(second.notModified);
        QCOMPARE(second.json.object().value(QLatin1String("v")).toInt(), 1);
        // A new token starts a fresh cache: no conditional request.
        m_client->setToken(QStringLiteral("ghp_other"));
        QVERIFY(!get(QStringLiteral("/x")).notModified);
        QVERIFY(!m_stub->seen.last().has("if-none-match"));
    }

    void notModifiedPagesKeepTheirLinks()
    {
        // A 304 without a Link header still continues to the next page remembered with the body.
        m_stub->answer = [this](const StubRequest &request, StubServer::Reply reply) {
            const bool second = request.target.contains("page=2");
            if (!request.header("if-none-match").isEmpty()) {
                reply(response(304, {}));
                return;
            }
            QList<QByteArray> headers { "ETag: \"p" + QByteArray(second ? "2" : "1") + "\"" };
            if (!second) {
                headers.append("Link: <" + m_stub->url().toEncoded() + "/r?page=2>; rel=\"next\", <"
                               + m_stub->url().toEncoded() + "/r?page=2>; rel=\"last\"");
            }
            reply(response(200,
                           second ? "{\"total_count\":2,\"runners\":[{\"id\":2}]}"
                                  : "{\"total_count\":2,\"runners\":[{\"id\":1}]}",
                           headers));
        };
        const ApiResult first = getList(QStringLiteral("/r?page=1"));
        QVERIFY2(first.isOk(), qPrintable(first.status.message));
        QCOMPARE(first.pagesFetched, 2);
        const ApiResult again = getList(QStringLiteral("/r?page=1"));
        QVERIFY(again.isOk());
        QVERIFY(again.notModified);
        QCOMPARE(again.pagesFetched, 2);
        QCOMPARE(again.json, first.json);
    }

    void forbiddenSaysWhatIsMissing_data()
    {
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("fine-grained")
            << QList<QByteArray> { "X-Accepted-GitHub-Permissions: administration=read" }
            << QStringLiteral("administration=read");
        QTest::newRow("classic") << QList<QByteArray> { "X-Accepted-OAuth-Scopes: repo",
                                                        "X-OAuth-Scopes: read:org" }
                                 << QStringLiteral("scopes: repo; the token has: read:org");
        QTest::newRow("nothing said") << QList<QByteArray> {} << QStringLiteral("Administration");
    }

    void forbiddenSaysWhatIsMissing()
    {
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QString, mentions);
        m_stub->answer = [headers](const StubRequest &, StubServer::Reply reply) {
            reply(response(403,
                           "{\"message\":\"Resource not accessible by personal access "
                           "token\"}",
                           headers));
        };
        const ApiResult result = get(QStringLiteral("/repos/o/r/actions/runners"));
        QCOMPARE(result.status.state, ConnectionState::Forbidden);
        QCOMPARE(result.status.httpStatus, 403);
        QVERIFY2(result.status.message.contains(mentions), qPrintable(result.status.message));
        QVERIFY(result.status.message.contains(QLatin1String("Resource not accessible")));
        QVERIFY(result.status.message.contains(QLatin1String("/repos/o/r/actions/runners")));
        QVERIFY(!result.status.message.contains(kToken));
    }

    void nextLinkToAnotherHostIsNotFollowed()
    {
        StubServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
        elsewhere.answer = [](const StubRequest &, StubServer::Reply reply) {
            reply(response(200, "{\"total_count\":1,\"runners\":[]}"));
        };
        const QByteArray next
            = elsewhere.url(QStringLiteral("127.0.0.2")).toEncoded() + "/r?page=2";
        m_stub->answer = [next](const StubRequest &, StubServer::Reply reply) {
            reply(response(200, "{\"total_count\":2,\"runners\":[{\"id\":1}]}",
                           { "Link: <" + next + ">; rel=\"next\"" }));
        };
        const ApiResult result = getList(QStringLiteral("/r"));
        QCOMPARE(result.status.state, ConnectionState::ServerError);
        QVERIFY2(result.status.message.contains(QLatin1String("token stays with 127.0.0.1")),
                 qPrintable(result.status.message));
        QTest::qWait(100);
        QCOMPARE(elsewhere.connections, 0);
        QVERIFY(elsewhere.seen.isEmpty());
    }

    void redirectToLocalhostNameIsAnotherHost()
    {
        // Same machine, different name: still not the API server the user configured.
        m_stub->answer = [this](const StubRequest &request, StubServer::Reply reply) {
            if (request.target == "/moved") {
                reply(response(200, "{}"));
                return;
            }
            reply(response(301, "{}",
                           { "Location: " + m_stub->url(QStringLiteral("localhost")).toEncoded()
                             + "/moved" }));
        };
        const ApiResult result = get(QStringLiteral("/old"));
        QCOMPARE(result.status.state, ConnectionState::ServerError);
        QCOMPARE(result.status.httpStatus, 301);
        QCOMPARE(m_stub->seen.size(), 1);
    }

    void requestsAreSerial()
    {
        m_stub->answer = [](const StubRequest &, StubServer::Reply reply) {
            QTimer::singleShot(20, [reply] { reply(response(200, "{}")); });
        };
        int answered = 0;
        for (int i = 0; i < 6; ++i)
            m_client->get(QStringLiteral("/n/%1").arg(i), this,
                          [&answered](const ApiResult &r) { answered += r.isOk() ? 1 : 0; });
        QTRY_COMPARE(answered, 6);
        QCOMPARE(m_stub->seen.size(), 6);
        QCOMPARE(m_stub->maxOutstanding, 1);
        for (int i = 0; i < 6; ++i) // FIFO
            QCOMPARE(m_stub->seen[i].target, QStringLiteral("/n/%1").arg(i).toUtf8());
    }

    void answerThatIsNotAnObject()
    {
        m_stub->answer
            = [](const StubRequest &, StubServer::Reply reply) { reply(response(200, "[1,2,3]")); };
        const ApiResult result = get(QStringLiteral("/x"));
        QCOMPARE(result.status.state, ConnectionState::Malformed);
        QVERIFY(result.status.message.contains(QLatin1String("not a JSON object")));
        const ApiResult list = getList(QStringLiteral("/y"));
        QCOMPARE(list.status.state, ConnectionState::Malformed);
    }

    void listWithoutItsArray()
    {
        m_stub->answer = [](const StubRequest &, StubServer::Reply reply) {
            reply(response(200, "{\"total_count\":1,\"items\":[]}"));
        };
        const ApiResult result = getList(QStringLiteral("/x"));
        QCOMPARE(result.status.state, ConnectionState::Malformed);
        QVERIFY2(result.status.message.contains(QLatin1String("\"runners\"")),
                 qPrintable(result.status.message));
    }

    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QVERIFY(!m_client->setApiBase(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        const ApiResult result = get(QStringLiteral("/rate_limit"));
        QCOMPARE(result.status.state, ConnectionState::Unreachable);
        QCOMPARE(result.status.httpStatus, 0);
        QVERIFY2(result.status.message.contains(QLatin1String("refused")),
                 qPrintable(result.status.message));
    }

    void tlsFailure()
    {
        // An https client talking to a server that answers plain text: the handshake fails.
        m_stub->answer = [](const StubRequest &, StubServer::Reply) {};
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, this, [&plain] {
            QTcpSocket *socket = plain.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            });
        });
        QVERIFY(!m_client->setApiBase(
            QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort()))));
        const ApiResult result = get(QStringLiteral("/rate_limit"));
        QCOMPARE(result.status.state, ConnectionState::TlsError);
        QVERIFY2(result.status.message.contains(QLatin1String("secure connection")),
                 qPrintable(result.status.message));
    }

    void serverErrorMessageFromGithub()
    {
        m_stub->answer = [](const StubRequest &, StubServer::Reply reply) {
            reply(response(422, "{\"message\":\"Validation Failed\"}"));
        };
        const ApiResult result = get(QStringLiteral("/x"));
        QCOMPARE(result.status.state, ConnectionState::ServerError);
        QCOMPARE(result.status.httpStatus, 422);
        QVERIFY(result.status.message.contains(QLatin1String("Validation Failed")));
    }
};

QTEST_GUILESS_MAIN(TestGitHubClientWire)
#include "TestGitHubClientWire.moc"
