#include "CommandService.h"

#include "ProcessRunner.h"
#include "ServiceRun.h"

#include <QCoreApplication>
#include <QProcess>

#include <memory>

namespace relayq {

namespace {

using Setup = CommandService::Setup;
using Kind = ServiceState::Kind;

QString outputOf(const ProcessOutcome &outcome)
{
    return ServiceRun::outputOf(outcome);
}

// Why a command did not succeed, in words.
QString reasonOf(const ProcessOutcome &outcome)
{
    if (!outcome.errorText.isEmpty())
        return outcome.errorText;
    const QString output = outputOf(outcome);
    if (output.isEmpty())
        return CommandService::tr("exit code %1").arg(outcome.exitCode);
    return CommandService::tr("exit code %1: %2")
        .arg(outcome.exitCode)
        .arg(output.section(QLatin1Char('\n'), 0, 0));
}

struct Run : ServiceRun
{
    Run(const Setup &s, ServiceAction a, QObject *context, ServiceControl::Done done)
        : ServiceRun(*s.processes, context, std::move(done)), setup(s), action(a)
    { }

    Setup setup;
    ServiceAction action = ServiceAction::Status;

    // Runs one configured command; an empty one is answered at once with `missing`.
    void runCommand(const QString &command, const QString &missing, Next next)
    {
        const QStringList parts = CommandService::split(command);
        if (parts.isEmpty()) {
            fail(missing);
            return;
        }
        ProcessRequest request;
        request.program = parts.constFirst();
        request.arguments = parts.mid(1);
        request.timeoutMs = setup.timeoutMs;
        runProcess(request, std::move(next));
    }
};

using RunPtr = std::shared_ptr<Run>;

// The state after an action, read with the status command when there is one.
void readState(const RunPtr &run, std::function<void()> next)
{
    if (CommandService::split(run->setup.commands.status).isEmpty()) {
        run->outcome.state
            = { Kind::Unknown, CommandService::tr("no status command is configured") };
        next();
        return;
    }
    run->runCommand(run->setup.commands.status, QString(),
                    [run, next](const ProcessOutcome &result) {
                        const QString detail = outputOf(result).section(QLatin1Char('\n'), 0, 0);
                        if (!result.started || result.timedOut || result.crashed)
                            run->outcome.state = { Kind::Unknown, reasonOf(result) };
                        else
                            run->outcome.state
                                = { result.exitCode == 0 ? Kind::Running : Kind::Stopped, detail };
                        next();
                    });
}

void reportStatus(const RunPtr &run)
{
    if (CommandService::split(run->setup.commands.status).isEmpty()) {
        run->fail(CommandService::tr("No status command is configured for this runner's service."));
        return;
    }
    readState(run, [run] {
        ServiceOutcome &outcome = run->outcome;
        const QString detail = outcome.state.detail;
        switch (outcome.state.kind) {
        case Kind::Running:
            outcome.message = CommandService::tr("The service is running (%1).").arg(detail);
            break;
        case Kind::Stopped:
            outcome.message = CommandService::tr("The service is stopped (%1).").arg(detail);
            break;
        default:
            outcome.message = CommandService::tr("The status command failed: %1").arg(detail);
            break;
        }
        outcome.ok = outcome.state.kind != Kind::Unknown;
        run->finish();
    });
}

void start(const RunPtr &run, const QString &doneMessage)
{
    run->runCommand(
        run->setup.commands.start,
        CommandService::tr("No start command is configured for this runner's service."),
        [run, doneMessage](const ProcessOutcome &result) {
            if (!result.started || result.timedOut) {
                run->fail(CommandService::tr("The start command failed: %1").arg(reasonOf(result)));
                return;
            }
            run->outcome.ok = result.succeeded();
            run->outcome.message = result.succeeded()
                ? doneMessage
                : CommandService::tr("The start command failed: %1").arg(reasonOf(result));
            readState(run, [run] { run->finish(); });
        });
}

void stop(const RunPtr &run, bool thenStart)
{
    run->runCommand(
        run->setup.commands.stop,
        CommandService::tr("No stop command is configured for this runner's service."),
        [run, thenStart](const ProcessOutcome &result) {
            // A stop that did not run or did not end may leave the service up: starting
            // a second copy next to it would be worse than stopping here.
            if (!result.started || result.timedOut) {
                run->fail(CommandService::tr("The stop command failed: %1").arg(reasonOf(result)));
                return;
            }
            // A stop that fails on a service already down is fine for a restart.
            if (thenStart) {
                start(run, CommandService::tr("The service was restarted."));
                return;
            }
            run->outcome.ok = result.succeeded();
            run->outcome.message = result.succeeded()
                ? CommandService::tr("The service was stopped.")
                : CommandService::tr("The stop command failed: %1").arg(reasonOf(result));
            readState(run, [run] { run->finish(); });
        });
}

} // namespace

CommandService::CommandService(ProcessRunner &processes, const Commands &commands, int timeoutMs)
{
    m_setup.processes = &processes;
    m_setup.commands = commands;
    m_setup.timeoutMs = timeoutMs;
}

QStringList CommandService::split(const QString &command)
{
    return QProcess::splitCommand(command);
}

void CommandService::run(ServiceAction action, QObject *context, Done done)
{
    auto run = std::make_shared<Run>(m_setup, action, context, std::move(done));
    // Answers without a child process (nothing configured) still come from the event loop.
    run->later(0, [run, action] {
        switch (action) {
        case ServiceAction::Status: reportStatus(run); break;
        case ServiceAction::Start: start(run, tr("The service was started.")); break;
        case ServiceAction::Stop: stop(run, false); break;
        case ServiceAction::Restart: stop(run, true); break;
        }
    });
}

QString CommandService::describe() const
{
    const Commands &c = m_setup.commands;
    const QString none = tr("(none)");
    return tr("user commands: start %1, stop %2, status %3")
        .arg(c.start.isEmpty() ? none : c.start, c.stop.isEmpty() ? none : c.stop,
             c.status.isEmpty() ? none : c.status);
}

} // namespace relayq
