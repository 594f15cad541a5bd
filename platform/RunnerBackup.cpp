#include "RunnerBackup.h"

#include "ArchiveReader.h"
#include "ArchiveWriter.h"
#include "Clock.h"
#include "PrivateFile.h"
#include "RunnerConfigReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <memory>
#include <sys/stat.h>
#include <vector>

namespace relayq {

namespace {

const QString ServiceFolder = QStringLiteral("service/");

// Files holding the runner's secret (its OAuth credentials and RSA private key).
bool isSecret(const QString &name)
{
    return name == QLatin1String(".credentials") || name == QLatin1String(".credentials_rsaparams");
}

// A name safe as the start of a file name: letters, digits, '.', '_', '-'; never hidden.
QString fileNameSafe(QString name)
{
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return name;
}

QString archivePattern(const QString &runner)
{
    return QStringLiteral("^%1-\\d{8}T\\d{6}Z\\.tar\\.gz$").arg(QRegularExpression::escape(runner));
}

bool isServiceEntry(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^service/[A-Za-z0-9@._-]+\\.(service|plist)$"));
    return pattern.match(name).hasMatch() && !name.contains(QLatin1String(".."));
}

int modeOf(const QString &path)
{
    struct stat info
    { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0600;
    return static_cast<int>(info.st_mode & 0777);
}

} // namespace

struct RunnerBackup::Source
{
    QString entryName;
    QString path;
};

RunnerBackup::RunnerBackup(const Clock &clock)
    : m_clock(clock), m_serviceRoots(defaultServiceSearchRoots())
{ }

QStringList RunnerBackup::defaultServiceSearchRoots()
{
    const QString home = QDir::homePath();
    return { QStringLiteral("/etc/systemd/system"), home + QStringLiteral("/.config/systemd/user"),
             home + QStringLiteral("/Library/LaunchAgents") };
}

QStringList RunnerBackup::configurationFiles()
{
    return { QStringLiteral(".runner"),
             QStringLiteral(".credentials"),
             QStringLiteral(".credentials_rsaparams"),
             QStringLiteral(".env"),
             QStringLiteral(".path"),
             QStringLiteral(".service") };
}

QString RunnerBackup::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/relayq-tray/backups");
}

QString RunnerBackup::privateKeyWarning()
{
    return tr("This backup holds the runner's private key and credentials. Anyone who has the "
              "file can act as this runner on GitHub: keep it where only you can read it, and "
              "delete it when it is no longer needed.");
}

QString RunnerBackup::runnerName(const QString &runnerDir)
{
    QString name = fileNameSafe(RunnerConfigReader::readDirectory(runnerDir).agentName);
    if (name.isEmpty())
        name = fileNameSafe(QFileInfo(QDir::cleanPath(QDir(runnerDir).absolutePath())).fileName());
    return name.isEmpty() ? QStringLiteral("runner") : name;
}

QString RunnerBackup::archiveFileName(const QString &runnerName, const QDateTime &when)
{
    return QStringLiteral("%1-%2.tar.gz")
        .arg(runnerName, when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
}

QString RunnerBackup::serviceDefinitionPath(const QString &runnerDir) const
{
    QFile file(QDir(runnerDir).filePath(QStringLiteral(".service")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Linux's svc.sh writes the unit name, macOS's the plist's path: only the name is used, and
    // only inside the known folders.
    const QString name = QFileInfo(QString::fromUtf8(file.read(4096)).trimmed()).fileName();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        return {};
    QStringList candidates { name };
    if (!name.endsWith(QLatin1String(".service")) && !name.endsWith(QLatin1String(".plist")))
        candidates = { name + QStringLiteral(".service"), name + QStringLiteral(".plist") };
    for (const QString &root : m_serviceRoots) {
        for (const QString &candidate : candidates) {
            const QFileInfo info(QDir(root).filePath(candidate));
            if (info.isFile() && info.isReadable())
                return info.absoluteFilePath();
        }
    }
    return {};
}

QList<RunnerBackup::Source> RunnerBackup::sources(const QString &runnerDir) const
{
    QList<Source> list;
    const QDir dir(runnerDir);
    for (const QString &name : configurationFiles()) {
        const QFileInfo info(dir.filePath(name));
        if (info.exists() || info.isSymLink())
            list.append({ name, info.filePath() });
    }
    const QString service = serviceDefinitionPath(runnerDir);
    if (!service.isEmpty())
        list.append({ ServiceFolder + QFileInfo(service).fileName(), service });
    return list;
}

// Writes every source into the open temporary file, then checks it by reading it back.
QString RunnerBackup::write(PrivateFile &file, const QList<Source> &sources, QStringList &names)
{
    QList<QByteArray> written;
    ArchiveWriter writer;
    if (!writer.open(file.handle()))
        return writer.errorString();
    for (const Source &source : sources) {
        const QFileInfo info(source.path);
        if (info.isSymLink() || !info.isFile())
            return tr("%1 is not a regular file").arg(source.path);
        QFile input(source.path);
        if (!input.open(QIODevice::ReadOnly))
            return QStringLiteral("%1: %2").arg(source.path, input.errorString());
        const QByteArray data = input.readAll();
        const int mode = isSecret(source.entryName) ? 0600 : modeOf(source.path);
        if (!writer.addFile(source.entryName, data, mode, info.lastModified().toSecsSinceEpoch()))
            return writer.errorString();
        names.append(source.entryName);
        written.append(data);
        if (m_observer && !m_observer(file.temporaryPath(), source.entryName))
            return tr("interrupted after %1").arg(source.entryName);
    }
    if (!writer.finish())
        return writer.errorString();
    if (!file.close())
        return file.errorString();
    const ArchiveContents check = ArchiveReader::read(file.temporaryPath());
    if (!check.isOk())
        return tr("the written archive cannot be read back (%1)").arg(check.error);
    if (check.entries.size() != names.size())
        return tr("the written archive holds %1 entries instead of %2")
            .arg(check.entries.size())
            .arg(names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const ArchiveEntry &entry = check.entries.at(i);
        if (entry.name != names.at(i) || entry.kind != ArchiveEntry::Kind::File
            || entry.size != written.at(i).size() || entry.data != written.at(i))
            return tr("the written archive does not match %1").arg(names.at(i));
    }
    return {};
}

BackupResult RunnerBackup::backup(const QString &runnerDir, const QString &destinationDir, int keep)
{
    BackupResult result;
    const auto failed = [&result, &runnerDir](const QString &why) {
        result.error = tr("The backup of the runner in %1 failed: %2.").arg(runnerDir, why);
        result.files.clear();
        return result;
    };
    if (!QFileInfo::exists(QDir(runnerDir).filePath(QStringLiteral(".runner"))))
        return failed(tr("there is no .runner file, so it is not a configured runner"));
    if (!QDir().mkpath(destinationDir))
        return failed(tr("the folder %1 could not be created").arg(destinationDir));
    const QString runner = runnerName(runnerDir);
    const QDir destination(destinationDir);
    // A backup killed earlier leaves its temporary file behind; it is never a usable archive.
    const QRegularExpression stray(
        QStringLiteral("^\\.%1-\\d{8}T\\d{6}Z\\.tar\\.gz\\.[A-Za-z0-9]{6}"
                       "\\.partial$")
            .arg(QRegularExpression::escape(runner)));
    for (const QString &name : destination.entryList(QDir::Files | QDir::Hidden)) {
        if (stray.match(name).hasMatch())
            QFile::remove(destination.filePath(name));
    }
    PrivateFile file(destination.filePath(archiveFileName(runner, m_clock.now())));
    if (!file.open())
        return failed(file.errorString());
    if (m_observer && !m_observer(file.temporaryPath(), QString()))
        return failed(tr("interrupted before writing"));
    const QString error = write(file, sources(runnerDir), result.files);
    if (!error.isEmpty())
        return failed(error);
    if (!file.commit(false))
        return failed(file.errorString());
    result.archivePath = file.finalPath();
    const QString pruneError = prune(destinationDir, runner, keep, result.removedArchives);
    if (!pruneError.isEmpty())
        result.warning = pruneError;
    return result;
}

QString RunnerBackup::prune(const QString &destinationDir, const QString &runner, int keep,
                            QStringList &removed)
{
    const QDir destination(destinationDir);
    const QRegularExpression pattern(archivePattern(runner));
    QStringList archives;
    for (const QString &name : destination.entryList(QDir::Files)) {
        if (pattern.match(name).hasMatch())
            archives.append(name);
    }
    // The UTC timestamp in the name sorts like time itself.
    std::sort(archives.begin(), archives.end(), std::greater<>());
    for (qsizetype i = std::max(keep, 1); i < archives.size(); ++i) {
        const QString path = destination.filePath(archives.at(i));
        if (!QFile::remove(path))
            return tr("The backup was written, but the old archive %1 could not be removed.")
                .arg(path);
        removed.append(path);
    }
    return {};
}

namespace {

// Why `entry` must not be unpacked, or empty when it is one of ours.
QString rejection(const ArchiveEntry &entry)
{
    const QString &name = entry.name;
    if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return RunnerBackup::tr("%1 has an absolute path").arg(name);
    if (name.split(QLatin1Char('/')).contains(QLatin1String("..")))
        return RunnerBackup::tr("%1 points outside the runner directory").arg(name);
    if (entry.kind == ArchiveEntry::Kind::Link)
        return RunnerBackup::tr("%1 is a link").arg(name);
    if (entry.kind != ArchiveEntry::Kind::File)
        return RunnerBackup::tr("%1 is not a regular file").arg(name);
    if (!RunnerBackup::configurationFiles().contains(name) && !isServiceEntry(name))
        return RunnerBackup::tr("%1 is not a runner configuration file").arg(name);
    return {};
}

} // namespace

RestoreResult RunnerBackup::restore(const QString &archive, const QString &runnerDir,
                                    bool overwriteConfigured) const
{
    RestoreResult result;
    result.runnerDir = runnerDir;
    const auto failed = [&result, &archive](const QString &why) {
        result.error = tr("The archive %1 was not restored: %2.").arg(archive, why);
        result.files.clear();
        result.serviceDefinitions.clear();
        return result;
    };
    const ArchiveContents contents = ArchiveReader::read(archive);
    if (!contents.isOk())
        return failed(tr("it cannot be read (%1)").arg(contents.error));
    // Everything is checked before anything is written.
    QList<ArchiveEntry> files;
    for (const ArchiveEntry &entry : contents.entries) {
        const QString why = rejection(entry);
        if (!why.isEmpty())
            return failed(why);
        if (result.files.contains(entry.name) || result.serviceDefinitions.contains(entry.name))
            return failed(tr("%1 appears twice").arg(entry.name));
        if (isServiceEntry(entry.name)) {
            result.serviceDefinitions.append(entry.name);
            continue;
        }
        result.files.append(entry.name);
        files.append(entry);
    }
    if (!result.files.contains(QLatin1String(".runner")))
        return failed(tr("it holds no .runner file, so it is not a runner backup"));
    const QDir dir(runnerDir);
    if (!overwriteConfigured && QFileInfo::exists(dir.filePath(QStringLiteral(".runner"))))
        return failed(tr("%1 already holds a configured runner, which restoring would overwrite")
                          .arg(runnerDir));
    if (!QDir().mkpath(runnerDir))
        return failed(tr("the folder %1 could not be created").arg(runnerDir));
    // All files are written under temporary names first, then renamed, so a failure part-way
    // leaves the directory as it was.
    std::vector<std::unique_ptr<PrivateFile>> written;
    for (const ArchiveEntry &entry : files) {
        auto file = std::make_unique<PrivateFile>(dir.filePath(entry.name));
        const int mode = isSecret(entry.name) ? 0600 : entry.permissions;
        if (!file->open() || !file->write(entry.data) || !file->setPermissions(mode)
            || !file->close())
            return failed(file->errorString());
        written.push_back(std::move(file));
    }
    for (const auto &file : written) {
        if (!file->commit(true))
            return failed(file->errorString());
    }
    return result;
}

} // namespace relayq
