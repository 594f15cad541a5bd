#pragma once
// The outcome of one logical GitHub request (all pages of a list, or one resource).

#include "ConnectionStatus.h"
#include "HttpHeaders.h"

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
    // The headers of the last HTTP answer (X-OAuth-Scopes, X-Accepted-GitHub-Permissions …);
    // empty when no answer came. Never request headers. (The "= {}" keeps positional
    // initialisers of the fields above free of missing-initializer warnings.)
    HttpHeaders headers = {};

    bool isOk() const { return status.isOk(); }
};

} // namespace relayq
