#include "linux/SystemdService.h"

#include "ProcessRunner.h"
#include "ServiceRun.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStandardPaths>

#include <memory>

namespace relayq {

namespace {

using Setup = SystemdService::Setup;
using Kind = ServiceState::Kind;

QString verbOf(ServiceAction action)
{
    switch (action) {
    case ServiceAction::Start: return QStringLiteral("start");
    case ServiceAction::Stop: return QStringLiteral("stop");
    case ServiceAction::Restart: return QStringLiteral("restart");
    case ServiceAction::Status: break;
    }
    return QStringLiteral("show");
}

QString notInstalledText()
{
    return SystemdService::tr("The service %1 is not installed (systemd knows no such unit).");
}

QString stateText(const ServiceState &state)
{
    switch (state.kind) {
    case Kind::Running: return SystemdService::tr("%1 is running (%2).");
    case Kind::Stopped: return SystemdService::tr("%1 is stopped (%2).");
    case Kind::Failed: return SystemdService::tr("%1 has failed (%2).");
    case Kind::NotFound: // said in its own words by the caller
    case Kind::Unknown: break;
    }
    return SystemdService::tr("The state of %1 could not be read (%2).");
}

// systemctl's own reason, for messages: its first line of stderr (else stdout).
QString reasonOf(const ProcessOutcome &outcome)
{
    if (!outcome.errorText.isEmpty())
        return outcome.errorText;
    QByteArray text = outcome.standardError.trimmed();
    if (text.isEmpty())
        text = outcome.standardOutput.trimmed();
    if (text.isEmpty())
        return SystemdService::tr("exit code %1").arg(outcome.exitCode);
    return QString::fromUtf8(text.split('\n').constFirst()).trimmed();
}

bool saysNotFound(const ProcessOutcome &outcome)
{
    // 5: "program or service status unknown", systemctl's answer for a unit it does not know.
    const QByteArray text = outcome.standardError;
    return outcome.exitCode == 5 || text.contains("not found") || text.contains("not loaded");
}

bool needsAuthorization(const ProcessOutcome &outcome)
{
    // 4: "user has insufficient privileges".
    const QByteArray text = outcome.standardError;
    return outcome.exitCode == 4 || text.contains("Interactive authentication required")
        || text.contains("Access denied");
}

// pkexec exits 126 when the user dismissed the dialog, 127 when not authorized.
bool pkexecRefused(const ProcessOutcome &outcome)
{
    return outcome.exitCode == 126 || outcome.exitCode == 127;
}

QStringList scopeArguments(const Setup &setup)
{
    return setup.scope == SystemdService::Scope::User ? QStringList { QStringLiteral("--user") }
                                                      : QStringList {};
}

QStringList statusArgumentsFor(const Setup &setup)
{
    return scopeArguments(setup)
        + QStringList { QStringLiteral("show"),        QStringLiteral("-p"),
                        QStringLiteral("ActiveState"), QStringLiteral("-p"),
                        QStringLiteral("SubState"),    QStringLiteral("-p"),
                        QStringLiteral("LoadState"),   setup.unit };
}

QStringList actionArgumentsFor(const Setup &setup, ServiceAction action)
{
    if (action == ServiceAction::Status)
        return statusArgumentsFor(setup);
    QStringList arguments = scopeArguments(setup);
    if (setup.scope == SystemdService::Scope::System)
        arguments << QStringLiteral("--no-ask-password"); // never a password prompt on a tty
    return arguments << verbOf(action) << setup.unit;
}

// One run from the first command to `done`: the steps share what they found.
struct Run : ServiceRun
{
    Run(const Setup &s, ServiceAction a, QObject *context, ServiceControl::Done done)
        : ServiceRun(*s.processes, context, std::move(done)), setup(s), action(a)
    { }

    Setup setup;
    ServiceAction action = ServiceAction::Status;

