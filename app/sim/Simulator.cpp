#include "Simulator.h"

#include "Clock.h"
#include "SimAccess.h"
#include "SimApi.h"
#include "SimControl.h"
#include "SimFaults.h"
#include "SimFleet.h"
#include "SimHttpConnection.h"
#include "SimJsonWriter.h"
#include "SimRateLimit.h"
#include "SimRegistration.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace relayq::sim {

namespace {

const QString kGhesPrefix = QStringLiteral("/api/v3");

QByteArray etagOf(const QByteArray &body)
{
    return "W/\"" + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex() + "\"";
}

// If-None-Match may list several tags, weak or strong; "*" matches anything.
bool matchesEtag(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    const QByteArray bare = etag.startsWith("W/") ? etag.mid(2) : etag;
    for (QByteArray tag : ifNoneMatch.split(',')) {
        tag = tag.trimmed();
        if (tag == "*" || (tag.startsWith("W/") ? tag.mid(2) : tag) == bare)
            return true;
    }
    return false;
}

} // namespace

class Simulator::Private
{
public:
    Private(Simulator *owner, const Clock &clock)
        : q(owner)
        , clock(clock)
        , fleet(clock)
        , api(fleet, rateLimit)
        , control(fleet, faults, counters, access)
        , registration(fleet)
    { }

    void handle(SimHttpConnection *connection, const SimHttpRequest &request);
    void handleFault(SimHttpConnection *connection, const SimHttpRequest &request,
                     const SimFault &fault);
    SimHttpResponse answer(const SimHttpRequest &request, bool conditional);
    SimHttpResponse errorAnswer(int status, const QString &message);
    void addCommonHeaders(SimHttpResponse &response, const SimHttpRequest &request);
    void send(SimHttpConnection *connection, const SimHttpRequest &request,
              const SimHttpResponse &response);
    QString apiBase(const SimHttpRequest &request) const;
    QString apiPath(const SimHttpRequest &request) const;
    SimHttpResponse listAnswer(const SimHttpRequest &request, const QString &path,
                               const SimToken *token);

    // Runner, run and job lists as last answered, with their ETags, while the fleet stays at
    // `listsRevision`: most requests are conditional polls of an unchanged fleet (24,000 of the
    // soak test's 26,000 are 304s), and writing the JSON only to hash it away was most of the
    // simulator's time.
    struct ListAnswer
    {
        SimHttpResponse response;
        QByteArray etag;
    };
    QHash<QByteArray, ListAnswer> lists;
    quint64 listsRevision = 0;

    Simulator *q;
    const Clock &clock;
    QTcpServer server;
    SimFleet fleet;
    SimRateLimit rateLimit;
    SimApi api;
    SimFaults faults;
    SimCounters counters;
    SimAccess access;
    SimControl control;
    SimRegistration registration;
    QString requiredToken;
    QString lastAuthorization;
    qint64 requestNumber = 0;
};

QString Simulator::Private::apiBase(const SimHttpRequest &request) const
{
    // Links point back where the client came from (GitHub's own are absolute too).
    QString host = QString::fromLatin1(request.header("host"));
    if (host.isEmpty())
        host = QStringLiteral("127.0.0.1:") + QString::number(server.serverPort());
    const bool ghes = request.path.startsWith(kGhesPrefix + QLatin1Char('/'));
    return QStringLiteral("http://") + host + (ghes ? kGhesPrefix : QString());
}

QString Simulator::Private::apiPath(const SimHttpRequest &request) const
{
    return request.path.startsWith(kGhesPrefix + QLatin1Char('/'))
        ? request.path.mid(kGhesPrefix.size())
        : request.path;
}

void Simulator::Private::handle(SimHttpConnection *connection, const SimHttpRequest &request)
{
    const QString path = apiPath(request);
    if (path == QLatin1String("/_sim") || path.startsWith(QLatin1String("/_sim/"))) {
        SimHttpResponse response = control.answer(request, path);
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        connection->send(response);
        return;
    }
    ++counters.requests;
    lastAuthorization = QString::fromLatin1(request.header("authorization"));
    const std::optional<SimFault> fault = faults.take(path);
    if (fault)
        handleFault(connection, request, *fault);
    else if (fleet.isUnavailable())
        send(connection, request, errorAnswer(503, QStringLiteral("Service Unavailable")));
    else
        send(connection, request, answer(request, true));
}

