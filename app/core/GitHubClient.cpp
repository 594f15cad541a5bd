#include "GitHubClient.h"

#include "ApiBase.h"
#include "ApiErrorClassifier.h"
#include "ApiExchange.h"
#include "Clock.h"
#include "EtagCache.h"
#include "LinkHeader.h"
#include "PagedList.h"
#include "RateLimitPolicy.h"

#include <QJsonObject>
#include <QJsonParseError>
#include <QPointer>

#include <deque>
#include <memory>
#include <optional>
#include <spdlog/spdlog.h>
#include <utility>

namespace relayq {

namespace {

constexpr int kMaxRedirects = 5;
constexpr int kMaxPagesEver = 1000; // a server that links pages forever is not followed forever

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// One logical request waiting or in flight: a single resource, or every page of a list.
// (Not "Job": that is a GitHub Actions job everywhere else.)
struct PendingRequest
{
    QString pathAndQuery;
    QByteArray verb = QByteArrayLiteral("GET");
    QByteArray body; // of a change
    std::optional<PagedList> list; // set for getList
    int maxPages = 0;
    QPointer<QObject> context;
    bool hadContext = false;
    GitHubClient::Callback done;
    int redirects = 0;
};

// JSON that starts like a document and fails only near its end was cut off on the way.
bool looksCutShort(const QByteArray &body, const QJsonParseError &error)
{
    const QByteArray text = body.trimmed();
    if (text.isEmpty())
        return true;
    if (!text.startsWith('{') && !text.startsWith('['))
        return false;
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString: return true;
    default: return error.offset >= text.size() - 8;
    }
}

} // namespace

class GitHubClient::Private
{
public:
    Private(GitHubClient *q, QNetworkAccessManager *network, const Clock &clock)
        : q(q)
        , network(network)
        , clock(clock)
        , policy(clock)
        , base(ApiBase::fromCheckedUrl(QUrl(QStringLiteral("https://api.github.com"))))
    { }

    void enqueue(PendingRequest job);
    void scheduleNext();
    void startNext();
    void fetch(const QUrl &url);
    void onAnswer(const HttpAnswer &answer);
    bool followRedirect(const HttpAnswer &answer);
    std::optional<QJsonDocument> parse(const HttpAnswer &answer);
    void remember(const HttpAnswer &answer, const QJsonDocument &document);
    void onDocument(const HttpAnswer &answer, const QJsonDocument &doc, const QByteArray &link,
                    bool fromCache);
    void finish(ApiResult result);
    void fail(const ConnectionStatus &status) { finish(ApiResult { status, {}, false, 0, false }); }

    GitHubClient *q;
    QNetworkAccessManager *network;
    const Clock &clock;
    RateLimitPolicy policy;
    ApiBase base;
    QString token;
    EtagCache cache;
    HttpHeaders lastHeaders; // of the current request's last answer, handed on in its result
    int transferTimeoutMs = 30000;
    qint64 maxResponseBytes = 16 * 1024 * 1024;

    std::deque<PendingRequest> queue;
    std::optional<PendingRequest> current;
    ApiExchange *exchange = nullptr;
    bool nextScheduled = false;
};

void GitHubClient::Private::enqueue(PendingRequest job)
{
    queue.push_back(std::move(job));
    scheduleNext();
}

void GitHubClient::Private::scheduleNext()
{
    if (current || queue.empty() || nextScheduled)
        return;
    nextScheduled = true;
    // Always from the event loop: `done` is never called inside get().
    QMetaObject::invokeMethod(
        q,
        [this] {
            nextScheduled = false;
            startNext();
        },
        Qt::QueuedConnection);
}

void GitHubClient::Private::startNext()
{
    while (!current && !queue.empty()) {
        PendingRequest job = std::move(queue.front());
        queue.pop_front();
        if (job.hadContext && !job.context)
            continue; // nobody is waiting for the answer any more
        current = std::move(job);
        fetch(base.resolve(current->pathAndQuery));
    }
}

void GitHubClient::Private::fetch(const QUrl &url)
{
    if (const QDateTime until = policy.blockedUntil(); until.isValid()) {
        // Held back without touching the network until the limit ends.
        fail(ApiErrorClassifier::rateLimited(url, 0, policy.activeLimit(), until));
        return;
    }
    ApiExchange::Request request;
    request.url = url;
    request.verb = current->verb;
    request.body = current->body;
    request.token = token;
    request.transferTimeoutMs = transferTimeoutMs;
    request.maxResponseBytes = maxResponseBytes;
    const bool isRead = current->verb == "GET";
    if (const EtagCache::Entry *entry = isRead ? cache.find(url) : nullptr) {
        request.ifNoneMatch = entry->etag;
        request.ifModifiedSince = entry->lastModified;
    }
    exchange = new ApiExchange(
        network, std::move(request), [this](const HttpAnswer &answer) { onAnswer(answer); }, q);
    exchange->start();
}

