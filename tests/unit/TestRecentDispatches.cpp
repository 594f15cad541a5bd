// The "Dispatch again" list: most recent first, an identical dispatch moves up instead of being
// listed twice, at most five, kept in a JSON file that survives restarts and other processes,
// and a damaged file that becomes an empty list with a problem in words.

#include "Clock.h"
#include "RecentDispatches.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace relayq;

namespace {
// QT_NO_CAST_FROM_ASCII is in force: lists of literals go through here.
QStringList list(std::initializer_list<const char *> items)
{
    QStringList strings;
    for (const char *item : items)
        strings << QString::fromUtf8(item);
    return strings;
}

RecentDispatch dispatch(const QString &workflow, const QString &ref = QStringLiteral("main"),
                        const QMap<QString, QString> &inputs = {})
{
    RecentDispatch made;
    made.repository = QStringLiteral("acme/web");
    made.workflowFile = workflow;
    made.workflowName = workflow.section(QLatin1Char('.'), 0, 0);
    made.ref = ref;
    made.inputs = inputs;
    return made;
}

QStringList workflows(const QList<RecentDispatch> &entries)
{
    QStringList list;
    for (const RecentDispatch &entry : entries)
        list << entry.workflowFile;
    return list;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class TestRecentDispatches : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    QString path() const { return m_dir.filePath(QStringLiteral("data/recent-dispatches.json")); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(path());
    }

    void startsEmptyWithoutFile()
    {
        RecentDispatches recent(m_clock, path());
        QVERIFY(recent.entries().isEmpty());
        QVERIFY(recent.problem().isEmpty());
        QCOMPARE(recent.filePath(), path());
    }

    void keepsMostRecentFirstAndAtMostFive()
    {
        RecentDispatches recent(m_clock, path());
        for (int i = 1; i <= 7; ++i) {
            m_clock.advance(60);
            QVERIFY2(recent.record(dispatch(QStringLiteral("w%1.yml").arg(i))),
                     qPrintable(recent.problem()));
        }
        QCOMPARE(workflows(recent.entries()),
                 list({ "w7.yml", "w6.yml", "w5.yml", "w4.yml", "w3.yml" }));
        QCOMPARE(recent.entries().first().when, m_clock.now()); // from the clock
        QCOMPARE(recent.entries().first().when.timeSpec(), Qt::UTC);
    }

    void movesAnIdenticalDispatchToTheTop()
    {
        RecentDispatches recent(m_clock, path());
        const QMap<QString, QString> prod { { QStringLiteral("env"), QStringLiteral("prod") } };
        recent.record(dispatch(QStringLiteral("deploy.yml"), QStringLiteral("main"), prod));
        recent.record(dispatch(QStringLiteral("ci.yml")));
        m_clock.advance(3600);
        RecentDispatch again = dispatch(QStringLiteral("deploy.yml"), QStringLiteral("main"), prod);
        again.repository = QStringLiteral("ACME/Web"); // GitHub names ignore case
        QVERIFY(recent.record(again));
        QCOMPARE(workflows(recent.entries()), list({ "deploy.yml", "ci.yml" }));
        QCOMPARE(recent.entries().first().when, m_clock.now());

        // Another ref or other inputs are another dispatch.
        recent.record(dispatch(QStringLiteral("deploy.yml"), QStringLiteral("release")));
        recent.record(dispatch(QStringLiteral("deploy.yml"), QStringLiteral("main"),
                               { { QStringLiteral("env"), QStringLiteral("staging") } }));
        QCOMPARE(recent.entries().size(), 4);
    }

    void sameWorkflowByIdOrFile()
    {
        RecentDispatch byId = dispatch(QStringLiteral("deploy.yml"));
        byId.workflowId = 161335;
        RecentDispatch renamed = dispatch(QStringLiteral(".github/workflows/deploy.yml"));
        renamed.workflowId = 161335;
        QVERIFY(byId.sameDispatchAs(renamed));
        renamed.workflowId = 7;
        QVERIFY(!byId.sameDispatchAs(renamed));
        QVERIFY(!byId.sameDispatchAs(dispatch(QStringLiteral("ci.yml"))));
        QVERIFY(byId.sameDispatchAs(dispatch(QStringLiteral("deploy.yml")))); // one id unknown
    }

    void survivesARestart()
    {
        const QMap<QString, QString> inputs { { QStringLiteral("dry_run"), QStringLiteral("true") },
                                              { QStringLiteral("version"),
                                                QStringLiteral("1.2") } };
        RecentDispatch sent
            = dispatch(QStringLiteral("deploy.yml"), QStringLiteral("v1.2"), inputs);
        sent.workflowId = 42;
        {
            RecentDispatches recent(m_clock, path());
            QVERIFY(recent.record(sent));
        }
        sent.when = m_clock.now();
        RecentDispatches reread(m_clock, path());
        QVERIFY2(reread.problem().isEmpty(), qPrintable(reread.problem()));
        QCOMPARE(reread.entries().size(), 1);
        QCOMPARE(reread.entries().first(), sent);
        QCOMPARE(QFile::permissions(path()) & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
    }

    void keepsWhatAnotherProcessRecorded()
    {
        RecentDispatches tray(m_clock, path());
        RecentDispatches cli(m_clock, path());
        QVERIFY(tray.record(dispatch(QStringLiteral("a.yml"))));
        QVERIFY(cli.record(dispatch(QStringLiteral("b.yml"))));
        QCOMPARE(workflows(cli.entries()), list({ "b.yml", "a.yml" }));
        QVERIFY(tray.reload());
        QCOMPARE(workflows(tray.entries()), list({ "b.yml", "a.yml" }));
    }

    void damagedFileIsAnEmptyListWithAProblem_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{\"dispatches\": [ {\"repo");
        QTest::newRow("json array") << QByteArray("[1, 2]");
        QTest::newRow("no list") << QByteArray(R"({"dispatches": "soon"})");
    }

    void damagedFileIsAnEmptyListWithAProblem()
    {
        QFETCH(QByteArray, content);
        RecentDispatches first(m_clock, path()); // creates nothing
        QVERIFY(first.clear()); // creates the folder
        QVERIFY(write(path(), content));

        RecentDispatches recent(m_clock, path());
        QVERIFY(recent.entries().isEmpty());
        QVERIFY(recent.problem().contains(path()));
        // Dispatching again replaces the damaged file with a good one.
        QVERIFY(recent.record(dispatch(QStringLiteral("deploy.yml"))));
        RecentDispatches reread(m_clock, path());
        QVERIFY(reread.problem().isEmpty());
        QCOMPARE(reread.entries().size(), 1);
    }

    void skipsEntriesThatCannotBeSentAgain()
    {
        QVERIFY(RecentDispatches(m_clock, path()).clear());
        QVERIFY(write(path(), R"({"version":1,"dispatches":[
            {"repository":"acme/web","workflowFile":"ok.yml","ref":"main"},
            {"repository":"acme/web","workflowFile":"no-ref.yml"},
            {"workflowFile":"no-repo.yml","ref":"main"},
            {"repository":"acme/web","workflowId":9,"ref":"main"},
            "garbage"]})"));
        RecentDispatches recent(m_clock, path());
        QVERIFY(recent.problem().isEmpty());
        QCOMPARE(workflows(recent.entries()), list({ "ok.yml", "" }));
        QCOMPARE(recent.entries().at(1).workflowId, 9);
    }

