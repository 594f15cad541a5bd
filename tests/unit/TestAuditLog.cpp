// The audit log on disk: one JSON object per line, 0600, the tail read back oldest first,
// unreadable lines skipped, one older file kept when it grows, and a plain "false + why" when
// it cannot be written.

#include "AuditLog.h"
#include "Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace relayq;

class TestAuditLog : public QObject
{
    Q_OBJECT

    ManualClock m_clock;

    static AuditEntry entry(const QString &subject, bool succeeded = true)
    {
        AuditEntry e;
        e.action = QStringLiteral("restart");
        e.subject = subject;
        e.succeeded = succeeded;
        e.message = subject + QStringLiteral(" is back online.");
        e.helperOutput = QStringLiteral("$ systemctl restart x\n\"quoted\" line");
        e.origin = QStringLiteral("tray");
        return e;
    }

private slots:
    void roundTripKeepsEveryFieldAndFillsTheTime()
    {
        QTemporaryDir dir;
        AuditLog log(m_clock, dir.filePath(QStringLiteral("sub/folder/audit.log")));
        QVERIFY2(log.append(entry(QStringLiteral("rpi4-runner"))), qPrintable(log.problem()));
        m_clock.advance(10);
        AuditEntry second = entry(QStringLiteral("macmini-runner"), false);
        second.origin = QStringLiteral("auto-recovery");
        QVERIFY(log.append(second));

        const QList<AuditEntry> all = log.recent(10);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).subject, QStringLiteral("rpi4-runner"));
        QCOMPARE(all.at(0).when, ManualClock().now());
        QVERIFY(all.at(0).succeeded);
        QCOMPARE(all.at(0).helperOutput, entry(QString()).helperOutput);
        QCOMPARE(all.at(1).when, m_clock.now());
        QVERIFY(!all.at(1).succeeded);
        QCOMPARE(all.at(1).origin, QStringLiteral("auto-recovery"));
        QCOMPARE(all.at(1).action, QStringLiteral("restart"));
        QCOMPARE(all.at(1).message, second.message);

        const QList<AuditEntry> last = log.recent(1);
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.at(0).subject, QStringLiteral("macmini-runner"));
    }

    void fileIsOwnerOnly()
    {
        QTemporaryDir dir;
        AuditLog log(m_clock, dir.filePath(QStringLiteral("audit.log")));
        QVERIFY(log.append(entry(QStringLiteral("a"))));
        const QFileDevice::Permissions permissions = QFile::permissions(log.filePath());
        QCOMPARE(permissions
                     & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void malformedLinesAreSkipped()
    {
        QTemporaryDir dir;
        AuditLog log(m_clock, dir.filePath(QStringLiteral("audit.log")));
        QVERIFY(log.append(entry(QStringLiteral("first"))));
        {
            QFile file(log.filePath());
            QVERIFY(file.open(QIODevice::Append));
            file.write("{\"when\": \"2026-01-01T12:00:00Z\", \"action\": \"rest\n"); // cut short
            file.write("[1, 2, 3]\n");
            file.write("{\"when\": \"yesterday\", \"action\": \"restart\"}\n");
        }
        QVERIFY(log.append(entry(QStringLiteral("second"))));
        const QList<AuditEntry> all = log.recent(10);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).subject, QStringLiteral("first"));
        QCOMPARE(all.at(1).subject, QStringLiteral("second"));
    }

    void growingFileIsRotatedKeepingOneOlder()
    {
        QTemporaryDir dir;
        AuditLog log(m_clock, dir.filePath(QStringLiteral("audit.log")));
        log.setMaxBytes(600); // a few lines each
        for (int i = 0; i < 20; ++i)
            QVERIFY(log.append(entry(QStringLiteral("runner-%1").arg(i))));
        QVERIFY(QFile::exists(log.rotatedPath()));
        QVERIFY(!QFile::exists(log.filePath() + QStringLiteral(".2")));
        QVERIFY(QFileInfo(log.filePath()).size() < 600 + 300);
        QCOMPARE(QFile::permissions(log.rotatedPath()) & QFileDevice::ReadOther,
                 QFileDevice::Permissions());

        // The newest entry is last; the older file fills in what the current one lacks.
        const QList<AuditEntry> recent = log.recent(4);
        QCOMPARE(recent.size(), 4);
        QCOMPARE(recent.last().subject, QStringLiteral("runner-19"));
        QCOMPARE(recent.first().subject, QStringLiteral("runner-16"));
        const QList<AuditEntry> many = log.recent(1000);
        QVERIFY(many.size() < 20); // older files than one are gone
        QCOMPARE(many.last().subject, QStringLiteral("runner-19"));
    }

    void unwritableFolderIsReportedInWords()
    {
        QTemporaryDir dir;
        // A regular file where the folder should be: refused even for root.
        QFile blocker(dir.filePath(QStringLiteral("data")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        AuditLog log(m_clock, dir.filePath(QStringLiteral("data/relayq/audit.log")));
        QVERIFY(!log.append(entry(QStringLiteral("a"))));
        QVERIFY2(log.problem().contains(QStringLiteral("data/relayq")), qPrintable(log.problem()));
        QVERIFY(log.recent(5).isEmpty());
    }

    void defaultPathIsTheSameForTrayAndRelayqctl()
    {
        QCoreApplication::setApplicationName(QStringLiteral("relayq-tray"));
        const QString tray = AuditLog::defaultPath();
        QCoreApplication::setApplicationName(QStringLiteral("relayqctl"));
        QCOMPARE(AuditLog::defaultPath(), tray);
        QVERIFY2(tray.endsWith(QStringLiteral("/relayq-tray/audit.log")), qPrintable(tray));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
