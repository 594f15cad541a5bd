// Which API addresses are accepted (https anywhere, http only on loopback), how paths are
// appended, and which URLs count as the same server.

#include "ApiBase.h"

#include <QTest>

using relayq::ApiBase;

class TestApiBase : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("messageMentions");
        QTest::newRow("github.com")
            << QStringLiteral("https://api.github.com") << true << QStringLiteral("");
        QTest::newRow("github.com slash")
            << QStringLiteral("https://api.github.com/") << true << QStringLiteral("");
        QTest::newRow("GHES") << QStringLiteral("https://ghe.example.com/api/v3") << true
                              << QStringLiteral("");
        QTest::newRow("GHES port")
            << QStringLiteral("https://ghe.example.com:8443/api/v3/") << true << QStringLiteral("");
        QTest::newRow("HTTPS upper")
            << QStringLiteral("HTTPS://api.github.com") << true << QStringLiteral("");
        QTest::newRow("loopback v4")
            << QStringLiteral("http://127.0.0.1:8080") << true << QStringLiteral("");
        QTest::newRow("loopback /8")
            << QStringLiteral("http://127.5.6.7:1") << true << QStringLiteral("");
        QTest::newRow("loopback v6")
            << QStringLiteral("http://[::1]:9000/api/v3") << true << QStringLiteral("");
        QTest::newRow("localhost")
            << QStringLiteral("http://localhost:3000") << true << QStringLiteral("");
        QTest::newRow("LocalHost.")
            << QStringLiteral("http://LocalHost.:3000") << true << QStringLiteral("");
        QTest::newRow("http remote")
            << QStringLiteral("http://example.com") << false << QStringLiteral("https://");
        QTest::newRow("http github")
            << QStringLiteral("http://api.github.com") << false << QStringLiteral("plain http");
        QTest::newRow("http lan") << QStringLiteral("http://192.168.1.10") << false
                                  << QStringLiteral("192.168.1.10");
        QTest::newRow("localhost lookalike") << QStringLiteral("http://localhost.evil.example")
                                             << false << QStringLiteral("plain http");
        QTest::newRow("127 lookalike") << QStringLiteral("http://127.0.0.1.evil.example") << false
                                       << QStringLiteral("plain http");
        QTest::newRow("ftp") << QStringLiteral("ftp://api.github.com") << false
                             << QStringLiteral("https://");
        QTest::newRow("no host") << QStringLiteral("https://") << false
                                 << QStringLiteral("not a web address");
        QTest::newRow("relative") << QStringLiteral("api.github.com") << false
                                  << QStringLiteral("not a web address");
        QTest::newRow("user info") << QStringLiteral("https://me:pw@api.github.com") << false
                                   << QStringLiteral("user name");
        QTest::newRow("query") << QStringLiteral("https://api.github.com/?x=1") << false
                               << QStringLiteral("\"?\"");
    }

    void check()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QFETCH(QString, messageMentions);
        const auto problem = ApiBase::check(QUrl(url));
        QCOMPARE(!problem.has_value(), accepted);
        if (problem) {
            QVERIFY2(problem->contains(messageMentions), qPrintable(*problem));
            QVERIFY2(!problem->contains(QLatin1String(":pw")), qPrintable(*problem));
        }
    }

    void resolveAppendsToBasePath_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("github") << QStringLiteral("https://api.github.com")
                                << QStringLiteral("/rate_limit")
                                << QStringLiteral("https://api.github.com/rate_limit");
        QTest::newRow("github slash base")
            << QStringLiteral("https://api.github.com/") << QStringLiteral("/rate_limit")
            << QStringLiteral("https://api.github.com/rate_limit");
        QTest::newRow("ghes")
            << QStringLiteral("https://ghe.example/api/v3/")
            << QStringLiteral("/repos/o/r/actions/runners?per_page=100")
            << QStringLiteral("https://ghe.example/api/v3/repos/o/r/actions/runners?per_page=100");
        QTest::newRow("no leading slash")
            << QStringLiteral("https://ghe.example/api/v3") << QStringLiteral("meta")
            << QStringLiteral("https://ghe.example/api/v3/meta");
        QTest::newRow("sim") << QStringLiteral("http://127.0.0.1:4321")
                             << QStringLiteral("/orgs/acme/actions/runners?page=2")
                             << QStringLiteral(
                                    "http://127.0.0.1:4321/orgs/acme/actions/runners?page=2");
        QTest::newRow("search syntax")
            << QStringLiteral("https://api.github.com")
            << QStringLiteral("/repos/o/r/actions/runs?created=%3E%3D2026-11-01")
            << QStringLiteral(
                   "https://api.github.com/repos/o/r/actions/runs?created=%3E%3D2026-11-01");
        QTest::newRow("double slash stays on host")
            << QStringLiteral("https://api.github.com") << QStringLiteral("//evil.example/x")
            << QStringLiteral("https://api.github.com//evil.example/x");
    }

    void resolveAppendsToBasePath()
    {
        QFETCH(QString, base);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QVERIFY(!ApiBase::check(QUrl(base)));
        const QUrl resolved = ApiBase::fromCheckedUrl(QUrl(base)).resolve(path);
        QCOMPARE(resolved.toString(QUrl::FullyEncoded), expected);
        QCOMPARE(resolved.host(), QUrl(base).host());
    }

    void sameServer_data()
    {
        QTest::addColumn<QString>("other");
        QTest::addColumn<bool>("same");
        QTest::newRow("same") << QStringLiteral("https://ghe.example/api/v3/x?page=2") << true;
        QTest::newRow("default port spelled")
            << QStringLiteral("https://ghe.example:443/api/v3/x") << true;
        QTest::newRow("host case") << QStringLiteral("https://GHE.example/api/v3/x") << true;
        QTest::newRow("other path same server")
            << QStringLiteral("https://ghe.example/elsewhere") << true;
        QTest::newRow("other host") << QStringLiteral("https://evil.example/api/v3/x") << false;
        QTest::newRow("subdomain") << QStringLiteral("https://a.ghe.example/api/v3/x") << false;
        QTest::newRow("other port") << QStringLiteral("https://ghe.example:8443/api/v3/x") << false;
        QTest::newRow("http downgrade") << QStringLiteral("http://ghe.example/api/v3/x") << false;
        QTest::newRow("relative") << QStringLiteral("/api/v3/x") << false;
    }

    void sameServer()
    {
        QFETCH(QString, other);
        QFETCH(bool, same);
        const ApiBase base
            = ApiBase::fromCheckedUrl(QUrl(QStringLiteral("https://ghe.example/api/v3")));
        QCOMPARE(base.isSameServer(QUrl(other)), same);
    }
};

QTEST_GUILESS_MAIN(TestApiBase)
#include "TestApiBase.moc"
