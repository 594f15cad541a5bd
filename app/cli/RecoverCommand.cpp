#include "RecoverCommand.h"

#include "AuditLog.h"
#include "BackupCommand.h"
#include "CliSession.h"
#include "FleetWatch.h"
#include "LocalProcessRunner.h"
#include "Relayqctl.h"
#include "RestartCommand.h"
#include "RunnerBackup.h"
#include "RunnerRecovery.h"
#include "RunnerServices.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>
#include <QUrl>

namespace relayq::cli {

namespace {
using Done = std::function<void(int)>;

// What one recovery needs until it ends; owned by the session's context.
class RecoverJob : public QObject
{
public:
    RecoverJob(const CommandLine &commandLine, CliSession &session)
        : QObject(session.context())
        , services(processes, commandLine.runnerBindings, commandLine.runnerDirectories)
        , audit(session.clock())
    { }

    LocalProcessRunner processes;
    RunnerServices services;
    AuditLog audit;
    std::unique_ptr<RunnerRecovery> recovery;
};

// Where a failed attempt leaves its plan: after `config.sh remove` neither the folder nor GitHub
// knows the runner any more, yet --from-step must go on. No token is ever in it.
QString resumeFilePath(const QString &runnerName)
{
    QString safe = runnerName.toLower();
    safe.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]")), QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/relayq-tray/recovery/") + safe + QStringLiteral(".json");
}

void saveResume(const RecoveryPlan &plan, const QString &backupPath)
{
    const QJsonObject json { { QStringLiteral("target"), plan.target.name() },
                             { QStringLiteral("runner_dir"), plan.runnerDir },
                             { QStringLiteral("runner"), plan.runnerName },
                             { QStringLiteral("labels"), QJsonArray::fromStringList(plan.labels) },
                             { QStringLiteral("work_folder"), plan.workFolder },
                             { QStringLiteral("service_user"), plan.serviceUser },
                             { QStringLiteral("github_url"), plan.gitHubUrl },
                             { QStringLiteral("backup"), backupPath } };
    const QString path = resumeFilePath(plan.runnerName);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(json).toJson());
        file.commit();
    }
}

std::optional<RecoveryPlan> loadResume(const QString &runnerName, QString *backupPath)
{
    QFile file(resumeFilePath(runnerName));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const auto target = Target::parse(json.value(QStringLiteral("target")).toString());
    if (!target)
        return std::nullopt;
    RecoveryPlan plan;
    plan.target = *target;
    plan.runnerDir = json.value(QStringLiteral("runner_dir")).toString();
    plan.runnerName = json.value(QStringLiteral("runner")).toString();
    for (const QJsonValue &label : json.value(QStringLiteral("labels")).toArray())
        plan.labels << label.toString();
    plan.workFolder = json.value(QStringLiteral("work_folder")).toString();
    plan.serviceUser = json.value(QStringLiteral("service_user")).toString();
    plan.gitHubUrl = json.value(QStringLiteral("github_url")).toString();
    *backupPath = json.value(QStringLiteral("backup")).toString();
    if (plan.runnerDir.isEmpty() || plan.runnerName.isEmpty())
        return std::nullopt;
    return plan;
}

// svc.sh needs root on Linux. RELAYQ_PRIVILEGE_WRAPPER replaces pkexec (empty: run directly).
QStringList privilegeWrapper()
{
    if (qEnvironmentVariableIsSet("RELAYQ_PRIVILEGE_WRAPPER"))
        return QProcess::splitCommand(qEnvironmentVariable("RELAYQ_PRIVILEGE_WRAPPER"));
#if defined(Q_OS_MACOS)
    return {}; // a LaunchAgent belongs to the user
#else
    return { QStringLiteral("pkexec") };
#endif
}

QString loginUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

// The target the runner's `.runner` says it was registered to, among `targets`.
std::optional<Target> targetOfUrl(const QString &gitHubUrl, const TargetList &targets)
{
    QString path = QUrl(gitHubUrl).path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    for (const Target &target : targets) {
        if (!path.isEmpty() && path.compare(target.name(), Qt::CaseInsensitive) == 0)
            return target;
    }
    return std::nullopt;
}

QString targetNames(const TargetList &targets)
{
    QStringList names;
    for (const Target &target : targets)
        names << target.name();
    return names.join(QStringLiteral(", "));
}

void printStep(int step, RunnerRecovery::StepState state, const QString &text)
{
    QTextStream err(stderr);
    err << QStringLiteral("[%1/%2] ").arg(step + 1).arg(int(RunnerRecovery::StepCount));
    switch (state) {
    case RunnerRecovery::Running: err << text << QStringLiteral("…"); break;
    case RunnerRecovery::Done: err << Relayqctl::tr("done: %1").arg(text); break;
    case RunnerRecovery::Skipped: err << Relayqctl::tr("skipped: %1").arg(text); break;
    case RunnerRecovery::Failed: err << Relayqctl::tr("FAILED: %1").arg(text); break;
    }
    err << Qt::endl;
}

void report(const RecoveryPlan &plan, const RecoveryOutcome &outcome, const Done &done)
{
    QTextStream(stdout) << outcome.message << Qt::endl;
    if (outcome.succeeded) {
        QFile::remove(resumeFilePath(plan.runnerName));
        return done(ExitHealthy);
    }
    saveResume(plan, outcome.backupPath);
    QTextStream err(stderr);
    if (!outcome.helperOutput.isEmpty())
        err << outcome.helperOutput << Qt::endl;
    err << Relayqctl::tr("resume with: relayqctl recover %1 --from-step %2")
               .arg(plan.runnerName)
               .arg(outcome.resumeFrom + 1)
        << Qt::endl;
    done(ExitAlerts);
}

