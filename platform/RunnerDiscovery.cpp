#include "RunnerDiscovery.h"

#include "RunnerConfigReader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace relayq {

namespace {
// One key per directory on disk: symlinks resolved; a missing directory by its clean path.
QString identity(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

QStringList candidatesUnder(const QString &root)
{
    const QDir dir(root);
    QStringList found;
    const QStringList names
        = dir.entryList({ QStringLiteral("actions-runner*") },
                        QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        // Not configured yet (unpacked only), or something else named alike: not a runner.
        if (QFileInfo::exists(QDir(path).filePath(QStringLiteral(".runner"))))
            found.append(path);
    }
    return found;
}
} // namespace

QStringList RunnerDiscovery::usualRoots()
{
    // Where GitHub's "add a runner" instructions unpack it: the home folder (Linux, macOS), /opt
    // for service installs, the drive root on Windows.
#ifdef Q_OS_WIN
    return { QDir::homePath(), QDir::rootPath() };
#else
    return { QDir::homePath(), QStringLiteral("/opt") };
#endif
}

QList<LocalRunner> RunnerDiscovery::discover(const QStringList &configured,
                                             const QStringList &usualRoots)
{
    QList<LocalRunner> runners;
    QSet<QString> seen;
    const auto add = [&](const QString &path) {
        const QString key = identity(path);
        if (seen.contains(key))
            return;
        seen.insert(key);
        runners.append(RunnerConfigReader::readDirectory(path));
    };
    for (const QString &path : configured) {
        if (!path.trimmed().isEmpty())
            add(QDir::fromNativeSeparators(path.trimmed()));
    }
    for (const QString &root : usualRoots) {
        for (const QString &path : candidatesUnder(root))
            add(path);
    }
    return runners;
}

} // namespace relayq
