// Backing up and restoring a runner's configuration with real files in scratch folders: the
// round trip, the archive's mode, what is left out, the service definition, the name, retention,
// failures and a killed backup leaving nothing in place, and restore's refusals.

#include "ArchiveReader.h"
#include "ArchiveWriter.h"
#include "Clock.h"
#include "RunnerBackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace relayq;

namespace {

const QString ServiceName = QStringLiteral("actions.runner.acme-app.build-01.service");
const QString ChildFlag = QStringLiteral("--backup-child");

void writeFile(const QString &path, const QByteArray &data, int mode = 0644)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(data), data.size());
    file.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode)), 0);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

int modeOf(const QString &path)
{
    struct stat info
    { };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0
        ? static_cast<int>(info.st_mode & 0777)
        : -1;
}

QByteArray configContents(const QString &name)
{
    if (name == QLatin1String(".runner"))
        return QByteArray("\xEF\xBB\xBF{\"agentId\":7,\"agentName\":\"build-01\","
                          "\"serverUrl\":\"https://pipelines.example\"}");
    if (name == QLatin1String(".service"))
        return ServiceName.toUtf8() + '\n';
    return "contents of " + name.toUtf8();
}

// A configured runner directory with work and diagnostics folders that must stay out.
void makeRunnerDir(const QString &dir)
{
    for (const QString &name : RunnerBackup::configurationFiles())
        writeFile(dir + u'/' + name, configContents(name),
                  name.startsWith(QLatin1String(".credentials")) ? 0600 : 0644);
    writeFile(dir + QStringLiteral("/_work/acme/app/secret.txt"), "build output");
    writeFile(dir + QStringLiteral("/_diag/Runner_20260101.log"), "log");
    writeFile(dir + QStringLiteral("/run.sh"), "#!/bin/sh\n", 0755);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QStringList namesIn(const QString &archive)
{
    QStringList names;
    for (const ArchiveEntry &entry : ArchiveReader::read(archive).entries)
        names.append(entry.name);
    return names;
}

// An archive with the given regular files, plus an optional symbolic link entry.
void craftArchive(const QString &path, const QList<QPair<QString, QByteArray>> &files,
                  const QString &symlinkName = {})
{
    archive *a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_format_pax_restricted(a);
    QVERIFY(archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK);
    for (const auto &[name, data] : files) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, name.toUtf8().constData());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, data.size());
        QVERIFY(archive_write_header(a, entry) == ARCHIVE_OK);
        QCOMPARE(archive_write_data(a, data.constData(), static_cast<size_t>(data.size())),
                 data.size());
        archive_entry_free(entry);
    }
    if (!symlinkName.isEmpty()) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, symlinkName.toUtf8().constData());
        archive_entry_set_filetype(entry, AE_IFLNK);
        archive_entry_set_perm(entry, 0777);
        archive_entry_set_symlink(entry, "/etc/passwd");
        QVERIFY(archive_write_header(a, entry) == ARCHIVE_OK);
        archive_entry_free(entry);
    }
    QVERIFY(archive_write_close(a) == ARCHIVE_OK);
    archive_write_free(a);
}

// The child side of killedMidWriteLeavesNoArchive: a backup that, once its first entry is in
// the temporary file, says where that file is and then waits on stdin until it is killed.
int runBackupChild(const QString &runnerDir, const QString &destinationDir)
{
    ManualClock clock;
    RunnerBackup backup(clock);
    backup.setServiceSearchRoots({});
    backup.setWriteObserver([](const QString &temporaryPath, const QString &entry) {
        if (entry != QLatin1String(".runner"))
            return true;
        std::fputs(qPrintable(temporaryPath + u'\n'), stdout);
        std::fflush(stdout);
        char byte = 0;
        while (::read(STDIN_FILENO, &byte, 1) > 0) { } // the parent never writes: a pause point
        return false;
    });
    return backup.backup(runnerDir, destinationDir).isOk() ? 0 : 1;
}

} // namespace

class TestRunnerBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_runnerDir;
    QString m_systemdDir;
    QString m_out;
    const QDateTime m_start { QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC };
    ManualClock m_clock { m_start };

    RunnerBackup makeBackup()
    {
        RunnerBackup backup(m_clock);
        backup.setServiceSearchRoots(
            { m_scratch.filePath(QStringLiteral("nowhere")), m_systemdDir });
        return backup;
    }

