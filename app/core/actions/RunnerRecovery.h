#pragma once
// The guided recovery of a self-hosted runner, the seed's recover_runner.sh made safe: back up
// the configuration, stop and uninstall the service, remove the registration (config.sh remove
// with a remove token, or through the API when the local configuration is gone), get a
// registration token, configure again with --replace, install and start the service, and wait
// until GitHub shows the runner online. Each step is announced and logged as it starts and ends;
// the first failure stops it with what happened, the helper's output and the step to resume
// from. The backup is never deleted. The runner tokens live in memory only, for one step, and
// reach config.sh only as ACTIONS_RUNNER_INPUT_TOKEN in its environment — never argv, a log
// line, a message or the audit log.

#include "LocalRunner.h"
#include "Target.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace relayq {

class AuditLog;
class Clock;
class GitHubClient;
class ProcessRunner;
struct ApiResult;
struct ProcessOutcome;

// What to recover, and how to register it again.
struct RecoveryPlan
{
    Target target; // where the runner is registered
    QString runnerDir; // absolute path of the runner directory (config.sh, svc.sh)
    QString runnerName;
    QStringList labels; // custom labels for --labels; GitHub's default ones are dropped
    QString runnerGroup; // --runnergroup; empty: the default group
    QString workFolder = QStringLiteral("_work"); // --work; empty: not passed
    QString serviceUser; // `svc.sh install USER`; empty: svc.sh decides
    QString gitHubUrl; // --url; empty: the target's page next to the client's API base

    // From a runner directory RunnerConfigReader read. `labels`: the runner's labels as GitHub
    // lists them (the directory does not keep them).
    static RecoveryPlan fromLocalRunner(const LocalRunner &runner, const Target &target,
                                        const QStringList &labels);
    // When the local configuration is gone: what the caller knows about the runner.
    static RecoveryPlan withoutLocalConfig(const QString &runnerDir, const Target &target,
                                           const QString &runnerName, const QStringList &labels);
};

// What the platform's RunnerBackup answered: the archive, or what went wrong in words.
struct RecoveryBackup
{
    QString archivePath;
    QString error;
};

struct RecoveryOutcome
{
    bool succeeded = false;
    int failedStep = -1; // RunnerRecovery::Step; -1 on success
    int resumeFrom = -1; // what to pass to start() to continue; -1 on success
    QString message; // for the user: what happened, where the backup is, how to resume
    QString helperOutput; // the commands run and what they printed (tokens never in it)
    QString backupPath; // the archive made by step 1 (or set with setBackupPath); kept
};

class RunnerRecovery : public QObject
{
    Q_OBJECT
public:
    enum Step {
        Backup,
        StopService, // svc.sh stop + uninstall
        RemoveRegistration, // remove token + config.sh remove, or DELETE through the API
        RegistrationToken,
        Configure, // config.sh --unattended --replace …
        StartService, // svc.sh install + start
        WaitOnline,
        StepCount
    };
    Q_ENUM(Step)
    enum StepState { Running, Done, Skipped, Failed };
    Q_ENUM(StepState)

    using BackupFunction = std::function<RecoveryBackup(const QString &runnerDir)>;

    // `audit` may be null. None of the pointers is owned; they must outlive this object.
    RunnerRecovery(GitHubClient *client, ProcessRunner *processes, const Clock &clock,
                   BackupFunction backup, AuditLog *audit = nullptr, QObject *parent = nullptr);
    ~RunnerRecovery() override;

    void setPlan(const RecoveryPlan &plan) { m_plan = plan; }
    RecoveryPlan plan() const { return m_plan; }
    // svc.sh needs root on Linux: its calls run as `WRAPPER… env -C DIR DIR/svc.sh ACTION`.
    // Default {"pkexec"}; empty: svc.sh runs directly (macOS LaunchAgents, tests).
    void setPrivilegeWrapper(const QStringList &command) { m_wrapper = command; }
    void setOnlineTimeoutSeconds(int seconds) { m_onlineTimeoutSeconds = seconds; } // default 120
    // How often step 7 asks GitHub on its own (default 5000); 0: only when checkNow() is called.
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }
    void setOrigin(const QString &origin) { m_origin = origin; } // for the audit log: "tray" …
    // The archive of an earlier attempt, reported when resuming past step 1.
    void setBackupPath(const QString &path) { m_backupPath = path; }

    // Runs the steps from `fromStep` on (a registration token is always fetched afresh: starting
    // at Configure starts at RegistrationToken). False when running already or no plan is set.
    bool start(int fromStep = Backup);
    bool isRunning() const { return m_step >= 0; }
    int currentStep() const { return m_step; }
    RecoveryOutcome outcome() const { return m_outcome; }
    // Step 7: asks GitHub now whether the runner is online (the timer calls it too).
    void checkNow();

    static QString stepTitle(int step);
    // GitHub's default labels (self-hosted, the OS and architecture ones) dropped; config.sh adds
    // those itself.
    static QStringList customLabels(const QStringList &labels);
    // https://github.com/owner/repo for api.github.com, https://HOST/owner/repo for GHES
    // (https://HOST/api/v3), the same host for a loopback simulator.
    static QString webUrl(const QUrl &apiBase, const Target &target);
    // config.sh's arguments for step 5 (never a token).
    static QStringList configureArguments(const RecoveryPlan &plan, const QString &url);

signals:
    void stepChanged(int step, RunnerRecovery::StepState state, const QString &text);
    void finished(bool succeeded);

private:
    struct Command
    {
        QString program;
        QStringList arguments;
        bool privileged = false;
        QString token; // into ACTIONS_RUNNER_INPUT_TOKEN
        int timeoutMs = 120000;
    };

    void runStep(int step);
    void backup();
    void stopService();
    void removeRegistration();
    void deleteRegistration(const ApiResult &list);
    void requestToken(const QString &kind, std::function<void()> next);
    void configure();
    void startService();
    void waitOnline();
    void onRunners(const ApiResult &result);
    void runCommands(QList<Command> commands, std::function<void()> next);
    void stepDone(StepState state, const QString &text);
    void fail(const QString &what);
    void finish(bool succeeded, const QString &message);
    void audit(bool succeeded, const QString &message, const QString &output);
    void record(const QString &text);
    QString apiFailure(const ApiResult &result) const;
    QString redacted(QString text) const;
    QString url() const;

    GitHubClient *m_client;
    ProcessRunner *m_processes;
    const Clock &m_clock;
    BackupFunction m_backup;
    AuditLog *m_audit;
    RecoveryPlan m_plan;
    QStringList m_wrapper { QStringLiteral("pkexec") };
    int m_onlineTimeoutSeconds = 120;
    int m_pollIntervalMs = 5000;
    QString m_origin;
    QString m_backupPath;

    int m_step = -1; // the step running; -1 when idle
    QString m_token; // the runner token of the step running; cleared when it ends
    QString m_stepOutput; // this step's commands and output
    QString m_output; // the whole attempt's
    QDateTime m_deadline; // step 7
    bool m_polling = false;
    QString m_lastPollProblem;
    QTimer m_pollTimer;
    RecoveryOutcome m_outcome;
};

} // namespace relayq