void GitHubClient::Private::onAnswer(const HttpAnswer &answer)
{
    exchange->deleteLater();
    exchange = nullptr;
    lastHeaders = answer.headers;
    const EtagCache::Entry *cached
        = answer.httpStatus == 304 && current->verb == "GET" ? cache.find(answer.url) : nullptr;
    const bool isRead = current->verb == "GET";
    spdlog::debug("GitHubClient: {} {} -> {}{}", current->verb.toStdString(),
                  answer.url.path().toStdString(), answer.httpStatus,
                  cached ? " (from cache)" : "");
    emit q->exchangeFinished(answer.url, answer.httpStatus, cached != nullptr);
    if (policy.readHeaders(answer.headers))
        emit q->rateLimitChanged();

    if (answer.transportFailed()) {
        ConnectionStatus status = ApiErrorClassifier::classify(answer);
        if (answer.tooLarge)
            status = ApiErrorClassifier::tooLarge(answer, maxResponseBytes);
        fail(status);
        return;
    }
    // Only error answers carry GitHub's "message"; looking for it in a success body parsed
    // every answer a second time (most of an idle tray's CPU time).
    const QString said
        = answer.httpStatus >= 400 ? ApiErrorClassifier::githubMessage(answer.body) : QString();
    const RateLimitPolicy::Limit limit = policy.judge(answer.httpStatus, answer.headers, said);
    if (limit != RateLimitPolicy::Limit::None) {
        emit q->rateLimitChanged(); // a hold started: blockedUntil() changed
        const QDateTime until = policy.blockedUntil();
        fail(ApiErrorClassifier::rateLimited(answer.url, answer.httpStatus, limit,
                                             until.isValid() ? until : clock.now(), said));
        return;
    }
    if (answer.httpStatus == 304) {
        if (!cached) {
            fail(ApiErrorClassifier::classify(answer));
            return;
        }
        const QByteArray link
            = answer.headers.has("link") ? answer.headers.value("link") : cached->link;
        // The document parsed when the body first came: a 304 is not parsed again.
        onDocument(answer, cached->document, link, true);
        return;
    }
    if (isRedirect(answer.httpStatus)) {
        if (!isRead) {
            fail(ApiErrorClassifier::classify(answer));
            return;
        }
        if (!followRedirect(answer))
            return;
        return;
    }
    if (answer.httpStatus < 200 || answer.httpStatus > 299) {
        fail(ApiErrorClassifier::classify(answer));
        return;
    }
    const std::optional<QJsonDocument> doc = parse(answer);
    if (!doc)
        return;
    remember(answer, *doc);
    onDocument(answer, *doc, answer.headers.value("link"), false);
}

// The body of a success answer as a JSON object (or nothing, for an empty 204); fails the
// request as malformed otherwise.
std::optional<QJsonDocument> GitHubClient::Private::parse(const HttpAnswer &answer)
{
    if (answer.httpStatus == 204 && answer.body.trimmed().isEmpty())
        return QJsonDocument();
    QJsonParseError error {};
    QJsonDocument doc = QJsonDocument::fromJson(answer.body, &error);
    QString why;
    if (error.error != QJsonParseError::NoError)
        why = looksCutShort(answer.body, error) ? GitHubClient::tr("the answer is cut short")
                                                : GitHubClient::tr("the answer is not JSON");
    else if (!doc.isObject())
        why = GitHubClient::tr("the answer is not a JSON object");
    if (!why.isEmpty()) {
        fail(ApiErrorClassifier::malformed(answer, why));
        return std::nullopt;
    }
    return doc;
}

// Only a body that parsed is kept for answering later 304s: a body cut short under the real
// ETag would otherwise be served from the cache again and again until the data changes. The
// parsed document is kept, not the bytes: a 304 hands it back without parsing it again.
void GitHubClient::Private::remember(const HttpAnswer &answer, const QJsonDocument &document)
{
    if (current->verb != "GET"
        || !(answer.headers.has("etag") || answer.headers.has("last-modified")))
        return;
    cache.store(answer.url,
                { answer.headers.value("etag"), answer.headers.value("last-modified"), document,
                  answer.headers.value("link"),
                  answer.body.size() * EtagCache::kParsedBytesPerByte });
}

// Follows a redirect on the API server itself; anything else fails without sending a byte.
bool GitHubClient::Private::followRedirect(const HttpAnswer &answer)
{
    const QUrl location
        = answer.url.resolved(QUrl::fromEncoded(answer.headers.value("location").trimmed()));
    if (!location.isValid() || !base.isSameServer(location)) {
        fail(ApiErrorClassifier::leftServer(answer, location, true));
        return false;
    }
    if (++current->redirects > kMaxRedirects) {
        fail(ApiErrorClassifier::classify(answer));
        return false;
    }
    fetch(location);
    return true;
}