private slots:
    void init()
    {
        QVERIFY(m_scratch.isValid());
        m_clock.setNow(m_start);
        const QString base
            = m_scratch.path() + u'/' + QString::fromLatin1(QTest::currentTestFunction());
        m_runnerDir = base + QStringLiteral("/actions-runner");
        m_systemdDir = base + QStringLiteral("/systemd");
        m_out = base + QStringLiteral("/backups");
        makeRunnerDir(m_runnerDir);
        writeFile(m_systemdDir + u'/' + ServiceName, "[Unit]\nDescription=GitHub Actions Runner\n");
    }

    void roundTripRestoresEqualBytesAndModes()
    {
        RunnerBackup backup = makeBackup();
        const BackupResult made = backup.backup(m_runnerDir, m_out);
        QVERIFY2(made.isOk(), qPrintable(made.error));
        const QString target = m_scratch.filePath(QStringLiteral("restored/actions-runner"));
        const RestoreResult restored = backup.restore(made.archivePath, target);
        QVERIFY2(restored.isOk(), qPrintable(restored.error));
        QCOMPARE(restored.files, RunnerBackup::configurationFiles());
        QCOMPARE(restored.serviceDefinitions,
                 QStringList { QStringLiteral("service/") + ServiceName });
        for (const QString &name : RunnerBackup::configurationFiles()) {
            QCOMPARE(readFile(target + u'/' + name), readFile(m_runnerDir + u'/' + name));
            QCOMPARE(modeOf(target + u'/' + name), modeOf(m_runnerDir + u'/' + name));
        }
        QCOMPARE(modeOf(target + QStringLiteral("/.credentials_rsaparams")), 0600);
        QCOMPARE(
            filesIn(target),
            QStringList({ QStringLiteral(".credentials"), QStringLiteral(".credentials_rsaparams"),
                          QStringLiteral(".env"), QStringLiteral(".path"),
                          QStringLiteral(".runner"), QStringLiteral(".service") }));
    }

    void archiveIsPrivate()
    {
        // Even a permissive umask must not make the archive readable by others.
        const mode_t previous = ::umask(0);
        const BackupResult made = makeBackup().backup(m_runnerDir, m_out);
        ::umask(previous);
        QVERIFY2(made.isOk(), qPrintable(made.error));
        QCOMPARE(modeOf(made.archivePath), 0600);
    }

    void onlyConfigurationIsArchived()
    {
        const BackupResult made = makeBackup().backup(m_runnerDir, m_out);
        QVERIFY2(made.isOk(), qPrintable(made.error));
        QStringList expected = RunnerBackup::configurationFiles();
        expected.append(QStringLiteral("service/") + ServiceName);
        QCOMPARE(namesIn(made.archivePath), expected);
        QCOMPARE(made.files, expected);
        for (const ArchiveEntry &entry : ArchiveReader::read(made.archivePath).entries) {
            QVERIFY(!entry.name.contains(QLatin1String("_work")));
            QVERIFY(!entry.name.contains(QLatin1String("_diag")));
        }
    }

    void serviceDefinitionFromTheSearchRoots()
    {
        RunnerBackup backup = makeBackup();
        QCOMPARE(backup.serviceDefinitionPath(m_runnerDir), m_systemdDir + u'/' + ServiceName);
        const ArchiveContents contents
            = ArchiveReader::read(backup.backup(m_runnerDir, m_out).archivePath);
        QVERIFY2(contents.isOk(), qPrintable(contents.error));
        QCOMPARE(contents.entries.last().data, readFile(m_systemdDir + u'/' + ServiceName));

        // macOS's svc.sh stores the LaunchAgent's path; only its name is looked up in the roots.
        writeFile(m_runnerDir + QStringLiteral("/.service"),
                  "/Users/ci/Library/LaunchAgents/actions.runner.acme.build-01.plist\n");
        writeFile(m_systemdDir + QStringLiteral("/actions.runner.acme.build-01.plist"), "<plist/>");
        QCOMPARE(backup.serviceDefinitionPath(m_runnerDir),
                 m_systemdDir + QStringLiteral("/actions.runner.acme.build-01.plist"));

        // No readable definition: the backup is made without one.
        backup.setServiceSearchRoots({});
        m_clock.advance(1);
        const BackupResult without = backup.backup(m_runnerDir, m_out);
        QVERIFY2(without.isOk(), qPrintable(without.error));
        QCOMPARE(without.files, RunnerBackup::configurationFiles());
    }

    void nameComesFromRunnerAndClock()
    {
        const BackupResult made = makeBackup().backup(m_runnerDir, m_out);
        QVERIFY2(made.isOk(), qPrintable(made.error));
        QCOMPARE(QFileInfo(made.archivePath).fileName(),
                 QStringLiteral("build-01-20260304T050607Z.tar.gz"));
        QCOMPARE(QFileInfo(made.archivePath).absolutePath(), QDir(m_out).absolutePath());

        // Without AgentName the directory's name is used.
        writeFile(m_runnerDir + QStringLiteral("/.runner"), "{\"agentId\":7}");
        QCOMPARE(RunnerBackup::runnerName(m_runnerDir), QStringLiteral("actions-runner"));
        writeFile(m_runnerDir + QStringLiteral("/.runner"), "{\"AgentName\":\"../evil/name\"}");
        QCOMPARE(RunnerBackup::runnerName(m_runnerDir), QStringLiteral("_evil_name"));
    }

    void retentionKeepsTheNewest()
    {
        writeFile(m_out + QStringLiteral("/other-runner-20200101T000000Z.tar.gz"), "x");
        writeFile(m_out + QStringLiteral("/notes.txt"), "x");
        RunnerBackup backup = makeBackup();
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            const BackupResult result = backup.backup(m_runnerDir, m_out, 3);
            QVERIFY2(result.isOk(), qPrintable(result.error));
            QVERIFY(result.warning.isEmpty());
            made.append(QFileInfo(result.archivePath).fileName());
            m_clock.advance(3600);
        }
        QCOMPARE(filesIn(m_out),
                 QStringList({ made.at(2), made.at(3), made.at(4), QStringLiteral("notes.txt"),
                               QStringLiteral("other-runner-20200101T000000Z.tar.gz") }));
    }

    void unreadableFileLeavesNothing()
    {
        // Runs as root in CI, so a directory stands in for a file that cannot be read.
        QFile::remove(m_runnerDir + QStringLiteral("/.credentials_rsaparams"));
        QVERIFY(QDir().mkpath(m_runnerDir + QStringLiteral("/.credentials_rsaparams")));
        RunnerBackup backup = makeBackup();
        QStringList seen;
        backup.setWriteObserver([&seen](const QString &temporaryPath, const QString &entry) {
            if (entry.isEmpty())
                seen.append(QFileInfo(temporaryPath).fileName());
            return true;
        });
        const BackupResult result = backup.backup(m_runnerDir, m_out);
        QVERIFY(!result.isOk());
        QVERIFY2(result.error.contains(QLatin1String(".credentials_rsaparams")),
                 qPrintable(result.error));
        QVERIFY(result.archivePath.isEmpty());
        QCOMPARE(seen.size(), 1); // the temporary file did exist ...
        QCOMPARE(filesIn(m_out), QStringList()); // ... and is gone, with no archive in place
    }

    void interruptedWriteLeavesNothing()
    {
        RunnerBackup backup = makeBackup();
        int modeAtCreation = -1;
        backup.setWriteObserver(
            [&modeAtCreation](const QString &temporaryPath, const QString &entry) {
                if (entry.isEmpty())
                    modeAtCreation = modeOf(temporaryPath);
                return entry != QLatin1String(".credentials_rsaparams");
            });
        const BackupResult result = backup.backup(m_runnerDir, m_out);
        QVERIFY(!result.isOk());
        QCOMPARE(modeAtCreation, 0600);
        QCOMPARE(filesIn(m_out), QStringList());
    }

    void killedMidWriteLeavesNoArchive()
    {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), { ChildFlag, m_runnerDir, m_out });
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine(), 30000);
        const QString temporaryPath = QString::fromUtf8(child.readLine()).trimmed();
        QVERIFY(QFileInfo(temporaryPath).isFile());
        QCOMPARE(modeOf(temporaryPath), 0600);
        child.kill();
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // What a killed backup leaves: only its hidden temporary file, never a final archive.
        const QStringList left = filesIn(m_out);
        QCOMPARE(left.size(), 1);
        const QRegularExpression stray(
            QStringLiteral("^\\.build-01-\\d{8}T\\d{6}Z\\.tar\\.gz\\.[A-Za-z0-9]{6}\\.partial$"));
        QVERIFY2(stray.match(left.first()).hasMatch(), qPrintable(left.first()));

        // The next backup of the runner clears it away.
        const BackupResult next = makeBackup().backup(m_runnerDir, m_out);
        QVERIFY2(next.isOk(), qPrintable(next.error));
        QCOMPARE(filesIn(m_out), QStringList { QFileInfo(next.archivePath).fileName() });
    }

    void restoreRefusesAConfiguredRunner()
    {
        RunnerBackup backup = makeBackup();
        const BackupResult made = backup.backup(m_runnerDir, m_out);
        QVERIFY2(made.isOk(), qPrintable(made.error));
        const QString target = m_scratch.filePath(QStringLiteral("configured"));
        writeFile(target + QStringLiteral("/.runner"), "{\"AgentName\":\"someone-else\"}");
        const RestoreResult refused = backup.restore(made.archivePath, target);
        QVERIFY(!refused.isOk());
        QVERIFY2(refused.error.contains(QLatin1String("configured runner")),
                 qPrintable(refused.error));
        QCOMPARE(readFile(target + QStringLiteral("/.runner")),
                 QByteArray("{\"AgentName\":\"someone-else\"}"));
        QCOMPARE(filesIn(target), QStringList { QStringLiteral(".runner") });

        const RestoreResult overwritten = backup.restore(made.archivePath, target, true);
        QVERIFY2(overwritten.isOk(), qPrintable(overwritten.error));
        QCOMPARE(readFile(target + QStringLiteral("/.runner")),
                 configContents(QStringLiteral(".runner")));
    }

    void restoreRejectsCraftedArchives_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<bool>("symlink");
        QTest::newRow("parent") << QStringLiteral("../.credentials") << false;
        QTest::newRow("nested parent") << QStringLiteral("service/../../evil.service") << false;
        QTest::newRow("absolute") << QStringLiteral("/tmp/.runner") << false;
        QTest::newRow("unknown") << QStringLiteral("run.sh") << false;
        QTest::newRow("work") << QStringLiteral("_work/x") << false;
        QTest::newRow("link") << QStringLiteral(".credentials") << true;
    }

    void restoreRejectsCraftedArchives()
    {
        QFETCH(QString, entry);
        QFETCH(bool, symlink);
        const QString archive = m_scratch.filePath(QStringLiteral("crafted.tar.gz"));
        QList<QPair<QString, QByteArray>> files { { QStringLiteral(".runner"), "{}" } };
        if (!symlink)
            files.append({ entry, "payload" });
        craftArchive(archive, files, symlink ? entry : QString());
        const QString target = m_scratch.filePath(QStringLiteral("crafted/runner"));
        const RestoreResult result = makeBackup().restore(archive, target);
        QVERIFY(!result.isOk());
        QVERIFY2(result.error.contains(entry), qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("/.runner")));
        QVERIFY(!QFileInfo::exists(m_scratch.filePath(QStringLiteral("crafted/.credentials"))));
        QVERIFY(!QFileInfo::exists(m_scratch.filePath(QStringLiteral("evil.service"))));
    }

    void restoreRejectsSomethingThatIsNotABackup()
    {
        const QString archive = m_scratch.filePath(QStringLiteral("not-a-backup.tar.gz"));
        writeFile(archive, "plain text, not gzip");
        QVERIFY(!makeBackup().restore(archive, m_scratch.filePath(QStringLiteral("t1"))).isOk());
        craftArchive(archive, { { QStringLiteral(".env"), "A=1" } });
        const RestoreResult noRunner
            = makeBackup().restore(archive, m_scratch.filePath(QStringLiteral("t2")));
        QVERIFY(!noRunner.isOk());
        QVERIFY2(noRunner.error.contains(QLatin1String(".runner")), qPrintable(noRunner.error));
    }

    void backupRefusesADirectoryWithoutRunner()
    {
        const BackupResult result = makeBackup().backup(m_systemdDir, m_out);
        QVERIFY(!result.isOk());
        QVERIFY(!QFileInfo::exists(m_out) || filesIn(m_out).isEmpty());
    }

    void warningNamesThePrivateKey()
    {
        QVERIFY(RunnerBackup::privateKeyWarning().contains(QLatin1String("private key")));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 4 && arguments.at(1) == ChildFlag)
        return runBackupChild(arguments.at(2), arguments.at(3));
    TestRunnerBackup test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestRunnerBackup.moc"
