#include "ssh/SshProcessRunner.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace relayq {

namespace {

// Answers `done` from the event loop without starting anything.
void refuse(QObject *context, ProcessRunner::Done done, const QString &errorText)
{
    ProcessOutcome outcome;
    outcome.errorText = errorText;
    QPointer<QObject> guard = context;
    const bool guarded = context != nullptr;
    QTimer::singleShot(0, context ? context : QCoreApplication::instance(),
                       [guard, guarded, outcome, done = std::move(done)] {
                           if (guarded && !guard)
                               return;
                           done(outcome);
                       });
}

// ssh's first line saying why it failed, for the message.
QString firstLine(const QByteArray &text)
{
    for (const QByteArray &line : text.split('\n')) {
        const QString trimmed = QString::fromUtf8(line).trimmed();
        if (!trimmed.isEmpty())
            return trimmed;
    }
    return {};
}

// What the user types to connect once and accept the host key.
QString loginCommand(const SshDestination &destination)
{
    QString command = QStringLiteral("ssh ");
    if (destination.port() > 0)
        command += QStringLiteral("-p %1 ").arg(destination.port());
    return command + destination.sshTarget();
}

} // namespace

SshProcessRunner::SshProcessRunner(ProcessRunner &local, const SshDestination &destination)
    : m_local(local), m_destination(destination)
{ }

QString SshProcessRunner::quoted(const QString &text)
{
    QString result = text;
    result.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + result + QLatin1Char('\'');
}

QString SshProcessRunner::remoteCommand(const ProcessRequest &request)
{
    QStringList words { QStringLiteral("exec"), quoted(request.program) };
    for (const QString &argument : request.arguments)
        words << quoted(argument);
    QString command = words.join(QLatin1Char(' '));
    if (!request.workingDirectory.isEmpty())
        command = QStringLiteral("cd ") + quoted(request.workingDirectory) + QStringLiteral(" && ")
            + command;
    return command;
}

QStringList SshProcessRunner::sshArguments(const ProcessRequest &request) const
{
    QStringList arguments { QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                            QStringLiteral("-o"),
                            QStringLiteral("ConnectTimeout=%1").arg(m_connectTimeoutSeconds) };
    if (m_destination.port() > 0)
        arguments << QStringLiteral("-p") << QString::number(m_destination.port());
    if (!m_configFile.isEmpty())
        arguments << QStringLiteral("-F") << m_configFile;
    // "--": nothing after it is read as an option, whatever the destination looks like.
    arguments << QStringLiteral("--") << m_destination.sshTarget() << remoteCommand(request);
    return arguments;
}

QString SshProcessRunner::connectionProblem(const SshDestination &destination,
                                            const ProcessOutcome &outcome)
{
    if (!outcome.started || outcome.timedOut || outcome.crashed || outcome.exitCode != 255)
        return {};
    const QByteArray err = outcome.standardError;
    const QString host = destination.toString();
    const QString said = firstLine(err);
    if (err.contains("REMOTE HOST IDENTIFICATION HAS CHANGED"))
        return tr("The host key of %1 has changed since it was last seen, so ssh refused to "
                  "connect: it may have been reinstalled, or someone may be intercepting the "
                  "connection. Check with the host's administrator, then update the key in your "
                  "known_hosts file (ssh-keygen -R).")
            .arg(host);
    if (err.contains("Host key verification failed") || err.contains("host key is known"))
        return tr("The host key of %1 is not known, so ssh refused to connect. Connect once with "
                  "ssh in a terminal (%2), check the key's fingerprint and accept it, then "
                  "try again.")
            .arg(host, loginCommand(destination));
    if (err.contains("Permission denied"))
        return tr("%1 refused the login (%2). RelayQ logs in without asking for a password: "
                  "load your key into the SSH agent (ssh-add) or name it in ~/.ssh/config, and "
                  "make sure its public key is in the remote user's authorized_keys.")
            .arg(host, said);
    if (err.contains("Could not resolve hostname"))
        return tr("The host name of %1 could not be resolved. Check the name, or define it as a "
                  "Host in ~/.ssh/config.")
            .arg(host);
    if (err.contains("Connection refused"))
        return tr("%1 refused the connection: no SSH server is listening on that port. Check "
                  "the port and that sshd runs there.")
            .arg(host);
    if (err.contains("timed out") || err.contains("No route to host")
        || err.contains("Network is unreachable"))
        return tr("%1 could not be reached (%2). Check the host name, the network and any "
                  "firewall in between.")
            .arg(host, said);
    if (err.startsWith("ssh: ") || err.contains("Connection closed by")
        || err.contains("kex_exchange_identification"))
        return tr("ssh could not connect to %1: %2").arg(host, said);
    return {}; // the remote command itself exited 255
}

void SshProcessRunner::run(const ProcessRequest &request, QObject *context, Done done)
{
    if (!m_destination.isValid()) {
        refuse(context, std::move(done), m_destination.errorText());
        return;
    }
    if (!request.extraEnvironment.isEmpty()) {
        // Only through the command line (visible to every user of the remote host, and
        // logged) or through AcceptEnv, which servers rarely allow: refused rather than leaked.
        refuse(context, std::move(done),
               tr("%1 cannot be run on %2: environment variables cannot be passed safely to a "
                  "remote host.")
                   .arg(request.program, m_destination.toString()));
        return;
    }
    if (request.program.isEmpty()) {
        refuse(context, std::move(done),
               tr("No program is given to run on %1.").arg(m_destination.toString()));
        return;
    }
    ProcessRequest viaSsh;
    viaSsh.program = m_sshProgram;
    viaSsh.arguments = sshArguments(request);
    viaSsh.standardInput = request.standardInput;
    viaSsh.timeoutMs = request.timeoutMs;
    const SshDestination destination = m_destination;
    const int timeoutMs = request.timeoutMs;
    m_local.run(viaSsh, context,
                [destination, timeoutMs, done = std::move(done)](const ProcessOutcome &result) {
                    ProcessOutcome outcome = result;
                    if (!result.started) {
                        outcome.errorText
                            = tr("%1 Is the OpenSSH client installed?").arg(result.errorText);
                    } else if (const QString problem = connectionProblem(destination, result);
                               !problem.isEmpty()) {
                        outcome.started = false; // the remote command never ran
                        outcome.errorText = problem;
                    } else if (result.timedOut) {
                        outcome.errorText = tr("The command on %1 did not finish within %2 ms; "
                                               "ssh was stopped.")
                                                .arg(destination.toString())
                                                .arg(timeoutMs);
                    }
                    done(outcome);
                });
}

} // namespace relayq
