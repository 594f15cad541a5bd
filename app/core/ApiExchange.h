#pragma once
// One HTTP exchange with the GitHub API (a GET, or a change such as a POST with a JSON body):
// sets the polite headers, enforces the transfer timeout and the
// response size cap, never follows redirects by itself (the client decides, so the token never
// leaves the API server), and reports an HttpAnswer exactly once.

#include "HttpAnswer.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace relayq {

class ApiExchange : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QUrl url;
        QByteArray verb = QByteArrayLiteral("GET"); // POST, PUT, PATCH, DELETE for changes
        QByteArray body; // JSON sent with a change; empty: no body
        QString token; // empty: no Authorization header
        QByteArray ifNoneMatch;
        QByteArray ifModifiedSince;
        int transferTimeoutMs = 30000;
        qint64 maxResponseBytes = 16 * 1024 * 1024;
    };
    using Done = std::function<void(const HttpAnswer &)>;

    static QByteArray userAgent();
    static QByteArray acceptHeader();

    ApiExchange(QNetworkAccessManager *network, Request request, Done done,
                QObject *parent = nullptr);
    ~ApiExchange() override;

    void start();

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    bool exceedsCap(qint64 bytes) const;

    QNetworkAccessManager *m_network;
    Request m_request;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    bool m_tooLarge = false;
    bool m_finished = false;
};

} // namespace relayq
