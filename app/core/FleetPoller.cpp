#include "FleetPoller.h"

#include "Clock.h"
#include "GitHubClient.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace relayq {

namespace {
// GitHub's largest page: fewer requests, each one still small.
const QString kPerPage = QStringLiteral("per_page=100");

// Everything one target's requests brought back in the current round.
struct TargetHarvest
{
    Target target;
    bool failed = false;
    ConnectionStatus failure;
    QList<Runner> runners;
    QHash<qint64, WorkflowRun> runs;
    QSet<qint64> runsWithJobsRequested;
    QList<Job> jobs;

    void fail(const ConnectionStatus &status)
    {
        if (!failed) {
            failed = true;
            failure = status;
        }
    }
};

ConnectionStatus malformed(const QString &path, const QString &why)
{
    ConnectionStatus status;
    status.state = ConnectionState::Malformed;
    // An answer did arrive, as JSON with a success status: only its content was wrong. Without
    // a status it would read (in relayqctl --json) as if no answer had come at all.
    status.httpStatus = 200;
    status.message = QCoreApplication::translate(
                         "relayq::FleetPoller",
                         "GitHub's answer to %1 was not understood: %2. Nothing was changed; "
                         "RelayQ will try again at the next check.")
                         .arg(path, why);
    return status;
}

template<typename T> QList<T> ofTarget(const QList<T> &items, const QString &target)
{
    QList<T> out;
    std::copy_if(items.cbegin(), items.cend(), std::back_inserter(out),
                 [&](const T &item) { return item.target == target; });
    return out;
}
} // namespace

// The requests of one poll. It is the context object of their callbacks: dropping it (a new
// target list, or the poller's destruction) drops the answers still on their way.
class FleetPoller::Round : public QObject
{
public:
    QList<TargetHarvest> targets;
    int pending = 0;
    int charged = 0;
};

FleetPoller::FleetPoller(GitHubClient *client, const Clock &clock, QObject *parent)
    : QObject(parent), m_client(client), m_clock(clock)
{
    connect(m_client, &GitHubClient::exchangeFinished, this,
            [this](const QUrl &, int httpStatus, bool fromCache) {
                if (m_round && !fromCache && httpStatus != 304)
                    ++m_round->charged;
            });
}

FleetPoller::~FleetPoller() = default;

void FleetPoller::setTargets(const TargetList &targets)
{
    // A round in flight finishes with the list it started with (its harvests are indexed into
    // it): dropping it would leave whoever waits for snapshotReady waiting for good.
    m_targets = targets;
}

TargetList FleetPoller::targets() const
{
    return m_targets;
}

bool FleetPoller::isPolling() const
{
    return m_round != nullptr;
}

int FleetPoller::lastChargedRequests() const
{
    return m_lastCharged;
}

QStringList FleetPoller::activeRunStatuses()
{
    // There is no "any active status" filter: one request per status. With ETags, each costs
    // nothing while it does not change.
    return { QStringLiteral("queued"), QStringLiteral("in_progress"), QStringLiteral("waiting"),
             QStringLiteral("pending") };
}

