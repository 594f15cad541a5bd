// FleetReader: reads as GitHubJson does, and gives an answer from the ETag cache whose list is
// the one read last time the values of last time (the same shared list, not read again), while
// anything else is read anew.

#include "FleetReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace relayq;

namespace {

const QString kTarget = QStringLiteral("acme/app");
const QString kPath = QStringLiteral("/repos/acme/app/actions/runners?per_page=100");

QJsonObject runner(qint64 id, const char *status)
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), QStringLiteral("runner-%1").arg(id) },
        { QStringLiteral("os"), QStringLiteral("Linux") },
        { QStringLiteral("status"), QLatin1String(status) },
        { QStringLiteral("busy"), false },
        { QStringLiteral("labels"),
          QJsonArray {
              QJsonObject { { QStringLiteral("name"), QStringLiteral("self-hosted") } } } },
    };
}

ApiResult answer(const QJsonArray &runners, bool fromCache)
{
    const QJsonObject top { { QStringLiteral("total_count"), runners.size() },
                            { QStringLiteral("runners"), runners } };
    ApiResult result { ConnectionStatus::ok(), QJsonDocument(top), fromCache, 1, false };
    return result;
}

} // namespace

class TestFleetReader : public QObject
{
    Q_OBJECT
private slots:
    void readsAsGitHubJsonDoes()
    {
        FleetReader reader;
        const ApiResult fresh = answer({ runner(1, "online"), runner(2, "offline") }, false);
        const Parsed<Runner> read = reader.runners(kPath, fresh, kTarget);
        const Parsed<Runner> expected = GitHubJson::parseRunners(fresh.json, kTarget);
        QVERIFY(read.ok());
        QCOMPARE(read.items.size(), 2);
        QCOMPARE(read.items.at(1).id, expected.items.at(1).id);
        QVERIFY(read.items.at(1).isOffline());
        QCOMPARE(read.items.at(0).target, kTarget);
        QCOMPARE(read.totalCount, expected.totalCount);
    }

    void anUnchangedAnswerFromTheCacheIsNotReadAgain()
    {
        FleetReader reader;
        const QJsonArray list { runner(1, "online"), runner(2, "offline") };
        const Parsed<Runner> first = reader.runners(kPath, answer(list, false), kTarget);
        // The same list again, as a 304 hands it back: the very values of last time.
        const Parsed<Runner> again = reader.runners(kPath, answer(list, true), kTarget);
        QCOMPARE(again.items.constData(), first.items.constData());
        QCOMPARE(again.totalCount, 2);
    }

    void anythingElseIsReadAnew()
    {
        FleetReader reader;
        const QJsonArray list { runner(1, "online") };
        const Parsed<Runner> first = reader.runners(kPath, answer(list, false), kTarget);
        // A fresh answer (200), even with the same list: read.
        const Parsed<Runner> fresh = reader.runners(kPath, answer(list, false), kTarget);
        QVERIFY(fresh.items.constData() != first.items.constData());
        // From the cache but another list (the entry was refreshed by another request): read.
        const QJsonArray changed { runner(1, "offline") };
        const Parsed<Runner> other = reader.runners(kPath, answer(changed, true), kTarget);
        QVERIFY(other.items.at(0).isOffline());
        // The same list for another request or another target: read.
        const Parsed<Runner> elsewhere
            = reader.runners(kPath + QLatin1String("&x"), answer(changed, true), kTarget);
        QVERIFY(elsewhere.items.constData() != other.items.constData());
        const Parsed<Runner> otherTarget
            = reader.runners(kPath, answer(changed, true), QStringLiteral("acme/other"));
        QCOMPARE(otherTarget.items.at(0).target, QStringLiteral("acme/other"));
    }

    void aChangedListReadsOnlyItsChangedItems()
    {
        FleetReader reader;
        const Parsed<Runner> first = reader.runners(
            kPath, answer({ runner(1, "online"), runner(2, "online") }, false), kTarget);
        // A new body (200) in which runner 2 went offline; runner 1 is equal, not the same data.
        const Parsed<Runner> next = reader.runners(
            kPath, answer({ runner(1, "online"), runner(2, "offline") }, false), kTarget);
        QVERIFY(next.ok());
        QCOMPARE(next.items.size(), 2);
        QVERIFY(next.items.at(1).isOffline());
        // Runner 1's values are last time's (their strings shared), runner 2's were read anew.
        QCOMPARE(next.items.at(0).name.constData(), first.items.at(0).name.constData());
        QVERIFY(next.items.at(1).name.constData() != first.items.at(1).name.constData());
        QCOMPARE(next.items.at(1).name, QStringLiteral("runner-2"));
        // For another target nothing is taken over: each value names its own target.
        const Parsed<Runner> other
            = reader.runners(kPath, answer({ runner(1, "online"), runner(2, "offline") }, false),
                             QStringLiteral("acme/other"));
        QCOMPARE(other.items.at(0).target, QStringLiteral("acme/other"));
        QVERIFY(other.items.at(0).name.constData() != next.items.at(0).name.constData());
    }

    void aMalformedAnswerIsNeverRemembered()
    {
        FleetReader reader;
        QJsonObject bad = runner(1, "online");
        bad.remove(QStringLiteral("id"));
        const QJsonArray list { bad };
        QVERIFY(!reader.runners(kPath, answer(list, false), kTarget).ok());
        QVERIFY(!reader.runners(kPath, answer(list, true), kTarget).ok());
        QCOMPARE(reader.size(), 0);
    }

    void forgetsWhatAPollNoLongerAsksFor()
    {
        FleetReader reader;
        const QJsonArray list { runner(1, "online") };
        reader.runners(kPath, answer(list, false), kTarget);
        reader.runners(kPath + QLatin1String("&page=2"), answer(list, false), kTarget);
        reader.forgetUnused(); // both read in this poll: kept
        QCOMPARE(reader.size(), 2);
        reader.runners(kPath, answer(list, true), kTarget);
        reader.forgetUnused(); // only the first was asked again
        QCOMPARE(reader.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFleetReader)
#include "TestFleetReader.moc"
