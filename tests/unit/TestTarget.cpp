// Target parsing: what the user types on the command line and in settings.

#include "Target.h"

#include <QTest>

using namespace relayq;

class TestTarget : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("repository");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("apiPath");

        QTest::newRow("repo") << "acme/app" << true << true << "acme/app"
                              << "/repos/acme/app";
        QTest::newRow("org") << "acme" << true << false << "acme"
                             << "/orgs/acme";
        QTest::newRow("trimmed") << "  octo-org/hello.world_x " << true << true
                                 << "octo-org/hello.world_x"
                                 << "/repos/octo-org/hello.world_x";
        QTest::newRow("empty") << "" << false << false << ""
                               << "";
        QTest::newRow("three parts") << "a/b/c" << false << false << ""
                                     << "";
        QTest::newRow("space inside") << "ac me/app" << false << false << ""
                                      << "";
        QTest::newRow("empty repo") << "acme/" << false << false << ""
                                    << "";
        QTest::newRow("dot-dot") << "acme/.." << false << false << ""
                                 << "";
        QTest::newRow("query injection") << "acme/app?per_page=1" << false << false << ""
                                         << "";
        QTest::newRow("url") << "https://github.com/acme/app" << false << false << ""
                             << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto target = Target::parse(text);
        QCOMPARE(target.has_value(), valid);
        if (!valid)
            return;
        QFETCH(bool, repository);
        QFETCH(QString, name);
        QFETCH(QString, apiPath);
        QCOMPARE(target->isRepository(), repository);
        QCOMPARE(target->name(), name);
        QCOMPARE(target->apiPath(), apiPath);
    }
};

QTEST_GUILESS_MAIN(TestTarget)
#include "TestTarget.moc"
