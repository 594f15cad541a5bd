#include "windows/WindowsService.h"

#include "ServiceRun.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <memory>

namespace relayq {

namespace {

using Setup = WindowsService::Setup;
using Kind = ServiceState::Kind;
using Answer = std::function<void(const ProcessOutcome &)>;

// sc.exe exits with the Win32 error code.
constexpr int kAccessDenied = 5;
constexpr int kAlreadyRunning = 1056;
constexpr int kDoesNotExist = 1060;
constexpr int kNotStarted = 1062;

QString notInstalledText()
{
    return WindowsService::tr(
        "The service %1 is not installed (the service manager knows no such service).");
}

QString stateText(Kind kind)
{
    switch (kind) {
    case Kind::Running: return WindowsService::tr("%1 is running (%2).");
    case Kind::Stopped: return WindowsService::tr("%1 is stopped (%2).");
    case Kind::Failed: return WindowsService::tr("%1 has failed (%2).");
    case Kind::NotFound:
    case Kind::Unknown: break;
    }
    return WindowsService::tr("The state of %1 could not be read (%2).");
}

bool saysError(const ProcessOutcome &result, int code)
{
    return result.exitCode == code
        || result.standardOutput.contains(QByteArray("FAILED ") + QByteArray::number(code) + ':');
}

// sc's own reason, for messages: "[SC] StartService FAILED 1053:" is followed by the words.
QString reasonOf(const ProcessOutcome &result)
{
    if (!result.errorText.isEmpty())
        return result.errorText;
    QStringList lines;
    for (const QByteArray &line :
         (result.standardOutput + '\n' + result.standardError).split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty() && !text.startsWith(QLatin1String("[SC]")))
            lines << text;
    }
    if (lines.isEmpty())
        return WindowsService::tr("exit code %1").arg(result.exitCode);
    return lines.constFirst();
}

bool broke(const ProcessOutcome &result)
{
    return !result.started || result.timedOut || result.crashed;
}

struct Run : ServiceRun
{
    Run(const Setup &s, ServiceAction a, QObject *context, ServiceControl::Done done)
        : ServiceRun(*s.processes, context, std::move(done))
        , setup(s)
        , action(a)
        , pollsLeft(s.stopPolls)
    { }

    Setup setup;
    ServiceAction action = ServiceAction::Status;
    bool elevated = false; // once sc said "access denied", later commands go elevated at once
    int pollsLeft = 0;

    void run(const QString &program, const QStringList &arguments, int timeoutMs, Next next)
    {
        ProcessRequest request;
        request.program = program;
        request.arguments = arguments;
        request.timeoutMs = timeoutMs;
        runProcess(request, std::move(next));
    }
};

using RunPtr = std::shared_ptr<Run>;

void readState(const RunPtr &run, std::function<void()> next)
{
    run->run(run->setup.sc, { QStringLiteral("query"), run->setup.name },
             run->setup.statusTimeoutMs, [run, next](const ProcessOutcome &result) {
                 if (result.succeeded())
                     run->outcome.state = WindowsService::parseQuery(result.standardOutput);
                 else if (!broke(result) && saysError(result, kDoesNotExist))
                     run->outcome.state = { Kind::NotFound, reasonOf(result) };
                 else
                     run->outcome.state = { Kind::Unknown, reasonOf(result) };
                 next();
             });
}

void reportStatus(const RunPtr &run)
{
    readState(run, [run] {
        ServiceOutcome &outcome = run->outcome;
        const Kind kind = outcome.state.kind;
        outcome.ok = kind != Kind::Unknown && kind != Kind::NotFound;
        outcome.message = kind == Kind::NotFound
            ? notInstalledText().arg(run->setup.name)
            : stateText(kind).arg(run->setup.name, outcome.state.detail);
        run->finish();
    });
}

// `sc.exe <verb> <name>` through the elevation prompt. PowerShell passes the elevated sc's exit
// code on, so the answer reads like sc's own; only a refused prompt is told apart.
void elevate(const RunPtr &run, const QString &verb, Answer next)
{
    run->elevated = true;
    const Setup &setup = run->setup;
    const QStringList arguments { QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
                                  QStringLiteral("-Command"),
                                  WindowsService::elevatedCommand(setup.sc, verb, setup.name) };
    run->run(setup.powershell, arguments, setup.elevationTimeoutMs,
             [run, next](const ProcessOutcome &result) {
                 const QByteArray text = result.standardError + result.standardOutput;
                 if (!result.started || text.contains("canceled by the user")
                     || text.contains("cancelled by the user")) {
                     run->outcome.message
                         = ServiceRun::refusedText(run->action).arg(run->setup.name);
                     if (!result.errorText.isEmpty())
                         run->outcome.message += QLatin1Char(' ') + result.errorText;
                     readState(run, [run] { run->finish(); });
                     return;
                 }
                 next(result);
             });
}

// `sc.exe <verb> <name>`, elevated once when sc says access denied.
void sc(const RunPtr &run, const QString &verb, Answer next)
{
    if (run->elevated) {
        elevate(run, verb, std::move(next));
        return;
    }
    run->run(run->setup.sc, { verb, run->setup.name }, run->setup.actionTimeoutMs,
             [run, verb, next](const ProcessOutcome &result) {
                 if (!broke(result) && !result.succeeded() && saysError(result, kAccessDenied)) {
                     elevate(run, verb, next);
                     return;
                 }
                 next(result);
             });
}

// Ends a run whose command did not do what was asked, or reads the state after one that did.
// `fine` is an error code that means the service is already where it was asked to be.
void settle(const RunPtr &run, const ProcessOutcome &result, int fine)
{
    ServiceOutcome &outcome = run->outcome;
    const QString name = run->setup.name;
    if (broke(result)) {
        run->fail(ServiceRun::failedText(run->action).arg(name, reasonOf(result)));
        return;
    }
    if (saysError(result, kDoesNotExist)) {
        outcome.state = { Kind::NotFound, reasonOf(result) };
        run->fail(notInstalledText().arg(name));
        return;
    }
    outcome.ok = result.succeeded() || saysError(result, fine);
    outcome.message = outcome.ok ? ServiceRun::doneText(run->action).arg(name)
                                 : ServiceRun::failedText(run->action).arg(name, reasonOf(result));
    readState(run, [run] { run->finish(); });
}

void start(const RunPtr &run)
{
    sc(run, QStringLiteral("start"),
       [run](const ProcessOutcome &result) { settle(run, result, kAlreadyRunning); });
}

// Restart: asks until the service manager says STOPPED, then starts.
void waitUntilStopped(const RunPtr &run)
{
    readState(run, [run] {
        const ServiceState &state = run->outcome.state;
        // STOP_PENDING reads as stopped for the user, but starting now would fail with 1056.
        if (state.detail.startsWith(QLatin1String("STOPPED"))) {
            start(run);
            return;
        }
        if (state.kind == Kind::Unknown || --run->pollsLeft <= 0) {
            run->fail(ServiceRun::failedText(run->action)
                          .arg(run->setup.name,
                               WindowsService::tr("it did not stop (%1)").arg(state.detail)));
            return;
        }
        run->later(run->setup.stopPollIntervalMs, [run] { waitUntilStopped(run); });
    });
}

void stop(const RunPtr &run)
{
    sc(run, QStringLiteral("stop"), [run](const ProcessOutcome &result) {
        if (run->action == ServiceAction::Stop) {
            settle(run, result, kNotStarted);
            return;
        }
        // A stop that failed may leave the service up: no second start next to it.
        if (broke(result) || saysError(result, kDoesNotExist)
            || !(result.succeeded() || saysError(result, kNotStarted))) {
            settle(run, result, kNotStarted);
            return;
        }
        waitUntilStopped(run);
    });
}

} // namespace

