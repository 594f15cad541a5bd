// Soak: 24 simulated hours of the tray's monitoring loop (PollScheduler → GitHubClient →
// FleetPoller → FleetMonitor → NotificationPolicy) over real loopback HTTP against the simulator,
// on one ManualClock, at the 30 s interval: 200 runners on three repositories and their
// organisation, with churn (runners going offline and back, blips, jobs queued for a runner
// that is offline, stuck jobs, runners replaced, a steady stream of ordinary jobs) and random
// faults (5xx, resets, timeouts, primary and secondary rate limits; all of GitHub or one
// target). Everything random comes from one seed, printed first; RELAYQ_SOAK_SEED=N replays it.
//
// It asserts: no crash; each poll's connection as the faults make it; the next poll 30 s later
// unless GitHub asked to wait, or 10 s later when the script left a runner offline that this poll
// saw for the first time (of the 2 the debounce needs: the confirming poll); the notifications
// exactly those SoakExpectation works out from the script (same polls, categories and alerts);
// every replaced runner noticed once; no growth in heap, live QObjects, network replies or sockets
// between hour 2 and hour 24.

#include "Clock.h"
#include "ConnectionStatus.h"
#include "FleetMonitor.h"
#include "FleetPoller.h"
#include "FleetWatch.h"
#include "GitHubClient.h"
#include "NotificationPolicy.h"
#include "PollScheduler.h"
#include "SimFleet.h"
#include "Simulator.h"
#include "SoakExpectation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <malloc.h>
#include <map>
#include <sys/resource.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define RELAYQ_SOAK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RELAYQ_SOAK_ASAN 1
#endif
#endif
#ifdef RELAYQ_SOAK_ASAN
// GCC ships no <sanitizer/allocator_interface.h>; both runtimes (libasan) define the function.
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif

using namespace relayq;
using namespace relayq::soak;
using relayq::sim::SimFault;
using relayq::sim::Simulator;

