#include "RunnerHistory.h"

#include <QSet>

namespace relayq {

QString RunnerHistory::key(const QString &target, qint64 runnerId)
{
    return target + QLatin1Char(':') + QString::number(runnerId);
}

RunnerHistory::Entry RunnerHistory::entry(const QString &target, qint64 runnerId) const
{
    return m_entries.value(key(target, runnerId));
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
    for (const Runner &runner : runners) {
        present.insert(runner.id);
        const QString k = key(target, runner.id);
        if (runner.isOffline()) {
            Entry &e = m_entries[k];
            if (e.offlinePolls == 0)
                e.offlineSince = at;
            ++e.offlinePolls;
        } else {
            // Online or unknown: the streak is broken, a later offline poll starts a new one.
            m_entries.remove(k);
        }
    }

    const auto previous = m_lastRunners.constFind(target);
    if (previous != m_lastRunners.constEnd()) {
        for (const Runner &runner : *previous) {
            if (present.contains(runner.id))
                continue;
            m_entries.remove(key(target, runner.id));
            // Ephemeral runners vanish after every job: that is how they work, not news.
            if (!runner.ephemeral)
                removed->append(runner);
        }
    }
    m_lastRunners.insert(target, runners);
}

void RunnerHistory::forgetTarget(const QString &target)
{
    for (const Runner &runner : m_lastRunners.value(target))
        m_entries.remove(key(target, runner.id));
    m_lastRunners.remove(target);
}

} // namespace relayq
