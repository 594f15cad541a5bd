#include "RecoveryBackup.h"

#include "RunnerBackup.h"

#include <QCoreApplication>
#include <QDir>

namespace relayq {

QString defaultRecoveryBackupFolder()
{
    return RunnerBackup::defaultFolder();
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
