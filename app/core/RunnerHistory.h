#pragma once
// What FleetMonitor remembers about runners from one poll to the next: for how many consecutive
// polls each runner has been offline (and since when), and which runners each target listed in
// its last successful poll, so that a runner that vanished can be told apart from one never seen.
// Only fresh targets advance it: a failed or stale poll says nothing new about a runner.

#include "FleetSnapshot.h"
#include "Runner.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace relayq {

class RunnerHistory
{
public:
    struct Entry
    {
        int offlinePolls = 0; // consecutive fresh polls that saw the runner offline
        QDateTime offlineSince; // when it was first seen offline in this streak
    };

    // Takes in one snapshot seen at `at`; returns the non-ephemeral runners that the previous
    // successful poll of their target listed and this one does not (GitHub removed them).
    QList<Runner> advance(const FleetSnapshot &snapshot, const QDateTime &at);

    // The runner's record; a default Entry (never offline) when nothing is known about it.
    Entry entry(const QString &target, qint64 runnerId) const;
    int offlinePolls(const Runner &runner) const
    {
        return entry(runner.target, runner.id).offlinePolls;
    }

private:
    void advanceTarget(const QString &target, const QList<Runner> &runners, const QDateTime &at,
                       QList<Runner> *removed);
    void forgetTarget(const QString &target);

    // Per target, by runner id: only runners offline now. Looked up for every runner of every
    // poll, so without building a key string each time.
    QHash<QString, QHash<qint64, Entry>> m_entries;
    QHash<QString, QList<Runner>> m_lastRunners; // per target, from its last successful poll
};

} // namespace relayq
