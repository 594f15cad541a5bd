#pragma once
// The tray's actions on runners for one session: finding each runner's service (its binding, a
// runner folder here, or a demo runner), restarting it (one click from the menu, the status
// window or a notification), auto-recovery fed from every poll, backing its configuration up,
// and the audit log all of them write to. What happened is told through announce() (a
// notification) and recorded() (the audit log changed); the widgets only ask and show.

#include "AuditLog.h"
#include "AutoRecovery.h"
#include "FleetSnapshot.h"
#include "LocalProcessRunner.h"
#include "Notification.h"
#include "RunnerBackup.h"
#include "RunnerMenu.h"
#include "RunnerRestart.h"
#include "RunnerServices.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace relayq {

class GitHubClient;

class RunnerActions : public QObject
{
    Q_OBJECT
public:
    // `auditPath` empty: AuditLog::defaultPath(). `client` and `clock` must outlive this.
    RunnerActions(GitHubClient &client, const Clock &clock, const QString &auditPath = QString(),
                  QObject *parent = nullptr);
    // A restart still in flight (the app quits) is written to the audit log as not finished:
    // its helper is stopped with this object (LocalProcessRunner), and the log must not be
    // silent about a runner that may have been left stopped.
    ~RunnerActions() override;

    // The settings' bindings and runner folders (applied again whenever they change).
    void setBindings(const RunnerBindingList &bindings, const QStringList &runnerDirectories);
    // Where runners are looked for besides the configured folders (tests give their own).
    void setUsualRoots(const QStringList &roots);
    // A runner whose service is given rather than found (the demo fleet's). `autoRecovery`: it
    // is watched by auto-recovery as an opted-in binding would be.
    void addFixedService(const QString &runnerName, std::shared_ptr<ServiceControl> service,
                         bool autoRecovery);
    // Where backups go; defaultRecoveryBackupFolder() unless set.
    void setBackupFolder(const QString &folder) { m_backupFolder = folder; }
    QString backupFolder() const { return m_backupFolder; }

    RunnerService find(const QString &runnerName) const;
    // Every runner RelayQ can act on, by name, for the menus.
    QList<RunnerChoice> choices() const;
    RunnerChoice choice(const QString &runnerName) const;

    // Feed every poll (FleetWatch::polled): restarts need the runner's target and id, and
    // auto-recovery counts offline polls.
    void onSnapshot(const FleetSnapshot &snapshot);
    // The runner as GitHub last listed it, when it was.
    std::optional<Runner> seenRunner(const QString &runnerName) const;
    std::optional<Target> targetOf(const QString &runnerName) const;

    // Starts a restart; the refusal in words (also announced) when it could not start.
    std::optional<QString> restart(const QString &runnerName, const QString &origin);
    // Writes the runner folder's configuration to backupFolder(); the result is announced and
    // recorded.
    BackupResult backUp(const QString &runnerName, const QString &origin);
    // Records an entry written elsewhere (dispatch, recovery) was added: refreshes the views.
    void noteRecorded() { emit recorded(); }

    AuditLog &audit() { return m_audit; }
    RunnerRestart &restarter() { return *m_restart; }
    AutoRecovery &autoRecovery() { return *m_autoRecovery; }
    ProcessRunner &processes() { return m_processes; }

signals:
    void restartProgress(const QString &runnerName, const QString &text);
    void restartFinished(const relayq::RestartOutcome &outcome);
    // A result the user should hear about, as a notification.
    void announce(const relayq::Notification &notification);
    // A line was added to the audit log.
    void recorded();

private:
    struct Fixed
    {
        std::shared_ptr<ServiceControl> service;
        bool autoRecovery = false;
    };

    void connectParts();
    void applyBindings();
    void onRestartFinished(const RestartOutcome &outcome);
    void onAutoAttempted(const RestartOutcome &outcome);
    void onGaveUp(const QString &runnerName, const QString &message);
    void record(const QString &action, const QString &subject, bool succeeded,
                const QString &message, const QString &output, const QString &origin);
    void tell(const QString &category, const QString &summary, const QString &body,
              Severity severity);

    const Clock &m_clock;
    LocalProcessRunner m_processes;
    AuditLog m_audit;
    std::unique_ptr<RunnerRestart> m_restart;
    std::unique_ptr<AutoRecovery> m_autoRecovery;
    std::unique_ptr<RunnerServices> m_services;
    RunnerBindingList m_bindings;
    QStringList m_directories;
    std::optional<QStringList> m_usualRoots;
    QHash<QString, Fixed> m_fixed; // by lower-case runner name
    QHash<QString, QString> m_fixedNames; // lower-case → as given
    FleetSnapshot m_snapshot;
    QString m_backupFolder;
    QHash<QString, QString> m_restartsInFlight; // runner name → origin, until finished
};

} // namespace relayq
