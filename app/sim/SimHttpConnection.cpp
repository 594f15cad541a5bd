#include "SimHttpConnection.h"

#include <QTcpSocket>
#include <QUrl>

namespace relayq::sim {

namespace {
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;
} // namespace

SimHttpConnection::SimHttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent), m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &SimHttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

bool SimHttpConnection::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void SimHttpConnection::readAvailable()
{
    m_buffer += m_socket->readAll();
    if (!m_answering)
        parseNext();
}

bool SimHttpConnection::parseNext()
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > kMaxHeaderBytes)
            sendBadRequest();
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        sendBadRequest();
        return false;
    }
    SimHttpRequest request;
    request.method = requestLine.at(0).toUpper();
    request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    bool ok = true;
    const qsizetype length = request.headers.value("content-length", "0").toLongLong(&ok);
    if (!ok || length < 0 || length > kMaxBodyBytes) {
        sendBadRequest();
        return false;
    }
    if (m_buffer.size() < headerEnd + 4 + length)
        return false; // the body is still on its way
    request.body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, headerEnd + 4 + length);

    const QUrl url(QStringLiteral("http://localhost") + QString::fromLatin1(request.target));
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    const QByteArray connection = request.header("connection").toLower();
    request.keepAlive
        = requestLine.at(2) == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";
    m_closeAfterAnswer = !request.keepAlive;
    m_answering = true;
    emit requestReceived(this, request);
    return true;
}

void SimHttpConnection::send(const SimHttpResponse &response)
{
    if (!m_answering)
        return;
    m_answering = false;
    const QByteArray bytes = response.toBytes();
    m_socket->write(bytes);
    emit bytesSent(bytes.size());
    if (m_closeAfterAnswer) {
        m_socket->disconnectFromHost();
        return;
    }
    // The next request may already be buffered (pipelining): read it from the event loop, not
    // from inside the previous answer.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_answering && isOpen())
                parseNext();
        },
        Qt::QueuedConnection);
}

void SimHttpConnection::sendAndAbort(const QByteArray &bytes)
{
    m_answering = false;
    m_socket->write(bytes);
    m_socket->flush();
    emit bytesSent(bytes.size());
    m_socket->abort();
}

void SimHttpConnection::abort()
{
    m_answering = false;
    m_socket->abort();
}

void SimHttpConnection::sendBadRequest()
{
    SimHttpResponse response;
    response.status = 400;
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.body = R"({"message":"Bad Request"})";
    m_closeAfterAnswer = true;
    m_answering = true;
    send(response);
}

} // namespace relayq::sim
