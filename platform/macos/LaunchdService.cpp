#include "macos/LaunchdService.h"

#include "ServiceRun.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace relayq {

namespace {

using Setup = LaunchdService::Setup;
using Kind = ServiceState::Kind;

QString domainOf(const Setup &setup)
{
    return QStringLiteral("gui/%1").arg(setup.uid);
}

QString targetOf(const Setup &setup)
{
    return domainOf(setup) + QLatin1Char('/') + setup.label;
}

QString notInstalledText()
{
    return LaunchdService::tr(
        "The LaunchAgent %1 is not installed (launchd does not know it and %2 does not "
        "exist).");
}

QString stateText(Kind kind)
{
    switch (kind) {
    case Kind::Running: return LaunchdService::tr("%1 is running (%2).");
    case Kind::Stopped: return LaunchdService::tr("%1 is stopped (%2).");
    case Kind::Failed: return LaunchdService::tr("%1 has failed (%2).");
    case Kind::NotFound:
    case Kind::Unknown: break;
    }
    return LaunchdService::tr("The state of %1 could not be read (%2).");
}

// launchctl's own reason, for messages: its first line of stderr (else stdout).
QString reasonOf(const ProcessOutcome &result)
{
    if (!result.errorText.isEmpty())
        return result.errorText;
    QByteArray text = result.standardError.trimmed();
    if (text.isEmpty())
        text = result.standardOutput.trimmed();
    if (text.isEmpty())
        return LaunchdService::tr("exit code %1").arg(result.exitCode);
    return QString::fromUtf8(text.split('\n').constFirst()).trimmed();
}

// The agent is not loaded in the domain: 113 "Could not find service" from print and kickstart,
// 3 "No such process" from bootout.
bool saysNotLoaded(const ProcessOutcome &result)
{
    const QByteArray text = result.standardError + result.standardOutput;
    return result.exitCode == 113 || text.contains("Could not find service")
        || text.contains("No such process");
}

struct Run : ServiceRun
{
    Run(const Setup &s, ServiceAction a, QObject *context, ServiceControl::Done done)
        : ServiceRun(*s.processes, context, std::move(done)), setup(s), action(a)
    { }

    Setup setup;
    ServiceAction action = ServiceAction::Status;

    void launchctl(const QStringList &arguments, int timeoutMs, Next next)
    {
        ProcessRequest request;
        request.program = setup.launchctl;
        request.arguments = arguments;
        request.timeoutMs = timeoutMs;
        runProcess(request, std::move(next));
    }

    // An agent launchd does not know is only stopped while its plist is there to load again.
    bool installed() const { return QFileInfo(setup.plist).isFile(); }
};

using RunPtr = std::shared_ptr<Run>;

void readState(const RunPtr &run, std::function<void()> next)
{
    run->launchctl({ QStringLiteral("print"), targetOf(run->setup) }, run->setup.statusTimeoutMs,
                   [run, next](const ProcessOutcome &result) {
                       ServiceState &state = run->outcome.state;
                       if (result.succeeded())
                           state = LaunchdService::parsePrint(result.standardOutput);
                       else if (result.started && !result.timedOut && saysNotLoaded(result))
                           state = run->installed()
                               ? ServiceState { Kind::Stopped, LaunchdService::tr("not loaded") }
                               : ServiceState { Kind::NotFound, reasonOf(result) };
                       else
                           state = { Kind::Unknown, reasonOf(result) };
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
            ? notInstalledText().arg(run->setup.label, run->setup.plist)
            : stateText(kind).arg(run->setup.label, outcome.state.detail);
        run->finish();
    });
}

// The action's command ended (`result`): say so, then read the state again.
void afterAction(const RunPtr &run, const ProcessOutcome &result)
{
    ServiceOutcome &outcome = run->outcome;
    const QString label = run->setup.label;
    if (!result.started || result.timedOut) {
        run->fail(ServiceRun::failedText(run->action).arg(label, reasonOf(result)));
        return;
    }
    outcome.ok = result.succeeded();
    outcome.message = outcome.ok ? ServiceRun::doneText(run->action).arg(label)
                                 : ServiceRun::failedText(run->action).arg(label, reasonOf(result));
    readState(run, [run] {
        ServiceOutcome &outcome = run->outcome;
        // launchd spawned it, but it exited at once: that is no start.
        if (outcome.ok && run->action != ServiceAction::Stop
            && outcome.state.kind == Kind::Failed) {
            outcome.ok = false;
            outcome.message
                = ServiceRun::failedText(run->action).arg(run->setup.label, outcome.state.detail);
        }
        run->finish();
    });
}

void notInstalled(const RunPtr &run, const ProcessOutcome &result)
{
    run->outcome.state = { Kind::NotFound, reasonOf(result) };
    run->fail(notInstalledText().arg(run->setup.label, run->setup.plist));
}

// Loads the agent from its plist; with RunAtLoad (as svc.sh writes it) that starts it.
void bootstrap(const RunPtr &run)
{
    run->launchctl({ QStringLiteral("bootstrap"), domainOf(run->setup), run->setup.plist },
                   run->setup.actionTimeoutMs,
                   [run](const ProcessOutcome &result) { afterAction(run, result); });
}

void start(const RunPtr &run)
{
    QStringList arguments { QStringLiteral("kickstart") };
    if (run->action == ServiceAction::Restart)
        arguments << QStringLiteral("-k"); // kill the running instance first
    arguments << targetOf(run->setup);
    run->launchctl(arguments, run->setup.actionTimeoutMs, [run](const ProcessOutcome &result) {
        if (!result.succeeded() && result.started && !result.timedOut && saysNotLoaded(result)) {
            if (run->installed())
                bootstrap(run); // booted out (stopped): load it again
            else
                notInstalled(run, result);
            return;
        }
        afterAction(run, result);
    });
}

void stop(const RunPtr &run)
{
    run->launchctl({ QStringLiteral("bootout"), targetOf(run->setup) }, run->setup.actionTimeoutMs,
                   [run](const ProcessOutcome &result) {
                       if (!result.succeeded() && result.started && !result.timedOut
                           && saysNotLoaded(result)) {
                           if (!run->installed()) {
                               notInstalled(run, result);
                               return;
                           }
                           // Not loaded is stopped already: what was asked holds.
                           ProcessOutcome stopped = result;
                           stopped.exitCode = 0;
                           afterAction(run, stopped);
                           return;
                       }
                       afterAction(run, result);
                   });
}

} // namespace

