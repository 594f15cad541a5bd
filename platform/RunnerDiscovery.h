#pragma once
// Finds the runners installed on this machine: the directories the user configured, plus the
// places runners usually live (~/actions-runner*, /opt/actions-runner*, C:\actions-runner*).
// A configured directory is always reported, with its problem when it is not a runner; in the
// usual places only directories holding a `.runner` count.

#include "LocalRunner.h"

#include <QList>
#include <QStringList>

namespace relayq {

class RunnerDiscovery
{
public:
    // Folders whose `actions-runner*` children are runners by convention, for this OS and user.
    static QStringList usualRoots();
    // Runners of `configured` (in that order), then those found under `usualRoots` (by path);
    // a directory reached twice (symlink, same path written twice) is listed once.
    static QList<LocalRunner> discover(const QStringList &configured,
                                       const QStringList &usualRoots);
    // The same with this machine's usual roots.
    static QList<LocalRunner> discover(const QStringList &configured)
    {
        return discover(configured, usualRoots());
    }
};

} // namespace relayq
