#include "RunnerHistory.h"

#include <QSet>

namespace relayq {

RunnerHistory::Entry RunnerHistory::entry(const QString &target, qint64 runnerId) const
{
    const auto entries = m_entries.constFind(target);
    return entries == m_entries.constEnd() ? Entry() : entries->value(runnerId);
}

QList<Runner> RunnerHistory::advance(const FleetSnapshot &snapshot, const QDateTime &at)
{
    QHash<QString, QList<Runner>> byTarget;
    for (const Runner &runner : snapshot.runners)
        byTarget[runner.target].append(runner);

    QList<Runner> removed;
    QSet<QString> watched;
    for (const TargetState &state : snapshot.targets) {
        const QString name = state.target.name();
        watched.insert(name);
        if (snapshot.isTargetFresh(name))
            advanceTarget(name, byTarget.value(name), at, &removed);
    }
    // A target the user stopped watching: forget it, so watching it again starts afresh
    // instead of reporting every runner that changed in between.
    const QList<QString> known = m_lastRunners.keys();
    for (const QString &target : known) {
        if (!watched.contains(target))
            forgetTarget(target);
    }
    return removed;
}

void RunnerHistory::advanceTarget(const QString &target, const QList<Runner> &runners,
                                  const QDateTime &at, QList<Runner> *removed)
{
    QSet<qint64> present;
    present.reserve(runners.size());
    QHash<qint64, Entry> &entries = m_entries[target];
    for (const Runner &runner : runners) {
        present.insert(runner.id);
        if (runner.isOffline()) {
            Entry &e = entries[runner.id];
            if (e.offlinePolls == 0)
                e.offlineSince = at;
            ++e.offlinePolls;
        } else {
            // Online or unknown: the streak is broken, a later offline poll starts a new one.
            entries.remove(runner.id);
        }
    }

    const auto previous = m_lastRunners.constFind(target);
    if (previous != m_lastRunners.constEnd()) {
        for (const Runner &runner : *previous) {
            if (present.contains(runner.id))
                continue;
            entries.remove(runner.id);
            // Ephemeral runners vanish after every job: that is how they work, not news.
            if (!runner.ephemeral)
                removed->append(runner);
        }
    }
    m_lastRunners.insert(target, runners);
}

void RunnerHistory::forgetTarget(const QString &target)
{
    m_entries.remove(target);
    m_lastRunners.remove(target);
}

} // namespace relayq
