// Detection latency (issue 7, "Detection latency"): from a runner going offline in the simulator
// to the notification, in polls and simulated seconds. The fleet is the rate-limit benchmark's
// (3 repositories, 50 runners). RelayQ: FleetWatch + NotificationPolicy on a ManualClock, a poll
// every 30 s, with its default debounce (a runner offline for 2 polls in a row) and with the
// debounce off (offline_polls_before_alert = 1). The seed: the curl + jq port of its
// runner_health_check.sh (seed/), whose "Runner … is offline" line is its notification, run every
// 30 s (the seed's `watch -n 30`) and every 60 s (the finest cron schedule). The runner goes
// offline at several moments before the next check; a different runner each time. Then a blip:
// a runner offline for 20 s across one check, back before the next: who notifies for nothing.
//
//   BenchDetection [--runners N] [--smoke]

#include "FleetWatch.h"
#include "HealthRules.h"
#include "NotificationPolicy.h"
#include "SimFleet.h"
#include "SimulatedHour.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    int offlinePollsBeforeAlert; // RelayQ only
    // What it must do: the poll that tells (RelayQ: the second that sees the runner offline, the
    // first with the debounce off; the seed: its first check), and whether a blip is told.
    int expectedPolls;
    int expectedBlipNotifications;
};

struct Detection
{
    int secondsBeforeCheck = 0; // from going offline to the next poll
    int polls = -1; // -1: never noticed within kMaxPolls
    qint64 seconds = -1;
};

struct Result
{
    QList<Detection> detections;
    int blipNotifications = 0;
    bool ok = true;
};

// Watches one client over one simulated fleet and tells whether it has told the user yet.
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
    int interval() const { return m_interval; }

    // Polls; true when this poll told the user that `runner` is offline.
    bool pollTells(const sim::SimRunner &runner, bool *ok)
    {
        m_told.clear();
        *ok = m_hour.poll();
        if (!m_policy) {
            const QString line = QStringLiteral("Runner %1 is offline").arg(runner.name);
            return std::any_of(m_hour.lastOutput().cbegin(), m_hour.lastOutput().cend(),
                               [&line](const QString &l) { return l.startsWith(line); });
        }
        return m_told.contains(HealthRules::alertId(AlertKind::RunnerOffline, runner.target,
                                                    QString::number(runner.id)));
    }

private:
    SimulatedHour m_hour;
    int m_interval;
    std::unique_ptr<NotificationPolicy> m_policy;
    QStringList m_told;
};

Detection detect(Watcher &w, const sim::SimRunner &victim, int secondsBeforeCheck, bool *ok)
{
    Detection d;
    d.secondsBeforeCheck = secondsBeforeCheck;
    SimulatedHour &hour = w.hour();
    hour.clock().advance(w.interval() - secondsBeforeCheck);
    hour.fleet().setRunnerOnline(victim.id, false);
    const QDateTime offlineAt = hour.clock().now();
    hour.clock().advance(secondsBeforeCheck);
    for (int polls = 1; polls <= kMaxPolls && *ok; ++polls) {
        if (w.pollTells(victim, ok)) {
            d.polls = polls;
            d.seconds = offlineAt.secsTo(hour.clock().now());
            return d;
        }
        hour.clock().advance(w.interval());
    }
    return d;
}

// Offline 10 s before a check, online again 10 s after it: notifications in the next 3 checks.
int blip(Watcher &w, const sim::SimRunner &victim, bool *ok)
{
    SimulatedHour &hour = w.hour();
    hour.clock().advance(w.interval() - 10);
    hour.fleet().setRunnerOnline(victim.id, false);
    hour.clock().advance(10);
    int told = w.pollTells(victim, ok) ? 1 : 0;
    hour.clock().advance(10);
    hour.fleet().setRunnerOnline(victim.id, true);
    hour.clock().advance(w.interval() - 10);
    for (int i = 0; i < 2 && *ok; ++i) {
        told += w.pollTells(victim, ok) ? 1 : 0;
        hour.clock().advance(w.interval());
    }
    return told;
}