void Simulator::Private::handleFault(SimHttpConnection *connection, const SimHttpRequest &request,
                                     const SimFault &fault)
{
    const QString target = QString::fromLatin1(request.target);
    const QString method = QString::fromLatin1(request.method);
    switch (fault.kind) {
    case SimFault::Kind::NoAnswer:
        emit q->requestServed(method, target, 0);
        return; // the connection waits for an answer that never comes
    case SimFault::Kind::Reset:
        connection->abort();
        emit q->requestServed(method, target, 0);
        return;
    case SimFault::Kind::Delay: {
        QPointer<SimHttpConnection> alive(connection);
        QTimer::singleShot(fault.delayMs, q, [this, alive, request] {
            if (alive)
                send(alive, request, answer(request, true));
        });
        return;
    }
    case SimFault::Kind::ResetMidBody: {
        const SimHttpResponse response = answer(request, false);
        const QByteArray half
            = response.body.left(std::max<qsizetype>(1, response.body.size() / 2));
        counters.bytesSent += response.headBytes().size() + half.size();
        connection->sendAndAbort(response.headBytes() + half);
        emit q->requestServed(method, target, 0);
        return;
    }
    case SimFault::Kind::Status:
        send(connection, request,
             errorAnswer(fault.status,
                         QString::fromLatin1(SimHttpResponse::reasonPhrase(fault.status))));
        return;
    case SimFault::Kind::PrimaryRateLimit: {
        SimHttpResponse response
            = errorAnswer(fault.status == 429 ? 429 : 403,
                          QStringLiteral("API rate limit exceeded for user ID 1."));
        response.setHeader("x-ratelimit-remaining", "0");
        response.setHeader("x-ratelimit-used", QByteArray::number(rateLimit.limit()));
        send(connection, request, response);
        return;
    }
    case SimFault::Kind::SecondaryRateLimit: {
        SimHttpResponse response = errorAnswer(
            fault.status == 429 ? 429 : 403,
            QStringLiteral("You have exceeded a secondary rate limit. Please wait a few minutes "
                           "before you try again."));
        if (fault.retryAfterSeconds >= 0)
            response.setHeader("Retry-After", QByteArray::number(fault.retryAfterSeconds));
        send(connection, request, response);
        return;
    }
    case SimFault::Kind::Redirect: {
        SimHttpResponse response = SimApi::json(
            302,
            { { QStringLiteral("message"), QStringLiteral("Moved Permanently") },
              { QStringLiteral("url"), fault.redirectTo },
              { QStringLiteral("documentation_url"), SimJsonWriter::documentationUrl() } });
        response.setHeader("Location", fault.redirectTo.toUtf8());
        send(connection, request, response);
        return;
    }
    default: { // the body-spoiling kinds
        SimHttpResponse response = answer(request, false);
        response.status = 200;
        response.body = SimFaults::spoil(fault, response.body);
        response.setHeader("ETag", etagOf(response.body));
        send(connection, request, response);
        return;
    }
    }
}

SimHttpResponse Simulator::Private::errorAnswer(int status, const QString &message)
{
    return SimApi::json(status, SimJsonWriter::error(message, status));
}

SimHttpResponse Simulator::Private::answer(const SimHttpRequest &request, bool conditional)
{
    fleet.sync();
    rateLimit.roll(clock.now());
    const QString path = apiPath(request);
    const QString authorization = QString::fromLatin1(request.header("authorization"));
    const SimAccess::Verdict verdict
        = access.judge(request.method, path, request.header("authorization"), fleet, clock.now());
    const bool unknownToken = access.isActive()
        ? verdict.refusal && verdict.refusal->status == 401
        : !requiredToken.isEmpty() && authorization != QStringLiteral("Bearer ") + requiredToken
            && authorization != QStringLiteral("token ") + requiredToken;
    if (unknownToken) {
        ++counters.unauthorized;
        return errorAnswer(401, QStringLiteral("Bad credentials"));
    }
    const bool free = path == QLatin1String("/rate_limit");
    if (!free && rateLimit.exhausted()) {
        return errorAnswer(403,
                           QStringLiteral("API rate limit exceeded for user ID 1. If you reach "
                                          "out to GitHub Support for help, please include "
                                          "the request ID."));
    }
    // A refusal (403, or 404 for what the token cannot see) is charged like any answer.
    SimHttpResponse response = verdict.refusal
        ? *verdict.refusal
        : listAnswer(request, path, verdict.token ? &*verdict.token : nullptr);
    if (!verdict.refusal) // token and delete endpoints (SimRegistration)
        response = registration.answer(request, path).value_or(response);
    for (const auto &[name, value] : verdict.headers)
        response.setHeader(name, value);
    if (response.status == 200) {
        QByteArray etag = response.header("ETag");
        if (etag.isEmpty())
            etag = etagOf(response.body);
        response.setHeader("ETag", etag);
        const QByteArray ifNoneMatch = request.header("if-none-match");
        if (conditional && !ifNoneMatch.isEmpty() && matchesEtag(ifNoneMatch, etag)) {
            response.status = 304;
            response.body.clear();
            ++counters.notModified;
        }
    }
    // A 304 to an authenticated request is free, as on GitHub; /rate_limit always is.
    if (!free && !(response.status == 304 && !authorization.isEmpty())) {
        rateLimit.charge();
        ++counters.charged;
    }
    return response;
}