    void unwritableFolderIsAProblemNotACrash()
    {
        QVERIFY(write(m_dir.filePath(QStringLiteral("plain-file")), "x"));
        RecentDispatches recent(
            m_clock, m_dir.filePath(QStringLiteral("plain-file/recent-dispatches.json")));
        QVERIFY(!recent.record(dispatch(QStringLiteral("deploy.yml"))));
        QVERIFY(!recent.problem().isEmpty());
        QCOMPARE(recent.entries().size(), 1); // still offered in this session
    }

    void labelsForTheMenu()
    {
        RecentDispatch sent = dispatch(QStringLiteral("deploy.yml"), QStringLiteral("main"),
                                       { { QStringLiteral("env"), QStringLiteral("prod") } });
        QCOMPARE(sent.label(), QStringLiteral("deploy on main — acme/web (env=prod)"));
        sent.inputs.insert(QStringLiteral("notes"), QString(100, QLatin1Char('x')));
        QVERIFY(sent.label().size() < 100);
        QVERIFY(sent.label().endsWith(QStringLiteral("…)")));
    }

    void clearForgetsEverything()
    {
        RecentDispatches recent(m_clock, path());
        QVERIFY(recent.record(dispatch(QStringLiteral("deploy.yml"))));
        QVERIFY(recent.clear());
        QVERIFY(RecentDispatches(m_clock, path()).entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecentDispatches)
#include "TestRecentDispatches.moc"
