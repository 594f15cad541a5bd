#pragma once
// Which service keeps a runner alive and how RelayQ reaches it, for every action that touches
// one (restart, auto-recovery, recovery): the runner's binding in the settings when it has one
// (this computer, another one over SSH, the user's own commands), else the runner directory
// found on this machine, whose `.service` names the systemd unit, LaunchAgent or Windows
// service that `svc.sh install` created.

#include "LocalRunner.h"
#include "RunnerBinding.h"
#include "ServiceControl.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace relayq {

class ProcessRunner;

struct RunnerService
{
    QString runnerName;
    std::shared_ptr<ServiceControl> service; // null when it cannot be reached: see problem
    std::optional<LocalRunner> local; // its directory on this machine, when it has one here
    RunnerBinding binding; // as configured, or the Local one the directory implies
    QString problem; // in words: why there is no service

    bool isUsable() const { return service != nullptr; }
};

class RunnerServices
{
    Q_DECLARE_TR_FUNCTIONS(relayq::RunnerServices)

public:
    // `processes` starts every helper (systemctl, launchctl, sc.exe, ssh …) and must outlive
    // the services handed out.
    RunnerServices(ProcessRunner &processes, const RunnerBindingList &bindings,
                   const QStringList &runnerDirectories);

    // Where runners are looked for besides the configured folders; the OS's usual places by
    // default (RunnerDiscovery::usualRoots), tests give their own.
    void setUsualRoots(const QStringList &roots) { m_usualRoots = roots; }

    // The runner called `runnerName` on GitHub (case-insensitive): its binding first, else a
    // runner directory here whose `.runner` carries that name.
    RunnerService find(const QString &runnerName) const;
    // Every runner RelayQ can act on: each binding, then each directory here not bound.
    QList<RunnerService> all() const;

    // The service a binding points at; null with `problem` set when it cannot be built.
    std::shared_ptr<ServiceControl> serviceFor(const RunnerBinding &binding,
                                               QString *problem) const;
    // The service a runner directory's `.service` names, for this operating system.
    std::shared_ptr<ServiceControl> serviceForDirectory(const LocalRunner &runner,
                                                        QString *problem) const;

private:
    // The runner directory a Local binding points at: its folder, or (folder left empty) the
    // runner of that name among the folders here.
    std::optional<LocalRunner> localRunnerOf(const RunnerBinding &binding) const;
    RunnerService fromBinding(const RunnerBinding &binding) const;
    RunnerService fromDirectory(const LocalRunner &runner) const;
    std::shared_ptr<ServiceControl> remoteService(const RunnerBinding &binding,
                                                  QString *problem) const;

    ProcessRunner &m_processes;
    RunnerBindingList m_bindings;
    QStringList m_runnerDirectories;
    QStringList m_usualRoots;
};

} // namespace relayq
