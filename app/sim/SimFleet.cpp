#include "SimFleet.h"

#include "Clock.h"
#include "SimDemoScript.h"

#include <QCryptographicHash>

#include <algorithm>

namespace relayq::sim {

namespace {

QString slug(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower())
        out += c.isLetterOrNumber() ? c : QLatin1Char('_');
    return out.isEmpty() ? QStringLiteral("workflow") : out;
}

} // namespace

SimFleet::SimFleet(const Clock &clock, quint32 seed)
    : m_clock(clock), m_random(seed), m_now(clock.now())
{ }

SimFleet::~SimFleet() = default;

void SimFleet::catchUp() const
{
    // The fleet's state is a function of time: a query at a later time sees the later state,
    // so queries are logically const even though they replay what happened meanwhile.
    const_cast<SimFleet *>(this)->sync();
}

qint64 SimFleet::addRunner(const QString &target, const QString &name, const QStringList &labels,
                           const QString &os, bool ephemeral)
{
    change();
    if (target.contains(QLatin1Char('/')) && !hasRepository(target))
        addRepository(target.section(QLatin1Char('/'), 0, 0), target.section(QLatin1Char('/'), 1));
    else if (!target.contains(QLatin1Char('/')) && !hasOrganization(target))
        addOrganization(target);
    SimRunner runner;
    runner.id = m_nextRunnerId++;
    runner.target = target;
    runner.name = name;
    runner.os = os;
    runner.labels = labels;
    runner.labels.removeAll(QStringLiteral("self-hosted"));
    runner.labels.prepend(QStringLiteral("self-hosted"));
    runner.ephemeral = ephemeral;
    m_runners.insert(runner.id, runner);
    assignQueued();
    return runner.id;
}

qint64 SimFleet::addRegisteredRunner(const QString &target, const QString &name,
                                     const QStringList &labels)
{
    change(); // unlike addRunner, no assignQueued(): an offline runner picks up nothing
    SimRunner runner;
    runner.id = m_nextRunnerId++;
    runner.target = target;
    runner.name = name;
    runner.labels = labels;
    runner.labels.removeAll(QStringLiteral("self-hosted"));
    runner.labels.prepend(QStringLiteral("self-hosted"));
    runner.online = false;
    m_runners.insert(runner.id, runner);
    return runner.id;
}

QList<qint64> SimFleet::addRunners(const QString &target, int count, const QString &namePrefix,
                                   const QStringList &labels)
{
    QList<qint64> ids;
    for (int i = 1; i <= count; ++i)
        ids.append(addRunner(target, namePrefix + QLatin1Char('-') + QString::number(i), labels));
    return ids;
}

bool SimFleet::setRunnerOnline(qint64 id, bool online)
{
    change();
    auto it = m_runners.find(id);
    if (it == m_runners.end())
        return false;
    it->online = online;
    // A runner that stops while it works leaves its job failed, as GitHub reports it.
    if (!online && it->busy())
        finishJob(m_jobs[it->jobId], QStringLiteral("failure"));
    assignQueued();
    return true;
}

bool SimFleet::removeRunner(qint64 id)
{
    change();
    auto it = m_runners.find(id);
    if (it == m_runners.end())
        return false;
    if (it->busy())
        finishJob(m_jobs[it->jobId], QStringLiteral("failure"));
    m_runners.remove(id);
    return true;
}

qint64 SimFleet::runnerId(const QString &name) const
{
    catchUp();
    for (const SimRunner &runner : m_runners)
        if (runner.name.compare(name, Qt::CaseInsensitive) == 0)
            return runner.id;
    return 0;
}

QString SimFleet::runnerName(qint64 id) const
{
    catchUp();
    return m_runners.value(id).name;
}

std::optional<SimRunner> SimFleet::runner(qint64 id) const
{
    catchUp();
    auto it = m_runners.find(id);
    return it == m_runners.end() ? std::nullopt : std::optional<SimRunner>(*it);
}

QList<SimRunner> SimFleet::runners(const QString &target) const
{
    catchUp();
    QList<SimRunner> out;
    for (const SimRunner &runner : m_runners)
        if (runner.target.compare(target, Qt::CaseInsensitive) == 0)
            out.append(runner);
    return out;
}

void SimFleet::setUnavailable(bool unavailable)
{
    ++m_revision;
    m_unavailable = unavailable;
}

bool SimFleet::isUnavailable() const
{
    catchUp();
    return m_unavailable;
}

QList<SimRunner> SimFleet::allRunners() const
{
    catchUp();
    return m_runners.values();
}

qint64 SimFleet::addWorkflow(const QString &repo, const QString &name, const QString &fileName,
                             const QStringList &labels)
{
    ++m_revision;
    if (!hasRepository(repo))
        addRepository(repo.section(QLatin1Char('/'), 0, 0), repo.section(QLatin1Char('/'), 1));
    SimWorkflow workflow;
    workflow.id = m_nextWorkflowId++;
    workflow.repo = m_repos.value(repoKey(repo));
    workflow.name = name;
    workflow.path = QStringLiteral(".github/workflows/") + fileName;
    workflow.labels = labels;
    workflow.createdAt = m_now.addDays(-30);
    m_workflows.insert(workflow.id, workflow);
    return workflow.id;
}

