#pragma once
// The simulator's state: repositories, organisations, runners, workflows, runs and jobs.
// Progress is lazy: before any query or change the fleet advances to the injected clock's now,
// replaying in time order what happened meanwhile (runners pick queued jobs, jobs complete,
// the demo script's events). Randomness comes from a seeded generator, so runs are repeatable.

#include "SimJob.h"
#include "SimRunner.h"
#include "SimWorkflow.h"
#include "SimWorkflowRun.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace relayq {
class Clock;
}

namespace relayq::sim {

class SimDemoScript;

class SimFleet
{
public:
    explicit SimFleet(const Clock &clock, quint32 seed = 20261128);
    ~SimFleet();
    SimFleet(const SimFleet &) = delete;
    SimFleet &operator=(const SimFleet &) = delete;

    // Targets. Names are matched case-insensitively, as GitHub does.
    void addRepository(const QString &owner, const QString &repo);
    void addOrganization(const QString &org);
    bool hasRepository(const QString &fullName) const;
    bool hasOrganization(const QString &org) const;
    QStringList repositories() const;
    QStringList organizations() const;
    // Repositories are private unless made public: a classic token without the repo scope
    // cannot see a private one, and any token can read a public one.
    void setRepositoryPublic(const QString &fullName, bool isPublic);
    bool isRepositoryPublic(const QString &fullName) const;

    // Runners. target is "owner/repo" or "org" (added on the fly when unknown). "self-hosted"
    // is put first in the labels when missing. Returns the runner id.
    qint64 addRunner(const QString &target, const QString &name, const QStringList &labels,
                     const QString &os = QStringLiteral("Linux"), bool ephemeral = false);
    // count runners named namePrefix-1 … namePrefix-count (for scale tests).
    QList<qint64> addRunners(const QString &target, int count, const QString &namePrefix,
                             const QStringList &labels);
    // A runner config.sh has just registered: offline until its service starts (SimRegistration).
    qint64 addRegisteredRunner(const QString &target, const QString &name,
                               const QStringList &labels);
    bool setRunnerOnline(qint64 id, bool online); // a busy runner going offline fails its job
    bool removeRunner(qint64 id);
    qint64 runnerId(const QString &name) const; // 0 when unknown
    QString runnerName(qint64 id) const;
    std::optional<SimRunner> runner(qint64 id) const;
    QList<SimRunner> runners(const QString &target) const; // registered on exactly that target
    QList<SimRunner> allRunners() const;

    // Workflows. fileName like "build.yml"; labels are its job's runs-on.
    qint64 addWorkflow(const QString &repo, const QString &name, const QString &fileName,
                       const QStringList &labels);
    QList<SimWorkflow> workflows(const QString &repo) const;
    // By numeric id or file name ("build.yml" or ".github/workflows/build.yml").
    std::optional<SimWorkflow> workflow(const QString &repo, const QString &idOrFile) const;
    // Workflow files, branches and the GHES switch (SimFleetFiles.cpp, docs/simulator.md).
    bool setWorkflowFile(const QString &repo, const QString &idOrFile, const SimWorkflowFile &file);
    void setDefaultBranch(const QString &repo, const QString &branch); // "main" unless set
    QString defaultBranch(const QString &repo) const;
    bool hasRef(const QString &repo, const QString &ref) const; // main, the default, refs/heads/…
    void setEnterprise(bool enterprise); // dispatch answers 204 and ignores return_run_details
    bool isEnterprise() const;

