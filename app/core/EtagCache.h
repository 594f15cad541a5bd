#pragma once
// Remembers, per URL, the last good answer with its ETag / Last-Modified, so the next poll can
// ask "changed since?" (If-None-Match / If-Modified-Since) and reuse the body on 304 Not
// Modified. GitHub does not charge a 304 against the rate limit. In memory only, bounded.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

namespace relayq {

class EtagCache
{
public:
    struct Entry
    {
        QByteArray etag;
        QByteArray lastModified;
        QByteArray body;
        QByteArray link; // the Link header, for 304 answers that leave it out
    };

    explicit EtagCache(qsizetype maxEntries = 512, qint64 maxBytes = 64 * 1024 * 1024);

    // Nullptr when nothing usable is stored for `url`.
    const Entry *find(const QUrl &url) const;
    // Stores only entries with an ETag or Last-Modified: nothing else can be revalidated.
    void store(const QUrl &url, Entry entry);
    void remove(const QUrl &url);
    void clear();
    qsizetype size() const { return m_entries.size(); }

private:
    static QString keyFor(const QUrl &url);
    void evictOldest();

    QHash<QString, Entry> m_entries;
    QList<QString> m_order; // oldest first
    qsizetype m_maxEntries;
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
};

} // namespace relayq
