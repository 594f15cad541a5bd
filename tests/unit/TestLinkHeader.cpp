// Link header parsing: GitHub's real format, several rels, odd spacing, hostile commas.

#include "LinkHeader.h"

#include <QTest>

using relayq::LinkHeader;

class TestLinkHeader : public QObject
{
    Q_OBJECT
private slots:
    void githubRealFormat()
    {
        const QByteArray value
            = "<https://api.github.com/repositories/1300192/issues?per_page=100&page=2>; "
              "rel=\"next\", "
              "<https://api.github.com/repositories/1300192/issues?per_page=100&page=5>; "
              "rel=\"last\", "
              "<https://api.github.com/repositories/1300192/issues?per_page=100&page=1>; "
              "rel=\"first\", "
              "<https://api.github.com/repositories/1300192/issues?per_page=100&page=1>; "
              "rel=\"prev\"";
        const LinkHeader link = LinkHeader::parse(value);
        QCOMPARE(link.size(), 4);
        QCOMPARE(link.next(),
                 QUrl(QStringLiteral(
                     "https://api.github.com/repositories/1300192/issues?per_page=100&page=2")));
        QCOMPARE(link.link(QStringLiteral("last")).query(), QStringLiteral("per_page=100&page=5"));
        QCOMPARE(link.link(QStringLiteral("LAST")), link.link(QStringLiteral("last")));
        QCOMPARE(link.link(QStringLiteral("prev")).query(), QStringLiteral("per_page=100&page=1"));
    }

    void oddSpacingAndUnquotedRel()
    {
        const QByteArray value = "  <https://h/x?page=3>;rel=next ,<https://h/x?page=9> ;  "
                                 "REL = \"last\"  ";
        const LinkHeader link = LinkHeader::parse(value);
        QCOMPARE(link.next(), QUrl(QStringLiteral("https://h/x?page=3")));
        QCOMPARE(link.link(QStringLiteral("last")), QUrl(QStringLiteral("https://h/x?page=9")));
    }

    void severalRelsInOneLink()
    {
        const LinkHeader link
            = LinkHeader::parse("<https://h/a?page=2>; rel=\"next last\"; title=\"x, y\"");
        QCOMPARE(link.next(), QUrl(QStringLiteral("https://h/a?page=2")));
        QCOMPARE(link.link(QStringLiteral("last")), QUrl(QStringLiteral("https://h/a?page=2")));
        QVERIFY(!link.link(QStringLiteral("title")).isValid());
    }

    void commaInsideUrlAndQuotes()
    {
        const LinkHeader link = LinkHeader::parse(
            "<https://h/runs?created=2026-01-01,2026-02-01&page=2>; title=\"a, b\"; rel=\"next\", "
            "<https://h/runs?page=4>; rel=\"last\"");
        QCOMPARE(link.next().query(), QStringLiteral("created=2026-01-01,2026-02-01&page=2"));
        QCOMPARE(link.link(QStringLiteral("last")).query(), QStringLiteral("page=4"));
    }

    void nextUrlIsKeptVerbatim()
    {
        // Cursor pagination: opaque, percent-encoded values must come back byte for byte.
        const QByteArray target = "https://api.github.com/repos/o/r/actions/concurrency_groups"
                                  "?per_page=100&after=Y3Vyc29yOnYyOpK5MjAyNi0wMS0wMVQxMjowMDow%"
                                  "3D%3D";
        const LinkHeader link = LinkHeader::parse("<" + target + ">; rel=\"next\"");
        QCOMPARE(link.next().toEncoded(), target);
    }

    void relativeLinkResolvedAgainstAnsweringUrl()
    {
        const QUrl context(QStringLiteral("https://ghe.example/api/v3/orgs/o/actions/runners"));
        const LinkHeader link
            = LinkHeader::parse("</api/v3/orgs/o/actions/runners?page=2>; rel=\"next\"", context);
        QCOMPARE(link.next(),
                 QUrl(QStringLiteral("https://ghe.example/api/v3/orgs/o/actions/runners?page=2")));
    }

    void firstLinkOfARelWins()
    {
        const LinkHeader link
            = LinkHeader::parse("<https://h/1>; rel=\"next\", <https://h/2>; rel=\"next\"");
        QCOMPARE(link.next(), QUrl(QStringLiteral("https://h/1")));
    }

    void garbageGivesNothing_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("   ");
        QTest::newRow("no angle brackets") << QByteArray("https://h/x; rel=\"next\"");
        QTest::newRow("no rel") << QByteArray("<https://h/x>; title=\"next\"");
        QTest::newRow("unterminated") << QByteArray("<https://h/x; rel=\"next\"");
        QTest::newRow("empty target") << QByteArray("<>; rel=\"next\"");
        QTest::newRow("empty rel") << QByteArray("<https://h/x>; rel=\"\"");
    }

    void garbageGivesNothing()
    {
        QFETCH(QByteArray, value);
        const LinkHeader link = LinkHeader::parse(value);
        QVERIFY(!link.next().isValid());
        QVERIFY(link.isEmpty());
    }

    void noNextOnLastPage()
    {
        const LinkHeader link = LinkHeader::parse(
            "<https://h/x?page=1>; rel=\"prev\", <https://h/x?page=1>; rel=\"first\"");
        QCOMPARE(link.size(), 2);
        QVERIFY(!link.next().isValid());
    }
};

QTEST_GUILESS_MAIN(TestLinkHeader)
#include "TestLinkHeader.moc"
