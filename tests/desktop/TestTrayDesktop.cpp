// relayq-tray --demo end to end on the private desktop run-with-desktop.sh starts: its icon
// registers with the StatusNotifierItem watcher, the demo fleet's offline runner reaches the real
// notification server (dbus-monitor's log), a second launch exits 0 and brings the status window
// forward, and screenshots of both are kept as artifacts. The demo runs on real time (rpi4-runner
// goes offline 20 s in), so the waits are bounded polls on real I/O, never sleeps.

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace {

const QString kTray = QStringLiteral(RELAYQ_TRAY_PATH);

QString artifact(const QString &name)
{
    return qEnvironmentVariable("RELAYQ_ARTIFACTS") + QLatin1Char('/') + name;
}

QStringList registeredItems()
{
    QDBusMessage get = QDBusMessage::createMethodCall(
        QStringLiteral("org.kde.StatusNotifierWatcher"), QStringLiteral("/StatusNotifierWatcher"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.kde.StatusNotifierWatcher")
        << QStringLiteral("RegisteredStatusNotifierItems");
    const QDBusMessage reply = QDBusConnection::sessionBus().call(get, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().first().value<QDBusVariant>().variant().toStringList();
}

// The process owning a bus name (an item is "service/path" or just "service").
qint64 ownerPid(const QString &item)
{
    const QString service = item.section(QLatin1Char('/'), 0, 0);
    const QDBusReply<uint> pid = QDBusConnection::sessionBus().interface()->servicePid(service);
    return pid.isValid() ? qint64(pid.value()) : -1;
}

// Summaries of the Notify calls in dbus-monitor's log.
QStringList notifiedSummaries()
{
    QFile file(qEnvironmentVariable("RELAYQ_NOTIFY_LOG"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QStringList summaries;
    for (qsizetype i = 0; i + 4 < lines.size(); ++i)
        if (lines[i].startsWith(QLatin1String("method call"))
            && lines[i].contains(QLatin1String("member=Notify")))
            summaries << lines[i + 4].trimmed();
    return summaries;
}

bool screenshot(const QStringList &arguments)
{
    return QProcess::execute(QStringLiteral("import"), arguments) == 0;
}

QString visibleWindowOf(qint64 pid)
{
    QProcess search;
    search.start(QStringLiteral("xdotool"),
                 { QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                   QStringLiteral("--pid"), QString::number(pid) });
    search.waitForFinished(5000);
    return QString::fromUtf8(search.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0);
}

} // namespace

class TestTrayDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("RELAYQ_NOTIFY_LOG"))
            QFAIL("run me through tests/desktop/run-with-desktop.sh (CTest does)");
        m_tray.setProgram(kTray);
        m_tray.setArguments({ QStringLiteral("--demo") });
        m_tray.setStandardOutputFile(artifact(QStringLiteral("relayq-tray.log")));
        m_tray.setProcessChannelMode(QProcess::MergedChannels);
        m_started.start();
        m_tray.start();
        QVERIFY2(m_tray.waitForStarted(), qPrintable(m_tray.errorString()));
    }

    void iconRegistersWithTheWatcher()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!registeredItems().isEmpty(), 20000);
        bool ours = false;
        for (const QString &item : registeredItems())
            ours = ours || ownerPid(item) == m_tray.processId();
        QVERIFY2(ours, qPrintable(registeredItems().join(QLatin1Char(' '))));
        QCOMPARE(m_tray.state(), QProcess::Running);
        // The host draws the icon top right; a 32 px bar.
        QVERIFY(screenshot({ QStringLiteral("-window"), QStringLiteral("root"),
                             artifact(QStringLiteral("tray.png")) }));
        QVERIFY(screenshot({ QStringLiteral("-window"), QStringLiteral("root"),
                             QStringLiteral("-crop"), QStringLiteral("320x40+960+0"),
                             artifact(QStringLiteral("tray-corner.png")) }));
    }

    void offlineRunnerReachesTheNotificationServer()
    {
        // rpi4-runner goes offline 20 s into the demo; polls, the two-poll rule and delivery
        // add to that. 90 s of real time from the start is the bound.
        const auto mentionsRpi4 = [] {
            for (const QString &summary : notifiedSummaries())
                if (summary.contains(QLatin1String("rpi4-runner")))
                    return true;
            return false;
        };
        const int left = int(qMax<qint64>(1000, 90000 - m_started.elapsed()));
        QTRY_VERIFY2_WITH_TIMEOUT(mentionsRpi4(),
                                  qPrintable(notifiedSummaries().join(QLatin1String(" | "))), left);
        qInfo("rpi4-runner notification after %lld ms", m_started.elapsed());
        QVERIFY(screenshot({ QStringLiteral("-window"), QStringLiteral("root"),
                             artifact(QStringLiteral("notification.png")) }));
        QCOMPARE(m_tray.state(), QProcess::Running);
    }

    void secondInstanceShowsTheWindowAndExits()
    {
        QProcess second;
        QElapsedTimer timer;
        timer.start();
        second.start(kTray, { QStringLiteral("--demo") });
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_tray.state(), QProcess::Running);

        QString window;
        QTRY_VERIFY_WITH_TIMEOUT(!(window = visibleWindowOf(m_tray.processId())).isEmpty(), 10000);
        QVERIFY(screenshot({ QStringLiteral("-window"), QStringLiteral("root"),
                             artifact(QStringLiteral("status-window-desktop.png")) }));
        QVERIFY(screenshot(
            { QStringLiteral("-window"), window, artifact(QStringLiteral("status-window.png")) }));
    }

    void quitsCleanlyOnSigterm()
    {
        // Logout and service managers send SIGTERM: the tray quits through its event loop.
        m_tray.terminate();
        QVERIFY(m_tray.waitForFinished(10000));
        QCOMPARE(m_tray.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_tray.exitCode(), 0);
    }

    void cleanupTestCase()
    {
        if (m_tray.state() == QProcess::NotRunning)
            return;
        m_tray.terminate();
        if (!m_tray.waitForFinished(10000))
            m_tray.kill();
    }

private:
    QProcess m_tray;
    QElapsedTimer m_started;
};

QTEST_GUILESS_MAIN(TestTrayDesktop)
#include "TestTrayDesktop.moc"
