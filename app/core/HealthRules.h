#pragma once
// The health rules: which alerts hold for a fleet right now. Pure: the same snapshot, runner
// history, settings and time always give the same alerts. Deciding what is *new* (raise) or
// *gone* (clear) is FleetMonitor's job; the CLI's one-shot status calls evaluateOnce().
//
// Targets whose data is stale or whose connection failed produce no alerts here: nothing can be
// concluded from data that was not fetched in this poll.

#include "Alert.h"
#include "FleetSnapshot.h"
#include "MonitorSettings.h"
#include "RunnerHistory.h"

#include <QDateTime>
#include <QList>

namespace relayq {

class HealthRules
{
public:
    // Every alert that holds for `snapshot` at `now`, given the runner history (already
    // advanced with this snapshot). Alert ids are "<kind>:<target>:<subject-key>"; pool_empty
    // alerts belong to no single target, their id is "pool_empty::<label lower-cased>".
    static AlertList evaluate(const FleetSnapshot &snapshot, const RunnerHistory &history,
                              const MonitorSettings &settings, const QDateTime &now);

    // For a single look (relayqctl status): no earlier poll exists to debounce against, so a
    // runner seen offline once counts (offlinePollsBeforeAlert is taken as 1).
    static AlertList evaluateOnce(const FleetSnapshot &snapshot, MonitorSettings settings,
                                  const QDateTime &now);

    // One runner_removed notice per runner GitHub no longer lists (see RunnerHistory::advance).
    static AlertList removedRunnerNotices(const QList<Runner> &removed, const QDateTime &at);

    // The id an alert of `kind` about `subjectKey` on `target` gets.
    static QString alertId(AlertKind kind, const QString &target, const QString &subjectKey);
    // The id of the no_matching_runner alert a queued job belongs to (one per target and
    // label set), so views can find the diagnosis of a job.
    static QString noMatchingRunnerId(const Job &job);
    // Runners that can take a job of `target`: the repository's own, plus those of watched
    // organisation targets named after the repository's owner.
    static QList<Runner> servingRunners(const FleetSnapshot &snapshot, const QString &target);
};

} // namespace relayq