void startRecovery(RecoverJob *job, CliSession &session, const RecoveryPlan &plan, int fromStep,
                   const QString &backupPath, const Done &done)
{
    const Clock &clock = session.clock();
    auto backup = [&clock](const QString &runnerDir) {
        const QString folder = defaultBackupFolder();
        QDir().mkpath(folder);
        const BackupResult result = RunnerBackup(clock).backup(runnerDir, folder);
        return RecoveryBackup { result.archivePath, result.error };
    };
    job->recovery = std::make_unique<RunnerRecovery>(&session.watch().client(), &job->processes,
                                                     clock, backup, &job->audit);
    RunnerRecovery *recovery = job->recovery.get();
    recovery->setPlan(plan);
    recovery->setOrigin(QStringLiteral("relayqctl"));
    recovery->setPrivilegeWrapper(privilegeWrapper());
    if (!backupPath.isEmpty())
        recovery->setBackupPath(backupPath);
    QObject::connect(recovery, &RunnerRecovery::stepChanged, job, &printStep);
    QObject::connect(recovery, &RunnerRecovery::finished, job,
                     [recovery, plan, done](bool) { report(plan, recovery->outcome(), done); });
    if (fromStep <= 1)
        QTextStream(stderr) << RunnerBackup::privateKeyWarning() << Qt::endl;
    recovery->start(std::max(0, fromStep - 1)); // --from-step counts from 1
}

// The plan from the runner's folder and what GitHub lists about it; GitHub is asked before
// anything is touched.
void recoverLocal(RecoverJob *job, const CommandLine &commandLine, CliSession &session,
                  const LocalRunner &local, const QString &backupPath, const Done &done)
{
    const std::optional<Target> registered = targetOfUrl(local.gitHubUrl, commandLine.targets);
    lookUpRunner(
        commandLine, session, local.agentId, local.agentName,
        [job, commandLine, &session, local, registered, backupPath,
         done](int code, const GitHubRunnerLookup &lookup) {
            if (code != ExitHealthy) // prepare said why on stderr
                return done(code);
            QTextStream err(stderr);
            if (!lookup.runner && !lookup.connection.isOk()) {
                err << lookup.connection.message << Qt::endl
                    << Relayqctl::tr("GitHub could not be asked about %1; nothing was touched.")
                           .arg(local.agentName)
                    << Qt::endl;
                return done(exitCodeFor(lookup.connection.state));
            }
            std::optional<Target> target = registered;
            if (!target && lookup.runner)
                target = Target::parse(lookup.runner->target);
            if (!target) {
                err << Relayqctl::tr(
                           "%1 was registered to %2, which is none of the targets (%3): add it "
                           "with --repo or --org.")
                           .arg(local.agentName, local.gitHubUrl, targetNames(commandLine.targets))
                    << Qt::endl;
                return done(ExitUsage);
            }
            QStringList labels;
            if (lookup.runner && lookup.runner->target == target->name())
                labels = lookup.runner->labels;
            else
                err << Relayqctl::tr(
                           "GitHub does not list %1 on %2: it is registered again without custom "
                           "labels.")
                           .arg(local.agentName, target->name())
                    << Qt::endl;
            RecoveryPlan plan = RecoveryPlan::fromLocalRunner(local, *target, labels);
            plan.serviceUser = loginUser();
            startRecovery(job, session, plan, commandLine.fromStep, backupPath, done);
        });
}
} // namespace

void runRecover(const CommandLine &commandLine, CliSession &session, std::function<void(int)> done)
{
    QTextStream err(stderr);
    auto *job = new RecoverJob(commandLine, session);
    const RunnerService service = job->services.find(commandLine.runnerName);
    QString backupPath;
    const std::optional<RecoveryPlan> resume = loadResume(commandLine.runnerName, &backupPath);
    if (service.local && service.local->isConfigured()) {
        if (commandLine.targets.isEmpty() && !commandLine.demo) {
            err << Relayqctl::tr(
                       "relayqctl recover needs the target %1 is registered to: add --repo "
                       "OWNER/REPO or --org ORG, or targets in relayq-tray's settings.")
                       .arg(commandLine.runnerName)
                << Qt::endl;
            return done(ExitUsage);
        }
        return recoverLocal(job, commandLine, session, *service.local,
                            commandLine.fromStep > 1 ? backupPath : QString(), done);
    }
    if (commandLine.fromStep > 1 && resume) {
        // Its `.runner` is gone with the registration: go on with the last attempt's plan.
        CommandLine resumed = commandLine;
        resumed.targets = { resume->target };
        return session.prepare(
            resumed, resumed.monitor,
            [job, &session, plan = *resume, backupPath, resumed, done](int code) {
                if (code != ExitHealthy)
                    return done(code);
                startRecovery(job, session, plan, resumed.fromStep, backupPath, done);
            });
    }
    err << Relayqctl::tr("Recovery needs the runner's folder on this computer.") << ' '
        << (service.problem.isEmpty()
                ? Relayqctl::tr(
                      "%1 is not run from a folder here (it is reached over SSH or through your "
                      "own commands).")
                      .arg(commandLine.runnerName)
                : service.problem)
        << Qt::endl;
    done(ExitUsage);
}

} // namespace relayq::cli
