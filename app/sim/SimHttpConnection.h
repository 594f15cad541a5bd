#pragma once
// One client connection of the simulator's hand-written HTTP/1.1 server. It reads requests
// (headers, then a Content-Length body) one at a time: the next request on a keep-alive socket
// is only read once the current one is answered, so pipelined requests stay in order. Answers
// are written byte for byte, which is what lets the simulator cut bodies short or hang up.

#include "SimHttpRequest.h"
#include "SimHttpResponse.h"

#include <QObject>

class QTcpSocket;

namespace relayq::sim {

class SimHttpConnection : public QObject
{
    Q_OBJECT
public:
    explicit SimHttpConnection(QTcpSocket *socket, QObject *parent = nullptr);

    void send(const SimHttpResponse &response); // then reads the next request (or closes)
    // Writes these bytes, then closes the connection (abort: no graceful shutdown).
    void sendAndAbort(const QByteArray &bytes);
    void abort();
    bool isOpen() const;

signals:
    void requestReceived(relayq::sim::SimHttpConnection *connection,
                         const relayq::sim::SimHttpRequest &request);
    void bytesSent(qint64 bytes);

private:
    void readAvailable();
    bool parseNext();
    void sendBadRequest();

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    bool m_answering = false; // a request was handed out and not answered yet
    bool m_closeAfterAnswer = false;
};

} // namespace relayq::sim
