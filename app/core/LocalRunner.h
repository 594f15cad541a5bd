#pragma once
// A runner installed on this machine, as its directory describes it: what `config.sh` wrote to
// `.runner` (who it is on GitHub) and `.service` (which service starts it). Anything that could
// not be read is kept in `problems`, in words, so the user sees the directory and what is wrong.

#include <QString>
#include <QStringList>

namespace relayq {

struct LocalRunner
{
    QString directory; // absolute path of the runner directory
    qint64 agentId = 0; // the runner's id on GitHub; 0 when unknown
    QString agentName;
    qint64 poolId = 0; // the runner group
    QString serverUrl;
    QString gitHubUrl; // the repository or organisation URL it was registered to
    QString workFolder;
    bool ephemeral = false;
    QString serviceName; // from `.service`; empty when no service is installed
    QStringList problems; // unreadable or malformed `.runner`, missing fields …

    // Registered on GitHub as far as the directory says: it has an id or a name to match by.
    bool isConfigured() const { return agentId > 0 || !agentName.isEmpty(); }
    // What to call it: its name, else the directory.
    QString displayName() const { return agentName.isEmpty() ? directory : agentName; }
};

} // namespace relayq
