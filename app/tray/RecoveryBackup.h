#pragma once
// The backup step of the tray's guided recovery: the platform's RunnerBackup writing the runner's
// configuration as a private .tar.gz into the backup folder relayqctl uses too, handed to
// RunnerRecovery as its BackupFunction.

#include "RunnerRecovery.h"

#include <QString>

namespace relayq {

class Clock;

// ~/.local/share/relayq-tray/backups (GenericDataLocation + /relayq-tray/backups), the folder
// `relayqctl backup` writes to when no --out is given.
QString defaultRecoveryBackupFolder();

// Backs the runner directory up into `folder` (created when missing), keeping the last 10
// archives of each runner. `clock` names the archive and must outlive the returned function.
RunnerRecovery::BackupFunction
recoveryBackupTo(const Clock &clock, const QString &folder = defaultRecoveryBackupFolder());

} // namespace relayq
