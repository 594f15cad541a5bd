#pragma once
// `relayqctl backup --runner-dir DIR [--out DIR]` and `relayqctl restore ARCHIVE --runner-dir DIR
// [--force]`: the seed's tar command, done safely by RunnerBackup (configuration only, 0600,
// verified before it is put in place). Both are local: no token, no GitHub.

#include "CommandLine.h"

namespace relayq::cli {

// Prints the archive's path on stdout (and that it holds the runner's private key on stderr);
// returns the exit code: 0 written, 3 not a runner folder, 2 the archive could not be written.
int runBackup(const CommandLine &commandLine);
// Prints what was restored; 0 done, 3 nothing restored (the message on stderr says why).
int runRestore(const CommandLine &commandLine);

// Where backups go without --out: the app's data folder, "backups".
QString defaultBackupFolder();

} // namespace relayq::cli