Result measure(const Client &client, int runners, const QList<int> &offsetsPercent)
{
    Result result;
    Watcher w(client, runners);
    // Warm-up: RelayQ's start-up summary covers its first 2 polls; the seed's first check runs.
    const int warmUp = client.kind == HourClient::RelayQ ? 3 : 1;
    // A different runner each time (the repositories' runners in turn): no flap window applies.
    const QList<sim::SimRunner> victims = w.hour().fleet().allRunners();
    for (int i = 0; i < warmUp && result.ok; ++i) {
        if (i > 0)
            w.hour().clock().advance(w.interval());
        result.ok = w.hour().poll();
    }
    int next = 0;
    for (int percent : offsetsPercent) {
        const int before = std::max(1, w.interval() * percent / 100);
        result.detections.append(detect(w, victims.at(next++), before, &result.ok));
        w.hour().clock().advance(w.interval());
        if (!result.ok)
            return result;
    }
    result.blipNotifications = blip(w, victims.at(next), &result.ok);
    return result;
}

QString cell(const Detection &d)
{
    if (d.polls < 0)
        return QStringLiteral("never");
    return QStringLiteral("%1/%2 s").arg(d.polls).arg(d.seconds);
}

void printHeader(QTextStream &out, int runners, const QList<int> &offsets)
{
    out << "Detection latency: " << runners << " runners in " << kRepositories.size()
        << " repositories; a runner goes offline N% of the interval before the next check (a "
           "different one each time; 100%: just after the previous check).\n"
        << "Cells: checks/simulated seconds from going offline to the notification (RelayQ: "
           "NotificationPolicy::notify; seed: its \"Runner … is offline\" line).\n";
    out << QStringLiteral("%1 %2")
               .arg(QStringLiteral("client"), -36)
               .arg(QStringLiteral("every"), 6);
    for (int percent : offsets)
        out << QStringLiteral(" %1").arg(QStringLiteral("%1%").arg(percent), 9);
    out << QStringLiteral(" %1 %2 %3\n")
               .arg(QStringLiteral("mean s"), 7)
               .arg(QStringLiteral("max s"), 6)
               .arg(QStringLiteral("blip 20 s"), 10);
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
    out << QStringLiteral(" %1 %2 %3\n")
               .arg(QString::number(double(sum) / double(r.detections.size()), 'f', 1), 7)
               .arg(max, 6)
               .arg(r.blipNotifications, 10);
}

QStringList check(const Client &client, const Result &r)
{
    QStringList problems;
    if (!r.ok)
        problems.append(client.name + QStringLiteral(": a check did not finish"));
    for (const Detection &d : r.detections) {
        if (d.polls != client.expectedPolls)
            problems.append(QStringLiteral("%1: told after %2 checks, expected %3")
                                .arg(client.name)
                                .arg(d.polls)
                                .arg(client.expectedPolls));
    }
    if (r.blipNotifications != client.expectedBlipNotifications)
        problems.append(QStringLiteral("%1: %2 notifications for a 20 s blip, expected %3")
                            .arg(client.name)
                            .arg(r.blipNotifications)
                            .arg(client.expectedBlipNotifications));
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
    bool ok = false;
    int runners = parser.value(QStringLiteral("runners")).toInt(&ok);
    if (!ok || runners < 6) // a runner for each offline moment and the blip
        runners = smoke ? kSmokeRunners : kRunners;

    // When the runner goes offline, in per cent of the interval before the next check
    // (100: just after the previous one).
    const QList<int> offsets = smoke ? QList<int> { 50 } : QList<int> { 1, 25, 50, 75, 100 };
    QList<Client> clients {
        { QStringLiteral("RelayQ (debounce 2 polls, default)"), HourClient::RelayQ, 30, 2, 2, 0 },
        { QStringLiteral("RelayQ (debounce off)"), HourClient::RelayQ, 30, 1, 1, 1 },
        { QStringLiteral("seed health check, watch -n 30"), HourClient::SeedHealthCheck, 30, 0, 1,
          1 },
    };
    if (!smoke)
        clients.append({ QStringLiteral("seed health check, cron */1"), HourClient::SeedHealthCheck,
                         60, 0, 1, 1 });

    QTextStream out(stdout);
    printHeader(out, runners, offsets);
    QStringList problems;
    for (const Client &client : std::as_const(clients)) {
        const Result r = measure(client, runners, offsets);
        printRow(out, client, r);
        problems += check(client, r);
    }
    for (const QString &problem : std::as_const(problems))
        out << "CHECK FAILED: " << problem << "\n";
    out.flush();
    return problems.isEmpty() ? 0 : 1;
}