LaunchdService::LaunchdService(ProcessRunner &processes, const QString &plistPath, uint uid)
{
    m_setup.processes = &processes;
    m_setup.plist = plistPath.trimmed();
    m_setup.label = labelFromPlistPath(m_setup.plist);
    m_setup.uid = uid;
}

uint LaunchdService::currentUid()
{
#ifdef Q_OS_UNIX
    return static_cast<uint>(::getuid());
#else
    return 0;
#endif
}

QString LaunchdService::labelFromPlistPath(const QString &plistPath)
{
    QString name = QFileInfo(plistPath.trimmed()).fileName();
    if (name.endsWith(QLatin1String(".plist")))
        name.chop(6);
    return name;
}

bool LaunchdService::isValidLabel(const QString &label)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._][A-Za-z0-9._-]*$"));
    return allowed.match(label).hasMatch();
}

ServiceState LaunchdService::parsePrint(const QByteArray &output)
{
    // Only the service's own keys: nested blocks (endpoints, environment …) have their own.
    QHash<QByteArray, QByteArray> values;
    int depth = 0;
    for (const QByteArray &raw : output.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.endsWith('{')) {
            ++depth;
            continue;
        }
        if (line.startsWith('}')) {
            --depth;
            continue;
        }
        const qsizetype equals = line.indexOf(" = ");
        if (depth == 1 && equals > 0)
            values.insert(line.left(equals).trimmed(), line.mid(equals + 3).trimmed());
    }
    const QByteArray state = values.value("state");
    const QByteArray pid = values.value("pid");
    const QByteArray lastExit = values.value("last exit code");
    bool numeric = false;
    const int exitCode = lastExit.split(':').constFirst().trimmed().toInt(&numeric);
    QString detail = QString::fromUtf8(state);
    if (!pid.isEmpty())
        detail += tr(", pid %1").arg(QString::fromUtf8(pid));
    if (!lastExit.isEmpty() && state != "running")
        detail += tr(", last exit code %1").arg(QString::fromUtf8(lastExit));
    if (state == "running")
        return { Kind::Running, detail };
    if (state.isEmpty())
        return { Kind::Unknown, tr("launchctl gave no state") };
    if (numeric && exitCode != 0)
        return { Kind::Failed, detail };
    // "spawn scheduled": launchd is about to start it.
    if (state == "spawn scheduled")
        return { Kind::Running, detail };
    return { Kind::Stopped, detail }; // "not running", "waiting" for its trigger
}

QString LaunchdService::serviceTarget() const
{
    return targetOf(m_setup);
}

void LaunchdService::run(ServiceAction action, QObject *context, Done done)
{
    auto run = std::make_shared<Run>(m_setup, action, context, std::move(done));
    if (!isValidLabel(m_setup.label)) {
        run->outcome.message
            = tr("“%1” is not a LaunchAgent label RelayQ can use: only letters, digits and . _ - "
                 "are allowed, and it cannot start with -.")
                  .arg(m_setup.label);
        // Always answered from the event loop, like every other outcome.
        run->later(0, [run] { run->finish(); });
        return;
    }
    switch (action) {
    case ServiceAction::Status: reportStatus(run); break;
    case ServiceAction::Start:
    case ServiceAction::Restart: start(run); break;
    case ServiceAction::Stop: stop(run); break;
    }
}

QString LaunchdService::describe() const
{
    return tr("LaunchAgent %1 (%2)").arg(targetOf(m_setup), m_setup.plist);
}

} // namespace relayq
