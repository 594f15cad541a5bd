#include "RunnerServices.h"

#include "CommandService.h"
#include "RunnerDiscovery.h"
#include "linux/SystemdService.h"
#include "macos/LaunchdService.h"
#include "ssh/SshDestination.h"
#include "ssh/SshProcessRunner.h"
#include "windows/WindowsService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace relayq {

namespace {

// A service on another host: the ssh runner lives exactly as long as the backend that uses it.
class RemoteService final : public ServiceControl
{
public:
    RemoteService(std::unique_ptr<SshProcessRunner> ssh, const QString &unit)
        : m_ssh(std::move(ssh)), m_service(*m_ssh, unit, SystemdService::Scope::System)
    { }
    void run(ServiceAction action, QObject *context, Done done) override
    {
        m_service.run(action, context, std::move(done));
    }
    QString helperName() const override { return QStringLiteral("ssh"); }
    QString describe() const override
    {
        return RunnerServices::tr("%1 on %2 over SSH")
            .arg(m_service.describe(), m_ssh->destination().toString());
    }

private:
    std::unique_ptr<SshProcessRunner> m_ssh;
    SystemdService m_service;
};

QString readServiceFile(const QString &directory)
{
    QFile file(QDir(directory).filePath(QStringLiteral(".service")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace

RunnerServices::RunnerServices(ProcessRunner &processes, const RunnerBindingList &bindings,
                               const QStringList &runnerDirectories)
    : m_processes(processes)
    , m_bindings(bindings)
    , m_runnerDirectories(runnerDirectories)
    , m_usualRoots(RunnerDiscovery::usualRoots())
{ }

RunnerService RunnerServices::find(const QString &runnerName) const
{
    for (const RunnerBinding &binding : m_bindings) {
        if (binding.runnerName.compare(runnerName, Qt::CaseInsensitive) == 0)
            return fromBinding(binding);
    }
    for (const LocalRunner &runner : RunnerDiscovery::discover(m_runnerDirectories, m_usualRoots)) {
        if (runner.agentName.compare(runnerName, Qt::CaseInsensitive) == 0)
            return fromDirectory(runner);
    }
    RunnerService missing;
    missing.runnerName = runnerName;
    missing.problem = tr("RelayQ does not know where the runner %1 runs: no runner folder on this "
                         "computer carries that name. Add its folder in Settings → Runners, or "
                         "say how to reach it (SSH or your own commands).")
                          .arg(runnerName);
    return missing;
}

QList<RunnerService> RunnerServices::all() const
{
    QList<RunnerService> result;
    QStringList bound;
    for (const RunnerBinding &binding : m_bindings) {
        result.append(fromBinding(binding));
        bound.append(binding.runnerName.toLower());
        if (binding.kind == RunnerBinding::Kind::Local)
            bound.append(QDir::cleanPath(binding.directory));
    }
    for (const LocalRunner &runner : RunnerDiscovery::discover(m_runnerDirectories, m_usualRoots)) {
        if (!runner.isConfigured() || bound.contains(runner.agentName.toLower())
            || bound.contains(QDir::cleanPath(runner.directory)))
            continue;
        result.append(fromDirectory(runner));
    }
    return result;
}

RunnerService RunnerServices::fromBinding(const RunnerBinding &binding) const
{
    RunnerService result;
    result.runnerName = binding.runnerName;
    result.binding = binding;
    if (binding.kind == RunnerBinding::Kind::Local) {
        result.local = localRunnerOf(binding);
        if (result.local && !result.local->isConfigured())
            result.local.reset();
    }
    result.service = serviceFor(binding, &result.problem);
    return result;
}

RunnerService RunnerServices::fromDirectory(const LocalRunner &runner) const
{
    RunnerService result;
    result.runnerName = runner.agentName;
    result.local = runner;
    result.binding.runnerName = runner.agentName;
    result.binding.kind = RunnerBinding::Kind::Local;
    result.binding.directory = runner.directory;
    result.service = serviceForDirectory(runner, &result.problem);
    return result;
}

std::shared_ptr<ServiceControl> RunnerServices::serviceFor(const RunnerBinding &binding,
                                                           QString *problem) const
{
    switch (binding.kind) {
    case RunnerBinding::Kind::Commands:
        if (binding.startCommand.trimmed().isEmpty() || binding.stopCommand.trimmed().isEmpty()) {
            *problem = tr("The runner %1 is bound to your own commands, but its start or stop "
                          "command is empty.")
                           .arg(binding.runnerName);
            return nullptr;
        }
        return std::make_shared<CommandService>(m_processes,
                                                CommandService::Commands { binding.startCommand,
                                                                           binding.stopCommand,
                                                                           binding.statusCommand });
    case RunnerBinding::Kind::Ssh: return remoteService(binding, problem);
    case RunnerBinding::Kind::Local: break;
    }
    const std::optional<LocalRunner> local = localRunnerOf(binding);
    if (!local) {
        *problem = binding.directory.isEmpty()
            ? tr("No runner folder on this computer carries the name %1. Add its folder in "
                 "Settings → Runners.")
                  .arg(binding.runnerName)
            : tr("The folder %1 of the runner %2 cannot be read.")
                  .arg(binding.directory, binding.runnerName);
        return nullptr;
    }
    return serviceForDirectory(*local, problem);
}

std::optional<LocalRunner> RunnerServices::localRunnerOf(const RunnerBinding &binding) const
{
    if (!binding.directory.isEmpty()) {
        const QList<LocalRunner> found = RunnerDiscovery::discover({ binding.directory }, {});
        if (found.isEmpty())
            return std::nullopt;
        return found.constFirst();
    }
    for (const LocalRunner &runner : RunnerDiscovery::discover(m_runnerDirectories, m_usualRoots)) {
        if (runner.agentName.compare(binding.runnerName, Qt::CaseInsensitive) == 0)
            return runner;
    }
    return std::nullopt;
}

std::shared_ptr<ServiceControl> RunnerServices::serviceForDirectory(const LocalRunner &runner,
                                                                    QString *problem) const
{
    const QString name = runner.serviceName.isEmpty() ? readServiceFile(runner.directory)
                                                      : runner.serviceName.trimmed();
    if (name.isEmpty()) {
        *problem = tr("The runner in %1 has no service installed (no .service file): install one "
                      "with ./svc.sh install, or bind it to your own commands.")
                       .arg(runner.directory);
        return nullptr;
    }
#if defined(Q_OS_MACOS)
    // svc.sh on macOS writes the LaunchAgent's plist path.
    if (!LaunchdService::isValidLabel(LaunchdService::labelFromPlistPath(name))) {
        *problem = tr("The .service file in %1 does not name a LaunchAgent.").arg(runner.directory);
        return nullptr;
    }
    return std::make_shared<LaunchdService>(m_processes, name);
#elif defined(Q_OS_WIN)
    return std::make_shared<WindowsService>(m_processes, name);
#else
    const QString unit = SystemdService::normalizedUnitName(name);
    if (!SystemdService::isValidUnitName(unit)) {
        *problem
            = tr("The .service file in %1 does not name a systemd unit.").arg(runner.directory);
        return nullptr;
    }
    // svc.sh installs a system unit; a unit the user installed for themselves is a user unit.
    const bool userUnit
        = QFile::exists(QDir::homePath() + QStringLiteral("/.config/systemd/user/") + unit);
    return std::make_shared<SystemdService>(
        m_processes, unit, userUnit ? SystemdService::Scope::User : SystemdService::Scope::System);
#endif
}

std::shared_ptr<ServiceControl> RunnerServices::remoteService(const RunnerBinding &binding,
                                                              QString *problem) const
{
    const SshDestination destination = SshDestination::parse(binding.sshDestination);
    if (!destination.isValid()) {
        *problem = destination.errorText();
        return nullptr;
    }
    const QString unit = SystemdService::normalizedUnitName(binding.serviceName);
    if (binding.serviceName.trimmed().isEmpty() || !SystemdService::isValidUnitName(unit)) {
        *problem = tr("Name the systemd unit of the runner %1 on %2, as its .service file there "
                      "says (e.g. actions.runner.owner-repo.name.service).")
                       .arg(binding.runnerName, destination.toString());
        return nullptr;
    }
    return std::make_shared<RemoteService>(
        std::make_unique<SshProcessRunner>(m_processes, destination), unit);
}

} // namespace relayq
