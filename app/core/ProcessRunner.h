#pragma once
// Runs a child process without a shell and reports what it did. Injected wherever RelayQ starts
// a program (gh, systemctl, ssh …) so tests can watch or replace it. Secrets go to a child
// through stdin or a named environment variable, never through argv.

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace relayq {

struct ProcessRequest
{
    QString program; // a name looked up in PATH, or an absolute path
    QStringList arguments;
    QByteArray standardInput; // written, then stdin is closed
    QHash<QString, QString> extraEnvironment; // added to (and overriding) the inherited one
    QString workingDirectory;
    int timeoutMs = 30000; // killed after this
};

struct ProcessOutcome
{
    bool started = false; // false: not found / not executable (see errorText)
    bool timedOut = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    QString errorText; // in words when it did not start, timed out or crashed

    bool succeeded() const { return started && !timedOut && !crashed && exitCode == 0; }
};

class ProcessRunner
{
public:
    using Done = std::function<void(const ProcessOutcome &)>;
    virtual ~ProcessRunner() = default;
    // Asynchronous; `done` runs once on the event loop unless `context` is destroyed first.
    virtual void run(const ProcessRequest &request, QObject *context, Done done) = 0;
};

} // namespace relayq
