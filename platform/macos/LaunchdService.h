#pragma once
// A runner's LaunchAgent on macOS (what the runner's `svc.sh install` writes into
// ~/Library/LaunchAgents) controlled through `launchctl` in the user's gui/<uid> domain, never
// through a shell. The runner directory's `.service` file holds the plist's path; the label is
// its file name without ".plist". Status is `launchctl print`; restart is `kickstart -k`; start
// kickstarts a loaded agent and bootstraps one that is not; stop boots it out, because KeepAlive
// would bring back an agent that was merely killed. After an action the state is read again.
// Plain child processes, so it builds and is tested everywhere; only macOS uses it.

#include "ServiceControl.h"

#include <QCoreApplication>
#include <QStringList>

namespace relayq {

class ProcessRunner;

class LaunchdService : public ServiceControl
{
    Q_DECLARE_TR_FUNCTIONS(relayq::LaunchdService)

public:
    // `plistPath` as read from the runner directory's `.service` file (trimmed here). `uid` names
    // the gui/<uid> domain: the user running RelayQ unless a test says otherwise.
    LaunchdService(ProcessRunner &processes, const QString &plistPath, uint uid = currentUid());

    // getuid() where there is one, 0 elsewhere.
    static uint currentUid();
    // The plist's file name without ".plist".
    static QString labelFromPlistPath(const QString &plistPath);
    // Only [A-Za-z0-9._-], not starting with '-' (it would read as an option).
    static bool isValidLabel(const QString &label);
    // `launchctl print gui/<uid>/<label>` output as a state.
    static ServiceState parsePrint(const QByteArray &output);

    QString label() const { return m_setup.label; }
    QString plistPath() const { return m_setup.plist; }
    // "gui/<uid>/<label>"
    QString serviceTarget() const;

    // Tests point it at a stand-in; a name is looked up in PATH.
    void setLaunchctlProgram(const QString &program) { m_setup.launchctl = program; }
    void setStatusTimeoutMs(int ms) { m_setup.statusTimeoutMs = ms; }
    void setActionTimeoutMs(int ms) { m_setup.actionTimeoutMs = ms; }

    void run(ServiceAction action, QObject *context, Done done) override;
    QString helperName() const override { return QStringLiteral("launchd"); }
    QString describe() const override;

    // Copied into each run, which does not depend on this object living until it ends.
    struct Setup
    {
        ProcessRunner *processes = nullptr;
        QString plist;
        QString label;
        uint uid = 0;
        QString launchctl = QStringLiteral("launchctl");
        int statusTimeoutMs = 15000;
        int actionTimeoutMs = 60000;
    };

private:
    Setup m_setup;
};

} // namespace relayq
