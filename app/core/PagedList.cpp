#include "PagedList.h"

#include <QCoreApplication>

#include <algorithm>

namespace relayq {

PagedList::PagedList(QString arrayKey) : m_arrayKey(std::move(arrayKey)) { }

std::optional<QString> PagedList::addPage(const QJsonObject &page, bool fromCache)
{
    const QJsonValue items = page.value(m_arrayKey);
    if (!items.isArray()) {
        return QCoreApplication::translate("relayq::PagedList", "no \"%1\" list in the answer")
            .arg(m_arrayKey);
    }
    const QJsonArray array = items.toArray();
    if (m_pages == 0) {
        // Shared, not copied: the list of a one-page answer is the very array the ETag cache
        // holds, so whoever read it last time can tell at once that it did not change.
        m_items = array;
        m_firstPage = page;
    } else {
        m_firstPage = QJsonObject(); // merged now: a new object is built
        for (const QJsonValue &item : array)
            m_items.append(item);
    }
    // toInteger(), not a cast: a count that is no whole number within qint64 (1e300) keeps what
    // the earlier pages said; casting it was undefined behaviour (found by fuzzing, issue 7).
    const QJsonValue total = page.value(QLatin1String("total_count"));
    if (total.isDouble())
        m_totalCount = total.toInteger(m_totalCount);
    ++m_pages;
    m_allFromCache = m_allFromCache && fromCache;
    return std::nullopt;
}

QJsonDocument PagedList::document() const
{
    if (m_pages == 1) {
        const QJsonValue total = m_firstPage.value(QLatin1String("total_count"));
        if (total.isDouble() && total.toInteger(-1) >= m_items.size())
            return QJsonDocument(m_firstPage);
    }
    QJsonObject object;
    object.insert(QLatin1String("total_count"), std::max(m_totalCount, qint64(m_items.size())));
    object.insert(m_arrayKey, m_items);
    return QJsonDocument(object);
}

} // namespace relayq
