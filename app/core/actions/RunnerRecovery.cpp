#include "RunnerRecovery.h"

#include "ApiResult.h"
#include "AuditLog.h"
#include "Clock.h"
#include "GitHubClient.h"
#include "GitHubJson.h"
#include "ProcessRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>
#include <spdlog/spdlog.h>

namespace relayq {

namespace {

QString trimmedOutput(const ProcessOutcome &outcome)
{
    return QString::fromUtf8(outcome.standardOutput + outcome.standardError).trimmed();
}

// The line of the helper's output that most likely says what went wrong.
QString lastLine(const ProcessOutcome &outcome)
{
    for (const QByteArray &bytes : { outcome.standardError, outcome.standardOutput }) {
        const QStringList lines
            = QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
            if (!it->trimmed().isEmpty())
                return it->trimmed();
        }
    }
    return {};
}

} // namespace

RecoveryPlan RecoveryPlan::fromLocalRunner(const LocalRunner &runner, const Target &target,
                                           const QStringList &labels)
{
    RecoveryPlan plan = withoutLocalConfig(runner.directory, target, runner.agentName, labels);
    // The URL it was registered with, when it is this target's (keeps a GHES host's spelling).
    if (runner.gitHubUrl.endsWith(QLatin1Char('/') + target.name(), Qt::CaseInsensitive))
        plan.gitHubUrl = runner.gitHubUrl;
    if (!runner.workFolder.isEmpty())
        plan.workFolder = runner.workFolder;
    return plan;
}

RecoveryPlan RecoveryPlan::withoutLocalConfig(const QString &runnerDir, const Target &target,
                                              const QString &runnerName, const QStringList &labels)
{
    RecoveryPlan plan;
    plan.target = target;
    plan.runnerDir = QDir::cleanPath(QDir(runnerDir).absolutePath());
    plan.runnerName = runnerName;
    plan.labels = RunnerRecovery::customLabels(labels);
    return plan;
}

