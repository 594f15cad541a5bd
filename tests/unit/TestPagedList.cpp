// PagedList: pages of a GitHub list merged into one answer of the same shape, with the server's
// total_count, never less than the items merged, and a nonsense count never taken for one.

#include "PagedList.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace relayq;

namespace {
QJsonObject page(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TestPagedList : public QObject
{
    Q_OBJECT

private slots:
    void mergesPagesWithTheLastTotalCount()
    {
        PagedList list(QStringLiteral("runners"));
        QVERIFY(
            !list.addPage(page(R"({"total_count": 5, "runners": [{"id": 1}, {"id": 2}]})"), false));
        QVERIFY(!list.addPage(page(R"({"total_count": 6, "runners": [{"id": 3}]})"), true));
        const QJsonObject merged = list.document().object();
        QCOMPARE(merged.value(QLatin1String("runners")).toArray().size(), 3);
        QCOMPARE(merged.value(QLatin1String("total_count")).toInteger(), 6);
        QCOMPARE(list.pages(), 2);
        QVERIFY(!list.allFromCache());
    }

    void totalCountIsNeverLessThanTheItems()
    {
        PagedList list(QStringLiteral("jobs"));
        QVERIFY(!list.addPage(page(R"({"total_count": 1, "jobs": [{}, {}, {}]})"), true));
        QCOMPARE(list.document().object().value(QLatin1String("total_count")).toInteger(), 3);
        QVERIFY(list.allFromCache());
    }

    // A one-page answer is handed on as it came, not rebuilt: the same object (other keys
    // included), and its list the very array the page holds (what FleetReader compares).
    void aSinglePageIsHandedOnAsItCame()
    {
        const QJsonObject only = page(R"({"total_count": 2, "runners": [{"id": 1}, {"id": 2}],
                                         "extra": true})");
        PagedList list(QStringLiteral("runners"));
        QVERIFY(!list.addPage(only, true));
        const QJsonObject document = list.document().object();
        QCOMPARE(document, only);
        QVERIFY(document.value(QLatin1String("extra")).toBool());
        QCOMPARE(document.value(QLatin1String("runners")).toArray(),
                 only.value(QLatin1String("runners")).toArray());
    }

    // ...but not when its count is missing or short: then the count is the items'.
    void aSinglePageWithoutARightCountGetsOne_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no count") << QByteArray(R"({"jobs": [{}, {}], "extra": 1})");
        QTest::newRow("short") << QByteArray(R"({"total_count": 1, "jobs": [{}, {}], "extra": 1})");
        QTest::newRow("text") << QByteArray(
            R"({"total_count": "9", "jobs": [{}, {}], "extra": 1})");
    }
    void aSinglePageWithoutARightCountGetsOne()
    {
        QFETCH(QByteArray, json);
        PagedList list(QStringLiteral("jobs"));
        QVERIFY(!list.addPage(page(json), false));
        const QJsonObject document = list.document().object();
        QCOMPARE(document.value(QLatin1String("total_count")).toInteger(), 2);
        QCOMPARE(document.value(QLatin1String("jobs")).toArray().size(), 2);
        QVERIFY(!document.contains(QLatin1String("extra")));
    }

    void refusesAPageWithoutTheList()
    {
        PagedList list(QStringLiteral("workflow_runs"));
        const auto problem = list.addPage(page(R"({"total_count": 1, "runs": []})"), false);
        QVERIFY(problem);
        QVERIFY(problem->contains(QLatin1String("workflow_runs")));
        QCOMPARE(list.pages(), 0);
    }

    // Found by tests/fuzz (FuzzGitHubJson, regressions/GitHubJson): a total_count beyond qint64
    // was cast to qint64, which is undefined behaviour (UBSan: "outside the range of
    // representable values"); on x86 it came out as INT64_MIN and the earlier pages' count was
    // lost. Such a count, or a fraction, now leaves the count the earlier pages gave.
    void aCountBeyondQint64IsNoCount_data()
    {
        QTest::addColumn<QByteArray>("count");
        QTest::newRow("1e300") << QByteArray("1e300");
        QTest::newRow("-1e300") << QByteArray("-1e300");
        QTest::newRow("2^63") << QByteArray("9223372036854775808");
        QTest::newRow("56 digits") << QByteArray(56, '3');
        QTest::newRow("fraction") << QByteArray("7.5");
    }
    void aCountBeyondQint64IsNoCount()
    {
        QFETCH(QByteArray, count);
        PagedList list(QStringLiteral("jobs"));
        QVERIFY(!list.addPage(page(R"({"total_count": 40, "jobs": [{}]})"), false));
        QVERIFY(!list.addPage(page(R"({"total_count": )" + count + R"(, "jobs": [{}]})"), false));
        QCOMPARE(list.document().object().value(QLatin1String("total_count")).toInteger(), 40);

        PagedList alone(QStringLiteral("jobs"));
        QVERIFY(!alone.addPage(page(R"({"total_count": )" + count + R"(, "jobs": [{}]})"), false));
        QCOMPARE(alone.document().object().value(QLatin1String("total_count")).toInteger(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPagedList)
#include "TestPagedList.moc"