void GitHubClient::Private::onDocument(const HttpAnswer &answer, const QJsonDocument &doc,
                                       const QByteArray &link, bool fromCache)
{
    auto malformed = [&](const QString &why) { fail(ApiErrorClassifier::malformed(answer, why)); };
    if (!current->list) {
        finish(ApiResult { ConnectionStatus::ok(), doc, fromCache, 1, false });
        return;
    }
    PagedList &list = *current->list;
    if (const auto problem = list.addPage(doc.object(), fromCache))
        return malformed(*problem);
    const QUrl next = LinkHeader::parse(link, answer.url).next();
    const bool lastPage = !next.isValid() || next == answer.url || list.pages() >= kMaxPagesEver;
    const bool stopHere = current->maxPages > 0 && list.pages() >= current->maxPages;
    if (lastPage || stopHere) {
        finish(ApiResult { ConnectionStatus::ok(), list.document(), list.allFromCache(),
                           list.pages(), !lastPage });
        return;
    }
    if (!base.isSameServer(next)) {
        fail(ApiErrorClassifier::leftServer(answer, next, false));
        return;
    }
    current->redirects = 0;
    fetch(next);
}

void GitHubClient::Private::finish(ApiResult result)
{
    PendingRequest job = std::move(*current);
    current.reset();
    result.headers = std::exchange(lastHeaders, HttpHeaders());
    if (!job.hadContext || job.context) {
        // Delivered from the event loop; dropped by Qt if the context dies first.
        QObject *receiver = job.hadContext ? job.context.data() : static_cast<QObject *>(q);
        QMetaObject::invokeMethod(
            receiver, [done = std::move(job.done), result] { done(result); }, Qt::QueuedConnection);
    }
    scheduleNext();
}

GitHubClient::GitHubClient(QNetworkAccessManager *network, const Clock &clock, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, network, clock))
{ }

GitHubClient::~GitHubClient()
{
    delete d->exchange;
    d->exchange = nullptr;
}

std::optional<QString> GitHubClient::setApiBase(const QUrl &base)
{
    if (auto problem = ApiBase::check(base))
        return problem;
    const ApiBase next = ApiBase::fromCheckedUrl(base);
    if (next.url() != d->base.url())
        d->cache.clear();
    d->base = next;
    return std::nullopt;
}

QUrl GitHubClient::apiBase() const
{
    return d->base.url();
}

void GitHubClient::setToken(const QString &token)
{
    if (token != d->token)
        d->cache.clear(); // a cached body belongs to the token that could see it
    d->token = token;
}

bool GitHubClient::hasToken() const
{
    return !d->token.isEmpty();
}

void GitHubClient::get(const QString &pathAndQuery, QObject *context, Callback done)
{
    PendingRequest job;
    job.pathAndQuery = pathAndQuery;
    job.context = context;
    job.hadContext = context != nullptr;
    job.done = std::move(done);
    d->enqueue(std::move(job));
}

void GitHubClient::getList(const QString &pathAndQuery, const QString &arrayKey, QObject *context,
                           Callback done, int maxPages)
{
    PendingRequest job;
    job.pathAndQuery = pathAndQuery;
    job.list.emplace(arrayKey);
    job.maxPages = maxPages;
    job.context = context;
    job.hadContext = context != nullptr;
    job.done = std::move(done);
    d->enqueue(std::move(job));
}

void GitHubClient::send(Method method, const QString &pathAndQuery, const QJsonDocument &body,
                        QObject *context, Callback done)
{
    static const char *const verbs[] = { "POST", "PUT", "PATCH", "DELETE" };
    PendingRequest job;
    job.pathAndQuery = pathAndQuery;
    job.verb = QByteArray(verbs[static_cast<int>(method)]);
    if (!body.isNull())
        job.body = body.toJson(QJsonDocument::Compact);
    job.context = context;
    job.hadContext = context != nullptr;
    job.done = std::move(done);
    d->enqueue(std::move(job));
}

RateLimitState GitHubClient::rateLimit() const
{
    return d->policy.state();
}

QDateTime GitHubClient::blockedUntil() const
{
    return d->policy.blockedUntil();
}

void GitHubClient::setTransferTimeoutMs(int ms)
{
    d->transferTimeoutMs = ms;
}

void GitHubClient::setMaxResponseBytes(qint64 bytes)
{
    d->maxResponseBytes = bytes;
}

void GitHubClient::setJitterSource(std::function<double()> random)
{
    d->policy.setRandomSource(std::move(random));
}

} // namespace relayq
