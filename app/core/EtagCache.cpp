#include "EtagCache.h"

namespace relayq {

EtagCache::EtagCache(qsizetype maxEntries, qint64 maxBytes)
    : m_maxEntries(maxEntries), m_maxBytes(maxBytes)
{ }

QString EtagCache::keyFor(const QUrl &url)
{
    return QString::fromLatin1(url.toEncoded(QUrl::RemoveFragment));
}

const EtagCache::Entry *EtagCache::find(const QUrl &url) const
{
    const auto it = m_entries.constFind(keyFor(url));
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

void EtagCache::store(const QUrl &url, Entry entry)
{
    remove(url);
    if (entry.etag.isEmpty() && entry.lastModified.isEmpty())
        return;
    if (entry.bytes > m_maxBytes)
        return;
    const QString key = keyFor(url);
    m_bytes += entry.bytes;
    m_entries.insert(key, std::move(entry));
    m_order.append(key);
    while (!m_order.isEmpty() && (m_entries.size() > m_maxEntries || m_bytes > m_maxBytes))
        evictOldest();
}

void EtagCache::remove(const QUrl &url)
{
    const QString key = keyFor(url);
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    m_bytes -= it->bytes;
    m_entries.erase(it);
    m_order.removeOne(key);
}

void EtagCache::clear()
{
    m_entries.clear();
    m_order.clear();
    m_bytes = 0;
}

void EtagCache::evictOldest()
{
    const QString key = m_order.takeFirst();
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    m_bytes -= it->bytes;
    m_entries.erase(it);
}

} // namespace relayq
