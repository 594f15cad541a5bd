// SimFleet's lazy progress: replaying, in time order, what happened between the last look and
// the clock's now. Kept apart from SimFleet.cpp (the fleet's bookkeeping) to keep both short.

#include "Clock.h"
#include "SimDemoScript.h"
#include "SimFleet.h"

#include <algorithm>

namespace relayq::sim {

namespace {
// Runs kept; the oldest completed ones are forgotten so a demo running for days stays small.
constexpr qsizetype kMaxRuns = 2000;
} // namespace

void SimFleet::change()
{
    sync();
    ++m_revision;
}

void SimFleet::sync()
{
    // Changes made while replaying (the demo script calls the public API) must not recurse.
    if (m_syncing)
        return;
    m_syncing = true;
    advanceTo(m_clock.now());
    m_syncing = false;
}

void SimFleet::advanceTo(const QDateTime &target)
{
    for (;;) {
        assignQueued();
        const QDateTime next = nextEventTime();
        if (!next.isValid() || next > target)
            break;
        m_now = std::max(m_now, next);
        processDue();
    }
    m_now = std::max(m_now, target);
    assignQueued();
}

QDateTime SimFleet::nextEventTime() const
{
    QDateTime next;
    auto consider = [&next](const QDateTime &at) {
        if (at.isValid() && (!next.isValid() || at < next))
            next = at;
    };
    for (qint64 jobId : m_activeJobs) {
        const SimJob &job = m_jobs[jobId];
        if (job.status == QLatin1String("in_progress") && !job.stuck)
            consider(job.completeAt);
        else if (job.status == QLatin1String("queued") && job.eligibleAt > m_now)
            consider(job.eligibleAt);
    }
    if (m_demo)
        consider(m_demo->nextTime());
    return next;
}

void SimFleet::processDue()
{
    QList<qint64> due;
    for (qint64 jobId : std::as_const(m_activeJobs)) {
        const SimJob &job = m_jobs[jobId];
        if (job.status == QLatin1String("in_progress") && !job.stuck && job.completeAt <= m_now)
            due.append(jobId);
    }
    std::sort(due.begin(), due.end());
    for (qint64 jobId : due) {
        SimJob &job = m_jobs[jobId];
        finishJob(job, job.plannedConclusion);
    }
    while (m_demo && m_demo->nextTime().isValid() && m_demo->nextTime() <= m_now)
        m_demo->runNext();
}

bool SimFleet::canRun(const SimRunner &runner, const SimJob &job, const QString &repo) const
{
    // Allocation-free: assignQueued() asks this for every idle runner and queued job on every
    // request (the soak test runs it millions of times, under ASan too).
    const qsizetype slash = repo.indexOf(u'/');
    const QStringView owner = slash < 0 ? QStringView(repo) : QStringView(repo).left(slash);
    if (runner.target.compare(repo, Qt::CaseInsensitive) != 0
        && QStringView(runner.target).compare(owner, Qt::CaseInsensitive) != 0)
        return false;
    for (const QString &label : job.labels) {
        // "self-hosted" is implicit on every self-hosted runner; labels match case-insensitively.
        if (label.compare(QLatin1String("self-hosted"), Qt::CaseInsensitive) != 0
            && !runner.labels.contains(label, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

void SimFleet::assignQueued()
{
    QList<qint64> queued;
    for (qint64 jobId : std::as_const(m_activeJobs)) {
        const SimJob &job = m_jobs[jobId];
        if (job.status == QLatin1String("queued") && job.eligibleAt <= m_now)
            queued.append(jobId);
    }
    std::sort(queued.begin(), queued.end()); // oldest first
    for (qint64 jobId : queued) {
        SimJob &job = m_jobs[jobId];
        const auto run = m_runs.constFind(job.runId);
        const QString repo = run == m_runs.cend() ? QString() : run->repo;
        for (SimRunner &runner : m_runners) {
            if (runner.online && !runner.busy() && canRun(runner, job, repo)) {
                startJob(job, runner, m_now);
                refreshRun(job.runId);
                break;
            }
        }
    }
}

void SimFleet::startJob(SimJob &job, SimRunner &runner, const QDateTime &startedAt)
{
    ++m_revision;
    job.status = QStringLiteral("in_progress");
    job.startedAt = startedAt;
    job.runnerId = runner.id;
    job.runnerName = runner.name;
    const int seconds = int(m_random.bounded(m_minDuration, m_maxDuration + 1));
    job.completeAt = m_now.addSecs(seconds);
    job.plannedConclusion = m_random.generateDouble() < m_failureRate ? QStringLiteral("failure")
                                                                      : QStringLiteral("success");
    runner.jobId = job.id;
}

void SimFleet::finishJob(SimJob &job, const QString &conclusion)
{
    ++m_revision;
    if (job.status == QLatin1String("queued"))
        job.startedAt = m_now; // GitHub reports a never-started job as started when it ended
    job.status = QStringLiteral("completed");
    job.conclusion = conclusion;
    job.completedAt = std::max(m_now, job.startedAt);
    m_activeJobs.remove(job.id);
    auto runner = m_runners.find(job.runnerId);
    if (runner != m_runners.end() && runner->jobId == job.id) {
        runner->jobId = 0;
        // Ephemeral runners take one job and are gone (normal, never an alert).
        if (runner->ephemeral)
            m_runners.erase(runner);
    }
    refreshRun(job.runId);
}

void SimFleet::refreshRun(qint64 runId)
{
    ++m_revision;
    auto run = m_runs.find(runId);
    if (run == m_runs.end())
        return;
    bool allDone = true;
    bool anyStarted = false;
    QString conclusion = QStringLiteral("success");
    QDateTime updated = run->updatedAt;
    for (qint64 jobId : run->jobIds) {
        const SimJob &job = m_jobs[jobId];
        allDone = allDone && job.status == QLatin1String("completed");
        anyStarted = anyStarted || job.status != QLatin1String("queued");
        if (job.conclusion == QLatin1String("failure"))
            conclusion = job.conclusion;
        else if (job.conclusion == QLatin1String("cancelled")
                 && conclusion != QLatin1String("failure"))
            conclusion = job.conclusion;
        for (const QDateTime &at : { job.startedAt, job.completedAt })
            if (at.isValid() && at > updated)
                updated = at;
    }
    run->status = allDone ? QStringLiteral("completed")
        : anyStarted      ? QStringLiteral("in_progress")
                          : QStringLiteral("queued");
    run->conclusion = allDone ? conclusion : QString();
    run->updatedAt = std::max(updated, run->createdAt);
}

void SimFleet::prune()
{
    ++m_revision;
    if (m_runs.size() <= kMaxRuns)
        return;
    // Drop the oldest completed runs (ids grow with creation).
    for (auto it = m_runs.begin();
         it != m_runs.end() && m_runs.size() > kMaxRuns - kMaxRuns / 10;) {
        if (it->status != QLatin1String("completed")) {
            ++it;
            continue;
        }
        for (qint64 jobId : it->jobIds)
            m_jobs.remove(jobId);
        it = m_runs.erase(it);
    }
}

} // namespace relayq::sim
