#include "HealthRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <optional>

namespace relayq {

namespace {

const QLatin1String kSelfHosted("self-hosted");

// "6 h", "1 h 30 min", "10 min", "45 s": thresholds as the user set them.
QString formatDuration(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (hours > 0 && minutes > 0)
        return QCoreApplication::translate("relayq::HealthRules", "%1 h %2 min")
            .arg(hours)
            .arg(minutes);
    if (hours > 0)
        return QCoreApplication::translate("relayq::HealthRules", "%1 h").arg(hours);
    if (minutes > 0 && seconds % 60 == 0)
        return QCoreApplication::translate("relayq::HealthRules", "%1 min").arg(minutes);
    return QCoreApplication::translate("relayq::HealthRules", "%1 s").arg(seconds);
}

QString joinNames(QStringList names)
{
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    return names.join(QLatin1String(", "));
}

QString jobSubject(const Job &job)
{
    if (job.workflowName.isEmpty())
        return job.name;
    return job.workflowName + QLatin1String(" / ") + job.name;
}

// Everything one evaluation looks at, with the lookups the rules share.
struct Context
{
    const FleetSnapshot &snapshot;
    const RunnerHistory &history;
    const MonitorSettings &settings;
    QDateTime now;
    QHash<qint64, const WorkflowRun *> runsById;

    bool isFresh(const QString &target) const { return snapshot.isTargetFresh(target); }

