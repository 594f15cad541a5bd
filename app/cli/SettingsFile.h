#pragma once
// The settings file relayqctl reads — the same one relayq-tray writes, so a user who set up the
// tray can type `relayqctl status` with nothing else. Tests and scripts point elsewhere with
// --config FILE or RELAYQ_CONFIG. relayqctl only reads it.

#include "AppSettings.h"
#include "CommandLine.h"

#include <QString>

#include <optional>

namespace relayq::cli {

// --config FILE, else $RELAYQ_CONFIG, else SettingsStore::defaultFilePath().
QString settingsFilePath(const CommandLine &commandLine);

// The user's settings. A file named with --config or RELAYQ_CONFIG must exist (else `error`
// says so); a missing default file simply means the defaults. Problems with single values are
// logged as warnings and those values keep their defaults.
std::optional<AppSettings> readSettings(const CommandLine &commandLine, QString *error);

} // namespace relayq::cli
