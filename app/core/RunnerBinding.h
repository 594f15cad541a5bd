#pragma once
// How RelayQ reaches the service behind one runner: on this machine (its directory's `.service`
// tells which unit), on another host over SSH, or through commands the user wrote for runners
// under supervisord, docker and the like. Stored in the settings file; auto-recovery is opt-in
// per runner here.

#include <QList>
#include <QString>

namespace relayq {

struct RunnerBinding
{
    enum class Kind { Local, Ssh, Commands };

    QString runnerName; // the runner's name on GitHub: what this binding is for
    Kind kind = Kind::Local;
    QString directory; // the runner directory: here (Local), or on the remote host (Ssh)
    QString sshDestination; // [user@]host[:port], for Ssh
    QString serviceName; // the unit / label / service when `.service` cannot be read (Ssh)
    QString startCommand; // for Commands, as the user typed them (split without a shell)
    QString stopCommand;
    QString statusCommand;
    bool autoRecovery = false; // restart it when it stays offline while its service is down

    bool operator==(const RunnerBinding &) const = default;
};

using RunnerBindingList = QList<RunnerBinding>;

} // namespace relayq
