#include "ServiceRun.h"

#include <QCoreApplication>
#include <QTimer>

namespace relayq {

ServiceRun::ServiceRun(ProcessRunner &processes, QObject *context, ServiceControl::Done done)
    : m_processes(&processes)
    , m_context(context)
    , m_guarded(context != nullptr)
    , m_done(std::move(done))
{ }

void ServiceRun::runProcess(const ProcessRequest &request, Next next)
{
    // The callback holds the run: nothing else needs to keep it alive while the child runs.
    m_processes->run(request, m_context,
                     [self = shared_from_this(), request, next](const ProcessOutcome &result) {
                         if (!self->outcome.helperOutput.isEmpty())
                             self->outcome.helperOutput += QLatin1Char('\n');
                         self->outcome.helperOutput
                             += transcript(request.program, request.arguments, result);
                         next(result);
                     });
}

void ServiceRun::finish()
{
    if (m_finished || (m_guarded && !m_context))
        return;
    m_finished = true;
    // Moved out first: `done` may drop the last reference to whatever owns this run.
    const ServiceControl::Done done = std::move(m_done);
    done(outcome);
}

void ServiceRun::fail(const QString &message)
{
    outcome.ok = false;
    outcome.message = message;
    finish();
}

void ServiceRun::later(int ms, std::function<void()> step)
{
    if (m_guarded && !m_context)
        return;
    QObject *receiver = m_context ? m_context.data() : QCoreApplication::instance();
    QTimer::singleShot(ms, receiver, [self = shared_from_this(), step] { step(); });
}

QString ServiceRun::outputOf(const ProcessOutcome &result)
{
    return (QString::fromUtf8(result.standardOutput) + QString::fromUtf8(result.standardError))
        .trimmed();
}

QString ServiceRun::transcript(const QString &program, const QStringList &arguments,
                               const ProcessOutcome &result)
{
    QString text
        = QStringLiteral("$ ") + (QStringList { program } + arguments).join(QLatin1Char(' '));
    const QString output = outputOf(result);
    if (!output.isEmpty())
        text += QLatin1Char('\n') + output;
    if (!result.errorText.isEmpty())
        text += QLatin1Char('\n') + result.errorText;
    return text;
}

QString ServiceRun::doneText(ServiceAction action)
{
    switch (action) {
    case ServiceAction::Start:
        return QCoreApplication::translate("relayq::ServiceRun", "%1 was started.");
    case ServiceAction::Stop:
        return QCoreApplication::translate("relayq::ServiceRun", "%1 was stopped.");
    default: return QCoreApplication::translate("relayq::ServiceRun", "%1 was restarted.");
    }
}

QString ServiceRun::failedText(ServiceAction action)
{
    switch (action) {
    case ServiceAction::Start:
        return QCoreApplication::translate("relayq::ServiceRun", "Starting %1 failed: %2");
    case ServiceAction::Stop:
        return QCoreApplication::translate("relayq::ServiceRun", "Stopping %1 failed: %2");
    default: return QCoreApplication::translate("relayq::ServiceRun", "Restarting %1 failed: %2");
    }
}

QString ServiceRun::refusedText(ServiceAction action)
{
    switch (action) {
    case ServiceAction::Start:
        return QCoreApplication::translate(
            "relayq::ServiceRun",
            "Starting %1 needs administrator rights and the request was refused.");
    case ServiceAction::Stop:
        return QCoreApplication::translate(
            "relayq::ServiceRun",
            "Stopping %1 needs administrator rights and the request was refused.");
    default:
        return QCoreApplication::translate(
            "relayq::ServiceRun",
            "Restarting %1 needs administrator rights and the request was refused.");
    }
}

} // namespace relayq
