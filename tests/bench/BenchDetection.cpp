// Detection latency (issue 7, "Detection latency"): from a runner going offline in the simulator
// to the notification, in polls and simulated seconds. The fleet is the rate-limit benchmark's
// (3 repositories, 50 runners). RelayQ: FleetWatch + NotificationPolicy on a ManualClock, its
// PollScheduler running (a poll every 30 s, and the confirming poll 10 s after a first offline
// sighting), with its default debounce (a runner offline for 2 polls in a row), with 3 polls,
// and with the debounce off (offline_polls_before_alert = 1). The seed: the curl + jq port of
// its runner_health_check.sh (seed/), whose "Runner … is offline" line is its notification, run
// every 30 s (the seed's `watch -n 30`) and every 60 s (the finest cron schedule). The runner
// goes offline at several moments before the next check; a different runner each time. Then
// blips: a runner offline for 20 s (and for 8 s) across one check, back 1–19 s after it: who
// notifies for nothing.
//
//   BenchDetection [--runners N] [--smoke]

#include "FleetWatch.h"
#include "HealthRules.h"
#include "NotificationPolicy.h"
#include "PollScheduler.h"
#include "SimFleet.h"
#include "SimulatedHour.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTextStream>

using namespace relayq;
using namespace relayq::bench;

namespace {

const QStringList kRepositories { QStringLiteral("acme/app"), QStringLiteral("acme/web"),
                                  QStringLiteral("acme/ml") };
constexpr int kRunners = 50;
constexpr int kSmokeRunners = 6; // --smoke: the seed's check is a process per runner
constexpr int kMaxPolls = 10;

struct Client
{
    QString name;
    HourClient kind;
    int intervalSeconds;
    int offlinePollsBeforeAlert; // RelayQ only; the seed believes its first check
};

// How many polls tell, and which blips are told: what the client must do. RelayQ's observations
// after the first are PollScheduler::kConfirmSeconds apart, so a blip is told when the runner is
// still offline that long after each of them; the seed tells every blip a check sees.
int expectedPolls(const Client &c)
{
    return c.kind == HourClient::RelayQ ? std::max(1, c.offlinePollsBeforeAlert) : 1;
}
bool expectTold(const Client &c, int backAfterSeconds)
{
    return backAfterSeconds > (expectedPolls(c) - 1) * PollScheduler::kConfirmSeconds;
}

struct Detection
{
    int secondsBeforeCheck = 0; // from going offline to the next poll
    int polls = -1; // -1: never noticed within kMaxPolls
    qint64 seconds = -1;
};

struct Blips
{
    int lengthSeconds = 0;
    QList<int> backAfter; // seconds after the check that saw it
    int told = 0;
    int expected = 0;
};

struct Result
{
    QList<Detection> detections;
    QList<Blips> blips;
    bool ok = true;
};

// Watches one client over one simulated fleet: runs its checks when they are due (RelayQ: when
// its running PollScheduler says, confirming polls included; the seed: every interval) and tells
// whether a check has told the user of a runner.
class Watcher
{
public:
    Watcher(const Client &client, int runners)
        : m_hour(kRepositories, runners, client.intervalSeconds, client.kind)
        , m_interval(client.intervalSeconds)
    {
        if (client.kind != HourClient::RelayQ)
            return;
        MonitorSettings settings;
        settings.offlinePollsBeforeAlert = client.offlinePollsBeforeAlert;
        m_hour.watch()->setSettings(settings);
        m_policy = std::make_unique<NotificationPolicy>(m_hour.clock());
        m_policy->attachTo(*m_hour.watch());
        QObject::connect(m_policy.get(), &NotificationPolicy::notify,
                         [this](const Notification &n) {
                             if (n.category != QLatin1String("recovered")) // "back online"
                                 m_told += n.alertIds;
                         });
    }

    SimulatedHour &hour() { return m_hour; }
    ManualClock &clock() { return m_hour.clock(); }

    // The first check, now.
    bool start()
    {
        if (!m_policy) {
            m_nextSeedCheck = clock().now();
            return check();
        }
        QSignalSpy polled(m_hour.watch(), &FleetWatch::polled);
        m_hour.watch()->start();
        m_checks += 1;
        return polled.wait(30000);
    }

    QDateTime nextCheckAt() const
    {
        return m_policy ? m_hour.watch()->scheduler().nextPollAt() : m_nextSeedCheck;
    }

    // Moves the clock to the next check and runs it.
    bool check()
    {
        m_told.clear();
        m_lastOutput.clear();
        clock().setNow(std::max(clock().now(), nextCheckAt()));
        ++m_checks;
        if (!m_policy) {
            m_nextSeedCheck = clock().now().addSecs(m_interval);
            const bool ok = m_hour.poll();
            m_lastOutput = m_hour.lastOutput();
            return ok;
        }
        QSignalSpy polled(m_hour.watch(), &FleetWatch::polled);
        return m_hour.watch()->scheduler().checkDue() && polled.wait(30000);
    }

