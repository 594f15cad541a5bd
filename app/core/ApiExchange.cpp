#include "ApiExchange.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace relayq {

QByteArray ApiExchange::userAgent()
{
    return QByteArrayLiteral("RelayQ-Tray/" RELAYQ_VERSION);
}

QByteArray ApiExchange::acceptHeader()
{
    // Prism (GitHub's spec as referee) only negotiates application/json; GitHub answers both.
    return QByteArrayLiteral("application/vnd.github+json, application/json;q=0.9");
}

ApiExchange::ApiExchange(QNetworkAccessManager *network, Request request, Done done,
                         QObject *parent)
    : QObject(parent), m_network(network), m_request(std::move(request)), m_done(std::move(done))
{ }

ApiExchange::~ApiExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiExchange::start()
{
    QNetworkRequest request(m_request.url);
    request.setRawHeader("Accept", acceptHeader());
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    request.setRawHeader("User-Agent", userAgent());
    if (!m_request.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_request.token.toUtf8());
    if (!m_request.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", m_request.ifNoneMatch);
    if (!m_request.ifModifiedSince.isEmpty())
        request.setRawHeader("If-Modified-Since", m_request.ifModifiedSince);
    // Redirects are judged by the client: another host must never see the token.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_request.transferTimeoutMs);

    if (m_request.verb == "GET") {
        m_reply = m_network->get(request);
    } else {
        if (!m_request.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        m_reply = m_network->sendCustomRequest(request, m_request.verb, m_request.body);
    }
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiExchange::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiExchange::onFinished);
}

bool ApiExchange::exceedsCap(qint64 bytes) const
{
    return m_request.maxResponseBytes > 0 && bytes > m_request.maxResponseBytes;
}

void ApiExchange::onMetaData()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && exceedsCap(length.toLongLong())) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void ApiExchange::onReadyRead()
{
    if (m_tooLarge || !m_reply || !m_reply->isOpen())
        return;
    m_body += m_reply->readAll();
    if (exceedsCap(m_body.size())) {
        m_tooLarge = true;
        m_body.clear();
        m_reply->abort();
    }
}

void ApiExchange::onFinished()
{
    if (m_finished || !m_reply)
        return;
    m_finished = true;
    onReadyRead();

    HttpAnswer answer;
    answer.url = m_request.url;
    answer.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = m_reply->error();
    answer.errorText = m_reply->errorString();
    answer.headers = HttpHeaders(m_reply->rawHeaderPairs());
    answer.tooLarge = m_tooLarge;
    // An abort that RelayQ did not ask for is the transfer timeout.
    answer.timedOut = !m_tooLarge && answer.error == QNetworkReply::OperationCanceledError;
    if (!m_tooLarge)
        answer.body = m_body;

    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    if (m_done) {
        Done done = std::move(m_done);
        done(answer);
    }
}

} // namespace relayq