namespace {
const QString kToken = QStringLiteral("ghp_soakTOKEN0123456789abcdef");
const QString kOrg = QStringLiteral("acme");
// One repository and its organisation: each target costs six requests a poll, and the cost of
// a request over loopback, not the product's work, is what sets this test's run time.
const QStringList kRepos = { QStringLiteral("acme/media") };
const QStringList kLinux = { QStringLiteral("self-hosted"), QStringLiteral("linux") };
constexpr int kInterval = 30;
constexpr int kOfflinePolls = 2; // MonitorSettings::offlinePollsBeforeAlert
constexpr qint64 kDay = 24 * 3600;
constexpr qint64 kStuckSeconds = 6 * 3600; // MonitorSettings::stuckSeconds
constexpr qint64 kQueuedTooLong = 600; // MonitorSettings::queuedTooLongSeconds
// Bounds between hour 2 and hour 24 (see the figures the test prints).
constexpr qint64 kHeapGrowthBound = 4 * 1024 * 1024;
constexpr int kSocketBound = 16; // both ends of QNAM's ≤ 6 connections, the listener, spare

// In-use heap bytes: glibc's count, or ASan's (its allocator replaces glibc's).
qint64 heapInUse()
{
#ifdef RELAYQ_SOAK_ASAN
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    return qint64(mallinfo2().uordblks);
#endif
}

int openSockets()
{
    int sockets = 0;
    const QStringList fds = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::System);
    for (const QString &fd : fds) {
        char target[256] = {};
        const QByteArray path = QByteArrayLiteral("/proc/self/fd/") + fd.toLatin1();
        if (::readlink(path.constData(), target, sizeof target - 1) > 0
            && qstrncmp(target, "socket:", 7) == 0)
            ++sockets;
    }
    return sockets;
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Sample
{
    qint64 heap = 0;
    int objects = 0;
    int replies = 0;
    int sockets = 0;
    qint64 requests = 0;
};
} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

    // What the script did to the fleet: the truth the expectation is worked out from.
    struct RunnerTruth
    {
        QString target;
        QString labelsKey; // "linux" or "gpu-N"
        bool online = true;
        bool present = true;
        int offlineStreak = 0; // fresh polls in a row that saw it offline
    };
    struct WaitingJob // queued for a gpu runner while that runner is offline
    {
        QString repo;
        QString label;
        qint64 jobId = 0;
        QDateTime queuedAt;
        bool picked = false;
    };
    struct StuckJob
    {
        QString repo;
        qint64 jobId = 0;
        qint64 runId = 0;
        QDateTime startedAt;
        bool done = false;
    };
    struct Episode // a fault, for `polls` polls
    {
        SimFault fault;
        QString scope; // a target name, or empty: all of GitHub
        int polls = 0;
    };

    quint32 m_seed = 0;
    QRandomGenerator m_random;
    ManualClock m_clock;
    QDateTime m_start;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FleetWatch> m_watch;
    std::unique_ptr<NotificationPolicy> m_policy;
    QHash<qint64, RunnerTruth> m_truth;
    QList<WaitingJob> m_waiting;
    QList<StuckJob> m_stuck;
    std::multimap<qint64, std::function<void()>> m_script; // seconds after the start → action
    int m_replaced = 0;
    int m_outages = 0;
    int m_blips = 0;
    int m_regularJobs = 0;
    int m_faultPolls = 0;
    int m_confirmingPolls = 0;
    QMap<QString, int> m_faultKinds;
    int m_poll = 0;
    QList<Heard> m_heard;

    double uniform(double low, double high)
    {
        return low + m_random.generateDouble() * (high - low);
    }
    qint64 between(qint64 low, qint64 high)
    {
        return low + qint64(m_random.bounded(quint64(high - low + 1)));
    }
    void at(qint64 seconds, std::function<void()> action)
    {
        m_script.emplace(seconds, std::move(action));
    }

    // An idle online runner carrying "linux" (on `target` when given); 0 when none.
    qint64 idleRunner(const QString &target = QString())
    {
        QList<qint64> idle;
        for (const sim::SimRunner &runner : m_sim->fleet().allRunners()) {
            const RunnerTruth truth = m_truth.value(runner.id);
            if (runner.online && !runner.busy() && truth.labelsKey == QLatin1String("linux")
                && (target.isEmpty() || runner.target == target))
                idle.append(runner.id);
        }
        return idle.isEmpty() ? 0 : idle.at(int(m_random.bounded(int(idle.size()))));
    }

    void addRunners(const QString &target, int count, const QString &prefix)
    {
        for (qint64 id : m_sim->fleet().addRunners(target, count, prefix, kLinux))
            m_truth.insert(id, { target, QStringLiteral("linux") });
    }

    void setOnline(qint64 id, bool online)
    {
        QVERIFY(m_sim->fleet().setRunnerOnline(id, online));
        m_truth[id].online = online;
    }

    void buildFleet()
    {
        m_sim->fleet().setFailureRate(0.0); // failures would feed failure_rate: none here
        m_sim->fleet().setJobDuration(30, 600);
        m_sim->setRateLimit(15000); // GitHub Enterprise Cloud's app limit: the 30 s pace holds
        addRunners(kOrg, 50, QStringLiteral("org"));
        for (const QString &repo : kRepos) {
            m_sim->fleet().addRepository(kOrg, repo.section(u'/', 1));
            addRunners(repo, 145, repo.section(u'/', 1));
        }
        for (int k = 1; k <= 5; ++k) {
            const QString label = QStringLiteral("gpu-%1").arg(k);
            const QString repo = kRepos.at((k - 1) % kRepos.size());
            const qint64 id = m_sim->fleet().addRunner(repo, label, { label });
            m_truth.insert(id, { repo, label });
        }
        QCOMPARE(m_truth.size(), 200);
    }

    void scriptRegularJobs()
    {
        for (const QString &repo : kRepos) {
            for (qint64 t = 0; t < kDay;) {
                t += qint64(-3600.0 * std::log(1.0 - m_random.generateDouble())) + 1;
                at(t, [this, repo] {
                    QVERIFY(m_sim->fleet().queueJob(repo, QStringLiteral("CI"), kLinux) > 0);
                    ++m_regularJobs;
                });
            }
        }
    }

    // A runner offline for a while: a blip under one interval, a short one (raised and cleared
    // inside the flap window, when polls allow), or a long one.
    void scriptOutages()
    {
        for (int i = 0; i < 48; ++i) {
            const qint64 begin = between(5 * 60, 23 * 3600);
            const double kind = m_random.generateDouble();
            const qint64 length = kind < 0.15 ? between(5, 25)
                : kind < 0.30                 ? between(40, 600)
                                              : between(12 * 60, 3 * 3600);
            auto runner = std::make_shared<qint64>(0);
            at(begin, [this, runner, length] {
                *runner = idleRunner();
                if (*runner == 0)
                    return;
                setOnline(*runner, false);
                ++(length < kInterval ? m_blips : m_outages);
            });
            at(begin + length, [this, runner] {
                if (*runner != 0)
                    setOnline(*runner, true);
            });
        }
        // One runner is already offline when the tray starts: the start-up summary names it.
        const qint64 first = m_sim->fleet().runnerId(QStringLiteral("media-7"));
        setOnline(first, false);
        at(20 * 60, [this, first] { setOnline(first, true); });
    }

    // A gpu runner goes offline, then a job that only it can take is queued (no_matching_runner
    // at once, job_queued_too_long after 10 min), then the runner comes back and takes it.
    void scriptWaitingJobs()
    {
        for (int k = 1; k <= 5; ++k) {
            const QString label = QStringLiteral("gpu-%1").arg(k);
            const QString repo = kRepos.at((k - 1) % kRepos.size());
            const qint64 id = m_sim->fleet().runnerId(label);
            for (qint64 t = between(30 * 60, 3 * 3600); t < 22 * 3600;) {
                const qint64 queued = t + between(60, 900);
                const qint64 back = queued + between(60, 2400);
                at(t, [this, id] { setOnline(id, false); });
                at(queued, [this, repo, label] {
                    const qint64 run
                        = m_sim->fleet().queueJob(repo, QStringLiteral("Render %1").arg(label),
                                                  { QStringLiteral("self-hosted"), label });
                    QVERIFY(run > 0);
                    m_waiting.append(
                        { repo, label, m_sim->fleet().jobs(run).first().id, m_clock.now() });
                });
                at(back, [this, id, label] {
                    setOnline(id, true);
                    for (WaitingJob &job : m_waiting) {
                        if (job.label == label && !job.picked) {
                            QCOMPARE(m_sim->fleet().job(job.jobId)->status,
                                     QStringLiteral("in_progress"));
                            job.picked = true;
                        }
                    }
                });
                t = back + between(30 * 60, 4 * 3600);
            }
        }
    }

    void scriptStuckJobs()
    {
        for (int i = 0; i < 4; ++i) {
            const QString repo = kRepos.at(int(m_random.bounded(int(kRepos.size()))));
            const qint64 begin = between(10 * 60, 14 * 3600);
            const qint64 length = between(6 * 3600 + 30 * 60, 10 * 3600);
            auto index = std::make_shared<qsizetype>(-1);
            at(begin, [this, repo, index] {
                const qint64 runner = idleRunner(repo);
                QVERIFY(runner != 0);
                const qint64 run = m_sim->fleet().queueJob(repo, QStringLiteral("Nightly"), kLinux);
                QVERIFY(m_sim->fleet().stickJob(run));
                QVERIFY(m_sim->fleet().startJobOn(run, runner, m_clock.now()));
                *index = m_stuck.size();
                m_stuck.append({ repo, m_sim->fleet().jobs(run).first().id, run, m_clock.now() });
            });
            at(begin + length, [this, index] {
                StuckJob &job = m_stuck[*index];
                QVERIFY(m_sim->fleet().completeRun(job.runId, QStringLiteral("success")));
                job.done = true;
            });
        }
    }

    // A runner retired and a new one registered: runner_removed, an info notice, never a word.
    void scriptReplacements()
    {
        for (int i = 0; i < 12; ++i) {
            at(between(10 * 60, 23 * 3600), [this, i] {
                const qint64 old = idleRunner();
                QVERIFY(old != 0);
                QVERIFY(m_sim->fleet().removeRunner(old));
                m_truth[old].present = false;
                QStringList targets = kRepos;
                targets.append(kOrg);
                const QString target = targets.at(int(m_random.bounded(int(targets.size()))));
                const qint64 id
                    = m_sim->fleet().addRunner(target, QStringLiteral("late-%1").arg(i), kLinux);
                m_truth.insert(id, { target, QStringLiteral("linux") });
                ++m_replaced;
            });
        }
    }

    // What holds at this poll on the fresh targets, advancing the offline streaks as
    // RunnerHistory does (only a fresh poll of its target counts).
    QList<Condition> holding(const QSet<QString> &stale)
    {
        QList<Condition> out;
        const QDateTime now = m_clock.now();
        for (auto it = m_truth.begin(); it != m_truth.end(); ++it) {
            RunnerTruth &r = it.value();
            if (!r.present || stale.contains(r.target))
                continue;
            r.offlineStreak = r.online ? 0 : r.offlineStreak + 1;
            if (r.offlineStreak >= kOfflinePolls)
                out.append({ QStringLiteral("runner_offline:%1:%2").arg(r.target).arg(it.key()),
                             r.target, Severity::Critical });
        }
        for (const WaitingJob &job : std::as_const(m_waiting)) {
            if (job.picked || stale.contains(job.repo))
                continue;
            out.append(
                { QStringLiteral("no_matching_runner:%1:%2,self-hosted").arg(job.repo, job.label),
                  job.repo, Severity::Critical });
            if (job.queuedAt.secsTo(now) > kQueuedTooLong)
                out.append(
                    { QStringLiteral("job_queued_too_long:%1:%2").arg(job.repo).arg(job.jobId),
                      job.repo, Severity::Warning });
        }
        for (const StuckJob &job : std::as_const(m_stuck)) {
            if (!job.done && !stale.contains(job.repo) && job.startedAt.secsTo(now) > kStuckSeconds)
                out.append({ QStringLiteral("job_stuck:%1:%2").arg(job.repo).arg(job.jobId),
                             job.repo, Severity::Warning });
        }
        return out;
    }

    // Whether this poll saw a runner offline (on a fresh target) short of the debounce: the
    // product should then look again in PollScheduler::kConfirmSeconds. After holding().
    bool awaitsConfirmation(const QSet<QString> &stale) const
    {
        return std::any_of(m_truth.cbegin(), m_truth.cend(), [&stale](const RunnerTruth &r) {
            return r.present && !stale.contains(r.target) && r.offlineStreak > 0
                && r.offlineStreak < kOfflinePolls;
        });
    }

    // Perhaps a fault for the coming polls: all of GitHub, or one target (rate limits hold the
    // whole client back, so they are always all of GitHub).
    std::optional<Episode> maybeFault()
    {
        if (m_poll < 4 || m_random.generateDouble() >= 0.03)
            return std::nullopt;
        Episode e;
        e.polls = int(between(1, 4));
        QStringList targets = kRepos;
        targets.append(kOrg);
        const QString one = targets.at(int(m_random.bounded(int(targets.size()))));
        const bool partial = m_random.generateDouble() < 0.35;
        const int pick = int(m_random.bounded(10));
        if (pick <= 2) {
            e.fault.kind = SimFault::Kind::Status;
            e.fault.status = QList<int> { 500, 502, 503 }.at(pick);
            e.scope = partial ? one : QString();
        } else if (pick == 3 || pick == 4) {
            e.fault.kind = SimFault::Kind::Reset;
            e.scope = partial ? one : QString();
        } else if (pick == 5) {
            e.fault.kind = SimFault::Kind::ResetMidBody;
            e.scope = partial ? one : QString();
        } else if (pick == 6) {
            e.fault.kind = SimFault::Kind::NoAnswer; // one request per poll: the org's runners
            e.scope = kOrg;
        } else if (pick == 7 && m_random.generateDouble() < 0.3) {
            // Rare: it holds every poll back until the hour's window resets.
            e.fault.kind = SimFault::Kind::PrimaryRateLimit;
            e.fault.status = m_random.generateDouble() < 0.5 ? 403 : 429;
            e.polls = 1;
        } else {
            e.fault.kind = SimFault::Kind::SecondaryRateLimit;
            e.fault.status = m_random.generateDouble() < 0.5 ? 403 : 429;
            e.fault.retryAfterSeconds
                = m_random.generateDouble() < 0.5 ? -1 : int(between(30, 300));
        }
        if (!e.scope.isEmpty())
            e.fault.pathContains
                = (e.scope.contains(u'/') ? QStringLiteral("/repos/") : QStringLiteral("/orgs/"))
                + e.scope + u'/';
        return e;
    }

    int liveObjects() const
    {
        return int(
            m_network->findChildren<QObject *>().size() + m_watch->findChildren<QObject *>().size()
            + m_sim->findChildren<QObject *>().size() + m_policy->findChildren<QObject *>().size());
    }

    // `forHeap`: the heap figure is compared (hour 2, the end), so the simulator first drops the
    // list answers it keeps (up to a poll's worth; they are not RelayQ's). Not on every poll: it
    // would make the simulator write every answer again.
    Sample sample(bool forHeap = false)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (forHeap)
            m_sim->forgetKeptAnswers();
        return { heapInUse(), liveObjects(), int(m_network->findChildren<QNetworkReply *>().size()),
                 openSockets(), m_sim->counters().requests };
    }

