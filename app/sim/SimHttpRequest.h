#pragma once
// One HTTP/1.1 request as the simulator's server read it off the socket.

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUrlQuery>

namespace relayq::sim {

struct SimHttpRequest
{
    QByteArray method; // "GET"
    QByteArray target; // path and query, as sent
    QString path; // decoded path, without the query
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QString queryValue(const QString &name) const
    {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
};

} // namespace relayq::sim
