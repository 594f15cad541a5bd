#pragma once
// Brings a settings file written by an older RelayQ Tray up to the current schema: a backup
// copy first ("<file>.v<N>.bak", never overwriting one), then every old value moved to its new
// key. Keys it does not know stay exactly where they were. The version 1 layout is described in
// SettingsStore.h.

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

namespace relayq {

class SettingsMigration
{
    Q_DECLARE_TR_FUNCTIONS(relayq::SettingsMigration)

public:
    // The file's meta/schema_version; 1 when it has none (development builds wrote none).
    static int versionOf(QSettings &file);
    // Moves every version 1 value to its version 2 key, converting units (minutes, hours,
    // percent) and sets meta/schema_version to 2. Values are carried as they are: reading them
    // afterwards checks them like any other. Returns what could not be carried, in words.
    static QStringList migrateFromVersion1(QSettings &file);
    // Copies `filePath` to the first free of "<file>.v<N>.bak", "<file>.v<N>-2.bak", … and
    // returns its path, or nothing with the problem in `error`. Keys that look like a secret
    // are removed from the copy.
    static std::optional<QString> backUp(const QString &filePath, int version, QString *error);
};

} // namespace relayq
