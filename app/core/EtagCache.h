#pragma once
// Remembers, per URL, the last good answer with its ETag / Last-Modified, so the next poll can
// ask "changed since?" (If-None-Match / If-Modified-Since) and reuse the answer on 304 Not
// Modified. GitHub does not charge a 304 against the rate limit. In memory only, bounded.
//
// It keeps the answer as parsed, not its bytes: almost every answer of a quiet fleet is a 304,
// and parsing the same bytes again on each of them was most of a poll's CPU time. The raw body
// is not kept beside it.

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QUrl>

#include <deque>
#include <utility>

namespace relayq {

class EtagCache
{
public:
    struct Entry
    {
        QByteArray etag;
        QByteArray lastModified;
        QJsonDocument document; // the answer's body as parsed (null for an empty body)
        QByteArray link; // the Link header, for 304 answers that leave it out
        // About what the document takes in memory: what the byte bound counts.
        qint64 bytes = 0;
    };

    // What a parsed QJsonDocument takes in memory per byte of the compact JSON it came from,
    // about: 3.4 measured (heap, Qt 6.4) on GitHub's own example answers, rounded up. Entry::bytes
    // = body size × this, so that the byte bound bounds the memory held, not the text.
    static constexpr qint64 kParsedBytesPerByte = 4;

    // Entries: one poll of a large fleet asks for hundreds of URLs (six lists per repository
    // plus the jobs of each active run: 10 repositories with 800 active runs make 860). A bound
    // below that evicts each entry before its URL is asked again: every answer is then charged.
    explicit EtagCache(qsizetype maxEntries = 4096, qint64 maxBytes = 64 * 1024 * 1024);

    // Nullptr when nothing usable is stored for `url`.
    const Entry *find(const QUrl &url) const;
    // Stores only entries with an ETag or Last-Modified: nothing else can be revalidated.
    void store(const QUrl &url, Entry entry);
    void remove(const QUrl &url);
    void clear();
    qsizetype size() const { return m_entries.size(); }

private:
    struct Slot
    {
        Entry entry;
        quint64 stored = 0; // when it was stored, in store() calls: its place in m_order
    };

    // The URL itself is the key: QUrl hashes and compares its parsed parts. Building its
    // encoded text for every lookup cost more than the rest of a 304 (860 lookups a poll).
    static QUrl keyFor(const QUrl &url);
    void evictOldest();
    void dropStaleOrder();

    QHash<QUrl, Slot> m_entries;
    // Oldest first. An entry replaced or removed leaves its old place here (skipped when it
    // comes up), so that storing and removing stay O(1) instead of searching this list.
    std::deque<std::pair<QUrl, quint64>> m_order;
    quint64 m_stored = 0;
    qsizetype m_maxEntries;
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
};

} // namespace relayq