bool FleetPoller::poll()
{
    if (m_round)
        return false;
    m_round = std::make_unique<Round>();
    for (const Target &target : std::as_const(m_targets)) {
        TargetHarvest harvest;
        harvest.target = target;
        m_round->targets.append(harvest);
    }

    if (m_targets.isEmpty()) {
        QMetaObject::invokeMethod(this, &FleetPoller::finishRound, Qt::QueuedConnection);
        return true;
    }

    Round *round = m_round.get();
    // Callbacks look their harvest up by index: `round` owns the list and outlives them.
    auto request = [this, round](int index, const QString &path, const QString &key, int maxPages,
                                 auto onAnswer) {
        ++round->pending;
        m_client->getList(
            path, key, round,
            [this, round, index, path, onAnswer](const ApiResult &result) {
                TargetHarvest &harvest = round->targets[index];
                if (!result.isOk())
                    harvest.fail(result.status);
                else if (!harvest.failed)
                    onAnswer(harvest, result, path);
                if (--round->pending == 0)
                    QMetaObject::invokeMethod(this, &FleetPoller::finishRound,
                                              Qt::QueuedConnection);
            },
            maxPages);
    };

    for (int i = 0; i < round->targets.size(); ++i) {
        const Target target = round->targets[i].target;
        const QString base = target.apiPath();

        request(i, base + QStringLiteral("/actions/runners?") + kPerPage, QStringLiteral("runners"),
                0, [this](TargetHarvest &h, const ApiResult &answer, const QString &path) {
                    const auto parsed = m_reader.runners(path, answer, h.target.name());
                    if (!parsed.ok())
                        return h.fail(malformed(path, parsed.error));
                    h.runners = parsed.items;
                });

        if (!target.isRepository())
            continue; // runs and jobs only exist per repository

        std::function<void(TargetHarvest &, const ApiResult &, const QString &)> onRuns;
        onRuns = [this, request, i](TargetHarvest &h, const ApiResult &answer,
                                    const QString &path) {
            const auto parsed = m_reader.workflowRuns(path, answer, h.target.name());
            if (!parsed.ok())
                return h.fail(malformed(path, parsed.error));
            for (const WorkflowRun &run : parsed.items) {
                h.runs.insert(run.id, run);
                if (!run.isActive() || h.runsWithJobsRequested.contains(run.id))
                    continue;
                h.runsWithJobsRequested.insert(run.id);
                request(i,
                        h.target.apiPath()
                            + QStringLiteral("/actions/runs/%1/jobs?filter=latest&").arg(run.id)
                            + kPerPage,
                        QStringLiteral("jobs"), 0,
                        [this](TargetHarvest &h, const ApiResult &answer, const QString &path) {
                            const auto jobs = m_reader.jobs(path, answer, h.target.name());
                            if (!jobs.ok())
                                return h.fail(malformed(path, jobs.error));
                            h.jobs.append(jobs.items);
                        });
            }
        };

        for (const QString &status : activeRunStatuses()) {
            request(i, base + QStringLiteral("/actions/runs?status=%1&").arg(status) + kPerPage,
                    QStringLiteral("workflow_runs"), 0, onRuns);
        }
        // The newest completed runs, for the failure rate: one page is the window.
        request(i, base + QStringLiteral("/actions/runs?status=completed&") + kPerPage,
                QStringLiteral("workflow_runs"), 1, onRuns);
    }
    return true;
}

void FleetPoller::finishRound()
{
    if (!m_round)
        return;
    std::unique_ptr<Round> round = std::move(m_round);

    FleetSnapshot snapshot;
    snapshot.takenAt = m_clock.now();
    for (TargetHarvest &harvest : round->targets) {
        const QString name = harvest.target.name();
        TargetState state { harvest.target, ConnectionStatus::ok(), false, snapshot.takenAt };
        if (harvest.failed) {
            // Keep what was known; the snapshot says it is old and why.
            state.connection = harvest.failure;
            state.stale = true;
            const TargetState *before = m_previous.targetState(name);
            state.lastSuccess = before ? before->lastSuccess : QDateTime();
            snapshot.runners.append(ofTarget(m_previous.runners, name));
            snapshot.runs.append(ofTarget(m_previous.runs, name));
            snapshot.jobs.append(ofTarget(m_previous.jobs, name));
        } else {
            snapshot.runners.append(harvest.runners);
            QList<WorkflowRun> runs = harvest.runs.values();
            std::sort(runs.begin(), runs.end(), [](const WorkflowRun &a, const WorkflowRun &b) {
                return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
            });
            snapshot.runs.append(runs);
            snapshot.jobs.append(harvest.jobs);
        }
        snapshot.targets.append(state);
    }
    m_lastCharged = round->charged;
    m_reader.forgetUnused();
    m_previous = snapshot;
    emit snapshotReady(snapshot);
}

} // namespace relayq
