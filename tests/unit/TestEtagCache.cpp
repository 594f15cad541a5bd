// The per-URL ETag cache: what is kept, what is refused, and that it stays bounded.

#include "EtagCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using relayq::EtagCache;

namespace {

QUrl page(int n)
{
    return QUrl(QStringLiteral("https://api.github.com/orgs/o/actions/runners?page=%1").arg(n));
}

// The cache keeps the parsed document; `body` is what it was parsed from (its size counts).
EtagCache::Entry entry(const QByteArray &etag, const QByteArray &body)
{
    return EtagCache::Entry { etag, QByteArray(), QJsonDocument::fromJson(body), QByteArray(),
                              body.size() };
}

} // namespace

class TestEtagCache : public QObject
{
    Q_OBJECT
private slots:
    void storesAndFindsPerUrl()
    {
        EtagCache cache;
        cache.store(page(1), entry("\"a\"", "{\"x\":1}"));
        cache.store(page(2), entry("\"b\"", "{\"x\":2}"));
        QVERIFY(cache.find(page(1)));
        QCOMPARE(cache.find(page(1))->etag, QByteArray("\"a\""));
        QCOMPARE(cache.find(page(2))->document.object().value(QLatin1String("x")).toInt(), 2);
        QVERIFY(!cache.find(page(3)));
        cache.store(page(1), entry("\"c\"", "{}")); // replaced, not duplicated
        QCOMPARE(cache.size(), 2);
        QCOMPARE(cache.find(page(1))->etag, QByteArray("\"c\""));
    }

    void keepsOnlyWhatCanBeRevalidated()
    {
        EtagCache cache;
        cache.store(page(1), entry(QByteArray(), "{}"));
        QVERIFY(!cache.find(page(1)));
        cache.store(
            page(2),
            EtagCache::Entry { {}, "Thu, 01 Jan 2026 10:00:00 GMT", QJsonDocument(), {}, 2 });
        QVERIFY(cache.find(page(2)));
        cache.store(page(2), entry(QByteArray(), "{}")); // an answer without validators forgets
        QVERIFY(!cache.find(page(2)));
    }

    void evictsOldestBeyondEntryLimit()
    {
        EtagCache cache(3);
        for (int i = 1; i <= 5; ++i)
            cache.store(page(i), entry("\"e\"", "{}"));
        QCOMPARE(cache.size(), 3);
        QVERIFY(!cache.find(page(1)));
        QVERIFY(!cache.find(page(2)));
        QVERIFY(cache.find(page(5)));
    }

    void evictsOldestBeyondByteLimit()
    {
        EtagCache cache(100, 25);
        cache.store(page(1), entry("\"e\"", QByteArray(10, 'a')));
        cache.store(page(2), entry("\"e\"", QByteArray(10, 'b')));
        cache.store(page(3), entry("\"e\"", QByteArray(10, 'c')));
        QVERIFY(!cache.find(page(1)));
        QVERIFY(cache.find(page(2)) && cache.find(page(3)));
        cache.store(page(4), entry("\"e\"", QByteArray(26, 'd'))); // larger than all: not kept
        QVERIFY(!cache.find(page(4)));
        QVERIFY(cache.find(page(3)));
    }

    void holdsEveryAnswerOfALargeFleetsPoll()
    {
        // 10 repositories with 800 active runs: 6 lists per repository plus the jobs of each
        // active run, 860 URLs a poll. Evicting any before its next poll charges it again.
        EtagCache cache;
        for (int i = 1; i <= 860; ++i)
            cache.store(page(i), entry("\"e\"", "{}"));
        QCOMPARE(cache.size(), 860);
        for (int i = 1; i <= 860; ++i)
            QVERIFY2(cache.find(page(i)), qPrintable(QString::number(i)));
    }

    void storingAgainMakesAnEntryTheNewest()
    {
        EtagCache cache(3);
        cache.store(page(1), entry("\"a\"", "{}"));
        cache.store(page(2), entry("\"b\"", "{}"));
        cache.store(page(3), entry("\"c\"", "{}"));
        cache.store(page(1), entry("\"d\"", "{}")); // now the newest
        cache.store(page(4), entry("\"e\"", "{}"));
        QVERIFY(!cache.find(page(2)));
        QVERIFY(cache.find(page(1)) && cache.find(page(3)) && cache.find(page(4)));
        QCOMPARE(cache.find(page(1))->etag, QByteArray("\"d\""));
        // A removed entry's old place does not count against a newer entry of the same URL.
        cache.remove(page(3));
        cache.store(page(3), entry("\"f\"", "{}"));
        cache.store(page(5), entry("\"g\"", "{}"));
        QVERIFY(!cache.find(page(1)));
        QVERIFY(cache.find(page(3)) && cache.find(page(4)) && cache.find(page(5)));
        QCOMPARE(cache.size(), 3);
    }

    void sameUrlsStoredPollAfterPollStayFound()
    {
        // Each poll stores the answers that changed again; their old places are dropped as
        // they pile up, without losing the live entries or their order.
        EtagCache cache(50);
        for (int poll = 0; poll < 200; ++poll)
            for (int i = 1; i <= 20; ++i)
                cache.store(page(i), entry(QByteArray::number(poll), "{}"));
        QCOMPARE(cache.size(), 20);
        for (int i = 1; i <= 20; ++i)
            QCOMPARE(cache.find(page(i))->etag, QByteArray("199"));
        for (int i = 21; i <= 50; ++i)
            cache.store(page(i), entry("\"n\"", "{}"));
        QCOMPARE(cache.size(), 50);
        cache.store(page(51), entry("\"n\"", "{}"));
        QVERIFY(!cache.find(page(1))); // the oldest of the live entries
        QVERIFY(cache.find(page(2)) && cache.find(page(51)));
    }

    void theFragmentIsNotPartOfTheKey()
    {
        EtagCache cache;
        QUrl withFragment = page(1);
        withFragment.setFragment(QStringLiteral("top"));
        cache.store(withFragment, entry("\"a\"", "{}"));
        QVERIFY(cache.find(page(1)));
        cache.remove(page(1));
        QVERIFY(!cache.find(withFragment));
    }

    void keepsTheParsedDocumentShared()
    {
        // A 304 hands back the document parsed when the body came: the same data, not a copy.
        EtagCache cache;
        const QJsonDocument doc = QJsonDocument::fromJson(R"({"runners":[{"id":1}]})");
        cache.store(page(1), EtagCache::Entry { "\"a\"", {}, doc, {}, 22 });
        const QJsonArray kept
            = cache.find(page(1))->document.object().value(QLatin1String("runners")).toArray();
        QCOMPARE(kept, doc.object().value(QLatin1String("runners")).toArray());
        QCOMPARE(kept.at(0).toObject().value(QLatin1String("id")).toInt(), 1);
    }

    void removeAndClear()
    {
        EtagCache cache;
        cache.store(page(1), entry("\"a\"", "{}"));
        cache.store(page(2), entry("\"b\"", "{}"));
        cache.remove(page(1));
        QVERIFY(!cache.find(page(1)));
        QCOMPARE(cache.size(), 1);
        cache.clear();
        QCOMPARE(cache.size(), 0);
        QVERIFY(!cache.find(page(2)));
    }
};

QTEST_GUILESS_MAIN(TestEtagCache)
#include "TestEtagCache.moc"
