// The tray's log on disk and on stderr: the file rotates at its size limit and never keeps more
// files than asked, the folder and the files are the user's alone, no token (by shape or
// registered) reaches the file or stderr, the settings' level applies and --verbose wins over
// it, and a log file that cannot be opened leaves stderr working with one warning.

#include "ApplicationLog.h"
#include "AuditLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <spdlog/spdlog.h>
#include <sstream>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace relayq;

namespace {
constexpr QFileDevice::Permissions kGroupOrOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

QString contentsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("<cannot read %1>").arg(path);
    return QString::fromUtf8(file.readAll());
}

QStringList logFiles(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

// A secret of every kind the log must never show, and what it must show instead.
struct Secret
{
    QString line;
    QString raw;
    QString masked;
};

QList<Secret> secretLines(const QString &registered)
{
    const QString tail = QStringLiteral("0123456789abcdefghijABCDEFGHIJ012345");
    QList<Secret> lines;
    for (const char *prefix : { "ghp_", "gho_", "ghu_", "ghs_", "ghr_" }) {
        const QString token = QString::fromLatin1(prefix) + tail;
        lines.append({ QStringLiteral("token %1 in use").arg(token), token,
                       QString::fromLatin1(prefix) + QStringLiteral("…[redacted]") });
    }
    const QString pat = QStringLiteral("github_pat_11AAAAAAA0_") + tail;
    lines.append(
        { QStringLiteral("fine-grained %1").arg(pat), pat, QStringLiteral("gith…[redacted]") });
    lines.append({ QStringLiteral("Authorization: Bearer opaque-credential-0123"),
                   QStringLiteral("opaque-credential-0123"), QStringLiteral("opaq…[redacted]") });
    lines.append({ QStringLiteral("ACTIONS_RUNNER_INPUT_TOKEN=RUNNERTOKEN0123456789ABCD"),
                   QStringLiteral("RUNNERTOKEN0123456789ABCD"),
                   QStringLiteral("RUNN…[redacted]") });
    lines.append({ QStringLiteral("./config.sh --token REMOVETOKEN0123456789ABCD --unattended"),
                   QStringLiteral("REMOVETOKEN0123456789ABCD"),
                   QStringLiteral("REMO…[redacted]") });
    lines.append({ QStringLiteral("using the saved one (%1) for the poll").arg(registered),
                   registered, registered.left(4) + QStringLiteral("…[redacted]") });
    return lines;
}
} // namespace

class TestApplicationLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // defaultFolder() under ~/.qttest
#ifdef Q_OS_UNIX
        ::umask(022); // the usual: files fopen() creates would be readable by everyone
