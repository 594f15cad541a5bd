#pragma once
// Collects the pages of a GitHub list answer ({"total_count": n, "<key>": [...]}) into one
// document of the same shape, so callers parse a list the same way whatever its page count.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace relayq {

class PagedList
{
public:
    explicit PagedList(QString arrayKey);

    // Adds one page; returns why the page cannot be used (in words), or nothing.
    std::optional<QString> addPage(const QJsonObject &page, bool fromCache);

    int pages() const { return m_pages; }
    bool allFromCache() const { return m_pages > 0 && m_allFromCache; }
    // {"total_count": n, "<key>": [...]}. n is the server's total_count from the last page
    // (the full size even when fewer pages were fetched), never less than the items merged.
    // A one-page answer whose count is right is handed on as it came (any other keys with it):
    // building a new object for each of a poll's hundreds of one-page answers cost more than
    // the rest of a 304.
    QJsonDocument document() const;

private:
    QString m_arrayKey;
    QJsonObject m_firstPage;
    QJsonArray m_items;
    qint64 m_totalCount = -1;
    int m_pages = 0;
    bool m_allFromCache = true;
};

} // namespace relayq
