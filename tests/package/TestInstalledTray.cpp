// The INSTALLED relayq-tray (/usr/bin, from the Debian package) on the private desktop
// run-with-desktop.sh starts, in German (LANG=de_DE.UTF-8) with a fresh HOME: its icon registers
// with the StatusNotifierItem watcher, the menu the tray host draws (DBusMenu) has German labels,
// the log says the application icon came from the installed hicolor theme and the German
// translation loaded, and SIGTERM quits it with exit code 0. Waits are bounded polls on real
// D-Bus and process I/O, never sleeps.

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace {

const QString kInstalledTray = QStringLiteral("/usr/bin/relayq-tray");

QString artifact(const QString &name)
{
    return qEnvironmentVariable("RELAYQ_ARTIFACTS") + QLatin1Char('/') + name;
}

QDBusMessage call(const QDBusMessage &message)
{
    return QDBusConnection::sessionBus().call(message, QDBus::Block, 5000);
}

QVariant property(const QString &service, const QString &path, const QString &interface,
                  const QString &name)
{
    QDBusMessage get = QDBusMessage::createMethodCall(
        service, path, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << interface << name;
    const QDBusMessage reply = call(get);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().first().value<QDBusVariant>().variant();
}

QStringList registeredItems()
{
    return property(QStringLiteral("org.kde.StatusNotifierWatcher"),
                    QStringLiteral("/StatusNotifierWatcher"),
                    QStringLiteral("org.kde.StatusNotifierWatcher"),
                    QStringLiteral("RegisteredStatusNotifierItems"))
        .toStringList();
}

// An item is "service/object/path", or a bare service whose item sits at /StatusNotifierItem.
struct Item
{
    QString service;
    QString path;
};

Item itemOwnedBy(qint64 pid)
{
    for (const QString &entry : registeredItems()) {
        const qsizetype slash = entry.indexOf(QLatin1Char('/'));
        const Item item { slash < 0 ? entry : entry.left(slash),
                          slash < 0 ? QStringLiteral("/StatusNotifierItem") : entry.mid(slash) };
        const QDBusReply<uint> owner
            = QDBusConnection::sessionBus().interface()->servicePid(item.service);
        if (owner.isValid() && qint64(owner.value()) == pid)
            return item;
    }
    return {};
}

// DBusMenu's layout is (id, {properties}, [children as variants of the same]).
void collectLabels(const QDBusArgument &node, QStringList *labels)
{
    int id = 0;
    QVariantMap properties;
    node.beginStructure();
    node >> id >> properties;
    node.beginArray();
    while (!node.atEnd()) {
        QDBusVariant child;
        node >> child;
        collectLabels(child.variant().value<QDBusArgument>(), labels);
    }
    node.endArray();
    node.endStructure();
    // Qt exports mnemonics as "_" ("&Beenden" → "_Beenden"); the words are what matters.
    QString label = properties.value(QStringLiteral("label")).toString();
    if (!label.isEmpty())
        *labels << label.remove(QLatin1Char('_'));
}

QStringList menuLabels(const Item &item)
{
    const QString menuPath
        = property(item.service, item.path, QStringLiteral("org.kde.StatusNotifierItem"),
                   QStringLiteral("Menu"))
              .value<QDBusObjectPath>()
              .path();
    if (menuPath.isEmpty())
        return {};
    QDBusMessage getLayout = QDBusMessage::createMethodCall(
        item.service, menuPath, QStringLiteral("com.canonical.dbusmenu"),
        QStringLiteral("GetLayout"));
    getLayout << 0 << -1 << QStringList();
    const QDBusMessage reply = call(getLayout);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() < 2)
        return {};
    QStringList labels;
    collectLabels(reply.arguments().at(1).value<QDBusArgument>(), &labels);
    return labels;
}

// What the tray logged: its own output, and the files of its log folder once it keeps one.
QString everythingLogged(const QString &home)
{
    QString text;
    QFile output(artifact(QStringLiteral("installed-relayq-tray.log")));
    if (output.open(QIODevice::ReadOnly))
        text += QString::fromUtf8(output.readAll());
    QDirIterator files(home + QStringLiteral("/.local/share/relayq-tray/logs"), QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(file.readAll());
    }
    return text;
}

QString lineWith(const QString &text, const QString &needle)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (line.contains(needle))
            return line;
    return {};
}

} // namespace

class TestInstalledTray : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("RELAYQ_NOTIFY_LOG"))
            QFAIL("run me through tests/desktop/run-with-desktop.sh (CTest does)");
        QVERIFY2(QFile::exists(kInstalledTray), "the package is not installed (package.Install)");
        // run-with-desktop.sh made HOME fresh: no settings, no log, no user icons.
        m_home = QDir::homePath();
        QVERIFY2(!QFile::exists(m_home + QStringLiteral("/.config/relayq-tray")),
                 qPrintable(m_home));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "LC_ALL", "LC_MESSAGES", "LANGUAGE" })
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        m_tray.setProcessEnvironment(environment);
        m_tray.setProgram(kInstalledTray);
        m_tray.setArguments({ QStringLiteral("--demo") });
        m_tray.setStandardOutputFile(artifact(QStringLiteral("installed-relayq-tray.log")));
        m_tray.setProcessChannelMode(QProcess::MergedChannels);
        m_tray.start();
        QVERIFY2(m_tray.waitForStarted(), qPrintable(m_tray.errorString()));
    }

    void iconRegistersWithTheWatcher()
    {
        QTRY_VERIFY2_WITH_TIMEOUT(!itemOwnedBy(m_tray.processId()).service.isEmpty(),
                                  qPrintable(registeredItems().join(QLatin1Char(' '))), 20000);
        QCOMPARE(m_tray.state(), QProcess::Running);
    }

    void menuSpeaksGerman()
    {
        const Item item = itemOwnedBy(m_tray.processId());
        QVERIFY(!item.service.isEmpty());
        QStringList labels;
        QTRY_VERIFY2_WITH_TIMEOUT((labels = menuLabels(item)).contains(QStringLiteral("Beenden")),
                                  qPrintable(labels.join(QLatin1String(" | "))), 10000);
        QVERIFY2(labels.contains(QStringLiteral("Einstellungen…")),
                 qPrintable(labels.join(QLatin1String(" | "))));
        QVERIFY2(!labels.contains(QStringLiteral("Quit")),
                 qPrintable(labels.join(QLatin1String(" | "))));
        QVERIFY2(!labels.contains(QStringLiteral("Settings…")),
                 qPrintable(labels.join(QLatin1String(" | "))));
    }

    void logSaysGermanAndTheInstalledIcon()
    {
        // main.cpp: "Language: German (de_DE): RelayQ and Qt; application icon: <source>".
        QString line;
        QTRY_VERIFY2_WITH_TIMEOUT(
            !(line = lineWith(everythingLogged(m_home), QStringLiteral("application icon:")))
                 .isEmpty(),
            qPrintable(everythingLogged(m_home)), 10000);
        QVERIFY2(line.contains(QStringLiteral("(de_DE)"))
                     && line.contains(QStringLiteral("RelayQ")),
                 qPrintable(line));
        const QString icon = line.section(QStringLiteral("application icon:"), 1).trimmed();
        QVERIFY2(icon.contains(QStringLiteral("/usr/share/icons/hicolor/")), qPrintable(line));
        QVERIFY2(icon.contains(QStringLiteral("io.github.relayq.RelayQTray")), qPrintable(line));
    }

    void quitsCleanlyOnSigterm()
    {
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
    QString m_home;
};

QTEST_GUILESS_MAIN(TestInstalledTray)
#include "TestInstalledTray.moc"