    QList<Runner> servingRunners(const QString &target) const
    {
        return HealthRules::servingRunners(snapshot, target);
    }
};

Alert makeAlert(AlertKind kind, Severity severity, const QString &target, const QString &subjectKey)
{
    Alert alert;
    alert.id = HealthRules::alertId(kind, target, subjectKey);
    alert.kind = kind;
    alert.severity = severity;
    alert.target = target;
    return alert;
}

void offlineRunners(const Context &c, AlertList *out)
{
    const int needed = std::max(1, c.settings.offlinePollsBeforeAlert);
    for (const Runner &runner : c.snapshot.runners) {
        if (runner.ephemeral || !runner.isOffline() || !c.isFresh(runner.target))
            continue;
        const RunnerHistory::Entry entry = c.history.entry(runner.target, runner.id);
        if (entry.offlinePolls < needed)
            continue;
        Alert a = makeAlert(AlertKind::RunnerOffline, Severity::Critical, runner.target,
                            QString::number(runner.id));
        a.subject = runner.name;
        a.message = QCoreApplication::translate("relayq::HealthRules", "Runner %1 is offline.")
                        .arg(runner.name);
        a.since = entry.offlineSince.isValid() ? entry.offlineSince : c.now;
        out->append(a);
    }
}

// The sentence after "No online runner has the labels …;" naming who could take the job.
QString whoWouldMatch(const QList<Runner> &carriers)
{
    QStringList names;
    bool allOffline = true;
    for (const Runner &runner : carriers) {
        names.append(runner.name);
        allOffline = allOffline && runner.isOffline();
    }
    names.removeDuplicates();
    if (names.isEmpty())
        return QCoreApplication::translate("relayq::HealthRules", "no runner carries them.");
    const QString list = joinNames(names);
    if (names.size() == 1) {
        return allOffline
            ? QCoreApplication::translate("relayq::HealthRules", "%1 would, but it is offline.")
                  .arg(list)
            : QCoreApplication::translate("relayq::HealthRules", "%1 would, but it is not online.")
                  .arg(list);
    }
    return allOffline
        ? QCoreApplication::translate("relayq::HealthRules", "%1 would, but they are offline.")
              .arg(list)
        : QCoreApplication::translate("relayq::HealthRules", "%1 would, but they are not online.")
              .arg(list);
}

// The runners that could take `job` when none of them is online (empty: no runner carries its
// labels); std::nullopt when an online runner can take it, or when the job is not ours to judge:
// a job that does not ask for "self-hosted" and that no known runner could ever take is meant
// for GitHub-hosted runners.
std::optional<QList<Runner>> offlineCarriers(const Context &c, const Job &job)
{
    if (job.labels.isEmpty())
        return std::nullopt;
    QList<Runner> carriers;
    for (const Runner &runner : c.servingRunners(job.target)) {
        if (!runner.carriesAll(job.labels))
            continue;
        if (runner.isOnline())
            return std::nullopt;
        carriers.append(runner);
    }
    if (carriers.isEmpty() && !job.labels.contains(kSelfHosted, Qt::CaseInsensitive))
        return std::nullopt;
    return carriers;
}

// Queued jobs that no online runner can take, grouped by target and by the labels they ask
// for: five jobs waiting for "gpu" are one problem with one fix, so they are one alert.
struct Unservable
{
    QList<const Job *> jobs;
    QList<Runner> carriers;
};

QString labelsKey(const QStringList &labels)
{
    QStringList key;
    for (const QString &label : labels)
        key.append(label.toLower());
    key.removeDuplicates();
    key.sort();
    return key.join(QLatin1Char(','));
}

// offlineCarriers once per target and label set (`key`, labelsKey): matching ignores case,
// order and repeats, so every queued job asking for the same labels gets the same answer, and
// finding it walks all runners of the target.
using CarriersByLabels = QHash<std::pair<QString, QString>, std::optional<QList<Runner>>>;
std::optional<QList<Runner>> offlineCarriers(const Context &c, const Job &job, const QString &key,
                                             CarriersByLabels *known)
{
    if (job.labels.isEmpty())
        return std::nullopt; // not cached: an empty label ("") has the same key
    const std::pair<QString, QString> k { job.target, key };
    auto it = known->constFind(k);
    if (it == known->constEnd())
        it = known->insert(k, offlineCarriers(c, job));
    return *it;
}

void noMatchingRunner(const QString &target, const QString &key, const Unservable &group,
                      AlertList *out)
{
    const Job *oldest = group.jobs.first();
    for (const Job *job : group.jobs) {
        if (job->createdAt.isValid()
            && (!oldest->createdAt.isValid() || job->createdAt < oldest->createdAt))
            oldest = job;
    }
    Alert a = makeAlert(AlertKind::NoMatchingRunner, Severity::Critical, target, key);
    a.subject = oldest->labels.join(QLatin1String(", "));
    a.message = QCoreApplication::translate("relayq::HealthRules",
                                            "No online runner has the labels %1; %2")
                    .arg(a.subject, whoWouldMatch(group.carriers));
    if (group.jobs.size() > 1) {
        a.message += QLatin1Char(' ')
            + QCoreApplication::translate("relayq::HealthRules", "%1 queued jobs wait for them.")
                  .arg(group.jobs.size());
    }
    a.since = oldest->createdAt;
    a.url = oldest->htmlUrl;
    out->append(a);
}

void queuedTooLong(const Context &c, const Job &job, AlertList *out)
{
    const qint64 limit = c.settings.queuedTooLongSeconds;
    if (!job.createdAt.isValid() || job.createdAt.secsTo(c.now) <= limit)
        return;
    Alert a = makeAlert(AlertKind::JobQueuedTooLong, Severity::Warning, job.target,
                        QString::number(job.id));
    a.subject = jobSubject(job);
    a.message = QCoreApplication::translate("relayq::HealthRules",
                                            "%1 has been waiting for a runner for more than %2.")
                    .arg(a.subject, formatDuration(limit));
    a.since = job.createdAt;
    a.url = job.htmlUrl;
    out->append(a);
}

qint64 stuckLimit(const Context &c, const Job &job)
{
    const QHash<QString, int> &perWorkflow = c.settings.stuckSecondsPerWorkflow;
    if (!job.workflowName.isEmpty() && perWorkflow.contains(job.workflowName))
        return perWorkflow.value(job.workflowName);
    if (const WorkflowRun *run = c.runsById.value(job.runId)) {
        if (!run->path.isEmpty() && perWorkflow.contains(run->path))
            return perWorkflow.value(run->path);
        if (!run->name.isEmpty() && perWorkflow.contains(run->name))
            return perWorkflow.value(run->name);
    }
    return c.settings.stuckSeconds;
}

// job_stuck, or else long_running: never both for one job.
void runningTooLong(const Context &c, const Job &job, AlertList *out)
{
    if (!job.startedAt.isValid())
        return;
    const qint64 running = job.startedAt.secsTo(c.now);
    const qint64 stuck = stuckLimit(c, job);
    const qint64 longRunning = c.settings.longRunningSeconds;
    const bool isStuck = running > stuck;
    if (!isStuck && running <= longRunning)
        return;
    Alert a = isStuck
        ? makeAlert(AlertKind::JobStuck, Severity::Warning, job.target, QString::number(job.id))
        : makeAlert(AlertKind::LongRunning, Severity::Info, job.target, QString::number(job.id));
    a.subject = jobSubject(job);
    a.message = isStuck
        ? QCoreApplication::translate("relayq::HealthRules",
                                      "%1 has been running for more than %2; it may be stuck.")
              .arg(a.subject, formatDuration(stuck))
        : QCoreApplication::translate("relayq::HealthRules",
                                      "%1 has been running for more than %2.")
              .arg(a.subject, formatDuration(longRunning));
    a.since = job.startedAt;
    a.url = job.htmlUrl;
    out->append(a);
}

void jobRules(const Context &c, AlertList *out)
{
    QMap<std::pair<QString, QString>, Unservable> unservable; // (target, labels key) → jobs
    CarriersByLabels carriersByLabels;
    for (const Job &job : c.snapshot.jobs) {
        if (!c.isFresh(job.target))
            continue;
        // GitHub can leave "queued" jobs behind in runs that already completed: phantoms.
        const WorkflowRun *run = c.runsById.value(job.runId);
        if (run && run->isCompleted())
            continue;
        if (job.isQueued()) {
            const QString key = labelsKey(job.labels);
            if (const auto carriers = offlineCarriers(c, job, key, &carriersByLabels)) {
                Unservable &group = unservable[{ job.target, key }];
                group.jobs.append(&job);
                group.carriers = *carriers;
            }
            queuedTooLong(c, job, out);
        } else if (job.isInProgress()) {
            runningTooLong(c, job, out);
        }
    }
    for (auto it = unservable.cbegin(); it != unservable.cend(); ++it)
        noMatchingRunner(it.key().first, it.key().second, it.value(), out);
}

void failureRate(const Context &c, const TargetState &state, AlertList *out)
{
    const QString target = state.target.name();
    QList<const WorkflowRun *> completed;
    for (const WorkflowRun &run : c.snapshot.runs) {
        if (run.target == target && run.isCompleted())
            completed.append(&run);
    }
    std::sort(completed.begin(), completed.end(), [](const WorkflowRun *a, const WorkflowRun *b) {
        return a->createdAt > b->createdAt;
    });
    if (completed.size() > c.settings.failureRateWindow)
        completed.resize(std::max(0, c.settings.failureRateWindow));
    const qsizetype total = completed.size();
    if (total == 0 || total < c.settings.failureRateMinimumRuns)
        return;
    const WorkflowRun *newestFailure = nullptr;
    qsizetype failures = 0;
    for (const WorkflowRun *run : std::as_const(completed)) {
        if (!run->isFailure())
            continue;
        ++failures;
        if (!newestFailure)
            newestFailure = run;
    }
    if (double(failures) / double(total) <= c.settings.failureRateThreshold)
        return;
    Alert a = makeAlert(AlertKind::FailureRate, Severity::Warning, target, target);
    a.subject = target;
    a.message = QCoreApplication::translate("relayq::HealthRules",
                                            "%1 of the last %2 runs failed (%3 %).")
                    .arg(failures)
                    .arg(total)
                    .arg(qRound(100.0 * double(failures) / double(total)));
    a.since = c.now;
    a.url = newestFailure ? newestFailure->htmlUrl : QString();
    out->append(a);
}

// A label pool is fleet-wide: runners of every target count, those of stale targets included
// (their last known state is the best there is).
void poolEmpty(const Context &c, AlertList *out)
{
    QSet<QString> seen;
    for (const QString &label : c.settings.poolLabels) {
        const QString key = label.toLower();
        if (label.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        QStringList carriers;
        bool online = false;
        for (const Runner &runner : c.snapshot.runners) {
            if (!runner.carriesAll({ label }))
                continue;
            online = online || runner.isOnline();
            carriers.append(runner.name);
        }
        if (online)
            continue;
        Alert a = makeAlert(AlertKind::PoolEmpty, Severity::Warning, QString(), key);
        a.subject = label;
        a.message = carriers.isEmpty()
            ? QCoreApplication::translate("relayq::HealthRules", "No runner carries the label %1.")
                  .arg(label)
            : QCoreApplication::translate("relayq::HealthRules",
                                          "No online runner carries the label %1; offline: %2.")
                  .arg(label, joinNames(carriers));
        a.since = c.now;
        out->append(a);
    }
}

} // namespace

QList<Runner> HealthRules::servingRunners(const FleetSnapshot &snapshot, const QString &target)
{
    const TargetState *state = snapshot.targetState(target);
    QSet<QString> sources { target };
    if (state && state->target.isRepository()) {
        for (const TargetState &t : snapshot.targets) {
            if (!t.target.isRepository()
                && t.target.owner.compare(state->target.owner, Qt::CaseInsensitive) == 0)
                sources.insert(t.target.name());
        }
    }
    QList<Runner> result;
    for (const Runner &runner : snapshot.runners) {
        if (sources.contains(runner.target))
            result.append(runner);
    }
    return result;
}

QString HealthRules::noMatchingRunnerId(const Job &job)
{
    return alertId(AlertKind::NoMatchingRunner, job.target, labelsKey(job.labels));
}

QString HealthRules::alertId(AlertKind kind, const QString &target, const QString &subjectKey)
{
    return alertKindKey(kind) + QLatin1Char(':') + target + QLatin1Char(':') + subjectKey;
}

AlertList HealthRules::evaluate(const FleetSnapshot &snapshot, const RunnerHistory &history,
                                const MonitorSettings &settings, const QDateTime &now)
{
    Context c { snapshot, history, settings, now, {} };
    for (const WorkflowRun &run : snapshot.runs)
        c.runsById.insert(run.id, &run);

    AlertList out;
    offlineRunners(c, &out);
    jobRules(c, &out);
    bool anyFresh = false;
    for (const TargetState &state : snapshot.targets) {
        const bool fresh = snapshot.isTargetFresh(state.target.name());
        anyFresh = anyFresh || fresh;
        if (fresh && state.target.isRepository())
            failureRate(c, state, &out);
    }
    if (anyFresh)
        poolEmpty(c, &out);
    return out;
}

AlertList HealthRules::evaluateOnce(const FleetSnapshot &snapshot, MonitorSettings settings,
                                    const QDateTime &now)
{
    settings.offlinePollsBeforeAlert = 1;
    RunnerHistory history;
    history.advance(snapshot, snapshot.takenAt.isValid() ? snapshot.takenAt : now);
    return evaluate(snapshot, history, settings, now);
}

AlertList HealthRules::removedRunnerNotices(const QList<Runner> &removed, const QDateTime &at)
{
    AlertList out;
    for (const Runner &runner : removed) {
        Alert a = makeAlert(AlertKind::RunnerRemoved, Severity::Info, runner.target,
                            QString::number(runner.id));
        a.subject = runner.name;
        a.message = QCoreApplication::translate("relayq::HealthRules",
                                                "Runner %1 is no longer registered on GitHub.")
                        .arg(runner.name);
        a.since = at;
        out.append(a);
    }
    return out;
}

} // namespace relayq
