#pragma once
// A runner's Windows service (what the runner's `config.cmd --runasservice` installs) controlled
// through `sc.exe`, never through a shell. The runner directory's `.service` file holds the
// service name. Status is `sc.exe query`; restart is stop, wait until the service manager says
// STOPPED, then start. When sc answers "access denied" (error 5) the same command runs once more
// through PowerShell's `Start-Process -Verb RunAs`, so Windows shows its elevation prompt;
// RelayQ never sees a password. After an action the state is read again. Plain child processes,
// so it builds and is tested everywhere; only Windows uses it.

#include "ServiceControl.h"

#include <QCoreApplication>
#include <QStringList>

namespace relayq {

class ProcessRunner;

class WindowsService : public ServiceControl
{
    Q_DECLARE_TR_FUNCTIONS(relayq::WindowsService)

public:
    // `serviceName` as read from the runner directory's `.service` file (trimmed here).
    WindowsService(ProcessRunner &processes, const QString &serviceName);

    // Only [A-Za-z0-9._-], not starting with '-'.
    static bool isValidServiceName(const QString &name);
    // `sc.exe query` output as a state.
    static ServiceState parseQuery(const QByteArray &output);
    // The PowerShell command line that runs `sc.exe <verb> <name>` elevated.
    static QString elevatedCommand(const QString &scProgram, const QString &verb,
                                   const QString &serviceName);

    QString serviceName() const { return m_setup.name; }

    // Tests point these at stand-ins; names are looked up in PATH.
    void setScProgram(const QString &program) { m_setup.sc = program; }
    void setPowershellProgram(const QString &program) { m_setup.powershell = program; }
    void setStatusTimeoutMs(int ms) { m_setup.statusTimeoutMs = ms; }
    void setActionTimeoutMs(int ms) { m_setup.actionTimeoutMs = ms; }
    // The elevation prompt waits for the user: longer than a plain action.
    void setElevationTimeoutMs(int ms) { m_setup.elevationTimeoutMs = ms; }
    // Restart asks this many times, this far apart, whether the service has stopped.
    void setStopPolls(int count, int intervalMs)
    {
        m_setup.stopPolls = count;
        m_setup.stopPollIntervalMs = intervalMs;
    }

    void run(ServiceAction action, QObject *context, Done done) override;
    QString helperName() const override { return QStringLiteral("windows-service"); }
    QString describe() const override;

    // Copied into each run, which does not depend on this object living until it ends.
    struct Setup
    {
        ProcessRunner *processes = nullptr;
        QString name;
        QString sc = QStringLiteral("sc.exe");
        QString powershell = QStringLiteral("powershell.exe");
        int statusTimeoutMs = 15000;
        int actionTimeoutMs = 60000;
        int elevationTimeoutMs = 180000;
        int stopPolls = 15;
        int stopPollIntervalMs = 1000;
    };

private:
    Setup m_setup;
};

} // namespace relayq
