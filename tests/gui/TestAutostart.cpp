// Start on login: the XDG autostart entry (a valid desktop entry with the right Exec, removed
// again on disable) and the macOS LaunchAgent (a property list launchd reads), both written
// into scratch folders; and the factory picking this platform's kind.

#include "SystemAutostart.h"
#include "linux/XdgAutostart.h"
#include "macos/LaunchAgentAutostart.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace relayq;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The [Desktop Entry] group as key → raw value, the way a desktop reads it.
QHash<QString, QString> desktopEntry(const QByteArray &data)
{
    QHash<QString, QString> entry;
    bool inGroup = false;
    for (const QByteArray &line : data.split('\n')) {
        if (line.startsWith('[')) {
            inGroup = line == "[Desktop Entry]";
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (inGroup && equals > 0)
            entry.insert(QString::fromUtf8(line.left(equals)),
                         QString::fromUtf8(line.mid(equals + 1)));
    }
    return entry;
}

// Reverses the Desktop Entry string escape and then the Exec quoting: the program a desktop runs.
QString programFromExec(const QString &exec)
{
    QString unescaped;
    for (qsizetype i = 0; i < exec.size(); ++i) {
        if (exec[i] == QLatin1Char('\\') && i + 1 < exec.size()) {
            const QChar next = exec[++i];
            unescaped += next == QLatin1Char('n') ? QLatin1Char('\n')
                : next == QLatin1Char('t')        ? QLatin1Char('\t')
                                                  : next;
        } else {
            unescaped += exec[i];
        }
    }
    QString program;
    const bool quoted = unescaped.startsWith(QLatin1Char('"'));
    const QString body = quoted ? unescaped.mid(1, unescaped.size() - 2) : unescaped;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (quoted && body[i] == QLatin1Char('\\') && i + 1 < body.size())
            program += body[++i];
        else if (body[i] == QLatin1Char('%') && i + 1 < body.size()
                 && body[i + 1] == QLatin1Char('%'))
            program += body[i++];
        else
            program += body[i];
    }
    return program;
}

} // namespace