private slots:
    void initTestCase()
    {
        // Read as unsigned: half the seeds printed below are over INT_MAX and must replay too.
        const QByteArray given = qgetenv("RELAYQ_SOAK_SEED");
        bool ok = false;
        m_seed = given.toUInt(&ok);
        if (!given.isEmpty() && !ok)
            QFAIL("RELAYQ_SOAK_SEED is not a seed (a whole number, 0 to 4294967295)");
        if (given.isEmpty())
            m_seed = QRandomGenerator::system()->generate();
        m_random.seed(m_seed);
        qInfo("soak seed %u (replay: RELAYQ_SOAK_SEED=%u)", m_seed, m_seed);
    }

    void dayOfChurnAndFaults()
    {
        m_start = m_clock.now();
        m_sim = std::make_unique<Simulator>(m_clock);
        m_sim->setRequiredToken(kToken);
        QVERIFY(m_sim->listen());
        buildFleet();
        scriptRegularJobs();
        scriptOutages();
        scriptWaitingJobs();
        scriptStuckJobs();
        scriptReplacements();
        if (QTest::currentTestFailed())
            return;

        m_network = std::make_unique<QNetworkAccessManager>();
        m_watch = std::make_unique<FleetWatch>(m_network.get(), m_clock);
        QVERIFY(!m_watch->setApiBase(m_sim->baseUrl()).has_value());
        m_watch->setToken(kToken);
        TargetList targets { *Target::parse(kOrg) };
        for (const QString &repo : kRepos)
            targets.append(*Target::parse(repo));
        m_watch->setTargets(targets);
        m_watch->setSettings(MonitorSettings {});
        // "Never answers" waits this long (the product's 30 s would make the run minutes long).
        // Not shorter: an ordinary answer must never look like one that never came, and in the
        // sanitizer build on a busy machine (CI runs two tests at once) the in-process simulator
        // was seen to take over 1 s to get to a request.
        m_watch->client().setTransferTimeoutMs(3000);
        QRandomGenerator jitter(m_seed ^ 0x5eedu);
        m_watch->client().setJitterSource([jitter]() mutable { return jitter.generateDouble(); });
        m_policy = std::make_unique<NotificationPolicy>(m_clock);
        m_policy->attachTo(*m_watch);
        connect(m_policy.get(), &NotificationPolicy::notify, this, [this](const Notification &n) {
            QStringList ids = n.alertIds;
            ids.sort();
            m_heard.append({ m_poll, n.category, ids });
        });
        QSignalSpy notices(&m_watch->monitor(), &FleetMonitor::notice);

        const NotificationSettings policy = m_policy->settings();
        SoakExpectation expectation(policy.startupPolls, policy.flapWindowSeconds);
        QList<Heard> expected;
        std::optional<Episode> episode;
        std::optional<Sample> hour2;
        Sample peak;
        QElapsedTimer wall;
        wall.start();
        const double cpuBefore = cpuSeconds();
        // RELAYQ_SOAK_HOURS shortens the day (e.g. for a slow sanitizer build); 24 by default.
        const qint64 hours = qBound(1, qEnvironmentVariableIntValue("RELAYQ_SOAK_HOURS"), 24);
        const qint64 length = qEnvironmentVariableIsSet("RELAYQ_SOAK_HOURS") ? hours * 3600 : kDay;
        const qint64 firstSample = std::min<qint64>(2 * 3600, length / 4); // "hour 2"
        const QDateTime end = m_start.addSecs(length);
        qint64 backedOff = 0;
        qint64 hourShown = -1;

        for (QDateTime due = m_start; due.isValid() && due <= end;) {
            // The script's actions up to this poll, each at its own time.
            while (!m_script.empty() && m_start.addSecs(m_script.begin()->first) <= due) {
                m_clock.setNow(std::max(m_clock.now(), m_start.addSecs(m_script.begin()->first)));
                m_script.begin()->second();
                m_script.erase(m_script.begin());
                if (QTest::currentTestFailed())
                    return;
            }
            m_clock.setNow(due);
            if (!episode && (episode = maybeFault())) {
                m_sim->addFault(episode->fault);
                ++m_faultKinds[QStringLiteral("%1/%2%3")
                                   .arg(int(episode->fault.kind))
                                   .arg(episode->fault.status)
                                   .arg(episode->scope.isEmpty() ? QString()
                                                                 : QStringLiteral(" one target"))];
            }
            QSet<QString> stale;
            if (episode) {
                ++m_faultPolls;
                if (episode->scope.isEmpty())
                    stale = QSet<QString>(kRepos.cbegin(), kRepos.cend()) + QSet<QString> { kOrg };
                else
                    stale = { episode->scope };
            }

            ++m_poll;
            QSignalSpy polled(m_watch.get(), &FleetWatch::polled);
            if (m_poll == 1)
                m_watch->start(); // the first poll is due at once
            else
                QVERIFY(m_watch->scheduler().checkDue());
            QVERIFY2(polled.wait(30000),
                     qPrintable(QStringLiteral("poll %1 never ended").arg(m_poll)));
            if (qEnvironmentVariableIsSet("RELAYQ_SOAK_TRACE"))
                qInfo("poll %d: wall %lld ms, %lld requests", m_poll, wall.elapsed(),
                      m_sim->counters().requests);
            const ConnectionStatus connection = m_watch->connection();
            QVERIFY2(connection.isOk() == !episode,
                     qPrintable(QStringLiteral("poll %1: %2").arg(m_poll).arg(connection.message)));
            expected.append(expectation.poll(due, holding(stale), stale, !episode));

            // The pace: 30 s, unless GitHub said when to come back; 10 s to confirm a runner
            // first seen offline (as a poll at that interval would be: the budget's pace could
            // stretch it, never the interval).
            const QDateTime next = m_watch->scheduler().nextPollAt();
            const qint64 delay = due.secsTo(next);
            const bool confirming = awaitsConfirmation(stale);
            QCOMPARE(m_watch->scheduler().isConfirming(), confirming);
            if (connection.state == ConnectionState::RateLimited) {
                backedOff += delay - kInterval;
            } else if (confirming) {
                ++m_confirmingPolls;
                QCOMPARE(delay,
                         PollScheduler::delaySeconds(PollScheduler::kConfirmSeconds, connection,
                                                     m_watch->client().rateLimit(),
                                                     m_watch->poller().lastChargedRequests(), due));
                QVERIFY2(delay < kInterval, qPrintable(QStringLiteral("poll %1").arg(m_poll)));
            } else {
                QCOMPARE(delay, qint64(kInterval));
            }
            if (episode && --episode->polls == 0) {
                m_sim->clearFaults();
                episode.reset();
            }

            const bool atHour2 = !hour2 && m_start.secsTo(due) >= firstSample;
            const Sample now = sample(atHour2);
            QVERIFY2(now.replies == 0, "a network reply outlived its poll");
            peak.sockets = std::max(peak.sockets, now.sockets);
            peak.objects = std::max(peak.objects, now.objects);
            if (atHour2)
                hour2 = now;
            // The first poll of each hour (confirming polls move the 30 s grid off the hour).
            if (m_start.secsTo(due) / 3600 > hourShown) {
                hourShown = m_start.secsTo(due) / 3600;
                qInfo("soak: hour %lld: poll %d, wall %.1f s, CPU %.1f s, %lld requests, heap %.2f "
                      "MiB, %d objects, %d sockets",
                      m_start.secsTo(due) / 3600, m_poll, double(wall.elapsed()) / 1000.0,
                      cpuSeconds() - cpuBefore, now.requests, double(now.heap) / 1048576.0,
                      now.objects, now.sockets);
            }
            due = next;
        }
        m_watch->stop();
        const double cpu = cpuSeconds() - cpuBefore;
        const Sample last = sample(true);
        QVERIFY(hour2.has_value());
        QVERIFY(m_script.empty() || m_start.addSecs(m_script.begin()->first) > end);

        qInfo("soak: %d polls in %lld simulated hours (%lld s held back by rate limits), %d of "
              "them faulted, %d of them 10 s after a first offline sighting; wall %.1f s, CPU "
              "%.1f s",
              m_poll, length / 3600, backedOff, m_faultPolls, m_confirmingPolls,
              double(wall.elapsed()) / 1000.0, cpu);
        qInfo("soak: %lld requests (%lld not modified, %lld charged), %.1f MiB received",
              m_sim->counters().requests, m_sim->counters().notModified, m_sim->counters().charged,
              double(m_sim->counters().bytesSent) / 1048576.0);
        qInfo("soak: churn: %d jobs, %d runner outages, %d blips, %lld waiting jobs, %lld stuck "
              "jobs, "
              "%d runners replaced; faults: %s",
              m_regularJobs, m_outages, m_blips, m_waiting.size(), m_stuck.size(), m_replaced,
              qPrintable([this] {
                  QStringList kinds;
                  for (auto it = m_faultKinds.cbegin(); it != m_faultKinds.cend(); ++it)
                      kinds.append(QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value()));
                  return kinds.join(QStringLiteral(", "));
              }()));
        qInfo("soak: alerts raised %lld, cleared %lld; notifications expected %lld, seen %lld; "
              "held by the flap window %d",
              expectation.raisedTotal(), expectation.clearedTotal(), expected.size(),
              m_heard.size(), expectation.heldByFlapWindow());
        qInfo("soak: hour 2 → hour 24: heap %.2f → %.2f MiB, live QObjects %d → %d (peak %d), "
              "sockets %d → %d (peak %d), replies %d → %d",
              double(hour2->heap) / 1048576.0, double(last.heap) / 1048576.0, hour2->objects,
              last.objects, peak.objects, hour2->sockets, last.sockets, peak.sockets,
              hour2->replies, last.replies);

        // Notifications: exactly what the script calls for.
        for (qsizetype i = 0; i < std::min(expected.size(), m_heard.size()); ++i) {
            QVERIFY2(expected.at(i) == m_heard.at(i),
                     qPrintable(QStringLiteral("notification %1: expected %2, heard %3 (seed %4)")
                                    .arg(i)
                                    .arg(expected.at(i).toString(), m_heard.at(i).toString())
                                    .arg(m_seed)));
        }
        QCOMPARE(m_heard.size(), expected.size());
        // The churn did make things happen (a shortened day, RELAYQ_SOAK_HOURS, raises fewer).
        QVERIFY(expectation.raisedTotal() > 50 * length / kDay);
        QVERIFY(m_confirmingPolls > 0); // and first offline sightings were confirmed 10 s later
        QCOMPARE(notices.count(), m_replaced);

        // No growth.
        QVERIFY2(last.heap - hour2->heap < kHeapGrowthBound,
                 qPrintable(QStringLiteral("heap grew by %1 bytes").arg(last.heap - hour2->heap)));
        QVERIFY(last.objects <= hour2->objects);
        QVERIFY(peak.sockets <= kSocketBound);
        QVERIFY(last.sockets <= hour2->sockets);

        m_policy.reset();
        m_watch.reset();
        m_network.reset();
        m_sim.reset();
    }
};

// Qt Test stops a test function after 5 minutes; a loaded machine or a sanitizer build can take
// longer than that for a simulated day, so the watchdog gets 15 unless told otherwise.
int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "900000");
    QCoreApplication app(argc, argv);
    TestSoak test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestSoak.moc"
