#pragma once
// An HTTP/1.1 response the simulator is about to send: status, headers, body, and its bytes on
// the wire (Content-Length always set, no body for 204/304).

#include <QByteArray>
#include <QList>
#include <QPair>

namespace relayq::sim {

struct SimHttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const; // case-insensitive
    void removeHeader(const QByteArray &name);
    bool hasBody() const { return status != 204 && status != 304 && status >= 200; }
    QByteArray headBytes() const; // status line and headers, ending with the blank line
    QByteArray toBytes() const { return headBytes() + (hasBody() ? body : QByteArray()); }

    static QByteArray reasonPhrase(int status);
};

} // namespace relayq::sim
