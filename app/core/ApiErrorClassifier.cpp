#include "ApiErrorClassifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace relayq {

namespace {

QString pathOf(const QUrl &url)
{
    const QString path = url.path();
    return path.isEmpty() ? QStringLiteral("/") : path;
}

QString timeText(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

// ` GitHub said: "…"` or nothing.
QString saidSuffix(const QString &message)
{
    if (message.isEmpty())
        return {};
    return QCoreApplication::translate("relayq::ApiErrorClassifier", " GitHub said: \"%1\"")
        .arg(message);
}

ConnectionStatus make(ConnectionState state, const QString &message, int httpStatus)
{
    ConnectionStatus status;
    status.state = state;
    status.message = message;
    status.httpStatus = httpStatus;
    return status;
}

} // namespace

QString ApiErrorClassifier::githubMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    QString message = doc.object().value(QLatin1String("message")).toString().simplified();
    if (message.size() > 300)
        message = message.left(300) + QStringLiteral("…");
    return message;
}

ConnectionStatus ApiErrorClassifier::classify(const HttpAnswer &answer)
{
    if (answer.transportFailed())
        return transportFailure(answer);
    return httpFailure(answer);
}

ConnectionStatus ApiErrorClassifier::transportFailure(const HttpAnswer &answer)
{
    const QString host = answer.url.host();
    const QString path = pathOf(answer.url);
    const int status = answer.httpStatus;
    if (answer.tooLarge)
        return tooLarge(answer, 0);
    if (answer.timedOut || answer.error == QNetworkReply::TimeoutError
        || answer.error == QNetworkReply::OperationCanceledError) {
        return make(ConnectionState::Timeout,
                    QCoreApplication::translate(
                        "relayq::ApiErrorClassifier",
                        "%1 did not answer %2 in time. Check your network or proxy; RelayQ "
                        "will try again.")
                        .arg(host, path),
                    status);
    }
    if (answer.error == QNetworkReply::SslHandshakeFailedError) {
        return make(ConnectionState::TlsError,
                    QCoreApplication::translate(
                        "relayq::ApiErrorClassifier",
                        "The secure connection to %1 for %2 failed (%3). Check the computer's "
                        "date and time and the API address; behind a company proxy its "
                        "certificate may need to be installed.")
                        .arg(host, path, answer.errorText),
                    status);
    }
    if (answer.answered()) {
        return make(ConnectionState::Unreachable,
                    QCoreApplication::translate(
                        "relayq::ApiErrorClassifier",
                        "The connection to %1 broke off in the middle of the answer for %2. "
                        "Check your network or proxy; RelayQ will try again.")
                        .arg(host, path),
                    status);
    }
    switch (answer.error) {
    case QNetworkReply::ConnectionRefusedError:
        return make(ConnectionState::Unreachable,
                    QCoreApplication::translate(
                        "relayq::ApiErrorClassifier",
                        "%1 refused the connection for %2. Check the API address and that the "
                        "server is running.")
                        .arg(host, path),
                    0);
    case QNetworkReply::HostNotFoundError:
        return make(ConnectionState::Unreachable,
                    QCoreApplication::translate(
                        "relayq::ApiErrorClassifier",
                        "The server %1 was not found (for %2). Check the API address and the "
                        "internet connection.")
                        .arg(host, path),
                    0);
    case QNetworkReply::RemoteHostClosedError:
        return make(ConnectionState::Unreachable,
                    QCoreApplication::translate(
                        "relayq::ApiErrorClassifier",
                        "%1 closed the connection before answering %2. Check your network or "
                        "proxy; RelayQ will try again.")
                        .arg(host, path),
                    0);
    default:
        return make(ConnectionState::Unreachable,
                    QCoreApplication::translate(
                        "relayq::ApiErrorClassifier",
                        "%1 could not be reached for %2. Check the internet connection, proxy "
                        "and API address; RelayQ will try again.")
                        .arg(host, path),
                    0);
    }
}

ConnectionStatus ApiErrorClassifier::httpFailure(const HttpAnswer &answer)
{
    const QString path = pathOf(answer.url);
    const int status = answer.httpStatus;
    const QString said = githubMessage(answer.body);
    switch (status) {
    case 401:
        return make(ConnectionState::AuthFailed,
                    QCoreApplication::translate(
                        "relayq::ApiErrorClassifier",
                        "GitHub rejected the token (401 %1) for %2. Create a new token or log in "
                        "again.")
                        .arg(said.isEmpty() ? QStringLiteral("Bad credentials") : said, path),
                    status);
    case 403:
        return make(ConnectionState::Forbidden,
                    QCoreApplication::translate("relayq::ApiErrorClassifier",
                                                "GitHub refused access to %1 (403).")
                            .arg(path)
                        + saidSuffix(said) + QLatin1Char(' ') + forbiddenAdvice(answer),
                    status);
    case 404:
        return make(ConnectionState::NotFound,
                    QCoreApplication::translate(
                        "relayq::ApiErrorClassifier",
                        "GitHub found nothing at %1 (404). Check the repository or organisation "
                        "name. GitHub also answers 404 for private repositories the token "
                        "cannot see: make sure the token has access to it.")
                            .arg(path)
                        + saidSuffix(said),
                    status);
    default: break;
    }
    if (status >= 500) {
        return make(ConnectionState::ServerError,
                    QCoreApplication::translate(
                        "relayq::ApiErrorClassifier",
                        "GitHub had a problem answering %1 (HTTP %2). This is usually "
                        "temporary; RelayQ will try again.")
                            .arg(path)
                            .arg(status)
                        + saidSuffix(said),
                    status);
    }
    return make(ConnectionState::ServerError,
                QCoreApplication::translate(
                    "relayq::ApiErrorClassifier",
                    "GitHub answered %1 with HTTP %2, which RelayQ did not expect. Check the API "
                    "address; if it persists, report it.")
                        .arg(path)
                        .arg(status)
                    + saidSuffix(said),
                status);
}