#endif
    }

    void rotatesAtTheSizeLimitAndKeepsTheCount()
    {
        QTemporaryDir dir;
        std::ostringstream console;
        ApplicationLog::Options options;
        options.folder = dir.filePath(QStringLiteral("logs"));
        options.maxFileBytes = 300;
        options.olderFiles = 2;
        options.console = &console;
        ApplicationLog log(options);
        QVERIFY2(log.writesFile(), qPrintable(log.problem()));
        for (int i = 0; i < 60; ++i)
            spdlog::info("line {:03} padded to fill the file a little faster", i);

        QCOMPARE(
            logFiles(options.folder),
            (QStringList { QStringLiteral("relayq-tray.1.log"), QStringLiteral("relayq-tray.2.log"),
                           QStringLiteral("relayq-tray.log") }));
        for (const QString &name : logFiles(options.folder)) {
            const qint64 size = QFileInfo(options.folder + QLatin1Char('/') + name).size();
            QVERIFY2(size > 0 && size <= options.maxFileBytes,
                     qPrintable(QStringLiteral("%1: %2 bytes").arg(name).arg(size)));
        }
        QCOMPARE(log.filePath(), options.folder + QStringLiteral("/relayq-tray.log"));
        QVERIFY(contentsOf(log.filePath()).contains(QStringLiteral("line 059")));
        const QString oldest = contentsOf(options.folder + QStringLiteral("/relayq-tray.2.log"));
        QVERIFY(!oldest.contains(QStringLiteral("line 000"))); // rotated out
        QVERIFY(QString::fromStdString(console.str()).contains(QStringLiteral("line 000")));
    }

    void folderAndFilesAreTheUsersAlone()
    {
        QTemporaryDir dir;
        std::ostringstream console;
        ApplicationLog::Options options;
        options.folder = dir.filePath(QStringLiteral("logs"));
        options.maxFileBytes = 200;
        options.olderFiles = 3;
        options.console = &console;
        {
            ApplicationLog log(options);
            for (int i = 0; i < 20; ++i)
                spdlog::warn("line {} about runner rpi4 on host build-7", i);
        }
        const QFileInfo folder(options.folder);
        QCOMPARE(folder.permissions() & kGroupOrOthers, QFileDevice::Permissions());
        QVERIFY(folder.permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                               | QFileDevice::ExeOwner));
        QCOMPARE(logFiles(options.folder).size(), 4);
        for (const QString &name : logFiles(options.folder)) {
            const QFileInfo file(options.folder + QLatin1Char('/') + name);
            QCOMPARE(file.permissions() & kGroupOrOthers, QFileDevice::Permissions());
            QVERIFY(file.permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        }

        // A file left with wider rights (by hand, by an older version) is narrowed on open.
        const QString current = options.folder + QStringLiteral("/relayq-tray.log");
        QVERIFY(QFile::setPermissions(current,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(options.folder,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                          | QFileDevice::ExeOther));
        ApplicationLog again(options);
        QCOMPARE(QFileInfo(current).permissions() & kGroupOrOthers, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(options.folder).permissions() & kGroupOrOthers,
                 QFileDevice::Permissions());
    }

    void secretsNeverReachTheFileOrTheConsole()
    {
        QTemporaryDir dir;
        std::ostringstream console;
        ApplicationLog::Options options;
        options.folder = dir.filePath(QStringLiteral("logs"));
        options.console = &console;
        ApplicationLog log(options);
        const QString registered = QStringLiteral("opaque-token-from-the-keychain");
        log.addSecret(registered);
        const QList<Secret> secrets = secretLines(registered);
        for (const Secret &secret : secrets)
            spdlog::info("{}", secret.line.toStdString());
        spdlog::debug("below the level: {}", registered.toStdString()); // not logged at all

        const QString file = contentsOf(log.filePath());
        const QString stderrText = QString::fromStdString(console.str());
        for (const Secret &secret : secrets) {
            QVERIFY2(!file.contains(secret.raw), qPrintable(secret.raw));
            QVERIFY2(!stderrText.contains(secret.raw), qPrintable(secret.raw));
            const QString expected = QString(secret.line).replace(secret.raw, secret.masked);
            QVERIFY2(file.contains(expected), qPrintable(expected + QLatin1Char('\n') + file));
            QVERIFY2(stderrText.contains(expected), qPrintable(expected));
        }
    }

    void realStderrIsRedactedToo()
    {
#ifdef Q_OS_UNIX
        QTemporaryFile capture;
        QVERIFY(capture.open());
        std::fflush(stderr);
        const int saved = ::dup(STDERR_FILENO);
        QVERIFY(::dup2(capture.handle(), STDERR_FILENO) >= 0);
        {
            ApplicationLog::Options options;
            options.writeFile = false; // as relayqctl: stderr only
            ApplicationLog log(options);
            log.addSecret(QStringLiteral("registered-secret-value"));
            log.setLevel(QStringLiteral("warn"));
            spdlog::warn("GH_TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ012345 and "
                         "registered-secret-value");
        }
        std::fflush(stderr);
        ::dup2(saved, STDERR_FILENO);
        ::close(saved);
        const QString text = contentsOf(capture.fileName());
        QVERIFY2(text.contains(QStringLiteral("GH_TOKEN=ghp_…[redacted] and regi…[redacted]")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("0123456789abcdefghij")));
        QVERIFY(!text.contains(QStringLiteral("registered-secret-value")));
#else
        QSKIP("redirects file descriptor 2 the POSIX way");
#endif
    }

    void levelFromSettingsAndVerboseWins()
    {
        QTemporaryDir dir;
        std::ostringstream console;
        ApplicationLog::Options options;
        options.folder = dir.filePath(QStringLiteral("logs"));
        options.console = &console;
        ApplicationLog log(options);
        QCOMPARE(log.level(), QStringLiteral("info")); // the settings' default

        log.setLevel(QStringLiteral("warn"));
        QCOMPARE(log.level(), QStringLiteral("warn"));
        spdlog::info("hidden-1");
        spdlog::warn("shown-1");
        log.setVerbose(true); // --verbose
        QCOMPARE(log.level(), QStringLiteral("debug"));
        spdlog::debug("shown-2");
        log.setLevel(QStringLiteral("error")); // saved in Settings… while --verbose
        QCOMPARE(log.level(), QStringLiteral("debug"));
        spdlog::debug("shown-3");
        log.setLevel(QStringLiteral("trace")); // more than --verbose asks for stays
        QCOMPARE(log.level(), QStringLiteral("trace"));
        spdlog::trace("shown-4");
        log.setVerbose(false);
        log.setLevel(QStringLiteral("error"));
        QCOMPARE(log.level(), QStringLiteral("error"));
        spdlog::warn("hidden-2");
        log.setLevel(QStringLiteral("loud")); // a typo in a hand-edited file
        QCOMPARE(log.level(), QStringLiteral("info"));

        const QString file = contentsOf(log.filePath());
        for (const char *shown : { "shown-1", "shown-2", "shown-3", "shown-4" })
            QVERIFY2(file.contains(QLatin1String(shown)), shown);
        QVERIFY(!file.contains(QStringLiteral("hidden-")));
    }

    void unopenableFileKeepsStderrWithOneWarning_data()
    {
        QTest::addColumn<QString>("blocker"); // what is in the way
        QTest::newRow("a file where the folder should be") << QStringLiteral("folder");
        QTest::newRow("a folder where the file should be") << QStringLiteral("file");
    }

    void unopenableFileKeepsStderrWithOneWarning()
    {
        // Root ignores permission bits, so read-only is played by something in the way.
        QFETCH(QString, blocker);
        QTemporaryDir dir;
        ApplicationLog::Options options;
        std::ostringstream console;
        options.console = &console;
        if (blocker == QLatin1String("folder")) {
            QFile inTheWay(dir.filePath(QStringLiteral("not-a-folder")));
            QVERIFY(inTheWay.open(QIODevice::WriteOnly));
            options.folder = inTheWay.fileName() + QStringLiteral("/logs");
        } else {
            options.folder = dir.filePath(QStringLiteral("logs"));
            QVERIFY(QDir().mkpath(options.folder + QStringLiteral("/relayq-tray.log")));
        }
        ApplicationLog log(options);
        QVERIFY(!log.writesFile());
        QVERIFY2(log.problem().contains(QStringLiteral("logging to stderr only")),
                 qPrintable(log.problem()));
        spdlog::error("still logging");
        spdlog::warn("and again");

        const QString text = QString::fromStdString(console.str());
        QCOMPARE(text.count(QStringLiteral("logging to stderr only")), 1);
        QVERIFY(text.contains(QDir::toNativeSeparators(options.folder)));
        QVERIFY(text.contains(QStringLiteral("still logging")));
        QVERIFY(text.contains(QStringLiteral("and again")));
    }

    void consoleOnlyMakesNoFolder()
    {
        QDir(ApplicationLog::defaultFolder()).removeRecursively();
        std::ostringstream console;
        ApplicationLog::Options options;
        options.writeFile = false;
        options.console = &console;
        ApplicationLog log(options);
        spdlog::warn("to stderr only");
        QVERIFY(!log.writesFile());
        QVERIFY(log.problem().isEmpty());
        QVERIFY(log.folder().isEmpty());
        QVERIFY(!QFileInfo::exists(ApplicationLog::defaultFolder()));
        QVERIFY(QString::fromStdString(console.str()).contains(QStringLiteral("to stderr only")));
    }

    void defaultFolderIsBesideTheAuditLog()
    {
        const QString generic
            = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        QCOMPARE(ApplicationLog::defaultFolder(), generic + QStringLiteral("/relayq-tray/logs"));
        QCOMPARE(QFileInfo(AuditLog::defaultPath()).absolutePath() + QStringLiteral("/logs"),
                 ApplicationLog::defaultFolder());
        QDir(ApplicationLog::defaultFolder()).removeRecursively();
        {
            std::ostringstream console;
            ApplicationLog::Options options;
            options.console = &console;
            ApplicationLog log(options);
            spdlog::info("in the default place");
            QCOMPARE(log.folder(), ApplicationLog::defaultFolder());
        }
        QVERIFY(contentsOf(ApplicationLog::defaultFolder() + QStringLiteral("/relayq-tray.log"))
                    .contains(QStringLiteral("in the default place")));
        QDir(ApplicationLog::defaultFolder()).removeRecursively();
    }

    void givesSpdlogItsLoggerBack()
    {
        const auto before = spdlog::default_logger();
        {
            std::ostringstream console;
            ApplicationLog::Options options;
            options.writeFile = false;
            options.console = &console;
            ApplicationLog log(options);
            QVERIFY(spdlog::default_logger() != before);
        }
        QCOMPARE(spdlog::default_logger(), before);
    }
};

QTEST_GUILESS_MAIN(TestApplicationLog)
#include "TestApplicationLog.moc"
