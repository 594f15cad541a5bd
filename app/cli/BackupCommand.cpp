#include "BackupCommand.h"

#include "Clock.h"
#include "Relayqctl.h"
#include "RunnerBackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace relayq::cli {

namespace {
// A folder that is not a configured runner is the user's mistake, not a passing failure.
bool isRunnerFolder(const QString &directory)
{
    return QFileInfo(QDir(directory).filePath(QStringLiteral(".runner"))).isFile();
}
} // namespace

QString defaultBackupFolder()
{
    return RunnerBackup::defaultFolder();
}

int runBackup(const CommandLine &commandLine)
{
    const QString runnerDir = commandLine.runnerDirectories.value(0);
    QTextStream err(stderr);
    if (!isRunnerFolder(runnerDir)) {
        err << Relayqctl::tr(
                   "%1 is not a configured runner folder (it has no .runner file); nothing was "
                   "archived.")
                   .arg(runnerDir)
            << Qt::endl;
        return ExitUsage;
    }
    const QString destination = commandLine.outputDirectory.isEmpty() ? defaultBackupFolder()
                                                                      : commandLine.outputDirectory;
    if (!QDir().mkpath(destination)) {
        err << Relayqctl::tr("The folder %1 could not be created; nothing was archived.")
                   .arg(destination)
            << Qt::endl;
        return ExitTemporary;
    }
    SystemClock clock;
    const BackupResult result = RunnerBackup(clock).backup(runnerDir, destination);
    if (!result.isOk()) {
        err << result.error << Qt::endl;
        return ExitTemporary;
    }
    QTextStream(stdout) << result.archivePath << Qt::endl;
    err << RunnerBackup::privateKeyWarning() << Qt::endl;
    if (!result.warning.isEmpty())
        err << result.warning << Qt::endl;
    return ExitHealthy;
}

int runRestore(const CommandLine &commandLine)
{
    const QString runnerDir = commandLine.runnerDirectories.value(0);
    SystemClock clock;
    const RestoreResult result
        = RunnerBackup(clock).restore(commandLine.archive, runnerDir, commandLine.force);
    if (!result.isOk()) {
        // Nothing was put in place; the message says why (a configured runner without
        // --force, an archive that is not a runner backup, a folder that cannot be written).
        QTextStream(stderr) << result.error << Qt::endl;
        return ExitUsage;
    }
    QTextStream out(stdout);
    out << Relayqctl::tr("Restored %1 into %2.")
               .arg(result.files.join(QStringLiteral(", ")), runnerDir)
        << Qt::endl;
    if (!result.serviceDefinitions.isEmpty())
        out << Relayqctl::tr(
                   "The archive also holds the service definition (%1); install the service "
                   "again with the runner's svc.sh.")
                   .arg(result.serviceDefinitions.join(QStringLiteral(", ")))
            << Qt::endl;
    return ExitHealthy;
}

} // namespace relayq::cli
