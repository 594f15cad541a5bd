#include "BenchFleetPages.h"

#include "SimJsonWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relayq::bench {

namespace {

const QString kApi = QStringLiteral("https://api.github.com");
constexpr int kPerPage = 100; // what FleetPoller asks for

// The steps of GitHub's own example job: a running job carries them in every jobs answer.
QJsonArray exampleSteps()
{
    QFile file(QStringLiteral(RELAYQ_TEST_DATA "/github/actions-list-jobs-for-workflow-run.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("BenchFleetPages: cannot read %s", qPrintable(file.fileName()));
    const QJsonObject list = QJsonDocument::fromJson(file.readAll()).object();
    return list.value(QStringLiteral("jobs"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("steps"))
        .toArray();
}

QByteArray listBody(const QString &key, const QJsonArray &items, int totalCount)
{
    const QJsonObject object { { QStringLiteral("total_count"), totalCount }, { key, items } };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A list as GitHub pages it: per_page=100, page=2… (an empty list is one empty page).
void appendPaged(QList<Page> *out, const QString &repo, const QString &path, const QString &key,
                 const QJsonArray &items, int maxPages = 0)
{
    const int total = int(items.size());
    for (int page = 0; page == 0 || page * kPerPage < total; ++page) {
        if (maxPages > 0 && page >= maxPages)
            break;
        QJsonArray chunk;
        for (int i = page * kPerPage; i < std::min(total, (page + 1) * kPerPage); ++i)
            chunk.append(items.at(i));
        const QString pagePath = page == 0 ? path : path + QStringLiteral("&page=%1").arg(page + 1);
        out->append(Page { pagePath, key, repo, listBody(key, chunk, total) });
    }
}

} // namespace

BenchFleetPages::BenchFleetPages(const FleetShape &shape, const QDateTime &now)
    : m_shape(shape), m_now(now)
{ }

QStringList BenchFleetPages::repositories() const
{
    QStringList names;
    for (int r = 0; r < m_shape.repositories; ++r)
        names.append(QStringLiteral("acme/service-%1").arg(r + 1, 2, 10, QLatin1Char('0')));
    return names;
}

int BenchFleetPages::runnersPerPhase() const
{
    return m_shape.repositories * m_shape.runnersPerRepository;
}

int BenchFleetPages::activeRunsPerRepository() const
{
    return m_shape.runsPerRepository - completedRunsPerRepository();
}

int BenchFleetPages::completedRunsPerRepository() const
{
    return m_shape.runsPerRepository / 5;
}

int BenchFleetPages::queuedRunsPerRepository() const
{
    return std::max(2, m_shape.runsPerRepository / 10);
}

QList<Page> BenchFleetPages::pages(int phase) const
{
    QList<Page> all;
    for (int r = 0; r < m_shape.repositories; ++r)
        all.append(repositoryPages(r, phase));
    return all;
}

// Runners 0…inProgress-1 run the in-progress jobs; the last two are offline in both phases;
// every tenth idle one is offline in one phase only (the churn). Queued runs: the oldest has
// waited 20 minutes (job_queued_too_long), the newest asks for a label no runner has in phase 1
// (no_matching_runner). One completed run in four failed (failure_rate).
QList<Page> BenchFleetPages::repositoryPages(int repoIndex, int phase) const
{
    const sim::SimJsonWriter writer(kApi);
    static const QJsonArray steps = exampleSteps();
    const QString repo = repositories().at(repoIndex);
    const QString base = QStringLiteral("/repos/") + repo + QStringLiteral("/actions/");
    const int runnerCount = m_shape.runnersPerRepository;
    const int queued = queuedRunsPerRepository();
    const int inProgress = std::max(0, activeRunsPerRepository() - queued);
    const QStringList labels { QStringLiteral("self-hosted"), QStringLiteral("Linux"),
                               QStringLiteral("X64"), QStringLiteral("build") };

    QJsonArray runners;
    for (int i = 0; i < runnerCount; ++i) {
        sim::SimRunner runner;
        runner.id = qint64(repoIndex) * 100000 + i + 1;
        runner.target = repo;
        runner.name = QStringLiteral("service-%1-runner-%2").arg(repoIndex + 1).arg(i + 1);
        runner.labels = labels;
        runner.jobId = i < inProgress ? 1 : 0;
        const bool steadyOffline = i >= runnerCount - steadyOfflinePerRepository();
        const bool churnOffline = i >= inProgress && !steadyOffline && i % 10 == phase;
        runner.online = !steadyOffline && !churnOffline;
        runners.append(writer.runner(runner));
    }
    QList<Page> out;
    appendPaged(&out, repo, base + QStringLiteral("runners?per_page=100"),
                QStringLiteral("runners"), runners);

    QJsonArray queuedRuns, runningRuns, completedRuns;
    QList<QPair<qint64, QJsonObject>> jobs; // of active runs
    for (int k = 0; k < m_shape.runsPerRepository; ++k) {
        sim::SimWorkflowRun run;
        run.id = 7000000000 + qint64(repoIndex) * 10000 + k;
        run.repo = repo;
        run.workflowId = 161335 + k % 4;
        run.name = QStringLiteral("Build %1").arg(k % 4 + 1);
        run.path = QStringLiteral(".github/workflows/build-%1.yml").arg(k % 4 + 1);
        run.runNumber = k + 1;
        run.headSha = QStringLiteral("f83a356604ae3c5d03e1b46ef4d1ca77d64a90b0");
        run.createdAt = m_now.addSecs(-60 * (k % 50 + 1));
        sim::SimJob job;
        job.id = 30000000000 + qint64(repoIndex) * 10000 + k;
        job.runId = run.id;
        job.name = QStringLiteral("build");
        job.labels = labels;
        job.createdAt = run.createdAt;
        if (k < inProgress) {
            run.status = job.status = QStringLiteral("in_progress");
            run.runStartedAt = job.startedAt = run.createdAt.addSecs(5);
            job.runnerId = qint64(repoIndex) * 100000 + k + 1;
            job.runnerName = QStringLiteral("service-%1-runner-%2").arg(repoIndex + 1).arg(k + 1);
        } else if (k < inProgress + queued) {
            run.status = job.status = QStringLiteral("queued");
            run.createdAt = job.createdAt
                = m_now.addSecs(k == inProgress ? -20 * 60 : -30 * (k - inProgress));
            run.runStartedAt = run.createdAt;
            if (k == inProgress + queued - 1 && phase == 1)
                job.labels = QStringList { QStringLiteral("self-hosted"), QStringLiteral("gpu") };
        } else {
            run.status = job.status = QStringLiteral("completed");
            run.conclusion = job.conclusion
                = k % 4 == 0 ? QStringLiteral("failure") : QStringLiteral("success");
            run.runStartedAt = run.createdAt;
        }
        run.updatedAt = run.runStartedAt;
        QJsonObject runJson = writer.workflowRun(run);
        if (run.status == QLatin1String("completed")) {
            completedRuns.append(runJson);
            continue;
        }
        (run.status == QLatin1String("queued") ? queuedRuns : runningRuns).append(runJson);
        QJsonObject jobJson = writer.job(job, run);
        if (job.status == QLatin1String("in_progress"))
            jobJson.insert(QStringLiteral("steps"), steps);
        jobs.append({ run.id, jobJson });
    }

    const QString runs = base + QStringLiteral("runs?status=");
    const QString key = QStringLiteral("workflow_runs");
    appendPaged(&out, repo, runs + QStringLiteral("queued&per_page=100"), key, queuedRuns);
    appendPaged(&out, repo, runs + QStringLiteral("in_progress&per_page=100"), key, runningRuns);
    appendPaged(&out, repo, runs + QStringLiteral("waiting&per_page=100"), key, {});
    appendPaged(&out, repo, runs + QStringLiteral("pending&per_page=100"), key, {});
    appendPaged(&out, repo, runs + QStringLiteral("completed&per_page=100"), key, completedRuns, 1);
    for (const auto &[runId, jobJson] : std::as_const(jobs)) {
        appendPaged(&out, repo,
                    base + QStringLiteral("runs/%1/jobs?filter=latest&per_page=100").arg(runId),
                    QStringLiteral("jobs"), QJsonArray { jobJson });
    }
    return out;
}

} // namespace relayq::bench
