#include "RunnerActions.h"

#include "Clock.h"
#include "GitHubClient.h"
#include "RecoveryBackup.h"

#include <algorithm>

namespace relayq {

namespace {
const QString kAutoRecovery = QStringLiteral("auto-recovery");

QString keyOf(const QString &runnerName)
{
    return runnerName.toLower();
}

// Helper output is for the window's detail and the log; a notification gets its last lines.
QString tail(const QString &text, int lines = 4)
{
    const QStringList all = text.trimmed().split(QLatin1Char('\n'));
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}
} // namespace

RunnerActions::RunnerActions(GitHubClient &client, const Clock &clock, const QString &auditPath,
                             QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_audit(clock, auditPath)
    , m_restart(std::make_unique<RunnerRestart>(client, clock, &m_audit))
    , m_backupFolder(defaultRecoveryBackupFolder())
{
    // The factory sees every binding AutoRecovery watches: the demo's fixed services first.
    m_autoRecovery = std::make_unique<AutoRecovery>(
        *m_restart, clock, [this](const RunnerBinding &binding) -> std::shared_ptr<ServiceControl> {
            const auto fixed = m_fixed.constFind(keyOf(binding.runnerName));
            if (fixed != m_fixed.constEnd())
                return fixed->service;
            QString problem;
            return m_services->serviceFor(binding, &problem);
        });
    connectParts();
    applyBindings();
}

RunnerActions::~RunnerActions()
{
    for (auto it = m_restartsInFlight.cbegin(); it != m_restartsInFlight.cend(); ++it) {
        if (!m_restart->isRestarting(it.key()))
            continue;
        AuditEntry entry;
        entry.when = m_clock.now();
        entry.action = QStringLiteral("restart");
        entry.subject = it.key();
        entry.succeeded = false;
        entry.message = tr("RelayQ Tray quit before the restart of %1 finished (a helper still "
                           "running was stopped); check that the runner is back online.")
                            .arg(it.key());
        entry.origin = it.value();
        m_audit.append(entry); // nobody listens any more: no recorded() from here
    }
}

void RunnerActions::connectParts()
{
    connect(m_restart.get(), &RunnerRestart::progress, this, &RunnerActions::restartProgress);
    connect(m_restart.get(), &RunnerRestart::finished, this, &RunnerActions::onRestartFinished);
    connect(m_autoRecovery.get(), &AutoRecovery::restarting, this,
            [this](const QString &name, const QString &reason) {
                m_restartsInFlight.insert(name, kAutoRecovery);
                tell(QStringLiteral("auto-recovery:") + name,
                     tr("Auto-recovery is restarting %1").arg(name), reason, Severity::Warning);
            });
    connect(m_autoRecovery.get(), &AutoRecovery::attempted, this,
            [this](const QString &, const RestartOutcome &outcome) { onAutoAttempted(outcome); });
    connect(m_autoRecovery.get(), &AutoRecovery::gaveUp, this, &RunnerActions::onGaveUp);
}

void RunnerActions::setBindings(const RunnerBindingList &bindings,
                                const QStringList &runnerDirectories)
{
    m_bindings = bindings;
    m_directories = runnerDirectories;
    applyBindings();
}

void RunnerActions::setUsualRoots(const QStringList &roots)
{
    m_usualRoots = roots;
    applyBindings();
}

void RunnerActions::addFixedService(const QString &runnerName,
                                    std::shared_ptr<ServiceControl> service, bool autoRecovery)
{
    m_fixed.insert(keyOf(runnerName), { std::move(service), autoRecovery });
    m_fixedNames.insert(keyOf(runnerName), runnerName);
    applyBindings();
}

void RunnerActions::applyBindings()
{
    m_services = std::make_unique<RunnerServices>(m_processes, m_bindings, m_directories);
    if (m_usualRoots)
        m_services->setUsualRoots(*m_usualRoots);
    RunnerBindingList watched = m_bindings;
    for (auto it = m_fixed.cbegin(); it != m_fixed.cend(); ++it) {
        if (!it->autoRecovery)
            continue;
        RunnerBinding binding;
        binding.runnerName = m_fixedNames.value(it.key());
        binding.kind = RunnerBinding::Kind::Commands; // built by the factory, never from this
        binding.autoRecovery = true;
        watched.append(binding);
    }
    m_autoRecovery->setBindings(watched);
}

RunnerService RunnerActions::find(const QString &runnerName) const
{
    const auto fixed = m_fixed.constFind(keyOf(runnerName));
    if (fixed == m_fixed.constEnd())
        return m_services->find(runnerName);
    RunnerService found;
    found.runnerName = m_fixedNames.value(keyOf(runnerName));
    found.service = fixed->service;
    found.binding.runnerName = found.runnerName;
    return found;
}

RunnerChoice RunnerActions::choice(const QString &runnerName) const
{
    const RunnerService service = find(runnerName);
    RunnerChoice choice;
    choice.name = service.runnerName.isEmpty() ? runnerName : service.runnerName;
    choice.problem = service.problem;
    if (!service.isUsable() && choice.problem.isEmpty())
        choice.problem = tr("RelayQ does not know how to reach its service.");
    choice.hasFolder = service.local.has_value();
    choice.restarting = m_restart->isRestarting(choice.name);
    return choice;
}

QList<RunnerChoice> RunnerActions::choices() const
{
    QStringList names = m_fixedNames.values();
    for (const RunnerService &service : m_services->all()) {
        if (!service.runnerName.isEmpty()
            && !names.contains(service.runnerName, Qt::CaseInsensitive))
            names.append(service.runnerName);
    }
    names.sort(Qt::CaseInsensitive);
    QList<RunnerChoice> result;
    for (const QString &name : std::as_const(names))
        result.append(choice(name));
    return result;
}

void RunnerActions::onSnapshot(const FleetSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_autoRecovery->onSnapshot(snapshot);
}

std::optional<Runner> RunnerActions::seenRunner(const QString &runnerName) const
{
    for (const Runner &runner : m_snapshot.runners) {
        if (runner.name.compare(runnerName, Qt::CaseInsensitive) == 0)
            return runner;
    }
    return std::nullopt;
}

std::optional<Target> RunnerActions::targetOf(const QString &runnerName) const
{
    const auto runner = seenRunner(runnerName);
    if (!runner)
        return std::nullopt;
    if (const TargetState *state = m_snapshot.targetState(runner->target))
        return state->target;
    return Target::parse(runner->target);
}

std::optional<QString> RunnerActions::restart(const QString &runnerName, const QString &origin)
{
    RestartRequest request;
    request.runnerName = runnerName;
    request.origin = origin;
    request.service = find(runnerName).service;
    const auto runner = seenRunner(runnerName);
    const auto target = targetOf(runnerName);
    std::optional<QString> refused;
    if (!runner || !target) {
        refused = tr("RelayQ has not seen %1 on GitHub yet, so it could not tell when it is back; "
                     "wait for the next check.")
                      .arg(runnerName);
    } else {
        request.runnerName = runner->name;
        request.runnerId = runner->id;
        request.target = *target;
        refused = m_restart->restart(request);
        if (!refused)
            m_restartsInFlight.insert(request.runnerName, origin);
    }
    if (refused)
        tell(QStringLiteral("restart:") + runnerName, tr("%1 was not restarted").arg(runnerName),
             *refused, Severity::Warning);
    return refused;
}

void RunnerActions::onRestartFinished(const RestartOutcome &outcome)
{
    m_restartsInFlight.remove(outcome.runnerName);
    emit recorded(); // RunnerRestart wrote the line
    emit restartFinished(outcome);
    if (outcome.origin == kAutoRecovery)
        return; // told by onAutoAttempted, under auto-recovery's name
    tell(QStringLiteral("restart:") + outcome.runnerName, outcome.message,
         outcome.succeeded ? QString() : tail(outcome.helperOutput),
         outcome.succeeded ? Severity::Info : Severity::Warning);
}

void RunnerActions::onAutoAttempted(const RestartOutcome &outcome)
{
    tell(QStringLiteral("auto-recovery:") + outcome.runnerName,
         outcome.succeeded ? tr("Auto-recovery: %1").arg(outcome.message)
                           : tr("Auto-recovery could not bring %1 back").arg(outcome.runnerName),
         outcome.succeeded ? QString() : outcome.message,
         outcome.succeeded ? Severity::Info : Severity::Warning);
}

void RunnerActions::onGaveUp(const QString &runnerName, const QString &message)
{
    record(kAutoRecovery, runnerName, false, message, QString(), kAutoRecovery);
    tell(QStringLiteral("auto-recovery:") + runnerName,
         tr("Auto-recovery gave up on %1").arg(runnerName), message, Severity::Critical);
}

BackupResult RunnerActions::backUp(const QString &runnerName, const QString &origin)
{
    const RunnerService service = find(runnerName);
    BackupResult result;
    if (!service.local) {
        result.error = tr("The runner folder of %1 is not on this computer, so there is nothing "
                          "to back up here.")
                           .arg(runnerName);
    } else {
        RunnerBackup backup(m_clock);
        result = backup.backup(service.local->directory, m_backupFolder);
    }
    const QString message = result.isOk()
        ? tr("Backed up %1 to %2. %3")
              .arg(runnerName, result.archivePath, RunnerBackup::privateKeyWarning())
        : tr("Could not back up %1: %2").arg(runnerName, result.error);
    const QString detail = (result.files + QStringList { result.warning }).join(QLatin1Char('\n'));
    record(QStringLiteral("backup"), runnerName, result.isOk(), message, detail.trimmed(), origin);
    tell(QStringLiteral("backup:") + runnerName,
         result.isOk() ? tr("%1 backed up").arg(runnerName)
                       : tr("%1 was not backed up").arg(runnerName),
         message, result.isOk() ? Severity::Info : Severity::Warning);
    return result;
}

void RunnerActions::record(const QString &action, const QString &subject, bool succeeded,
                           const QString &message, const QString &output, const QString &origin)
{
    AuditEntry entry;
    entry.when = m_clock.now();
    entry.action = action;
    entry.subject = subject;
    entry.succeeded = succeeded;
    entry.message = message;
    entry.helperOutput = output;
    entry.origin = origin;
    m_audit.append(entry); // a log that cannot be written does not undo the action
    emit recorded();
}

void RunnerActions::tell(const QString &category, const QString &summary, const QString &body,
                         Severity severity)
{
    Notification notification;
    notification.category = category;
    notification.summary = summary;
    notification.body = body;
    notification.severity = severity;
    emit announce(notification);
}

} // namespace relayq
