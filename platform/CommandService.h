#pragma once
// A runner's service controlled by commands the user configured (for runners under supervisord,
// docker, a container or an init system RelayQ does not know). Each command is a program and its
// arguments, split like a command line (QProcess::splitCommand) and run without a shell, each
// with a timeout. Restart is stop then start. The status command's exit code tells the state:
// 0 running, anything else stopped; what it printed is kept as the detail.

#include "ServiceControl.h"

#include <QCoreApplication>
#include <QStringList>

namespace relayq {

class ProcessRunner;

class CommandService : public ServiceControl
{
    Q_DECLARE_TR_FUNCTIONS(relayq::CommandService)

public:
    struct Commands
    {
        QString start; // as the user typed them; empty: not configured
        QString stop;
        QString status;
    };

    CommandService(ProcessRunner &processes, const Commands &commands, int timeoutMs = 60000);

    // Program first; empty when the command is empty.
    static QStringList split(const QString &command);

    void run(ServiceAction action, QObject *context, Done done) override;
    QString helperName() const override { return QStringLiteral("command"); }
    QString describe() const override;

    // Copied into each run, which does not depend on this object living until it ends.
    struct Setup
    {
        ProcessRunner *processes = nullptr;
        Commands commands;
        int timeoutMs = 60000;
    };

private:
    Setup m_setup;
};

} // namespace relayq
