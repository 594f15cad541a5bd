// FreedesktopNotifier against a real notification server (dunst) on a private desktop started by
// run-with-desktop.sh: what reaches the bus (dbus-monitor's log), what dunst shows (dunstctl),
// action buttons pressed through dunst itself, and availability on a bus without a server.

#include "linux/FreedesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relayq;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

// One Notify call as dbus-monitor logged it.
struct NotifyCall
{
    QString app;
    uint replacesId = 0;
    QString icon, summary, body;
    QStringList actions;
    QString hints; // the raw dict lines, enough to look for a key and its value
};

QString unquote(const QString &line)
{
    const qsizetype first = line.indexOf(QLatin1Char('"'));
    return line.mid(first + 1, line.lastIndexOf(QLatin1Char('"')) - first - 1);
}

QList<NotifyCall> notifyCalls()
{
    QFile file(qEnvironmentVariable("RELAYQ_NOTIFY_LOG"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QList<NotifyCall> calls;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i].startsWith(QLatin1String("method call"))
            || !lines[i].contains(QLatin1String("member=Notify")) || i + 6 >= lines.size())
            continue;
        NotifyCall call;
        call.app = unquote(lines[i + 1]);
        call.replacesId = lines[i + 2].trimmed().section(QLatin1Char(' '), 1).toUInt();
        call.icon = unquote(lines[i + 3]);
        call.summary = unquote(lines[i + 4]);
        call.body = unquote(lines[i + 5]);
        qsizetype j = i + 7; // after "array ["
        for (; j < lines.size() && lines[j].trimmed() != QLatin1String("]"); ++j)
            call.actions << unquote(lines[j]);
        for (++j; j < lines.size() && !lines[j].trimmed().startsWith(QLatin1String("int32")); ++j)
            call.hints += lines[j].simplified() + QLatin1Char(' ');
        calls << call;
    }
    return calls;
}

QList<NotifyCall> callsWithSummaryPrefix(const QString &prefix)
{
    QList<NotifyCall> found;
    for (const NotifyCall &call : notifyCalls())
        if (call.summary.startsWith(prefix))
            found << call;
    return found;
}

QString dunstctl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("dunstctl"), arguments);
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        qWarning() << "dunstctl" << arguments << "failed:" << process.readAllStandardError();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

int displayedCount()
{
    return dunstctl({ QStringLiteral("count"), QStringLiteral("displayed") }).toInt();
}

// Summaries and bodies of what dunst keeps in its history (closed notifications).
QStringList historyTexts()
{
    const QJsonObject root
        = QJsonDocument::fromJson(dunstctl({ QStringLiteral("history") }).toUtf8()).object();
    QStringList texts;
    for (const QJsonValue &list : root.value(QStringLiteral("data")).toArray())
        for (const QJsonValue &entry : list.toArray()) {
            const QJsonObject n = entry.toObject();
            for (const char *field : { "appname", "summary", "body" })
                texts << n.value(QLatin1String(field))
                             .toObject()
                             .value(QStringLiteral("data"))
                             .toString();
        }
    return texts;
}

Notification note(const QString &category, const QString &summary, const QString &body = {})
{
    Notification n;
    n.category = category;
    n.summary = summary;
    n.body = body;
    n.severity = Severity::Warning;
    return n;
}

} // namespace

class TestFreedesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("RELAYQ_NOTIFY_LOG"))
            QFAIL("run me through tests/desktop/run-with-desktop.sh (CTest does)");
        QVERIFY(QDBusConnection::sessionBus().isConnected());
    }

    void init()
    {
        dunstctl({ QStringLiteral("close-all") });
        QTRY_COMPARE(displayedCount(), 0);
    }

    void availableWithDunst()
    {
        FreedesktopNotifier asked;
        QVERIFY(asked.isAvailable()); // before the asynchronous answer: asks the bus daemon

        FreedesktopNotifier waited;
        QSignalSpy changed(&waited, &FreedesktopNotifier::availabilityChanged);
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.first().first().toBool(), true);
        QVERIFY(waited.isAvailable());
    }

    void showSendsNotifyToDunst()
    {
        FreedesktopNotifier notifier;
        Notification n = note(QStringLiteral("alerts"), QStringLiteral("show: rpi4 is offline"),
                              QStringLiteral("rpi4-runner stopped answering 2 min ago"));
        n.severity = Severity::Critical;
        n.url = QStringLiteral("https://github.com/acme/app/settings/actions/runners");
        n.actions = { { QStringLiteral("snooze-1h"), QStringLiteral("Snooze 1 h") } };
        notifier.show(n);

        QTRY_VERIFY(notifier.notificationId(QStringLiteral("alerts")) != 0);
        QTRY_COMPARE(callsWithSummaryPrefix(QStringLiteral("show:")).size(), 1);
        const NotifyCall call = callsWithSummaryPrefix(QStringLiteral("show:")).first();
        QCOMPARE(call.app, QStringLiteral("RelayQ Tray"));
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.icon, QStringLiteral("io.github.relayq.RelayQTray"));
        QCOMPARE(call.body, n.body);
        QCOMPARE(call.actions,
                 (QStringList { QStringLiteral("snooze-1h"), QStringLiteral("Snooze 1 h"),
                                QStringLiteral("default"), QStringLiteral("Open") }));
        QVERIFY2(call.hints.contains(QLatin1String("\"urgency\" variant byte 2")),
                 qPrintable(call.hints));
        QVERIFY2(call.hints.contains(QLatin1String("\"desktop-entry\" variant string "
                                                   "\"io.github.relayq.RelayQTray\"")),
                 qPrintable(call.hints));
        QTRY_COMPARE(displayedCount(), 1);

        // Closed by the server: the notifier forgets it, and dunst's history has the text.
        dunstctl({ QStringLiteral("close-all") });
        QTRY_COMPARE(notifier.notificationId(QStringLiteral("alerts")), 0u);
        const QStringList history = historyTexts();
        QVERIFY2(history.contains(n.summary), qPrintable(history.join(QLatin1String(" | "))));
        QVERIFY(history.contains(n.body));
        QVERIFY(history.contains(QStringLiteral("RelayQ Tray")));
    }

    void warningIsNormalUrgencyWithoutDefaultAction()
    {
        FreedesktopNotifier notifier;
        notifier.show(note(QStringLiteral("alerts"), QStringLiteral("warn: gpu job queued")));
        QTRY_COMPARE(callsWithSummaryPrefix(QStringLiteral("warn:")).size(), 1);
        const NotifyCall call = callsWithSummaryPrefix(QStringLiteral("warn:")).first();
        QVERIFY2(call.hints.contains(QLatin1String("\"urgency\" variant byte 1")),
                 qPrintable(call.hints));
        QVERIFY(call.actions.isEmpty());
    }

    void sameCategoryReplaces()
    {
        FreedesktopNotifier notifier;
        const QString category = QStringLiteral("connection");
        notifier.show(note(category, QStringLiteral("replace: first")));
        QTRY_VERIFY(notifier.notificationId(category) != 0);
        const uint first = notifier.notificationId(category);

        notifier.show(note(category, QStringLiteral("replace: second")));
        QTRY_COMPARE(callsWithSummaryPrefix(QStringLiteral("replace:")).size(), 2);
        QCOMPARE(callsWithSummaryPrefix(QStringLiteral("replace:")).at(1).replacesId, first);
        QTRY_COMPARE(displayedCount(), 1);

        // A burst before any answer came back still makes one notification: the later calls
        // wait for the first one's id instead of going out with replaces_id 0 and stacking.
        notifier.show(note(QStringLiteral("recovered"), QStringLiteral("burst: 1")));
        notifier.show(note(QStringLiteral("recovered"), QStringLiteral("burst: 2")));
        notifier.show(note(QStringLiteral("recovered"), QStringLiteral("burst: 3")));
        QTRY_VERIFY(!callsWithSummaryPrefix(QStringLiteral("burst:")).isEmpty());
        QTRY_COMPARE(callsWithSummaryPrefix(QStringLiteral("burst:")).last().summary,
                     QStringLiteral("burst: 3"));
        const QList<NotifyCall> burst = callsWithSummaryPrefix(QStringLiteral("burst:"));
        QCOMPARE(burst.first().replacesId, 0u);
        const uint burstId = notifier.notificationId(QStringLiteral("recovered"));
        QVERIFY(burstId != 0 && burstId != first);
        for (qsizetype i = 1; i < burst.size(); ++i)
            QCOMPARE(burst.at(i).replacesId, burstId);
        QTRY_COMPARE(displayedCount(), 2); // "connection" and "recovered"
        QCOMPARE(notifier.notificationId(category), first);
    }

    void differentCategoriesStack()
    {
        FreedesktopNotifier notifier;
        notifier.show(note(QStringLiteral("alerts"), QStringLiteral("two: rpi4-runner offline"),
                           QStringLiteral("Jobs needing arm64 will wait")));
        notifier.show(note(QStringLiteral("connection"), QStringLiteral("two: GitHub is back")));
        QTRY_VERIFY(notifier.notificationId(QStringLiteral("alerts")) != 0);
        QTRY_VERIFY(notifier.notificationId(QStringLiteral("connection")) != 0);
        QVERIFY(notifier.notificationId(QStringLiteral("alerts"))
                != notifier.notificationId(QStringLiteral("connection")));
        QTRY_COMPARE(displayedCount(), 2);
        for (const NotifyCall &call : callsWithSummaryPrefix(QStringLiteral("two:")))
            QCOMPARE(call.replacesId, 0u);

        // What the user sees, kept as an artifact (dunst draws its notifications top right).
        const QString shot
            = qEnvironmentVariable("RELAYQ_ARTIFACTS") + QStringLiteral("/notifications.png");
        QCOMPARE(QProcess::execute(QStringLiteral("import"),
                                   { QStringLiteral("-window"), QStringLiteral("root"), shot }),
                 0);
        QVERIFY(QFile(shot).size() > 0);
    }

    void clickOnBodyOpens()
    {
        FreedesktopNotifier notifier;
        QSignalSpy invoked(&notifier, &Notifier::actionInvoked);
        Notification n = note(QStringLiteral("recovered"), QStringLiteral("click: rpi4 is back"));
        n.url = QStringLiteral("https://github.com/acme/app/actions/runners/42");
        notifier.show(n);
        QTRY_COMPARE(displayedCount(), 1);
        QTRY_VERIFY(notifier.notificationId(QStringLiteral("recovered")) != 0);

        dunstctl({ QStringLiteral("action"), QStringLiteral("0") }); // dunst's left click
        QTRY_COMPARE(invoked.size(), 1);
        QCOMPARE(invoked.first(),
                 (QVariantList { QStringLiteral("recovered"), QStringLiteral("open") }));
    }

    void buttonFromContextMenu()
    {
        FreedesktopNotifier notifier;
        QSignalSpy invoked(&notifier, &Notifier::actionInvoked);
        Notification n = note(QStringLiteral("alerts"), QStringLiteral("menu: job stuck"));
        n.actions = { { QStringLiteral("open"), QStringLiteral("Open run") },
                      { QStringLiteral("snooze-1h"), QStringLiteral("Snooze 1 h") } };
        notifier.show(n);
        QTRY_COMPARE(displayedCount(), 1);
        QTRY_VERIFY(notifier.notificationId(QStringLiteral("alerts")) != 0);

        // dunst lists the buttons in its context menu (dmenu); the harness's fake dmenu picks
        // the line we name: "#Snooze 1 h (menu: job stuck) [id,snooze-1h]".
        QFile choice(qEnvironmentVariable("RELAYQ_DMENU_CHOICE"));
        QVERIFY(choice.open(QIODevice::WriteOnly));
        choice.write("#Snooze 1 h (menu: job stuck)");
        choice.close();
        dunstctl({ QStringLiteral("context") });
        QTRY_COMPARE(invoked.size(), 1);
        QCOMPARE(invoked.first(),
                 (QVariantList { QStringLiteral("alerts"), QStringLiteral("snooze-1h") }));
        QFile::remove(choice.fileName());
    }

    void acceptsSignalsOnlyForItsOwnIds()
    {
        FreedesktopNotifier notifier;
        QSignalSpy invoked(&notifier, &Notifier::actionInvoked);
        notifier.show(note(QStringLiteral("startup"), QStringLiteral("own: 3 runners online")));
        QTRY_VERIFY(notifier.notificationId(QStringLiteral("startup")) != 0);
        const uint ours = notifier.notificationId(QStringLiteral("startup"));

        // Another connection plays a server talking about someone else's notification, then
        // about ours: signals from one sender arrive in order, so once ours is seen the foreign
        // one has been handled (and must have been ignored).
        QDBusConnection fake
            = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake"));
        const auto signal = [&](const char *member, const QVariantList &arguments) {
            QDBusMessage message
                = QDBusMessage::createSignal(kPath, kService, QLatin1String(member));
            message.setArguments(arguments);
            QVERIFY(fake.send(message));
        };
        signal("ActionInvoked", { ours + 1000u, QStringLiteral("snooze-1h") });
        signal("ActionInvoked", { ours, QStringLiteral("snooze-1h") });
        QTRY_COMPARE(invoked.size(), 1);
        QCOMPARE(invoked.first(),
                 (QVariantList { QStringLiteral("startup"), QStringLiteral("snooze-1h") }));

        signal("NotificationClosed", { ours + 1000u, 2u });
        signal("NotificationClosed", { ours, 2u });
        QTRY_COMPARE(notifier.notificationId(QStringLiteral("startup")), 0u);
        signal("ActionInvoked", { ours, QStringLiteral("snooze-1h") }); // forgotten: ignored
        notifier.show(note(QStringLiteral("startup"), QStringLiteral("own: again")));
        QTRY_COMPARE(callsWithSummaryPrefix(QStringLiteral("own:")).size(), 2);
        QCOMPARE(callsWithSummaryPrefix(QStringLiteral("own:")).last().replacesId, 0u);
        QCOMPARE(invoked.size(), 1);
        QDBusConnection::disconnectFromBus(QStringLiteral("fake"));
    }

    void unavailableOnBusWithoutServer()
    {
        // A private bus with no notification server and no service activation at all.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile config(dir.filePath(QStringLiteral("bus.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus "
                           "Configuration 1.0//EN\" "
                           "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                           "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                           "<auth>EXTERNAL</auth><policy context=\"default\">"
                           "<allow send_destination=\"*\" eavesdrop=\"true\"/>"
                           "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                .arg(dir.path())
                .toUtf8());
        config.close();
        QProcess daemon;
        daemon.start(QStringLiteral("dbus-daemon"),
                     { QStringLiteral("--nofork"), QStringLiteral("--print-address"),
                       QStringLiteral("--config-file=") + config.fileName() });
        QVERIFY(daemon.waitForStarted());
        QTRY_VERIFY(daemon.canReadLine());
        const QString address = QString::fromUtf8(daemon.readLine()).trimmed();
        QDBusConnection bus = QDBusConnection::connectToBus(address, QStringLiteral("private"));
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));

        {
            FreedesktopNotifier notifier(bus);
            QSignalSpy changed(&notifier, &FreedesktopNotifier::availabilityChanged);
            QElapsedTimer timer;
            timer.start();
            QVERIFY(!notifier.isAvailable());
            QVERIFY(timer.elapsed() < 1000);
            notifier.show(note(QStringLiteral("alerts"), QStringLiteral("nobody listens")));
            QVERIFY(timer.elapsed() < 1000); // show() never waits for an answer

            // A server appears: the notifier notices without being asked again.
            QDBusConnection server
                = QDBusConnection::connectToBus(address, QStringLiteral("private-server"));
            QVERIFY(server.registerService(kService));
            QTRY_VERIFY(notifier.isAvailable());
            QCOMPARE(changed.last().first().toBool(), true);
            QVERIFY(server.unregisterService(kService));
            QTRY_VERIFY(!notifier.isAvailable());
            QCOMPARE(changed.last().first().toBool(), false);
            QCOMPARE(notifier.notificationId(QStringLiteral("alerts")), 0u);
            QDBusConnection::disconnectFromBus(QStringLiteral("private-server"));
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("private"));
        daemon.terminate();
        QVERIFY(daemon.waitForFinished(5000));
    }
};

QTEST_GUILESS_MAIN(TestFreedesktopNotifier)
#include "TestFreedesktopNotifier.moc"
