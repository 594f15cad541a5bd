#pragma once
// The outcome of one logical GitHub request (all pages of a list, or one resource).

#include "ConnectionStatus.h"

#include <QByteArray>
#include <QJsonDocument>

namespace relayq {

struct ApiResult
{
    ConnectionStatus status; // Ok, or the classified failure with a message in words
    QJsonDocument json; // for lists: {"total_count": n, "<key>": [all items of all pages]}
    bool notModified = false; // every page came back 304 and was served from the ETag cache
    int pagesFetched = 0;
    bool morePages = false; // getList stopped at maxPages while the server offered another

    bool isOk() const { return status.isOk(); }
};

} // namespace relayq
