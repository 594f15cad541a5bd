#pragma once
// Talks to the GitHub REST API politely: authentication, ETag cache, Link pagination, rate
// limits and back-off, one request at a time per host, failures classified in words.
//
// Requests are asynchronous: `done` is called exactly once, on the event loop, unless
// `context` is destroyed first.

#include "ApiResult.h"
#include "RateLimitState.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace relayq {

class Clock;

class GitHubClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResult &)>;

    GitHubClient(QNetworkAccessManager *network, const Clock &clock, QObject *parent = nullptr);
    ~GitHubClient() override;

    // https://api.github.com, https://HOST/api/v3, or http://127.0.0.1:PORT (loopback only).
    // Returns an error message in words for anything else and keeps the previous base.
    std::optional<QString> setApiBase(const QUrl &base);
    QUrl apiBase() const;

    // The token is held in memory only and sent only to the API base's host.
    void setToken(const QString &token);
    bool hasToken() const;

    // GET one resource. `pathAndQuery` is relative to the API base, e.g. "/rate_limit".
    void get(const QString &pathAndQuery, QObject *context, Callback done);

    // GET a list endpoint and follow `Link: rel="next"` up to `maxPages` pages (0 = all),
    // merging the arrays under `arrayKey` (e.g. "runners", "workflow_runs", "jobs").
    void getList(const QString &pathAndQuery, const QString &arrayKey, QObject *context,
                 Callback done, int maxPages = 0);

    // A change: POST, PUT, PATCH or DELETE with an optional JSON body (a null document sends
    // none). Queued with the reads, never cached; a redirect is not followed (a change is
    // not repeated at another address). A 204 answer gives an empty `json`.
    enum class Method { Post, Put, Patch, Delete };
    void send(Method method, const QString &pathAndQuery, const QJsonDocument &body,
              QObject *context, Callback done);

    RateLimitState rateLimit() const;
    // When requests are held back by a rate limit or back-off; invalid when they are not.
    QDateTime blockedUntil() const;

    // Limits, with defaults suitable for the product; tests lower them.
    void setTransferTimeoutMs(int ms);
    void setMaxResponseBytes(qint64 bytes);
    // Where the secondary-limit back-off jitter comes from: a number in [0, 1). Tests pin it.
    void setJitterSource(std::function<double()> random);

signals:
    void rateLimitChanged();
    // Emitted for every HTTP exchange; counters and the status window use it. Never carries
    // request headers (the token).
    void exchangeFinished(const QUrl &url, int httpStatus, bool fromCache);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace relayq
