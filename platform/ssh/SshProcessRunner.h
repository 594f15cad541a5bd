#pragma once
// A ProcessRunner that runs each request on another host through the system `ssh`, so that the
// service backends (SystemdService, CommandService, launchd) work remotely unchanged. It wraps a
// local ProcessRunner, which starts ssh:
//   ssh -o BatchMode=yes -o ConnectTimeout=N [-p PORT] [-F CONFIG] -- [user@]host COMMAND
// ssh hands the remote side one string for its login shell (a POSIX shell assumed), so COMMAND
// is `exec` and the program and its arguments each single-quoted, after `cd 'DIR' &&` when the
// request has a working directory. Host key checking stays as the user's ssh config has it (on
// by default; never turned off here); the user's own config and agent apply. stdin passes
// through, so a secret may go that way; environment variables cannot cross ssh safely, so a
// request with extraEnvironment is refused without running anything. ssh's own failures (it
// exits 255: unknown host key, key refused, no such host, nothing listening) come back with
// started == false — the remote command did not run — and errorText saying what to do.

#include "ProcessRunner.h"
#include "ssh/SshDestination.h"

#include <QCoreApplication>

namespace relayq {

class SshProcessRunner : public ProcessRunner
{
    Q_DECLARE_TR_FUNCTIONS(relayq::SshProcessRunner)

public:
    // `local` starts ssh and must outlive this runner.
    SshProcessRunner(ProcessRunner &local, const SshDestination &destination);

    const SshDestination &destination() const { return m_destination; }

    // A name looked up in PATH or an absolute path; "ssh" by default.
    void setSshProgram(const QString &program) { m_sshProgram = program; }
    QString sshProgram() const { return m_sshProgram; }
    // Passed as -F: ssh then reads this file instead of ~/.ssh/config (tests use it, because
    // ssh finds ~ through the passwd entry, not $HOME). Empty: the user's own configuration.
    void setConfigFile(const QString &path) { m_configFile = path; }
    QString configFile() const { return m_configFile; }
    void setConnectTimeoutSeconds(int seconds) { m_connectTimeoutSeconds = seconds; }
    int connectTimeoutSeconds() const { return m_connectTimeoutSeconds; }

    // `text` in POSIX single quotes: 'it'\''s' — safe for any shell word, empty ones included.
    static QString quoted(const QString &text);
    // The one string ssh gives the remote shell for `request`.
    static QString remoteCommand(const ProcessRequest &request);
    // ssh's arguments (without the program name) for `request`.
    QStringList sshArguments(const ProcessRequest &request) const;
    // In words, what ssh's exit 255 and its stderr say went wrong reaching `destination`; empty
    // when ssh did not fail on its own (the remote command's exit code is what it is).
    static QString connectionProblem(const SshDestination &destination,
                                     const ProcessOutcome &outcome);

    void run(const ProcessRequest &request, QObject *context, Done done) override;

private:
    ProcessRunner &m_local;
    SshDestination m_destination;
    QString m_sshProgram = QStringLiteral("ssh");
    QString m_configFile;
    int m_connectTimeoutSeconds = 15;
};

} // namespace relayq