class TestAutostart : public QObject
{
    Q_OBJECT
private slots:
    void xdgEntryIsWrittenAndRemoved_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("plain") << QStringLiteral("/usr/bin/relayq-tray");
        QTest::newRow("spaces") << QStringLiteral("/home/ann/My Apps/relayq-tray");
        QTest::newRow("quotes, dollar, backslash, percent")
            << QStringLiteral("/opt/we\"ird/$HOME/back\\slash/100%/relayq-tray");
    }

    void xdgEntryIsWrittenAndRemoved()
    {
        QFETCH(QString, program);
        QTemporaryDir config;
        XdgAutostart autostart(program, config.path());
        const QString file = config.filePath(QStringLiteral("autostart/relayq-tray.desktop"));
        QCOMPARE(autostart.location(), file);
        QVERIFY(!autostart.isEnabled());

        QCOMPARE(autostart.setEnabled(true), std::nullopt);
        QVERIFY(autostart.isEnabled());
        const auto entry = desktopEntry(contents(file));
        QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(entry.value(QStringLiteral("Name")), QStringLiteral("RelayQ Tray"));
        QCOMPARE(entry.value(QStringLiteral("Icon")),
                 QStringLiteral("io.github.relayq.RelayQTray"));
        QCOMPARE(entry.value(QStringLiteral("X-GNOME-Autostart-enabled")), QStringLiteral("true"));
        QVERIFY(!entry.value(QStringLiteral("Comment")).isEmpty());
        QCOMPARE(programFromExec(entry.value(QStringLiteral("Exec"))), program);

        QCOMPARE(autostart.setEnabled(false), std::nullopt);
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(!autostart.isEnabled());
        QCOMPARE(autostart.setEnabled(false), std::nullopt); // already off: still fine
    }

    void xdgEntryPassesDesktopFileValidate_data() { xdgEntryIsWrittenAndRemoved_data(); }

    void xdgEntryPassesDesktopFileValidate()
    {
        QFETCH(QString, program);
        const QString validator
            = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("desktop-file-validate is missing: scripts/install-deps.sh --tests "
                      "installs it");
            QSKIP("desktop-file-validate is not installed (package desktop-file-utils)");
        }
        QTemporaryDir config;
        XdgAutostart autostart(program, config.path());
        QCOMPARE(autostart.setEnabled(true), std::nullopt);
        QProcess validate;
        validate.start(validator, { autostart.location() });
        QVERIFY(validate.waitForFinished(30000));
        const QByteArray output
            = validate.readAllStandardOutput() + validate.readAllStandardError();
        QCOMPARE(validate.exitStatus(), QProcess::NormalExit);
        QVERIFY2(validate.exitCode() == 0, output.constData());
        QVERIFY2(output.trimmed().isEmpty(), output.constData()); // not even a hint
    }

    void xdgExecQuotesOnlyWhenNeeded()
    {
        QCOMPARE(XdgAutostart::execValue(QStringLiteral("/usr/bin/relayq-tray")),
                 QStringLiteral("/usr/bin/relayq-tray"));
        QCOMPARE(XdgAutostart::execValue(QStringLiteral("/a b/relayq")),
                 QStringLiteral("\"/a b/relayq\""));
        // Quoting escapes the backslash once, the string escape of the file once more.
        QCOMPARE(XdgAutostart::execValue(QStringLiteral("/a\\b")),
                 QStringLiteral("\"/a\\\\\\\\b\""));
        QCOMPARE(XdgAutostart::execValue(QStringLiteral("/100%/x")), QStringLiteral("/100%%/x"));
    }

    void xdgEntrySwitchedOffInsideIsNotEnabled()
    {
        QTemporaryDir config;
        XdgAutostart autostart(QStringLiteral("/usr/bin/relayq-tray"), config.path());
        QCOMPARE(autostart.setEnabled(true), std::nullopt);
        QFile file(autostart.location());
        QVERIFY(file.open(QIODevice::Append));
        file.write("Hidden=true\n");
        file.close();
        QVERIFY(!autostart.isEnabled());
        QCOMPARE(autostart.setEnabled(true), std::nullopt); // turning it on again rewrites it
        QVERIFY(autostart.isEnabled());
    }

    void xdgEntryInAFolderThatCannotExistIsAProblem()
    {
        QTemporaryDir scratch;
        QFile blocker(scratch.filePath(QStringLiteral("config")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        XdgAutostart autostart(QStringLiteral("/usr/bin/relayq-tray"), blocker.fileName());
        const auto problem = autostart.setEnabled(true);
        QVERIFY(problem.has_value());
        QVERIFY2(problem->contains(QStringLiteral("could not set itself to start on login")),
                 qPrintable(*problem));
        QVERIFY(!autostart.isEnabled());
    }

    void launchAgentIsAValidPropertyList()
    {
        QTemporaryDir agents;
        const QString program
            = QStringLiteral("/Applications/RelayQ Tray.app/Contents/MacOS/relayq-tray");
        LaunchAgentAutostart autostart(program, agents.path());
        QCOMPARE(autostart.location(), agents.filePath(QStringLiteral("io.relayq.tray.plist")));
        QVERIFY(!autostart.isEnabled());
        QCOMPARE(autostart.setEnabled(true), std::nullopt);
        QVERIFY(autostart.isEnabled());

        QXmlStreamReader xml(contents(autostart.location()));
        QHash<QString, QString> values; // key → "string:…", "true", "false", "array:…"
        QString key;
        QStringList arrayItems;
        bool inArray = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isDTD())
                QVERIFY(xml.text().contains(QStringLiteral("-//Apple//DTD PLIST 1.0//EN")));
            if (!xml.isStartElement()
                && !(xml.isEndElement() && xml.name() == QStringLiteral("array")))
                continue;
            const QString name = xml.name().toString();
            if (xml.isEndElement()) {
                values.insert(key, QStringLiteral("array:") + arrayItems.join(QLatin1Char('|')));
                inArray = false;
            } else if (name == QStringLiteral("key")) {
                key = xml.readElementText();
            } else if (name == QStringLiteral("array")) {
                inArray = true;
                arrayItems.clear();
            } else if (name == QStringLiteral("string")) {
                const QString text = xml.readElementText();
                if (inArray)
                    arrayItems << text;
                else
                    values.insert(key, QStringLiteral("string:") + text);
            } else if (name == QStringLiteral("true") || name == QStringLiteral("false")) {
                values.insert(key, name);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(values.value(QStringLiteral("Label")), QStringLiteral("string:io.relayq.tray"));
        QCOMPARE(values.value(QStringLiteral("ProgramArguments")),
                 QStringLiteral("array:") + program);
        QCOMPARE(values.value(QStringLiteral("RunAtLoad")), QStringLiteral("true"));
        QCOMPARE(values.value(QStringLiteral("KeepAlive")), QStringLiteral("false"));

        QCOMPARE(autostart.setEnabled(false), std::nullopt);
        QVERIFY(!autostart.isEnabled());
        QVERIFY(!QFileInfo::exists(autostart.location()));
    }

    void factoryPicksThisPlatform()
    {
        const auto autostart = makeSystemAutostart(QStringLiteral("/usr/bin/relayq-tray"));
#if defined(Q_OS_LINUX)
        QVERIFY(dynamic_cast<XdgAutostart *>(autostart.get()));
        QVERIFY(autostart->location().endsWith(QStringLiteral("/autostart/relayq-tray.desktop")));
#elif defined(Q_OS_MACOS)
        QVERIFY(dynamic_cast<LaunchAgentAutostart *>(autostart.get()));
#elif defined(Q_OS_WIN)
        QVERIFY(autostart);
        QVERIFY(autostart->location().endsWith(QStringLiteral("\\RelayQ Tray")));
#else
        QVERIFY(!autostart);
#endif
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "TestAutostart.moc"
