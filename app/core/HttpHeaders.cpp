#include "HttpHeaders.h"

namespace relayq {

HttpHeaders::HttpHeaders(QList<Pair> pairs) : m_pairs(std::move(pairs)) { }

QByteArray HttpHeaders::value(const QByteArray &name) const
{
    for (const Pair &pair : m_pairs) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

bool HttpHeaders::has(const QByteArray &name) const
{
    for (const Pair &pair : m_pairs) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<qint64> HttpHeaders::number(const QByteArray &name) const
{
    const QByteArray text = value(name).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 result = text.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return result;
}

void HttpHeaders::add(const QByteArray &name, const QByteArray &value)
{
    m_pairs.append({ name, value });
}

} // namespace relayq
