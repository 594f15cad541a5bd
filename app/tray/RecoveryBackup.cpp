#include "RecoveryBackup.h"

#include "RunnerBackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace relayq {

QString defaultRecoveryBackupFolder()
{
    // The same folder as relayqctl's defaultBackupFolder() (app/cli/BackupCommand.cpp).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/relayq-tray/backups");
}

RunnerRecovery::BackupFunction recoveryBackupTo(const Clock &clock, const QString &folder)
{
    return [&clock, folder](const QString &runnerDir) {
        if (!QDir().mkpath(folder)) {
            return RecoveryBackup { {},
                                    QCoreApplication::translate(
                                        "relayq::RecoveryBackup",
                                        "the folder %1 could not be created")
                                        .arg(folder) };
        }
        const BackupResult result = RunnerBackup(clock).backup(runnerDir, folder);
        return RecoveryBackup { result.archivePath, result.error };
    };
}

} // namespace relayq
