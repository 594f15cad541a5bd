#pragma once
// A runner's systemd unit (the system unit `svc.sh install` writes, or a user unit) controlled
// through `systemctl`, never through a shell. Status is `systemctl show -p …` parsed as
// key=value. Start/stop/restart of a system unit first run with --no-ask-password; when systemd
// answers that it needs authorization, the same command runs again through `pkexec`, so the
// desktop's polkit agent asks the user. RelayQ never sees or stores a password. User units need
// no privileges and run directly with --user. After an action the unit's state is read again.

#include "ServiceControl.h"

#include <QCoreApplication>
#include <QStringList>

namespace relayq {

class ProcessRunner;

class SystemdService : public ServiceControl
{
    Q_DECLARE_TR_FUNCTIONS(relayq::SystemdService)

public:
    enum class Scope { System, User };

    // `unitName` as read from the runner directory's `.service` file, with or without the
    // ".service" suffix; never built from the runner's name.
    SystemdService(ProcessRunner &processes, const QString &unitName, Scope scope);

    // Trimmed, ".service" added when there is no suffix.
    static QString normalizedUnitName(const QString &name);
    // Only [A-Za-z0-9@._:-], not starting with '-' (it would read as an option).
    static bool isValidUnitName(const QString &unitName);
    // `systemctl show` output (key=value lines) as a state.
    static ServiceState parseShow(const QByteArray &output);

    QString unitName() const { return m_setup.unit; }
    Scope scope() const { return m_setup.scope; }

    // Tests point these at stand-ins; names are looked up in PATH.
    void setSystemctlProgram(const QString &program) { m_setup.systemctl = program; }
    void setPkexecProgram(const QString &program) { m_setup.pkexec = program; }
    void setStatusTimeoutMs(int ms) { m_setup.statusTimeoutMs = ms; }
    void setActionTimeoutMs(int ms) { m_setup.actionTimeoutMs = ms; }
    // pkexec waits for the user to answer the polkit dialog: longer than a plain action.
    void setAuthorizationTimeoutMs(int ms) { m_setup.authorizationTimeoutMs = ms; }

    // The arguments given to systemctl (without the program name).
    QStringList statusArguments() const;
    QStringList actionArguments(ServiceAction action) const;

    void run(ServiceAction action, QObject *context, Done done) override;
    QString helperName() const override { return QStringLiteral("systemd"); }
    QString describe() const override;

    // Everything one run needs, copied into it so that it does not depend on this object
    // living until the answer comes.
    struct Setup
    {
        ProcessRunner *processes = nullptr;
        QString unit;
        Scope scope = Scope::System;
        QString systemctl = QStringLiteral("systemctl");
        QString pkexec = QStringLiteral("pkexec");
        int statusTimeoutMs = 15000;
        int actionTimeoutMs = 60000;
        int authorizationTimeoutMs = 180000;
    };

private:
    Setup m_setup;
};

} // namespace relayq
