// The tray's log as the running app uses it: --verbose on the command line (long only: -v is
// --version), "Open log folder" opening the log's folder through the session's opener, the
// settings' log level applied live with --verbose winning, and the token the session uses
// masked in every log line, also after a new one is saved.

#include "ApplicationLog.h"
#include "Credentials.h"
#include "SessionTokenStore.h"
#include "SettingsStore.h"
#include "TrayController.h"
#include "TrayMenu.h"
#include "TraySession.h"
#include "TraySetup.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <spdlog/spdlog.h>
#include <sstream>

using namespace relayq;

namespace {
const QString kHost = QStringLiteral("127.0.0.1"); // the API host: the token's key
const QString kToken = QStringLiteral("tok-from-the-keychain-0001");

TrayCommandLine parsed(const QStringList &arguments, std::optional<int> *exitNow = nullptr)
{
    std::optional<int> exit;
    QString error;
    const TrayCommandLine commandLine
        = TrayCommandLine::parse(QStringList { QStringLiteral("relayq-tray") } + arguments,
                                 exitNow ? exitNow : &exit, &error);
    if (!error.isEmpty())
        qFatal("bad test command line: %s", qPrintable(error));
    return commandLine;
}
} // namespace

class TestTrayLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        static QTemporaryDir qsettingsDir;
        QVERIFY(qsettingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, qsettingsDir.path());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("relayq-tray-test"));
        qunsetenv("GH_TOKEN");
        qunsetenv("GITHUB_TOKEN");
        qunsetenv("RELAYQ_CONFIG");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_console = std::make_unique<std::ostringstream>();
        ApplicationLog::Options options;
        options.folder = m_dir->filePath(QStringLiteral("logs"));
        options.console = m_console.get();
        m_log = std::make_unique<ApplicationLog>(options);
    }

    void cleanup()
    {
        m_log.reset();
        m_console.reset();
        m_dir.reset();
    }

    void verboseIsALongOption()
    {
        QVERIFY(parsed({ QStringLiteral("--verbose") }).verbose);
        QVERIFY(parsed({ QStringLiteral("--demo"), QStringLiteral("--verbose") }).demo);
        QVERIFY(!parsed({}).verbose);
        // -v stays --version: it prints and ends the run, it does not mean verbose.
        std::optional<int> exitNow;
        const TrayCommandLine version = parsed({ QStringLiteral("-v") }, &exitNow);
        QCOMPARE(exitNow, std::optional<int>(0));
        QVERIFY(!version.verbose);
    }

    void menuOpensTheLogFolder()
    {
        TraySession session(std::make_unique<SessionTokenStore>());
        QList<QUrl> opened;
        session.setUrlOpener([&](const QUrl &url) { opened.append(url); });
        session.setLog(m_log.get());
        session.controller().menu()->openLogFolderAction()->trigger();
        QCOMPARE(opened, QList<QUrl> { QUrl::fromLocalFile(m_log->folder()) });
    }

    void withoutALogTheDefaultFolderIsOpened()
    {
        TraySession session(std::make_unique<SessionTokenStore>());
        QList<QUrl> opened;
        session.setUrlOpener([&](const QUrl &url) { opened.append(url); });
        session.controller().menu()->openLogFolderAction()->trigger();
        QCOMPARE(opened, QList<QUrl> { QUrl::fromLocalFile(ApplicationLog::defaultFolder()) });
    }

    void settingsLevelAppliesLive()
    {
        writeSettings(QStringLiteral("warn"));
        auto session = makeSession();
        QCOMPARE(m_log->level(), QStringLiteral("warn"));
        saveLevel(*session, QStringLiteral("error"));
        QCOMPARE(m_log->level(), QStringLiteral("error"));
        saveLevel(*session, QStringLiteral("debug"));
        QCOMPARE(m_log->level(), QStringLiteral("debug"));
    }

    void verboseWinsOverTheSettings()
    {
        writeSettings(QStringLiteral("error"));
        const QStringList verbose { QStringLiteral("--verbose") };
        m_log->setVerbose(parsed(verbose).verbose); // as main() does
        auto session = makeSession(verbose);
        QCOMPARE(m_log->level(), QStringLiteral("debug"));
        saveLevel(*session, QStringLiteral("warn"));
        QCOMPARE(m_log->level(), QStringLiteral("debug"));
        spdlog::debug("debug lines are in the file");
        QFile file(m_log->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("debug lines are in the file"));
    }

    void tokenInUseIsMaskedInTheLog()
    {
        writeSettings(QStringLiteral("info"));
        auto session = makeSession();
        QTRY_VERIFY(!session->isReadingToken());
        QVERIFY(session->setup().credentials().hasToken());
        // No shape gives it away: only the registration does.
        spdlog::info("polling with {}", kToken.toStdString());

        const QString second = QStringLiteral("tok-saved-later-0002");
        bool saved = false;
        session->setup().credentials().save(second, Credentials::Storage::SessionOnly, this,
                                            [&](const TokenStoreResult &r) { saved = r.isOk(); });
        QTRY_VERIFY(saved);
        QTRY_COMPARE(session->setup().credentials().token(), second);
        spdlog::warn("now {} (was {})", second.toStdString(), kToken.toStdString());

        QFile file(m_log->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QString console = QString::fromStdString(m_console->str());
        for (const QString &logged : { text, console }) {
            QVERIFY2(!logged.contains(kToken), qPrintable(logged));
            QVERIFY2(!logged.contains(second), qPrintable(logged));
            QVERIFY2(logged.contains(QStringLiteral("polling with tok-…[redacted]")),
                     qPrintable(logged));
            QVERIFY2(logged.contains(QStringLiteral("now tok-…[redacted] (was tok-…[redacted])")),
                     qPrintable(logged));
        }
    }

private:
    void writeSettings(const QString &level)
    {
        m_settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
        AppSettings settings;
        settings.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9/")); // never polled here
        settings.targets = { *Target::parse(QStringLiteral("acme/app")) };
        settings.logLevel = level;
        const auto refused = SettingsStore(m_settingsPath).save(settings);
        QVERIFY2(!refused, qPrintable(refused.value_or(QString())));
    }

    // A session on the settings file whose "keychain" holds kToken; not started (no polling).
    std::unique_ptr<TraySession> makeSession(const QStringList &extraArguments = {})
    {
        auto keychain = std::make_unique<SessionTokenStore>();
        bool written = false;
        keychain->write(kHost, kToken, keychain.get(),
                        [&](const TokenStoreResult &result) { written = result.isOk(); });
        if (!QTest::qWaitFor([&] { return written; }, 5000))
            qWarning("the session token store did not take the token");
        auto session = std::make_unique<TraySession>(std::move(keychain));
        session->setUrlOpener([](const QUrl &) {});
        session->setLog(m_log.get());
        session->prepare(parsed(
            QStringList { QStringLiteral("--config"), m_settingsPath, QStringLiteral("--no-setup") }
            + extraArguments));
        return session;
    }

    static void saveLevel(TraySession &session, const QString &level)
    {
        SettingsStore &store = session.setup().settings();
        AppSettings settings = store.current();
        settings.logLevel = level;
        const auto refused = store.save(settings);
        QVERIFY2(!refused, qPrintable(refused.value_or(QString())));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<std::ostringstream> m_console;
    std::unique_ptr<ApplicationLog> m_log;
    QString m_settingsPath;
};

QTEST_MAIN(TestTrayLog)
#include "TestTrayLog.moc"
