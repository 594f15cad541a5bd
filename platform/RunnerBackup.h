#pragma once
// Backs up a self-hosted runner's configuration — its registration (.runner), credentials and
// private key, environment, and the service definition — as one .tar.gz, and restores it into a
// runner directory. The archive is private from its first byte (0600), appears under its final
// name only once complete and verified, and old archives of the same runner are pruned.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace relayq {

class Clock;

struct BackupResult
{
    QString archivePath; // the final archive; empty on failure
    QStringList files; // the names inside the archive, e.g. ".runner", "service/x.service"
    QStringList removedArchives; // older archives of this runner deleted to keep the last N
    QString warning; // in words: the archive is in place, but pruning old ones failed
    QString error; // in words; empty on success
    bool isOk() const { return error.isEmpty(); }
};

struct RestoreResult
{
    QString runnerDir;
    QStringList files; // restored into runnerDir
    // In the archive but not installed: putting a unit/LaunchAgent back is `svc.sh install`'s job.
    QStringList serviceDefinitions;
    QString error; // in words; empty on success
    bool isOk() const { return error.isEmpty(); }
};

class RunnerBackup
{
    Q_DECLARE_TR_FUNCTIONS(relayq::RunnerBackup)

public:
    // Called once the temporary file exists (entry empty) and after each entry is written to it.
    // Returning false abandons the backup. Tests use it to fail or pause in the middle.
    using WriteObserver = std::function<bool(const QString &temporaryPath, const QString &entry)>;

    explicit RunnerBackup(const Clock &clock);

    // Folders searched for the service definition named in `.service`.
    static QStringList defaultServiceSearchRoots();
    void setServiceSearchRoots(const QStringList &folders) { m_serviceRoots = folders; }
    QStringList serviceSearchRoots() const { return m_serviceRoots; }
    void setWriteObserver(WriteObserver observer) { m_observer = std::move(observer); }

    // Writes <runner>-<UTC yyyyMMddTHHmmssZ>.tar.gz into destinationDir (created if missing),
    // then keeps only the newest `keep` archives of this runner there.
    BackupResult backup(const QString &runnerDir, const QString &destinationDir, int keep = 10);
    // Unpacks the configuration files of `archive` into runnerDir. Refuses a directory that
    // already holds a .runner unless overwriteConfigured.
    RestoreResult restore(const QString &archive, const QString &runnerDir,
                          bool overwriteConfigured = false) const;

    // The runner directory's files that go into a backup (top level of the archive).
    static QStringList configurationFiles();
    // The name used for the archive: AgentName from .runner, else the directory's name.
    static QString runnerName(const QString &runnerDir);
    static QString archiveFileName(const QString &runnerName, const QDateTime &when);
    // The readable service definition file for this runner, or empty.
    QString serviceDefinitionPath(const QString &runnerDir) const;
    // What the UI must show before a backup is made or handed over.
    static QString privateKeyWarning();
    // Where backups go unless the user says otherwise, for the tray and relayqctl alike:
    // <GenericDataLocation>/relayq-tray/backups, e.g. ~/.local/share/relayq-tray/backups.
    static QString defaultFolder();

private:
    struct Source;
    QList<Source> sources(const QString &runnerDir) const;
    QString write(class PrivateFile &file, const QList<Source> &sources, QStringList &names);
    static QString prune(const QString &destinationDir, const QString &runner, int keep,
                         QStringList &removed);

    const Clock &m_clock;
    QStringList m_serviceRoots;
    WriteObserver m_observer;
};

} // namespace relayq