QString ApiErrorClassifier::forbiddenAdvice(const HttpAnswer &answer)
{
    const HttpHeaders &headers = answer.headers;
    const QString permissions
        = QString::fromLatin1(headers.value("x-accepted-github-permissions")).trimmed();
    if (!permissions.isEmpty()) {
        return QCoreApplication::translate(
                   "relayq::ApiErrorClassifier",
                   "The token lacks a permission this needs; GitHub accepts: %1. Give the token "
                   "that permission or create a new one.")
            .arg(permissions);
    }
    const QString accepted
        = QString::fromLatin1(headers.value("x-accepted-oauth-scopes")).trimmed();
    if (!accepted.isEmpty()) {
        QString granted = QString::fromLatin1(headers.value("x-oauth-scopes")).trimmed();
        if (granted.isEmpty())
            granted = QCoreApplication::translate("relayq::ApiErrorClassifier", "none");
        return QCoreApplication::translate(
                   "relayq::ApiErrorClassifier",
                   "This needs one of the token scopes: %1; the token has: %2. Create a token "
                   "with the missing scope.")
            .arg(accepted, granted);
    }
    return QCoreApplication::translate(
        "relayq::ApiErrorClassifier",
        "Check that the token may administer this repository or organisation (classic "
        "token: repo or admin:org; fine-grained: Administration or Self-hosted runners).");
}

ConnectionStatus ApiErrorClassifier::malformed(const HttpAnswer &answer, const QString &why)
{
    return make(ConnectionState::Malformed,
                QCoreApplication::translate(
                    "relayq::ApiErrorClassifier",
                    "The answer from %1 for %2 is not the JSON GitHub sends (%3). Check that the "
                    "API address points to GitHub's API; RelayQ will try again.")
                    .arg(answer.url.host(), pathOf(answer.url), why),
                answer.httpStatus);
}

ConnectionStatus ApiErrorClassifier::tooLarge(const HttpAnswer &answer, qint64 maxBytes)
{
    const QString limit = maxBytes > 0
        ? QCoreApplication::translate("relayq::ApiErrorClassifier", " (over %1 KiB)")
              .arg(maxBytes / 1024)
        : QString();
    return make(ConnectionState::Malformed,
                QCoreApplication::translate(
                    "relayq::ApiErrorClassifier",
                    "The answer for %1 is too large%2, so RelayQ stopped reading it. Check the "
                    "API address; if it is right, report this.")
                    .arg(pathOf(answer.url), limit),
                answer.httpStatus);
}

ConnectionStatus ApiErrorClassifier::leftServer(const HttpAnswer &answer, const QUrl &target,
                                                bool isRedirect)
{
    const QString host = answer.url.host();
    const QString other = target.host().isEmpty() ? target.toDisplayString() : target.host();
    const QString what = isRedirect
        ? QCoreApplication::translate("relayq::ApiErrorClassifier", "redirected to %1").arg(other)
        : QCoreApplication::translate("relayq::ApiErrorClassifier", "links its next page to %1")
              .arg(other);
    return make(ConnectionState::ServerError,
                QCoreApplication::translate(
                    "relayq::ApiErrorClassifier",
                    "The answer for %1 %2. RelayQ did not follow it so the token stays with %3. "
                    "Check the API address (for GitHub Enterprise Server: https://HOST/api/v3).")
                    .arg(pathOf(answer.url), what, host),
                answer.httpStatus);
}

ConnectionStatus ApiErrorClassifier::rateLimited(const QUrl &url, int httpStatus,
                                                 RateLimitPolicy::Limit limit,
                                                 const QDateTime &until,
                                                 const QString &githubMessage)
{
    QString message;
    if (limit == RateLimitPolicy::Limit::Secondary) {
        message = QCoreApplication::translate(
                      "relayq::ApiErrorClassifier",
                      "GitHub asked RelayQ to slow down (secondary rate limit), so %1 is not "
                      "requested until %2. RelayQ resumes by itself; if this happens often, "
                      "poll less often.")
                      .arg(pathOf(url), timeText(until));
    } else {
        message = QCoreApplication::translate(
                      "relayq::ApiErrorClassifier",
                      "GitHub's rate limit for this token is used up, so %1 is not requested "
                      "until %2, when the limit resets. RelayQ resumes by itself; other tools "
                      "using the same account share the limit.")
                      .arg(pathOf(url), timeText(until));
    }
    ConnectionStatus status
        = make(ConnectionState::RateLimited, message + saidSuffix(githubMessage), httpStatus);
    status.retryAt = until;
    return status;
}

} // namespace relayq
