#pragma once
// What one HTTP exchange produced, as far as RelayQ cares: the status (0 when no answer came),
// the transport error, headers and body. Never holds request headers (the token).

#include "HttpHeaders.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace relayq {

struct HttpAnswer
{
    QUrl url;
    int httpStatus = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText; // Qt's description; only used for TLS details
    HttpHeaders headers;
    QByteArray body;
    bool tooLarge = false; // RelayQ stopped reading at the size cap
    bool timedOut = false; // the transfer timeout fired

    bool answered() const { return httpStatus > 0; }
    // The transport failed (refused, reset, TLS, timeout …), possibly after the status line.
    bool transportFailed() const
    {
        return timedOut || tooLarge || (error != QNetworkReply::NoError && int(error) < 200);
    }
};

} // namespace relayq