SimHttpResponse Simulator::Private::listAnswer(const SimHttpRequest &request, const QString &path,
                                               const SimToken *token)
{
    const bool list = request.method == "GET"
        && (path.endsWith(QLatin1String("/actions/runners"))
            || path.endsWith(QLatin1String("/actions/runs"))
            || path.endsWith(QLatin1String("/jobs")));
    if (!list)
        return api.answer(request, apiBase(request), path, token);
    if (listsRevision != fleet.revision()) {
        lists.clear();
        listsRevision = fleet.revision();
    }
    const QByteArray key = apiBase(request).toUtf8() + ' ' + request.target;
    if (const auto known = lists.constFind(key); known != lists.cend()) {
        SimHttpResponse response = known->response;
        response.setHeader("ETag", known->etag);
        return response;
    }
    const SimHttpResponse response = api.answer(request, apiBase(request), path, token);
    if (response.status == 200 && listsRevision == fleet.revision())
        lists.insert(key, { response, etagOf(response.body) });
    return response;
}

void Simulator::Private::addCommonHeaders(SimHttpResponse &response, const SimHttpRequest &request)
{
    const QByteArray version = request.header("x-github-api-version");
    if (response.hasBody())
        response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.setHeader(
        "Date",
        QLocale::c()
            .toString(clock.now().toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
            .toLatin1());
    response.setHeader("Server", "github.com");
    response.setHeader("Cache-Control", "private, max-age=60, s-maxage=60");
    response.setHeader("Vary", "Accept, Authorization, Cookie, X-GitHub-OTP");
    response.setHeader("X-GitHub-Media-Type", "github.v3; format=json");
    response.setHeader("X-GitHub-Api-Version-Selected",
                       version.isEmpty() ? QByteArray("2022-11-28") : version);
    response.setHeader("X-GitHub-Request-Id",
                       "SIM:" + QByteArray::number(++requestNumber, 16).toUpper());
    response.setHeader("x-ratelimit-limit", QByteArray::number(rateLimit.limit()));
    response.setHeader("x-ratelimit-remaining", QByteArray::number(rateLimit.remaining()));
    response.setHeader("x-ratelimit-used", QByteArray::number(rateLimit.used()));
    response.setHeader("x-ratelimit-reset", QByteArray::number(rateLimit.resetEpoch()));
    response.setHeader("x-ratelimit-resource", "core");
}

void Simulator::Private::send(SimHttpConnection *connection, const SimHttpRequest &request,
                              const SimHttpResponse &given)
{
    SimHttpResponse response = given;
    rateLimit.roll(clock.now());
    // Fault answers set their own rate-limit headers first; keep those.
    const QByteArray remaining = response.header("x-ratelimit-remaining");
    const QByteArray used = response.header("x-ratelimit-used");
    addCommonHeaders(response, request);
    if (!remaining.isEmpty()) {
        response.setHeader("x-ratelimit-remaining", remaining);
        response.setHeader("x-ratelimit-used", used);
    }
    if (response.status == 401)
        response.setHeader("WWW-Authenticate", "Bearer realm=\"GitHub\"");
    counters.bytesSent += response.toBytes().size();
    connection->send(response);
    emit q->requestServed(QString::fromLatin1(request.method), QString::fromLatin1(request.target),
                          response.status);
}

Simulator::Simulator(const Clock &clock, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, clock))
{
    connect(&d->server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = d->server.nextPendingConnection()) {
            auto *connection = new SimHttpConnection(socket, this);
            connect(connection, &SimHttpConnection::requestReceived, this,
                    [this](SimHttpConnection *from, const SimHttpRequest &request) {
                        d->handle(from, request);
                    });
        }
    });
}

Simulator::~Simulator() = default;

bool Simulator::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback())
        return false;
    return d->server.listen(address, port);
}

void Simulator::close()
{
    d->server.close();
    const auto connections = findChildren<SimHttpConnection *>(Qt::FindDirectChildrenOnly);
    for (SimHttpConnection *connection : connections)
        connection->abort();
}

quint16 Simulator::port() const
{
    return d->server.serverPort();
}

QUrl Simulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(port()));
}

SimFleet &Simulator::fleet()
{
    return d->fleet;
}

void Simulator::setRequiredToken(const QString &token)
{
    d->requiredToken = token;
}

void Simulator::addToken(const SimToken &token)
{
    d->access.add(token);
}

bool Simulator::revokeToken(const QString &secret)
{
    return d->access.revoke(secret);
}

void Simulator::clearTokens()
{
    d->access.clear();
}

QString Simulator::lastAuthorization() const
{
    return d->lastAuthorization;
}

void Simulator::addFault(const SimFault &fault)
{
    d->faults.add(fault);
}

void Simulator::clearFaults()
{
    d->faults.clear();
}

void Simulator::setRateLimit(int limit)
{
    d->rateLimit.setLimit(limit);
}

SimRegistration &Simulator::registration()
{
    return d->registration;
}

SimCounters Simulator::counters() const
{
    return d->counters;
}

void Simulator::forgetKeptAnswers()
{
    d->lists.clear();
    d->lists.squeeze();
}

void Simulator::resetCounters()
{
    d->counters = SimCounters();
}

} // namespace relayq::sim
