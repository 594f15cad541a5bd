#pragma once
// Reads and writes AppSettings in an INI file through QSettings: one typed key per setting,
// one table of defaults, values checked before they are kept, files written by older versions
// migrated (and backed up first), never lost. Emits `changed` so running parts apply it live.

#include "AppSettings.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace relayq {

class SettingsStore : public QObject
{
    Q_OBJECT
public:
    // `filePath` empty: defaultFilePath().
    explicit SettingsStore(const QString &filePath = QString(), QObject *parent = nullptr);
    ~SettingsStore() override;

    // $XDG_CONFIG_HOME/relayq-tray/settings.ini (or the OS's config folder).
    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    // Reads the file (migrating an older one first). Values that are unreadable or out of range
    // fall back to their default, each with a warning in words in `warnings`.
    AppSettings load(QStringList *warnings = nullptr);
    // Checks `settings`; on a problem returns it in words and keeps the previous settings.
    // Otherwise writes the file, updates current() and emits changed().
    std::optional<QString> save(const AppSettings &settings);
    const AppSettings &current() const { return m_current; }

    // The problem with `settings` in words, or nothing when they can be kept.
    static std::optional<QString> validate(const AppSettings &settings);

    static constexpr int kSchemaVersion = 2;

signals:
    void changed(const relayq::AppSettings &settings);

private:
    QString m_filePath;
    AppSettings m_current;
};

} // namespace relayq
