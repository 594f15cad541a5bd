#pragma once
// Reads and writes AppSettings in an INI file through QSettings: one typed key per setting,
// one table of defaults, values checked before they are kept, files written by older versions
// migrated (and backed up first), never lost. Emits `changed` so running parts apply it live.
//
// The file (schema version 2; every key, type, default and range is a row of SettingsSchema):
//   [github]        api_url                      https, or http to a loopback host only
//   [targets]       list                         "owner/repo" and "org" names, each once
//   [monitor]       poll_interval (10 s – 1 h), offline_polls (1–10), queued_too_long
//                   (1 min – 1 day), stuck (10 min – 7 days), long_running (1 min – 7 days),
//                   failure_rate (0–1), failure_window (10–1000 runs), failure_minimum_runs
//                   (1–1000, at most failure_window), pool_labels, stuck_per_workflow
//                   ("workflow=seconds" entries, 10 min – 7 days)
//   [notifications] disabled_kinds (alert kind ids), flap_window (1 min – 1 day), connection
//   [runners]       directories (full paths)
//   [runner_bindings] how RelayQ reaches each runner's service, a QSettings array (optional:
//                   a file without it has none, so the schema version stayed 2):
//                     size=N, then for i = 1…N: i\runner (GitHub's name, each runner once),
//                     i\kind = local | ssh | commands, i\directory (local: a full path, or
//                     empty to find it among the runner folders; ssh: the folder on that host),
//                     i\ssh ([user@]host, not starting with '-'), i\service, i\start, i\stop,
//                     i\status (commands: start and stop needed), i\auto_recovery (true/false).
//                   Written whole on every save (empty fields left out, no group when there
//                   are no bindings); a binding that fails its check is left out on load, with
//                   a warning, like a bad list entry.
//   [app]           start_on_login, language (empty or a locale name), log_level
//                   (trace/debug/info/warn/error). Not [general]: QSettings keeps top-level
//                   keys in [General], where version 1 had all of its own.
//   [meta]          schema_version = 2
// Keys the table does not know are left in the file untouched. The token is never a setting:
// keys that look like a secret (token, secret, password …) are reported by load() and removed
// by save().
//
// Version 1 (development builds before issue 4) wrote no schema_version and kept flat
// top-level keys; load() and save() migrate them after copying the file to
// "<file>.v1.bak" (or "<file>.v1-2.bak" … so no backup is ever overwritten):
//   repos=acme/app, acme/web          → targets/list (repositories first)
//   orgs=acme-infra                   → targets/list
//   api_url=https://HOST/api/v3       → github/api_url
//   enterprise_host=HOST              → github/api_url = https://HOST/api/v3 (if no api_url)
//   interval=60 (seconds)             → monitor/poll_interval
//   offline_after=3 (polls)           → monitor/offline_polls
//   queued_minutes=15                 → monitor/queued_too_long (× 60)
//   stuck_hours=4                     → monitor/stuck (× 3600)
//   failure_threshold=25 (percent)    → monitor/failure_rate (÷ 100)
//   labels=gpu, arm64                 → monitor/pool_labels
//   notify=false                      → notifications/disabled_kinds = every kind,
//                                       notifications/connection = false
//   runner_dirs=/opt/actions-runner   → runners/directories
//   autostart=true                    → app/start_on_login
//   debug=true|false                  → app/log_level = debug|info
//   lang=de                           → app/language
// A file from a newer schema is read as far as this version understands it and never rewritten
// by load(); save() then writes its own keys and keeps the newer schema_version.

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
    // fall back to their default, each with a warning in words in `warnings` naming the key.
    // Sets current() without emitting changed(): nothing is running on old values yet.
    // When the file or its folder cannot be written, or the backup fails, an old file is
    // migrated in a scratch copy and left as it is (with a warning).
    AppSettings load(QStringList *warnings = nullptr);
    // Checks `settings`; on a problem returns it in words, writes nothing and keeps the previous
    // settings. Otherwise writes every key, updates current() and emits changed(). A file that
    // cannot be written (read-only file or folder) is a problem in words too.
    std::optional<QString> save(const AppSettings &settings);
    const AppSettings &current() const { return m_current; }

    // The problem with `settings` in words, or nothing when they can be kept.
    static std::optional<QString> validate(const AppSettings &settings);

    static constexpr int kSchemaVersion = 2;

signals:
    void changed(const relayq::AppSettings &settings);

private:
    AppSettings readFile(QStringList *warnings);
    AppSettings read(const QString &path, QStringList *warnings) const;
    std::optional<QString> migrateBeforeSaving();

    QString m_filePath;
    AppSettings m_current;
};

} // namespace relayq