QList<SimWorkflow> SimFleet::workflows(const QString &repo) const
{
    QList<SimWorkflow> out;
    for (const SimWorkflow &workflow : m_workflows)
        if (repoKey(workflow.repo) == repoKey(repo))
            out.append(workflow);
    return out;
}

std::optional<SimWorkflow> SimFleet::workflow(const QString &repo, const QString &idOrFile) const
{
    bool numeric = false;
    const qint64 id = idOrFile.toLongLong(&numeric);
    for (const SimWorkflow &workflow : m_workflows) {
        if (repoKey(workflow.repo) != repoKey(repo))
            continue;
        if ((numeric && workflow.id == id) || workflow.fileName() == idOrFile
            || workflow.path == idOrFile)
            return workflow;
    }
    return std::nullopt;
}

SimWorkflow *SimFleet::findWorkflowByName(const QString &repo, const QString &name)
{
    ++m_revision;
    for (SimWorkflow &workflow : m_workflows)
        if (repoKey(workflow.repo) == repoKey(repo)
            && (workflow.name.compare(name, Qt::CaseInsensitive) == 0
                || workflow.fileName().compare(name, Qt::CaseInsensitive) == 0))
            return &workflow;
    return nullptr;
}

qint64 SimFleet::createRun(const SimWorkflow &workflow, const QString &event, const QString &ref)
{
    SimWorkflow &stored = m_workflows[workflow.id];
    SimWorkflowRun run;
    run.id = m_nextRunId++;
    run.repo = workflow.repo;
    run.workflowId = workflow.id;
    run.name = workflow.name;
    run.path = workflow.path;
    run.runNumber = stored.nextRunNumber++;
    run.event = event;
    run.headBranch = ref;
    run.headSha = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::number(run.id), QCryptographicHash::Sha1).toHex());
    run.createdAt = run.updatedAt = run.runStartedAt = m_now;

    SimJob job;
    job.id = m_nextJobId++;
    job.runId = run.id;
    job.name = workflow.fileName().section(QLatin1Char('.'), 0, 0);
    job.labels = workflow.labels;
    job.createdAt = m_now;
    job.eligibleAt = m_now.addSecs(m_pickupDelay);
    run.jobIds.append(job.id);
    m_jobs.insert(job.id, job);
    m_activeJobs.insert(job.id);
    m_runs.insert(run.id, run);
    prune();
    return run.id;
}

qint64 SimFleet::queueJob(const QString &repo, const QString &workflowName,
                          const QStringList &labels)
{
    change();
    if (!hasRepository(repo))
        return 0;
    SimWorkflow *workflow = findWorkflowByName(repo, workflowName);
    if (!workflow) {
        const qint64 id
            = addWorkflow(repo, workflowName, slug(workflowName) + QStringLiteral(".yml"), labels);
        workflow = &m_workflows[id];
    }
    // The run asks for the labels given here, whatever the workflow said before.
    const SimWorkflow copy = *workflow;
    const qint64 runId = createRun(copy, QStringLiteral("push"), QStringLiteral("main"));
    for (qint64 jobId : m_runs[runId].jobIds)
        m_jobs[jobId].labels = labels;
    return runId;
}

qint64 SimFleet::dispatch(const QString &repo, qint64 workflowId, const QString &ref)
{
    change();
    auto it = m_workflows.find(workflowId);
    if (it == m_workflows.end() || repoKey(it->repo) != repoKey(repo))
        return 0;
    return createRun(*it, QStringLiteral("workflow_dispatch"), ref);
}

bool SimFleet::stickJob(qint64 runId)
{
    change();
    auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return false;
    for (qint64 jobId : it->jobIds) {
        SimJob &job = m_jobs[jobId];
        if (job.status != QLatin1String("completed"))
            job.stuck = true;
    }
    return true;
}

bool SimFleet::startJobOn(qint64 runId, qint64 runnerId, const QDateTime &startedAt)
{
    change();
    auto run = m_runs.find(runId);
    auto runner = m_runners.find(runnerId);
    if (run == m_runs.end() || runner == m_runners.end())
        return false;
    for (qint64 jobId : run->jobIds) {
        SimJob &job = m_jobs[jobId];
        if (job.status != QLatin1String("queued"))
            continue;
        if (runner->busy())
            finishJob(m_jobs[runner->jobId], QStringLiteral("success"));
        if (job.createdAt > startedAt.addSecs(-5))
            job.createdAt = startedAt.addSecs(-5);
        if (run->createdAt > job.createdAt)
            run->createdAt = run->runStartedAt = job.createdAt;
        startJob(job, *runner, startedAt);
        refreshRun(runId);
        return true;
    }
    return false;
}