    // Runs and jobs. queueJob creates a queued run (of the workflow named workflowName, created
    // on the fly with these labels) with one queued job; returns the run id (0: unknown repo).
    qint64 queueJob(const QString &repo, const QString &workflowName, const QStringList &labels);
    // A workflow_dispatch run of workflow workflowId on ref; returns the run id (0: unknown).
    qint64 dispatch(const QString &repo, qint64 workflowId, const QString &ref);
    bool stickJob(qint64 runId); // the run's jobs never complete by themselves
    // Starts the run's queued job on runnerId now (finishing what that runner ran), its
    // started_at set to startedAt (may be backdated; created_at moves before it if needed).
    bool startJobOn(qint64 runId, qint64 runnerId, const QDateTime &startedAt);
    bool completeRun(qint64 runId, const QString &conclusion); // completes its unfinished jobs
    bool cancelRun(qint64 runId);
    // count completed runs of history before now, failures of them failed.
    void addCompletedRuns(const QString &repo, int count, int failures);
    std::optional<SimWorkflowRun> run(qint64 id) const;
    QList<SimWorkflowRun> runs(const QString &repo) const; // newest first
    // Only the runs `keep` accepts, newest first: cheaper than sorting all (up to 2,000) first.
    QList<SimWorkflowRun> runs(const QString &repo,
                               const std::function<bool(const SimWorkflowRun &)> &keep) const;
    QList<SimJob> jobs(qint64 runId) const;
    std::optional<SimJob> job(qint64 id) const;

    // Behaviour of jobs that runners pick up from now on.
    void setJobDuration(int minSeconds, int maxSeconds); // default 10–60 s
    void setFailureRate(double rate); // default 0.1
    void setPickupDelay(int seconds); // default 2 s

    // The demo fleet (docs/simulator.md): relayq-demo/media-jobs, three runners, four workflows,
    // history, and a scripted timeline from now on, repeating every 5 minutes.
    void loadDemoFleet();
    // While unavailable, the simulator answers every API request 503, as GitHub does in an
    // outage (the demo script has one; tests may set it).
    void setUnavailable(bool unavailable);
    bool isUnavailable() const;
    bool isDemo() const;
    QDateTime demoStart() const;

    void sync(); // advance to the clock's now
    // Goes up with every change anything could see in an answer (runners, runs, jobs, targets,
    // workflows, settings): an answer made at one revision is the answer at that revision
    // (Simulator keeps list answers and their ETags by it).
    quint64 revision() const { return m_revision; }
    QDateTime now() const; // the fleet's time (after sync: the clock's now)
    const Clock &clock() const { return m_clock; }

private:
    void change(); // sync() first, then a new revision: every change goes through here
    void catchUp() const;
    void advanceTo(const QDateTime &target);
    QDateTime nextEventTime() const;
    void processDue();
    void assignQueued();
    bool canRun(const SimRunner &runner, const SimJob &job, const QString &repo) const;
    void startJob(SimJob &job, SimRunner &runner, const QDateTime &startedAt);
    void finishJob(SimJob &job, const QString &conclusion);
    void refreshRun(qint64 runId);
    qint64 createRun(const SimWorkflow &workflow, const QString &event, const QString &ref);
    SimWorkflow *findWorkflowByName(const QString &repo, const QString &name);
    void prune();
    QString repoKey(const QString &repo) const;
    void loadDemoWorkflowFiles();

    const Clock &m_clock;
    QRandomGenerator m_random;
    QDateTime m_now;
    bool m_syncing = false;
    quint64 m_revision = 0;
    QMap<QString, QString> m_repos; // lower-case key → display name
    QMap<QString, QString> m_orgs;
    QSet<QString> m_publicRepos; // lower-case keys
    QMap<qint64, SimRunner> m_runners;
    QMap<qint64, SimWorkflow> m_workflows;
    QMap<qint64, SimWorkflowRun> m_runs;
    QMap<qint64, SimJob> m_jobs;
    QSet<qint64> m_activeJobs; // not completed
    qint64 m_nextRunnerId = 1;
    qint64 m_nextWorkflowId = 161335;
    qint64 m_nextRunId = 7000000001;
    qint64 m_nextJobId = 30000000001;
    int m_minDuration = 10;
    int m_maxDuration = 60;
    double m_failureRate = 0.1;
    int m_pickupDelay = 2;
    std::unique_ptr<SimDemoScript> m_demo;
    bool m_unavailable = false;
    QMap<QString, QString> m_defaultBranches; // lower-case repo key → branch
    bool m_enterprise = false;
};

} // namespace relayq::sim
