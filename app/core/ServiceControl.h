#pragma once
// Starting, stopping, restarting and asking about the service that keeps a runner alive, behind
// one interface. Where the service lives (a systemd unit, a LaunchAgent, the Windows service
// manager, a remote host, the user's own commands) is the implementation's business, in
// platform/; the actions, the tray and relayqctl only see this.

#include <QObject>
#include <QString>

#include <functional>

namespace relayq {

enum class ServiceAction { Status, Start, Stop, Restart };

struct ServiceState
{
    enum class Kind { Running, Stopped, Failed, NotFound, Unknown };
    Kind kind = Kind::Unknown;
    QString detail; // what the helper said about it, e.g. "active (running)"
};

struct ServiceOutcome
{
    // The request did what was asked: the state could be read (Status), the service was
    // started/stopped/restarted. False when the service is not installed, whatever was asked.
    bool ok = false;
    ServiceState state; // after the action, when it could be read
    QString message; // in words, for the user
    QString helperOutput; // the commands run with their stdout+stderr, trimmed, for the audit log
};

class ServiceControl
{
public:
    using Done = std::function<void(const ServiceOutcome &)>;
    virtual ~ServiceControl() = default;

    // Asynchronous; `done` runs once on the event loop unless `context` is destroyed first.
    virtual void run(ServiceAction action, QObject *context, Done done) = 0;
    // Short and stable, for the audit log and `relayqctl runners`: "systemd", "command" …
    virtual QString helperName() const = 0;
    // In words: which service this controls and how.
    virtual QString describe() const = 0;
};

} // namespace relayq