bool SimFleet::completeRun(qint64 runId, const QString &conclusion)
{
    change();
    auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return false;
    const QList<qint64> jobIds = it->jobIds;
    for (qint64 jobId : jobIds)
        if (m_jobs[jobId].status != QLatin1String("completed"))
            finishJob(m_jobs[jobId], conclusion);
    assignQueued();
    return true;
}

bool SimFleet::cancelRun(qint64 runId)
{
    return completeRun(runId, QStringLiteral("cancelled"));
}

void SimFleet::addCompletedRuns(const QString &repo, int count, int failures)
{
    change();
    if (!hasRepository(repo) || count <= 0)
        return;
    QList<SimWorkflow> candidates;
    for (const SimWorkflow &workflow : workflows(repo)) {
        SimJob probe;
        probe.labels = workflow.labels;
        bool served = false;
        for (const SimRunner &runner : std::as_const(m_runners))
            served = served || canRun(runner, probe, repo);
        if (served)
            candidates.append(workflow);
    }
    if (candidates.isEmpty())
        candidates.append(
            m_workflows[addWorkflow(repo, QStringLiteral("CI"), QStringLiteral("ci.yml"),
                                    { QStringLiteral("self-hosted") })]);
    const QDateTime realNow = m_now;
    const int failEvery = failures > 0 ? std::max(1, count / failures) : 0;
    int failed = 0;
    for (int i = 0; i < count; ++i) {
        // History is spread over the past, one run every 15 minutes, oldest first.
        m_now = realNow.addSecs(-qint64(count - i) * 900);
        const qint64 runId = createRun(candidates.at(i % candidates.size()), QStringLiteral("push"),
                                       QStringLiteral("main"));
        SimJob &job = m_jobs[m_runs[runId].jobIds.first()];
        for (SimRunner &runner : m_runners) {
            if (canRun(runner, job, repo)) {
                job.runnerId = runner.id;
                job.runnerName = runner.name;
                break;
            }
        }
        job.status = QStringLiteral("in_progress");
        job.startedAt = m_now.addSecs(m_pickupDelay);
        const bool fail = failEvery > 0 && failed < failures && i % failEvery == failEvery / 2;
        failed += fail ? 1 : 0;
        m_now = job.startedAt.addSecs(m_random.bounded(m_minDuration, m_maxDuration + 1));
        finishJob(job, fail ? QStringLiteral("failure") : QStringLiteral("success"));
    }
    m_now = realNow;
}

std::optional<SimWorkflowRun> SimFleet::run(qint64 id) const
{
    catchUp();
    auto it = m_runs.find(id);
    return it == m_runs.end() ? std::nullopt : std::optional<SimWorkflowRun>(*it);
}

QList<SimWorkflowRun> SimFleet::runs(const QString &repo) const
{
    return runs(repo, {});
}

QList<SimWorkflowRun> SimFleet::runs(const QString &repo,
                                     const std::function<bool(const SimWorkflowRun &)> &keep) const
{
    catchUp();
    QList<SimWorkflowRun> out;
    for (const SimWorkflowRun &run : m_runs) // no key per run: asked on every poll of every repo
        if (run.repo.compare(repo, Qt::CaseInsensitive) == 0 && (!keep || keep(run)))
            out.append(run);
    std::sort(out.begin(), out.end(), [](const SimWorkflowRun &a, const SimWorkflowRun &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    return out;
}

QList<SimJob> SimFleet::jobs(qint64 runId) const
{
    catchUp();
    QList<SimJob> out;
    for (qint64 jobId : m_runs.value(runId).jobIds)
        out.append(m_jobs.value(jobId));
    return out;
}

std::optional<SimJob> SimFleet::job(qint64 id) const
{
    catchUp();
    auto it = m_jobs.find(id);
    return it == m_jobs.end() ? std::nullopt : std::optional<SimJob>(*it);
}

void SimFleet::setJobDuration(int minSeconds, int maxSeconds)
{
    ++m_revision;
    m_minDuration = std::max(0, minSeconds);
    m_maxDuration = std::max(m_minDuration, maxSeconds);
}

void SimFleet::setFailureRate(double rate)
{
    ++m_revision;
    m_failureRate = std::clamp(rate, 0.0, 1.0);
}

void SimFleet::setPickupDelay(int seconds)
{
    ++m_revision;
    m_pickupDelay = std::max(0, seconds);
}

void SimFleet::loadDemoFleet()
{
    change();
    m_demo = std::make_unique<SimDemoScript>(*this, m_random.generate());
    m_demo->load(m_now);
    loadDemoWorkflowFiles();
}

bool SimFleet::isDemo() const
{
    return m_demo != nullptr;
}

QDateTime SimFleet::demoStart() const
{
    return m_demo ? m_demo->start() : QDateTime();
}

QDateTime SimFleet::now() const
{
    catchUp();
    return m_now;
}

} // namespace relayq::sim
