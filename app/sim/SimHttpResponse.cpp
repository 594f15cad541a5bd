#include "SimHttpResponse.h"

namespace relayq::sim {

void SimHttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({ name, value });
}

QByteArray SimHttpResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers)
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    return {};
}

void SimHttpResponse::removeHeader(const QByteArray &name)
{
    headers.removeIf([&name](const QPair<QByteArray, QByteArray> &pair) {
        return pair.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray SimHttpResponse::headBytes() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &pair : headers) {
        if (pair.first.compare("content-length", Qt::CaseInsensitive) != 0)
            out += pair.first + ": " + pair.second + "\r\n";
    }
    if (status != 304 && status != 204)
        out += "Content-Length: " + QByteArray::number(hasBody() ? body.size() : 0) + "\r\n";
    return out + "\r\n";
}

QByteArray SimHttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace relayq::sim
