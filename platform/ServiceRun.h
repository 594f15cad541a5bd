#pragma once
// One ServiceControl action from its first helper command to its answer: what the service
// backends (systemd, launchd, the Windows service manager, the user's commands) all keep while
// they work. It holds the caller's context (the answer is dropped once that is destroyed),
// collects each helper command with what it printed for the audit log, and answers exactly once.
// A backend derives its own run from it to add what its steps share.

#include "ProcessRunner.h"
#include "ServiceControl.h"

#include <QPointer>
#include <QStringList>

#include <memory>

namespace relayq {

class ServiceRun : public std::enable_shared_from_this<ServiceRun>
{
public:
    using Next = std::function<void(const ProcessOutcome &)>;

    ServiceRun(ProcessRunner &processes, QObject *context, ServiceControl::Done done);
    virtual ~ServiceRun() = default;

    ServiceOutcome outcome;

    QObject *context() const { return m_context; }
    // Runs one helper command; its transcript is in outcome.helperOutput before `next` runs.
    // The run stays alive until `next` has run (or the context is gone).
    void runProcess(const ProcessRequest &request, Next next);
    // Answers with `outcome`, once: later calls do nothing.
    void finish();
    // Sets outcome.ok = false and the message, then answers.
    void fail(const QString &message);
    // Runs `step` from the event loop after `ms`, unless the context is destroyed first.
    void later(int ms, std::function<void()> step);

    // "$ program arguments…" and what it printed, trimmed, as the audit log keeps it.
    static QString transcript(const QString &program, const QStringList &arguments,
                              const ProcessOutcome &result);
    // stdout then stderr, trimmed.
    static QString outputOf(const ProcessOutcome &result);

    // What every backend says about an action, with %1 the service's name (and %2 why it
    // failed), so the user reads the same words whichever helper ran.
    static QString doneText(ServiceAction action);
    static QString failedText(ServiceAction action);
    static QString refusedText(ServiceAction action); // the privilege prompt was refused

private:
    ProcessRunner *m_processes;
    QPointer<QObject> m_context;
    bool m_guarded;
    bool m_finished = false;
    ServiceControl::Done m_done;
};

} // namespace relayq