    void runProcess(const QString &program, const QStringList &arguments, int timeoutMs, Next next)
    {
        ProcessRequest request;
        request.program = program;
        request.arguments = arguments;
        request.timeoutMs = timeoutMs;
        ServiceRun::runProcess(request, std::move(next));
    }
};

using RunPtr = std::shared_ptr<Run>;

void readState(const RunPtr &run, std::function<void()> next)
{
    const Setup &setup = run->setup;
    run->runProcess(setup.systemctl, statusArgumentsFor(setup), setup.statusTimeoutMs,
                    [run, next](const ProcessOutcome &result) {
                        if (result.succeeded())
                            run->outcome.state = SystemdService::parseShow(result.standardOutput);
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
            ? notInstalledText().arg(run->setup.unit)
            : stateText(outcome.state).arg(run->setup.unit, outcome.state.detail);
        run->finish();
    });
}

// What systemctl (directly or through pkexec) answered to start/stop/restart.
void afterAction(const RunPtr &run, const ProcessOutcome &result, bool throughPkexec)
{
    ServiceOutcome &outcome = run->outcome;
    const QString unit = run->setup.unit;
    const ServiceAction action = run->action;
    if (!result.started || result.timedOut) {
        outcome.message = ServiceRun::failedText(action).arg(unit, result.errorText);
        run->finish();
        return;
    }
    if (throughPkexec && pkexecRefused(result)) {
        outcome.message = ServiceRun::refusedText(action).arg(unit);
        readState(run, [run] { run->finish(); });
        return;
    }
    if (saysNotFound(result)) {
        outcome.state = { Kind::NotFound, reasonOf(result) };
        outcome.message = notInstalledText().arg(unit);
        run->finish();
        return;
    }
    outcome.ok = result.succeeded();
    outcome.message = outcome.ok ? ServiceRun::doneText(action).arg(unit)
                                 : ServiceRun::failedText(action).arg(unit, reasonOf(result));
    readState(run, [run] { run->finish(); });
}

void actThroughPkexec(const RunPtr &run)
{
    const Setup &setup = run->setup;
    // polkit's rules name programs by path; give pkexec the one systemctl that would have run.
    QString systemctl = QStandardPaths::findExecutable(setup.systemctl);
    if (systemctl.isEmpty())
        systemctl = setup.systemctl;
    const QStringList arguments { systemctl, verbOf(run->action), setup.unit };
    run->runProcess(
        setup.pkexec, arguments, setup.authorizationTimeoutMs, [run](const ProcessOutcome &result) {
            if (!result.started) {
                run->outcome.message = ServiceRun::refusedText(run->action).arg(run->setup.unit)
                    + QLatin1Char(' ') + result.errorText;
                run->finish();
                return;
            }
            afterAction(run, result, true);
        });
}

void act(const RunPtr &run)
{
    const Setup &setup = run->setup;
    run->runProcess(setup.systemctl, actionArgumentsFor(setup, run->action), setup.actionTimeoutMs,
                    [run](const ProcessOutcome &result) {
                        if (run->setup.scope == SystemdService::Scope::System && result.started
                            && !result.timedOut && !result.succeeded()
                            && needsAuthorization(result)) {
                            actThroughPkexec(run);
                            return;
                        }
                        afterAction(run, result, false);
                    });
}

} // namespace

SystemdService::SystemdService(ProcessRunner &processes, const QString &unitName, Scope scope)
{
    m_setup.processes = &processes;
    m_setup.unit = normalizedUnitName(unitName);
    m_setup.scope = scope;
}

QString SystemdService::normalizedUnitName(const QString &name)
{
    const QString unit = name.trimmed();
    if (unit.isEmpty() || unit.endsWith(QLatin1String(".service")))
        return unit;
    return unit + QLatin1String(".service");
}

bool SystemdService::isValidUnitName(const QString &unitName)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9@._:][A-Za-z0-9@._:-]*$"));
    return allowed.match(unitName).hasMatch();
}

ServiceState SystemdService::parseShow(const QByteArray &output)
{
    QHash<QByteArray, QByteArray> values;
    for (const QByteArray &line : output.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            values.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    const QByteArray load = values.value("LoadState");
    const QByteArray active = values.value("ActiveState");
    const QByteArray sub = values.value("SubState");
    const QString detail = sub.isEmpty()
        ? QString::fromUtf8(active)
        : QStringLiteral("%1, %2").arg(QString::fromUtf8(active), QString::fromUtf8(sub));
    if (load == "not-found")
        return { Kind::NotFound, QStringLiteral("not-found") };
    if (load == "error" || load == "bad-setting")
        return { Kind::Failed, QString::fromUtf8(load) };
    if (active == "active" || active == "reloading")
        return { Kind::Running, detail };
    // "activating (auto-restart)" is a unit that keeps crashing and is waiting to try again.
    if (active == "activating")
        return { sub == "auto-restart" ? Kind::Failed : Kind::Running, detail };
    if (active == "failed")
        return { Kind::Failed, detail };
    if (active == "inactive" || active == "deactivating")
        return { Kind::Stopped, detail };
    return { Kind::Unknown, detail.isEmpty() ? tr("systemctl gave no state") : detail };
}

QStringList SystemdService::statusArguments() const
{
    return statusArgumentsFor(m_setup);
}

QStringList SystemdService::actionArguments(ServiceAction action) const
{
    return actionArgumentsFor(m_setup, action);
}

void SystemdService::run(ServiceAction action, QObject *context, Done done)
{
    auto run = std::make_shared<Run>(m_setup, action, context, std::move(done));
    if (!isValidUnitName(m_setup.unit)) {
        run->outcome.message = tr("“%1” is not a systemd unit name RelayQ can use: only letters, "
                                  "digits and @ . _ : - are allowed, and it cannot start with -.")
                                   .arg(m_setup.unit);
        // Always answered from the event loop, like every other outcome.
        run->later(0, [run] { run->finish(); });
        return;
    }
    if (action == ServiceAction::Status)
        reportStatus(run);
    else
        act(run);
}

QString SystemdService::describe() const
{
    return m_setup.scope == Scope::User ? tr("systemd user unit %1").arg(m_setup.unit)
                                        : tr("systemd system unit %1").arg(m_setup.unit);
}

} // namespace relayq