RunnerRecovery::RunnerRecovery(GitHubClient *client, ProcessRunner *processes, const Clock &clock,
                               BackupFunction backup, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_processes(processes)
    , m_clock(clock)
    , m_backup(std::move(backup))
    , m_audit(audit)
{
    connect(&m_pollTimer, &QTimer::timeout, this, &RunnerRecovery::checkNow);
}

RunnerRecovery::~RunnerRecovery() = default;

QString RunnerRecovery::stepTitle(int step)
{
    switch (step) {
    case Backup: return tr("Back up the configuration");
    case StopService: return tr("Stop and uninstall the service");
    case RemoveRegistration: return tr("Remove the registration");
    case RegistrationToken: return tr("Get a registration token");
    case Configure: return tr("Configure the runner again");
    case StartService: return tr("Install and start the service");
    case WaitOnline: return tr("Wait until GitHub shows it online");
    default: return {};
    }
}

QStringList RunnerRecovery::customLabels(const QStringList &labels)
{
    static const QStringList defaults
        = { QStringLiteral("self-hosted"), QStringLiteral("linux"), QStringLiteral("macos"),
            QStringLiteral("windows"),     QStringLiteral("x64"),   QStringLiteral("x86"),
            QStringLiteral("arm"),         QStringLiteral("arm64") };
    QStringList custom;
    for (const QString &label : labels) {
        const QString trimmed = label.trimmed();
        if (!trimmed.isEmpty() && !defaults.contains(trimmed, Qt::CaseInsensitive)
            && !custom.contains(trimmed, Qt::CaseInsensitive))
            custom.append(trimmed);
    }
    return custom;
}

QString RunnerRecovery::webUrl(const QUrl &apiBase, const Target &target)
{
    if (apiBase.host().compare(QLatin1String("api.github.com"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("https://github.com/") + target.name();
    QUrl web = apiBase;
    QString prefix = apiBase.path();
    if (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    if (prefix.endsWith(QLatin1String("/api/v3")))
        prefix.chop(7);
    web.setPath(prefix + QLatin1Char('/') + target.name());
    web.setQuery(QString());
    return web.toString();
}

QStringList RunnerRecovery::configureArguments(const RecoveryPlan &plan, const QString &url)
{
    QStringList arguments = { QStringLiteral("--unattended"), QStringLiteral("--replace"),
                              QStringLiteral("--url"),        url,
                              QStringLiteral("--name"),       plan.runnerName };
    const QStringList labels = customLabels(plan.labels);
    if (!labels.isEmpty())
        arguments << QStringLiteral("--labels") << labels.join(QLatin1Char(','));
    if (!plan.runnerGroup.isEmpty())
        arguments << QStringLiteral("--runnergroup") << plan.runnerGroup;
    if (!plan.workFolder.isEmpty())
        arguments << QStringLiteral("--work") << plan.workFolder;
    return arguments;
}

bool RunnerRecovery::start(int fromStep)
{
    if (isRunning() || m_plan.runnerDir.isEmpty() || m_plan.runnerName.isEmpty())
        return false;
    int step = std::clamp(fromStep, 0, StepCount - 1);
    if (step == Configure)
        step = RegistrationToken; // a token is never kept between attempts
    m_outcome = RecoveryOutcome();
    m_output.clear();
    m_token.clear();
    spdlog::info("Recovery of {}: starting at step {}", m_plan.runnerName.toStdString(), step + 1);
    runStep(step);
    return true;
}

void RunnerRecovery::runStep(int step)
{
    m_step = step;
    m_stepOutput.clear();
    emit stepChanged(step, Running, stepTitle(step));
    switch (step) {
    case Backup: backup(); break;
    case StopService: stopService(); break;
    case RemoveRegistration: removeRegistration(); break;
    case RegistrationToken:
        requestToken(QStringLiteral("registration-token"),
                     [this] { stepDone(Done, tr("Registration token received.")); });
        break;
    case Configure: configure(); break;
    case StartService: startService(); break;
    case WaitOnline: waitOnline(); break;
    default: break;
    }
}

void RunnerRecovery::backup()
{
    const RecoveryBackup result = m_backup ? m_backup(m_plan.runnerDir)
                                           : RecoveryBackup { {}, tr("no backup is available") };
    if (!result.error.isEmpty() || result.archivePath.isEmpty()) {
        const QString error = result.error.isEmpty() ? tr("no archive was written") : result.error;
        if (!QFileInfo::exists(QDir(m_plan.runnerDir).filePath(QStringLiteral(".runner")))) {
            // Nothing left to lose: the configuration is already gone.
            stepDone(Skipped, tr("No configuration left to back up (%1).").arg(error));
            return;
        }
        fail(tr("the configuration could not be backed up: %1").arg(error));
        return;
    }
    m_backupPath = result.archivePath;
    record(tr("Backup: %1").arg(m_backupPath));
    stepDone(Done, tr("Configuration backed up to %1.").arg(m_backupPath));
}

void RunnerRecovery::stopService()
{
    if (!QFileInfo::exists(QDir(m_plan.runnerDir).filePath(QStringLiteral(".service")))) {
        stepDone(Skipped, tr("No service is installed (no .service): nothing to stop."));
        return;
    }
    const QString svc = QDir(m_plan.runnerDir).filePath(QStringLiteral("svc.sh"));
    runCommands({ { svc, { QStringLiteral("stop") }, true, {}, 120000 },
                  { svc, { QStringLiteral("uninstall") }, true, {}, 120000 } },
                [this] { stepDone(Done, tr("Service stopped and uninstalled.")); });
}

void RunnerRecovery::removeRegistration()
{
    const QString path = m_plan.target.apiPath() + QStringLiteral("/actions/runners");
    if (QFileInfo::exists(QDir(m_plan.runnerDir).filePath(QStringLiteral(".runner")))) {
        requestToken(QStringLiteral("remove-token"), [this] {
            const QString config = QDir(m_plan.runnerDir).filePath(QStringLiteral("config.sh"));
            runCommands({ { config, { QStringLiteral("remove") }, false, m_token, 300000 } },
                        [this] {
                            m_token.clear();
                            stepDone(Done, tr("Registration removed with config.sh remove."));
                        });
        });
        return;
    }
    record(
        tr("No .runner in %1: the registration is deleted through the API.").arg(m_plan.runnerDir));
    m_client->getList(path + QStringLiteral("?per_page=100"), QStringLiteral("runners"), this,
                      [this](const ApiResult &result) { deleteRegistration(result); });
}

void RunnerRecovery::deleteRegistration(const ApiResult &list)
{
    if (!list.isOk()) {
        fail(apiFailure(list));
        return;
    }
    const Parsed<Runner> runners = GitHubJson::parseRunners(list.json, m_plan.target.name());
    qint64 id = 0;
    for (const Runner &runner : runners.items) {
        if (runner.name.compare(m_plan.runnerName, Qt::CaseInsensitive) == 0)
            id = runner.id;
    }
    if (id == 0) {
        stepDone(Skipped,
                 tr("GitHub lists no runner named %1 on %2: nothing to remove.")
                     .arg(m_plan.runnerName, m_plan.target.name()));
        return;
    }
    const QString path
        = m_plan.target.apiPath() + QStringLiteral("/actions/runners/") + QString::number(id);
    m_client->send(GitHubClient::Method::Delete, path, QJsonDocument(), this,
                   [this, id, path](const ApiResult &result) {
                       record(QStringLiteral("DELETE %1: HTTP %2")
                                  .arg(path)
                                  .arg(result.status.httpStatus ? result.status.httpStatus : 204));
                       if (!result.isOk() && result.status.state != ConnectionState::NotFound) {
                           fail(apiFailure(result));
                           return;
                       }
                       stepDone(Done, tr("Registration %1 deleted through the API.").arg(id));
                   });
}

void RunnerRecovery::requestToken(const QString &kind, std::function<void()> next)
{
    const QString path = m_plan.target.apiPath() + QStringLiteral("/actions/runners/") + kind;
    m_client->send(GitHubClient::Method::Post, path, QJsonDocument(), this,
                   [this, path, next = std::move(next)](const ApiResult &result) {
                       if (!result.isOk()) {
                           record(QStringLiteral("POST %1: %2").arg(path, result.status.message));
                           fail(apiFailure(result));
                           return;
                       }
                       const QJsonObject body = result.json.object();
                       m_token = body.value(QStringLiteral("token")).toString();
                       if (m_token.isEmpty()) {
                           fail(tr("GitHub's answer to %1 held no token.").arg(path));
                           return;
                       }
                       record(tr("POST %1: token received, expires at %2")
                                  .arg(path, body.value(QStringLiteral("expires_at")).toString()));
                       next();
                   });
}

void RunnerRecovery::configure()
{
    if (m_token.isEmpty()) {
        fail(tr("no registration token: run the previous step first"));
        return;
    }
    const QString config = QDir(m_plan.runnerDir).filePath(QStringLiteral("config.sh"));
    runCommands({ { config, configureArguments(m_plan, url()), false, m_token, 300000 } }, [this] {
        m_token.clear();
        stepDone(Done, tr("Runner configured as %1 on %2.").arg(m_plan.runnerName, url()));
    });
}

void RunnerRecovery::startService()
{
    const QString svc = QDir(m_plan.runnerDir).filePath(QStringLiteral("svc.sh"));
    QStringList install = { QStringLiteral("install") };
    if (!m_plan.serviceUser.isEmpty())
        install << m_plan.serviceUser;
    runCommands({ { svc, install, true, {}, 120000 },
                  { svc, { QStringLiteral("start") }, true, {}, 120000 } },
                [this] { stepDone(Done, tr("Service installed and started.")); });
}

void RunnerRecovery::waitOnline()
{
    m_deadline = m_clock.now().addSecs(m_onlineTimeoutSeconds);
    m_lastPollProblem.clear();
    if (m_pollIntervalMs > 0)
        m_pollTimer.start(m_pollIntervalMs);
    checkNow();
}

void RunnerRecovery::checkNow()
{
    if (m_step != WaitOnline || m_polling)
        return;
    m_polling = true;
    m_client->getList(m_plan.target.apiPath() + QStringLiteral("/actions/runners?per_page=100"),
                      QStringLiteral("runners"), this,
                      [this](const ApiResult &result) { onRunners(result); });
}

void RunnerRecovery::onRunners(const ApiResult &result)
{
    m_polling = false;
    if (m_step != WaitOnline)
        return;
    if (result.isOk()) {
        const Parsed<Runner> runners = GitHubJson::parseRunners(result.json, m_plan.target.name());
        m_lastPollProblem = tr("GitHub does not list it");
        for (const Runner &runner : runners.items) {
            if (runner.name.compare(m_plan.runnerName, Qt::CaseInsensitive) != 0)
                continue;
            if (runner.isOnline()) {
                m_pollTimer.stop();
                stepDone(Done, tr("GitHub shows %1 online.").arg(m_plan.runnerName));
                return;
            }
            m_lastPollProblem = tr("GitHub lists it as %1").arg(runner.statusText);
        }
    } else {
        m_lastPollProblem = apiFailure(result);
    }
    if (m_clock.now() >= m_deadline)
        fail(tr("%1 did not come online within %2 seconds (%3)")
                 .arg(m_plan.runnerName)
                 .arg(m_onlineTimeoutSeconds)
                 .arg(m_lastPollProblem));
}

void RunnerRecovery::runCommands(QList<Command> commands, std::function<void()> next)
{
    if (commands.isEmpty()) {
        next();
        return;
    }
    const Command command = commands.takeFirst();
    ProcessRequest request;
    request.program = command.program;
    request.arguments = command.arguments;
    if (command.privileged && !m_wrapper.isEmpty()) {
        // pkexec starts in root's home: env -C puts svc.sh back in the runner directory.
        request.program = m_wrapper.first();
        request.arguments = m_wrapper.mid(1)
            + QStringList { QStringLiteral("env"), QStringLiteral("-C"), m_plan.runnerDir,
                            command.program }
            + command.arguments;
    }
    request.workingDirectory = m_plan.runnerDir;
    request.timeoutMs = command.timeoutMs;
    if (!command.token.isEmpty())
        request.extraEnvironment.insert(QStringLiteral("ACTIONS_RUNNER_INPUT_TOKEN"),
                                        command.token);
    const QString shown
        = (QStringList { request.program } + request.arguments).join(QLatin1Char(' '));
    m_processes->run(
        request, this,
        [this, shown, commands, next = std::move(next)](const ProcessOutcome &outcome) {
            const QString printed = redacted(trimmedOutput(outcome));
            record(QStringLiteral("$ ") + shown
                   + (printed.isEmpty() ? QString() : QLatin1Char('\n') + printed));
            if (!outcome.succeeded()) {
                const QString why = !outcome.errorText.isEmpty()
                    ? outcome.errorText
                    : tr("exit code %1").arg(outcome.exitCode);
                const QString said = redacted(lastLine(outcome));
                fail(
                    tr("%1 failed (%2)%3")
                        .arg(shown, why, said.isEmpty() ? QString() : QStringLiteral(": ") + said));
                return;
            }
            runCommands(commands, next);
        });
}

void RunnerRecovery::stepDone(StepState state, const QString &text)
{
    const int step = m_step;
    spdlog::info("Recovery of {}: step {} {}: {}", m_plan.runnerName.toStdString(), step + 1,
                 state == Skipped ? "skipped" : "done", text.toStdString());
    audit(true,
          tr("Step %1 of %2 (%3): %4").arg(step + 1).arg(int(StepCount)).arg(stepTitle(step), text),
          m_stepOutput);
    m_output += m_stepOutput;
    emit stepChanged(step, state, text);
    if (step + 1 < StepCount) {
        runStep(step + 1);
        return;
    }
    finish(true,
           tr("%1 is registered again and online.").arg(m_plan.runnerName)
               + (m_backupPath.isEmpty() ? QString()
                                         : QLatin1Char(' ')
                          + tr("The configuration backup is kept at %1.").arg(m_backupPath)));
}

void RunnerRecovery::fail(const QString &what)
{
    const int step = m_step;
    m_token.clear();
    m_pollTimer.stop();
    m_output += m_stepOutput;
    emit stepChanged(step, Failed, what);
    QString message = tr("Recovery of %1 stopped at step %2 of %3 (%4): %5.")
                          .arg(m_plan.runnerName)
                          .arg(step + 1)
                          .arg(int(StepCount))
                          .arg(stepTitle(step), what);
    message += QLatin1Char(' ');
    message += m_backupPath.isEmpty()
        ? tr("No backup was made in this attempt.")
        : tr("The configuration backup is kept at %1.").arg(m_backupPath);
    message += QLatin1Char(' ');
    message
        += tr("Fix the cause, then resume from step %1 (%2).").arg(step + 1).arg(stepTitle(step));
    if (step == Configure)
        message += QLatin1Char(' ') + tr("A new registration token is fetched first.");
    m_outcome.failedStep = step;
    m_outcome.resumeFrom = step;
    spdlog::warn("Recovery of {}: {}", m_plan.runnerName.toStdString(), message.toStdString());
    finish(false, message);
}

void RunnerRecovery::finish(bool succeeded, const QString &message)
{
    m_pollTimer.stop();
    m_token.clear();
    m_outcome.succeeded = succeeded;
    m_outcome.message = message;
    m_outcome.helperOutput = m_output.trimmed();
    m_outcome.backupPath = m_backupPath;
    m_step = -1;
    audit(succeeded, message, m_outcome.helperOutput);
    emit finished(succeeded);
}

void RunnerRecovery::audit(bool succeeded, const QString &message, const QString &output)
{
    if (!m_audit)
        return;
    AuditEntry entry;
    entry.action = QStringLiteral("recover");
    entry.subject = m_plan.runnerName;
    entry.succeeded = succeeded;
    entry.message = message;
    entry.helperOutput = output.trimmed();
    entry.origin = m_origin;
    m_audit->append(entry);
}

void RunnerRecovery::record(const QString &text)
{
    m_stepOutput += redacted(text) + QLatin1Char('\n');
}

QString RunnerRecovery::apiFailure(const ApiResult &result) const
{
    if (isTemporary(result.status.state))
        return tr("GitHub is unreachable or failing right now: %1").arg(result.status.message);
    return tr("GitHub refused: %1").arg(result.status.message);
}

QString RunnerRecovery::redacted(QString text) const
{
    // A helper should never print the token; if one does, it stops here.
    if (!m_token.isEmpty())
        text.replace(m_token, QStringLiteral("***"));
    return text;
}

QString RunnerRecovery::url() const
{
    return m_plan.gitHubUrl.isEmpty() ? webUrl(m_client->apiBase(), m_plan.target)
                                      : m_plan.gitHubUrl;
}

} // namespace relayq
