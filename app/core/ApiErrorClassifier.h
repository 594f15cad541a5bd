#pragma once
// Turns a failed exchange with GitHub into a ConnectionStatus whose message, in words, names
// the request's path and says what to do. Messages never contain the token or request headers.

#include "ConnectionStatus.h"
#include "HttpAnswer.h"
#include "RateLimitPolicy.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace relayq {

class ApiErrorClassifier
{
public:
    // Any answer that is not 2xx/304, or whose transport failed.
    static ConnectionStatus classify(const HttpAnswer &answer);

    static ConnectionStatus malformed(const HttpAnswer &answer, const QString &why);
    static ConnectionStatus tooLarge(const HttpAnswer &answer, qint64 maxBytes);
    // A redirect or next-page link to another server, not followed to keep the token safe.
    static ConnectionStatus leftServer(const HttpAnswer &answer, const QUrl &target,
                                       bool isRedirect);
    // `url` was held back (or answered) with a rate limit in force until `until`.
    static ConnectionStatus rateLimited(const QUrl &url, int httpStatus,
                                        RateLimitPolicy::Limit limit, const QDateTime &until,
                                        const QString &githubMessage = QString());

    // GitHub's "message" from an error body; empty when there is none.
    static QString githubMessage(const QByteArray &body);

private:
    static ConnectionStatus transportFailure(const HttpAnswer &answer);
    static ConnectionStatus httpFailure(const HttpAnswer &answer);
    static QString forbiddenAdvice(const HttpAnswer &answer);
};

} // namespace relayq
