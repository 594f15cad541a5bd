#include "LocalProcessRunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace relayq {

namespace {

QProcessEnvironment environmentFor(const ProcessRequest &request)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The variables TokenSource reads the GitHub token from: no child (a runner's service, its
    // config.sh, ssh, gh) needs it, and a service started from here would keep it for good.
    for (const char *name : { "GH_TOKEN", "GITHUB_TOKEN" })
        environment.remove(QLatin1String(name));
    for (auto it = request.extraEnvironment.cbegin(); it != request.extraEnvironment.cend(); ++it)
        environment.insert(it.key(), it.value());
    return environment;
}

// What one run needs to report exactly once, whichever of "failed to start", "finished" or
// "timed out" comes first.
struct Run : std::enable_shared_from_this<Run>
{
    QProcess *process = nullptr;
    ProcessRunner::Done done;
    bool guarded = false;
    QPointer<QObject> context;
    bool reported = false;
    bool timedOut = false;
    QString program;
    int timeoutMs = 0;

    void report(ProcessOutcome outcome)
    {
        if (reported)
            return;
        reported = true;
        // Always from the event loop: QProcess may report a failed start inside start().
        QMetaObject::invokeMethod(
            process,
            [self = shared_from_this(), outcome = std::move(outcome)] {
                self->process->deleteLater();
                if (self->guarded && !self->context)
                    return;
                self->done(outcome);
            },
            Qt::QueuedConnection);
    }
};

} // namespace

LocalProcessRunner::LocalProcessRunner() : m_children(std::make_unique<QObject>()) { }

// Quitting must not orphan a helper (a stop command, ssh, pkexec): nobody would read its
// answer, and a user who quit RelayQ does not expect its work to go on unseen. What a helper
// already handed over (a job queued in systemd, launchd or the SCM) is not undone by this.
LocalProcessRunner::~LocalProcessRunner()
{
    QList<QProcess *> running;
    for (QProcess *process : m_children->findChildren<QProcess *>(Qt::FindDirectChildrenOnly)) {
        QObject::disconnect(process, nullptr, nullptr, nullptr); // no report from here on
        if (process->state() == QProcess::Starting)
            process->waitForStarted(1000);
        if (process->state() == QProcess::Running) {
            process->terminate();
            running.append(process);
        }
    }
    const QDeadlineTimer grace(stopGraceMs);
    for (QProcess *process : std::as_const(running)) {
        if (process->waitForFinished(int(std::max<qint64>(0, grace.remainingTime()))))
            continue;
        process->kill();
        process->waitForFinished(1000);
    }
}

void LocalProcessRunner::run(const ProcessRequest &request, QObject *context, Done done)
{
    auto *process = new QProcess(m_children.get());
    auto run = std::make_shared<Run>();
    run->process = process;
    run->done = std::move(done);
    run->guarded = context != nullptr;
    run->context = context;
    run->program = request.program;
    run->timeoutMs = request.timeoutMs;

    process->setProgram(request.program);
    process->setArguments(request.arguments);
    process->setProcessEnvironment(environmentFor(request));
    if (!request.workingDirectory.isEmpty())
        process->setWorkingDirectory(request.workingDirectory);

    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, process, [run] {
        run->timedOut = true;
        run->process->kill(); // finished() follows and reports
    });

    QObject::connect(process, &QProcess::errorOccurred, process, [run](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return; // crashes and kills are reported by finished()
        ProcessOutcome outcome;
        outcome.errorText
            = tr("%1 could not be started: %2").arg(run->program, run->process->errorString());
        run->report(outcome);
    });

    QObject::connect(process, &QProcess::finished, process,
                     [run](int exitCode, QProcess::ExitStatus status) {
                         ProcessOutcome outcome;
                         outcome.started = true;
                         outcome.exitCode = exitCode;
                         outcome.standardOutput = run->process->readAllStandardOutput();
                         outcome.standardError = run->process->readAllStandardError();
                         if (run->timedOut) {
                             outcome.timedOut = true;
                             outcome.exitCode = -1;
                             outcome.errorText = tr("%1 did not finish within %2 ms and was "
                                                    "stopped.")
                                                     .arg(run->program)
                                                     .arg(run->timeoutMs);
                         } else if (status == QProcess::CrashExit) {
                             outcome.crashed = true;
                             outcome.exitCode = -1;
                             outcome.errorText = tr("%1 crashed.").arg(run->program);
                         }
                         run->report(outcome);
                     });

    process->start(); // no shell: program and arguments go to exec as they are
    if (run->reported)
        return; // did not start; the answer is already on its way
    if (request.timeoutMs > 0)
        timer->start(request.timeoutMs);
    // Buffered until the process runs; stdin is closed once the buffer is written so that
    // programs reading to end of input (gh auth login --with-token) finish.
    if (!request.standardInput.isEmpty())
        process->write(request.standardInput);
    process->closeWriteChannel();
}

} // namespace relayq
