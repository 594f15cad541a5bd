#include "EtagCache.h"

namespace relayq {

EtagCache::EtagCache(qsizetype maxEntries, qint64 maxBytes)
    : m_maxEntries(maxEntries), m_maxBytes(maxBytes)
{ }

// The fragment never reaches the server: two URLs that differ only there share an answer.
QUrl EtagCache::keyFor(const QUrl &url)
{
    return url.hasFragment() ? url.adjusted(QUrl::RemoveFragment) : url;
}

const EtagCache::Entry *EtagCache::find(const QUrl &url) const
{
    const auto it = m_entries.constFind(keyFor(url));
    return it == m_entries.constEnd() ? nullptr : &it->entry;
}

void EtagCache::store(const QUrl &url, Entry entry)
{
    remove(url);
    if (entry.etag.isEmpty() && entry.lastModified.isEmpty())
        return;
    if (entry.bytes > m_maxBytes)
        return;
    const QUrl key = keyFor(url);
    m_bytes += entry.bytes;
    m_entries.insert(key, Slot { std::move(entry), ++m_stored });
    m_order.emplace_back(key, m_stored);
    while (!m_order.empty() && (m_entries.size() > m_maxEntries || m_bytes > m_maxBytes))
        evictOldest();
    dropStaleOrder();
}

void EtagCache::remove(const QUrl &url)
{
    const auto it = m_entries.find(keyFor(url));
    if (it == m_entries.end())
        return;
    m_bytes -= it->entry.bytes;
    m_entries.erase(it);
}

void EtagCache::clear()
{
    m_entries.clear();
    m_order.clear();
    m_bytes = 0;
}

void EtagCache::evictOldest()
{
    const auto [key, stored] = m_order.front();
    m_order.pop_front();
    const auto it = m_entries.find(key);
    if (it == m_entries.end() || it->stored != stored)
        return; // removed or stored again since: not this place's entry any more
    m_bytes -= it->entry.bytes;
    m_entries.erase(it);
}

// Places left by replaced entries would pile up in a cache that never fills (the same URLs
// stored poll after poll): once they outnumber the live ones, they go, in one pass.
void EtagCache::dropStaleOrder()
{
    if (qsizetype(m_order.size()) <= 2 * m_entries.size() + 64)
        return;
    std::erase_if(m_order, [this](const std::pair<QUrl, quint64> &place) {
        const auto it = m_entries.constFind(place.first);
        return it == m_entries.constEnd() || it->stored != place.second;
    });
}

} // namespace relayq