WindowsService::WindowsService(ProcessRunner &processes, const QString &serviceName)
{
    m_setup.processes = &processes;
    m_setup.name = serviceName.trimmed();
}

bool WindowsService::isValidServiceName(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._][A-Za-z0-9._-]*$"));
    return allowed.match(name).hasMatch();
}

ServiceState WindowsService::parseQuery(const QByteArray &output)
{
    QHash<QByteArray, QByteArray> values;
    for (const QByteArray &line : output.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            values.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    // "STATE : 4  RUNNING", "WIN32_EXIT_CODE : 1067  (0x42b)"
    const QList<QByteArray> stateWords = values.value("STATE").simplified().split(' ');
    const QByteArray state = stateWords.size() > 1 ? stateWords.at(1) : QByteArray();
    const int exitCode
        = values.value("WIN32_EXIT_CODE").simplified().split(' ').constFirst().toInt();
    QString detail = QString::fromUtf8(state);
    if (state.isEmpty())
        return { Kind::Unknown, tr("sc.exe gave no state") };
    if (state == "RUNNING" || state == "START_PENDING" || state == "CONTINUE_PENDING")
        return { Kind::Running, detail };
    // 1077: never started since boot, not a failure.
    if (state == "STOPPED" && exitCode != 0 && exitCode != 1077)
        return { Kind::Failed, tr("%1, exit code %2").arg(detail).arg(exitCode) };
    if (state == "STOPPED" || state == "STOP_PENDING" || state == "PAUSED"
        || state == "PAUSE_PENDING")
        return { Kind::Stopped, detail };
    return { Kind::Unknown, detail };
}

QString WindowsService::elevatedCommand(const QString &scProgram, const QString &verb,
                                        const QString &serviceName)
{
    // PowerShell single-quoted strings take everything literally except ', written twice. The
    // verb is ours and the name passed isValidServiceName ([A-Za-z0-9._-] only), so neither can
    // end its quotes; the program path is quoted the same way in case it holds a space or a '.
    const auto quoted = [](QString text) {
        return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''"))
            + QLatin1Char('\'');
    };
    return QStringLiteral("$p = Start-Process -FilePath %1 -ArgumentList %2,%3 -Verb RunAs -Wait "
                          "-WindowStyle Hidden -PassThru; exit $p.ExitCode")
        .arg(quoted(scProgram), quoted(verb), quoted(serviceName));
}

void WindowsService::run(ServiceAction action, QObject *context, Done done)
{
    auto run = std::make_shared<Run>(m_setup, action, context, std::move(done));
    if (!isValidServiceName(m_setup.name)) {
        run->outcome.message = tr("“%1” is not a service name RelayQ can use: only letters, "
                                  "digits and . _ - are allowed, and it cannot start with -.")
                                   .arg(m_setup.name);
        // Always answered from the event loop, like every other outcome.
        run->later(0, [run] { run->finish(); });
        return;
    }
    switch (action) {
    case ServiceAction::Status: reportStatus(run); break;
    case ServiceAction::Start: start(run); break;
    case ServiceAction::Stop:
    case ServiceAction::Restart: stop(run); break;
    }
}

QString WindowsService::describe() const
{
    return tr("Windows service %1").arg(m_setup.name);
}

} // namespace relayq