    // Whether the last check told the user that `runner` is offline.
    bool told(const sim::SimRunner &runner) const
    {
        if (!m_policy) {
            const QString line = QStringLiteral("Runner %1 is offline").arg(runner.name);
            return std::any_of(m_lastOutput.cbegin(), m_lastOutput.cend(),
                               [&line](const QString &l) { return l.startsWith(line); });
        }
        return m_told.contains(HealthRules::alertId(AlertKind::RunnerOffline, runner.target,
                                                    QString::number(runner.id)));
    }

    // Runs every check due up to `until` (the clock then stands at `until`); counts those that
    // told of `runner`.
    int runUntil(const QDateTime &until, const sim::SimRunner &runner, bool *ok)
    {
        int told = 0;
        while (*ok && nextCheckAt().isValid() && nextCheckAt() <= until) {
            *ok = check();
            told += this->told(runner) ? 1 : 0;
        }
        clock().setNow(std::max(clock().now(), until));
        return told;
    }

    int checks() const { return m_checks; }

private:
    SimulatedHour m_hour;
    int m_interval;
    std::unique_ptr<NotificationPolicy> m_policy;
    QStringList m_told;
    QStringList m_lastOutput;
    QDateTime m_nextSeedCheck;
    int m_checks = 0;
};

Detection detect(Watcher &w, const sim::SimRunner &victim, int secondsBeforeCheck, bool *ok)
{
    Detection d;
    d.secondsBeforeCheck = secondsBeforeCheck;
    const QDateTime offlineAt = w.nextCheckAt().addSecs(-secondsBeforeCheck);
    w.runUntil(offlineAt, victim, ok);
    w.hour().fleet().setRunnerOnline(victim.id, false);
    const int checksBefore = w.checks();
    while (*ok && w.checks() - checksBefore < kMaxPolls) {
        *ok = w.check();
        if (w.told(victim)) {
            d.polls = w.checks() - checksBefore;
            d.seconds = offlineAt.secsTo(w.clock().now());
            return d;
        }
    }
    return d;
}

// Offline `length` s, across the next check, back `backAfter` s after it: notifications in that
// time and the two intervals after it.
int blip(Watcher &w, const sim::SimRunner &victim, int length, int backAfter, int interval,
         bool *ok)
{
    const QDateTime check = w.nextCheckAt();
    w.runUntil(check.addSecs(backAfter - length), victim, ok);
    w.hour().fleet().setRunnerOnline(victim.id, false);
    int told = w.runUntil(check.addSecs(backAfter), victim, ok);
    w.hour().fleet().setRunnerOnline(victim.id, true);
    told += w.runUntil(w.clock().now().addSecs(2 * interval), victim, ok);
    return told;
}

Result measure(const Client &client, int runners, const QList<int> &offsetsPercent,
               const QList<Blips> &blipCases)
{
    Result result;
    Watcher w(client, runners);
    // Warm-up: RelayQ's start-up summary covers its first 2 polls; the seed's first check runs.
    const int warmUp = client.kind == HourClient::RelayQ ? 3 : 1;
    // A different runner each time (the repositories' runners in turn): no flap window applies.
    const QList<sim::SimRunner> victims = w.hour().fleet().allRunners();
    result.ok = w.start();
    for (int i = 1; i < warmUp && result.ok; ++i)
        result.ok = w.check();
    int next = 0;
    for (int percent : offsetsPercent) {
        const int before = std::max(1, client.intervalSeconds * percent / 100);
        result.detections.append(detect(w, victims.at(next++), before, &result.ok));
        if (!result.ok)
            return result;
    }
    for (Blips blips : blipCases) {
        for (int backAfter : std::as_const(blips.backAfter)) {
            blips.told += blip(w, victims.at(next++), blips.lengthSeconds, backAfter,
                               client.intervalSeconds, &result.ok);
            blips.expected += expectTold(client, backAfter) ? 1 : 0;
        }
        result.blips.append(blips);
    }
    return result;
}

QString cell(const Detection &d)
{
    if (d.polls < 0)
        return QStringLiteral("never");
    return QStringLiteral("%1/%2 s").arg(d.polls).arg(d.seconds);
}

QString blipHeader(const Blips &b)
{
    QStringList after;
    for (int a : b.backAfter)
        after.append(QString::number(a));
    return QStringLiteral("blip %1 s (back %2 s after)").arg(b.lengthSeconds).arg(after.join(u','));
}

void printHeader(QTextStream &out, int runners, const QList<int> &offsets,
                 const QList<Blips> &blips)
{
    out << "Detection latency: " << runners << " runners in " << kRepositories.size()
        << " repositories; a runner goes offline N% of the interval before the next check (a "
           "different one each time; 100%: just after the previous check).\n"
        << "Cells: checks/simulated seconds from going offline to the notification (RelayQ: "
           "NotificationPolicy::notify; seed: its \"Runner … is offline\" line); blips: "
           "notifications over the cases, out of the cases.\n";
    out << QStringLiteral("%1 %2")
               .arg(QStringLiteral("client"), -36)
               .arg(QStringLiteral("every"), 6);
    for (int percent : offsets)
        out << QStringLiteral(" %1").arg(QStringLiteral("%1%").arg(percent), 9);
    out << QStringLiteral(" %1 %2")
               .arg(QStringLiteral("mean s"), 7)
               .arg(QStringLiteral("max s"), 6);
    for (const Blips &b : blips)
        out << QStringLiteral("  ") << blipHeader(b);
    out << "\n";
}

void printRow(QTextStream &out, const Client &client, const Result &r)
{
    qint64 sum = 0, max = 0;
    out << QStringLiteral("%1 %2")
               .arg(client.name, -36)
               .arg(QStringLiteral("%1 s").arg(client.intervalSeconds), 6);
    for (const Detection &d : r.detections) {
        out << QStringLiteral(" %1").arg(cell(d), 9);
        sum += d.seconds;
        max = std::max(max, d.seconds);
    }
    out << QStringLiteral(" %1 %2")
               .arg(QString::number(double(sum) / double(r.detections.size()), 'f', 1), 7)
               .arg(max, 6);
    for (const Blips &b : r.blips) {
        out << QStringLiteral("  %1").arg(
            QStringLiteral("%1/%2").arg(b.told).arg(b.backAfter.size()), int(blipHeader(b).size()));
    }
    out << "\n";
}

QStringList check(const Client &client, const Result &r)
{
    QStringList problems;
    if (!r.ok)
        problems.append(client.name + QStringLiteral(": a check did not finish"));
    for (const Detection &d : r.detections) {
        if (d.polls != expectedPolls(client))
            problems.append(QStringLiteral("%1: told after %2 checks, expected %3")
                                .arg(client.name)
                                .arg(d.polls)
                                .arg(expectedPolls(client)));
        // RelayQ's confirming polls: the alert comes 10 s per extra observation after the first.
        const qint64 expectedSeconds = d.secondsBeforeCheck
            + (client.kind == HourClient::RelayQ
                   ? (expectedPolls(client) - 1) * PollScheduler::kConfirmSeconds
                   : 0);
        if (d.polls >= 0 && d.seconds != expectedSeconds)
            problems.append(QStringLiteral("%1: told after %2 s, expected %3 s")
                                .arg(client.name)
                                .arg(d.seconds)
                                .arg(expectedSeconds));
    }
    for (const Blips &b : r.blips) {
        if (b.told != b.expected)
            problems.append(QStringLiteral("%1: %2 notifications for %3 blips of %4 s, expected %5")
                                .arg(client.name)
                                .arg(b.told)
                                .arg(b.backAfter.size())
                                .arg(b.lengthSeconds)
                                .arg(b.expected));
    }
    return problems;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Detection latency of an offline runner"));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("smoke"), QStringLiteral("Fewer cases, 6 runners: checks it works.") },
        { QStringLiteral("runners"),
          QStringLiteral("Runners in the fleet (default 50). The latency in simulated time does "
                         "not depend on it; the seed's check costs a process per runner."),
          QStringLiteral("n") },
    });
    parser.process(app);
    const bool smoke = parser.isSet(QStringLiteral("smoke"));

    // When the runner goes offline, in per cent of the interval before the next check
    // (100: just after the previous one).
    const QList<int> offsets = smoke ? QList<int> { 50 } : QList<int> { 1, 25, 50, 75, 100 };
    // Blips across a check, back this many seconds after it (never exactly at a confirming
    // poll: which of the two came first would be a coin toss).
    const QList<Blips> blips = smoke
        ? QList<Blips> { { 20, { 5, 15 } }, { 8, { 5 } } }
        : QList<Blips> { { 20, { 1, 5, 9, 11, 15, 19 } }, { 8, { 1, 3, 5, 7 } } };
    qsizetype cases = offsets.size();
    for (const Blips &b : blips)
        cases += b.backAfter.size();
    bool ok = false;
    int runners = parser.value(QStringLiteral("runners")).toInt(&ok);
    if (!ok || runners < cases) // a runner for each offline moment and each blip
        runners = smoke ? kSmokeRunners : std::max<int>(kRunners, int(cases));

    QList<Client> clients {
        { QStringLiteral("RelayQ (2 polls, default)"), HourClient::RelayQ, 30, 2 },
        { QStringLiteral("RelayQ (debounce off)"), HourClient::RelayQ, 30, 1 },
        { QStringLiteral("seed health check, watch -n 30"), HourClient::SeedHealthCheck, 30, 0 },
    };
    if (!smoke) {
        clients.insert(1, { QStringLiteral("RelayQ (3 polls)"), HourClient::RelayQ, 30, 3 });
        clients.append(
            { QStringLiteral("seed health check, cron */1"), HourClient::SeedHealthCheck, 60, 0 });
    }

    QTextStream out(stdout);
    printHeader(out, runners, offsets, blips);
    QStringList problems;
    for (const Client &client : std::as_const(clients)) {
        const Result r = measure(client, runners, offsets, blips);
        printRow(out, client, r);
        out.flush();
        problems += check(client, r);
    }
    for (const QString &problem : std::as_const(problems))
        out << "CHECK FAILED: " << problem << "\n";
    out.flush();
    return problems.isEmpty() ? 0 : 1;
}
