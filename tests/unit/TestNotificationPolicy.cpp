// NotificationPolicy: count what reaches the user for scripted alert sequences, with a clock
// that only moves when told to (one poll a minute unless a test says otherwise).

#include "Clock.h"
#include "FleetMonitor.h"
#include "FleetWatch.h"
#include "NotificationPolicy.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace relayq;

namespace {

const QString kApp = QStringLiteral("acme/app");

Alert alert(AlertKind kind, Severity severity, const QString &subject)
{
    Alert a;
    a.id = alertKindKey(kind) + QLatin1Char(':') + kApp + QLatin1Char(':') + subject;
    a.kind = kind;
    a.severity = severity;
    a.subject = subject;
    a.message = QStringLiteral("%1: %2.").arg(alertKindKey(kind), subject);
    a.target = kApp;
    a.url = QStringLiteral("https://github.com/acme/app/") + subject;
    return a;
}

Alert offline(const QString &runner)
{
    Alert a = alert(AlertKind::RunnerOffline, Severity::Critical, runner);
    a.message = QStringLiteral("Runner %1 is offline.").arg(runner);
    return a;
}
Alert queued(const QString &job)
{
    return alert(AlertKind::JobQueuedTooLong, Severity::Warning, job);
}
Alert stuck(const QString &job)
{
    return alert(AlertKind::JobStuck, Severity::Critical, job);
}
Alert longRunning(const QString &job)
{
    return alert(AlertKind::LongRunning, Severity::Info, job);
}

ConnectionStatus unreachable()
{
    ConnectionStatus c;
    c.state = ConnectionState::Unreachable;
    c.message = QStringLiteral("GitHub cannot be reached from this computer.");
    return c;
}

QStringList keys(const QList<NotificationAction> &actions)
{
    QStringList out;
    for (const NotificationAction &a : actions)
        out.append(a.key);
    return out;
}

// A policy, its clock and everything it said.
struct Fixture
{
    ManualClock clock;
    NotificationPolicy policy { clock };
    QList<Notification> said;

    explicit Fixture(const NotificationSettings &settings = {})
    {
        policy.setSettings(settings);
        QObject::connect(&policy, &NotificationPolicy::notify,
                         [this](const Notification &n) { said.append(n); });
    }
    // One poll, a minute after the last.
    void poll(const AlertList &raised = {}, const AlertList &cleared = {},
              const ConnectionStatus &connection = ConnectionStatus::ok(),
              const AlertList &notices = {})
    {
        clock.advance(60);
        policy.pollFinished(connection, raised, cleared, notices);
    }
    // Gets past the start-up summary with nothing wrong.
    void startQuietly()
    {
        for (int i = 0; i < policy.settings().startupPolls; ++i)
            poll();
        QVERIFY(said.isEmpty());
    }
    int count(const QString &category) const
    {
        return int(std::count_if(said.cbegin(), said.cend(),
                                 [&](const Notification &n) { return n.category == category; }));
    }
};

} // namespace

class TestNotificationPolicy : public QObject
{
    Q_OBJECT

private slots:
    void startupWithThreeProblemsIsOneSummary();
    void startupWithOneProblemSaysItsMessage();
    void startupWithNothingWrongSaysNothing();
    void startupLeavesOutWhatClearedMeanwhile();
    void severalRaisedInOnePollAreOneNotification();
    void oneRaisedSaysItsMessage();
    void criticalClearedIsRecovered();
    void warningClearedSaysNothing();
    void flappingRunnerIsBoundedOverHalfAnHour();
    void flappingSettlesOnTheTruth();
    void snoozeSilencesUntilItEnds();
    void snoozeActionSnoozesTheNotifiedAlerts();
    void pausedSaysNothingAndResumeReleasesNothing();
    void pauseDropsWhatTheFlapWindowHeldBack();
    void connectionBlipOfOnePollSaysNothing();
    void outageOfThreePollsIsOneAndOneOnRecovery();
    void outageNotAnnouncedIsNotRecovered();
    void connectionNotificationsCanBeTurnedOff();
    void disabledKindNeverNotifies();
    void infoNeverNotifies();
    void acknowledgedAlertIsQuietUntilItClears();
    void acknowledgedDuringStartupIsLeftOutOfTheSummary();
    void attachedToFleetWatchCollectsEachPoll();
};

void TestNotificationPolicy::startupWithThreeProblemsIsOneSummary()
{
    Fixture f;
    // Poll 1 sees two job problems; poll 2 (runner_offline's debounce) the offline runner.
    f.poll({ queued(QStringLiteral("build")), stuck(QStringLiteral("deploy")) });
    QCOMPARE(f.said.size(), 0);
    f.poll({ offline(QStringLiteral("rpi4-runner")) });
    QCOMPARE(f.said.size(), 1);
    const Notification n = f.said.first();
    QCOMPARE(n.category, QStringLiteral("startup"));
    QCOMPARE(n.summary, QStringLiteral("3 problems in your runner fleet"));
    QCOMPARE(n.alertIds.size(), 3);
    QCOMPARE(n.severity, Severity::Critical);
    QVERIFY(n.body.contains(QStringLiteral("Runner rpi4-runner is offline.")));
    QCOMPARE(n.body.count(QLatin1Char('\n')), 2);
    QCOMPARE(n.alertIds.last(), queued(QStringLiteral("build")).id); // worst first
    QCOMPARE(keys(n.actions),
             (QStringList { QStringLiteral("open"), QStringLiteral("snooze-1h") }));
    // Later polls with the same alerts active say nothing more.
    f.poll();
    f.poll();
    QCOMPARE(f.said.size(), 1);
}

void TestNotificationPolicy::startupWithOneProblemSaysItsMessage()
{
    Fixture f;
    f.poll();
    f.poll({ offline(QStringLiteral("rpi4-runner")) });
    QCOMPARE(f.said.size(), 1);
    QCOMPARE(f.said.first().category, QStringLiteral("startup"));
    QCOMPARE(f.said.first().summary, QStringLiteral("Runner rpi4-runner is offline."));
    QCOMPARE(f.said.first().url, offline(QStringLiteral("rpi4-runner")).url);
}

void TestNotificationPolicy::startupWithNothingWrongSaysNothing()
{
    Fixture f;
    f.poll({ longRunning(QStringLiteral("build")) });
    f.poll();
    f.poll();
    QCOMPARE(f.said.size(), 0);
}

void TestNotificationPolicy::startupLeavesOutWhatClearedMeanwhile()
{
    Fixture f;
    const Alert a = queued(QStringLiteral("build"));
    f.poll({ a, offline(QStringLiteral("rpi4-runner")) });
    f.poll({}, { a });
    QCOMPARE(f.said.size(), 1);
    QCOMPARE(f.said.first().alertIds, QStringList { offline(QStringLiteral("rpi4-runner")).id });
}

void TestNotificationPolicy::severalRaisedInOnePollAreOneNotification()
{
    Fixture f;
    f.startQuietly();
    const Alert o = offline(QStringLiteral("rpi4-runner"));
    f.poll({ queued(QStringLiteral("a")), o, queued(QStringLiteral("b")) });
    QCOMPARE(f.said.size(), 1);
    const Notification n = f.said.first();
    QCOMPARE(n.category, QStringLiteral("alerts"));
    QCOMPARE(n.summary, QStringLiteral("3 problems in your runner fleet"));
    QCOMPARE(n.alertIds.size(), 3);
    QCOMPARE(n.alertIds.first(), o.id); // the critical one leads, and its page opens
    QCOMPARE(n.url, o.url);
    QCOMPARE(n.severity, Severity::Critical);
    QCOMPARE(keys(n.actions),
             (QStringList { QStringLiteral("open"), QStringLiteral("snooze-1h") }));
    QCOMPARE(f.policy.lastNotification(QStringLiteral("alerts")).alertIds, n.alertIds);
}

void TestNotificationPolicy::oneRaisedSaysItsMessage()
{
    Fixture f;
    f.startQuietly();
    Alert q = queued(QStringLiteral("render"));
    q.url.clear();
    f.poll({ q });
    QCOMPARE(f.said.size(), 1);
    QCOMPARE(f.said.first().summary, q.message);
    QCOMPARE(f.said.first().body, kApp);
    QCOMPARE(f.said.first().severity, Severity::Warning);
    // Nothing to open: no "open" button.
    QCOMPARE(keys(f.said.first().actions), QStringList { QStringLiteral("snooze-1h") });
}

void TestNotificationPolicy::criticalClearedIsRecovered()
{
    Fixture f;
    f.startQuietly();
    const Alert o = offline(QStringLiteral("rpi4-runner"));
    const Alert s = stuck(QStringLiteral("Deploy / ship"));
    f.poll({ o });
    f.clock.advance(3600); // well past the flap window
    f.poll({}, { o });
    QCOMPARE(f.said.size(), 2);
    QCOMPARE(f.said.last().category, QStringLiteral("recovered"));
    QCOMPARE(f.said.last().summary, QStringLiteral("rpi4-runner is back online"));
    QCOMPARE(f.said.last().alertIds, QStringList { o.id });

    f.poll({ s });
    f.clock.advance(3600);
    f.poll({}, { s });
    QCOMPARE(f.said.size(), 4);
    QCOMPARE(f.said.last().summary, QStringLiteral("Deploy / ship: resolved"));
}

void TestNotificationPolicy::warningClearedSaysNothing()
{
    Fixture f;
    f.startQuietly();
    const Alert q = queued(QStringLiteral("render"));
    f.poll({ q });
    f.clock.advance(3600);
    f.poll({}, { q });
    QCOMPARE(f.said.size(), 1);
    QCOMPARE(f.count(QStringLiteral("recovered")), 0);
}

void TestNotificationPolicy::flappingRunnerIsBoundedOverHalfAnHour()
{
    const Alert o = offline(QStringLiteral("rpi4-runner"));
    auto flap = [&o](Fixture &f) {
        f.startQuietly();
        for (int minute = 1; minute <= 30; ++minute) {
            if (minute % 2)
                f.poll({ o });
            else
                f.poll({}, { o });
        }
        return f.said.size();
    };
    Fixture limited; // default window: 10 minutes
    const qsizetype withWindow = flap(limited);
    QVERIFY2(withWindow >= 2 && withWindow <= 4, qPrintable(QString::number(withWindow)));
    NotificationSettings noWindow;
    noWindow.flapWindowSeconds = 0;
    Fixture unlimited(noWindow);
    QCOMPARE(flap(unlimited), qsizetype(30)); // what the window saves the user from
}

void TestNotificationPolicy::flappingSettlesOnTheTruth()
{
    Fixture f;
    f.startQuietly();
    const Alert o = offline(QStringLiteral("rpi4-runner"));
    f.poll({ o }); // told: offline
    f.poll({}, { o }); // back after a minute: held back by the window
    QCOMPARE(f.said.size(), 1);
    for (int i = 0; i < 8; ++i)
        f.poll();
    QCOMPARE(f.said.size(), 1); // still inside the window
    f.poll(); // 10 minutes after the first notification: it is still online, so say so
    QCOMPARE(f.said.size(), 2);
    QCOMPARE(f.said.last().category, QStringLiteral("recovered"));
    f.poll();
    QCOMPARE(f.said.size(), 2);

    // Offline, online and offline again inside the window: the user was told right the
    // first time, so nothing more.
    Fixture g;
    g.startQuietly();
    g.poll({ o });
    g.poll({}, { o });
    g.poll({ o });
    for (int i = 0; i < 15; ++i)
        g.poll();
    QCOMPARE(g.said.size(), 1);
}

void TestNotificationPolicy::snoozeSilencesUntilItEnds()
{
    Fixture f;
    f.startQuietly();
    const Alert o = offline(QStringLiteral("rpi4-runner"));
    f.poll({ o });
    QCOMPARE(f.said.size(), 1);
    f.policy.snooze({ o.id }, f.clock.now().addSecs(3600));
    f.clock.advance(15 * 60);
    f.poll({}, { o }); // recovers while snoozed: quiet
    f.clock.advance(15 * 60);
    f.poll({ o }); // raised again while snoozed: quiet
    QCOMPARE(f.said.size(), 1);
    // The hour ends with the alert still raised: nothing until it is raised anew.
    for (int i = 0; i < 40; ++i)
        f.poll();
    QCOMPARE(f.said.size(), 1);
    f.poll({}, { o });
    QCOMPARE(f.said.size(), 1); // its raise was never told, so neither is this recovery
    f.poll({ o });
    QCOMPARE(f.said.size(), 2);
    QCOMPARE(f.said.last().category, QStringLiteral("alerts"));
}

void TestNotificationPolicy::snoozeActionSnoozesTheNotifiedAlerts()
{
    Fixture f;
    f.startQuietly();
    const Alert a = queued(QStringLiteral("a"));
    const Alert b = queued(QStringLiteral("b"));
    f.poll({ a, b });
    QVERIFY(f.policy.handleAction(QStringLiteral("alerts"), QStringLiteral("snooze-1h")));
    QVERIFY(!f.policy.handleAction(QStringLiteral("alerts"), QStringLiteral("open")));
    f.clock.advance(20 * 60);
    f.poll({}, { a, b });
    f.poll({ a, b });
    QCOMPARE(f.said.size(), 1);
    f.clock.advance(3600);
    f.poll({}, { a, b });
    f.poll({ a });
    QCOMPARE(f.said.size(), 2);
}

void TestNotificationPolicy::pausedSaysNothingAndResumeReleasesNothing()
{
    Fixture f;
    QSignalSpy pausedSpy(&f.policy, &NotificationPolicy::pausedChanged);
    f.startQuietly();
    f.policy.setPaused(true);
    f.policy.setPaused(true); // no change, no signal
    QCOMPARE(pausedSpy.size(), 1);
    QVERIFY(f.policy.isPaused());
    const Alert o = offline(QStringLiteral("rpi4-runner"));
    f.poll({ o, queued(QStringLiteral("a")) });
    f.poll({}, {}, unreachable());
    f.poll({}, {}, unreachable());
    f.poll({}, {}, unreachable());
    f.poll();
    QCOMPARE(f.said.size(), 0);

    f.policy.setPaused(false);
    QCOMPARE(pausedSpy.size(), 2);
    QCOMPARE(pausedSpy.last().first().toBool(), false);
    f.poll();
    f.poll();
    QCOMPARE(f.said.size(), 0); // no burst of what happened while paused
    f.poll({ queued(QStringLiteral("new")) });
    QCOMPARE(f.said.size(), 1);
}

void TestNotificationPolicy::pauseDropsWhatTheFlapWindowHeldBack()
{
    Fixture f;
    f.startQuietly();
    const Alert o = offline(QStringLiteral("rpi4-runner"));
    f.poll({ o });
    f.poll({}, { o }); // "back online" held back by the flap window
    f.policy.setPaused(true);
    f.policy.setPaused(false);
    for (int i = 0; i < 15; ++i)
        f.poll();
    QCOMPARE(f.said.size(), 1);
}

void TestNotificationPolicy::connectionBlipOfOnePollSaysNothing()
{
    Fixture f;
    f.startQuietly();
    for (int i = 0; i < 5; ++i) {
        f.poll({}, {}, unreachable());
        f.poll();
    }
    QCOMPARE(f.said.size(), 0);
}

void TestNotificationPolicy::outageOfThreePollsIsOneAndOneOnRecovery()
{
    Fixture f;
    f.startQuietly();
    f.poll({}, {}, unreachable());
    QCOMPARE(f.said.size(), 0);
    f.poll({}, {}, unreachable());
    QCOMPARE(f.said.size(), 1);
    QCOMPARE(f.said.last().category, QStringLiteral("connection"));
    QCOMPARE(f.said.last().summary, QStringLiteral("Can't reach GitHub"));
    QCOMPARE(f.said.last().body, unreachable().message);
    f.poll({}, {}, unreachable());
    QCOMPARE(f.said.size(), 1);
    f.poll();
    QCOMPARE(f.said.size(), 2);
    QCOMPARE(f.said.last().category, QStringLiteral("connection"));
    QCOMPARE(f.said.last().summary, QStringLiteral("GitHub is reachable again"));
    f.poll();
    QCOMPARE(f.said.size(), 2);
}

void TestNotificationPolicy::outageNotAnnouncedIsNotRecovered()
{
    Fixture f;
    f.startQuietly();
    f.policy.setPaused(true);
    f.poll({}, {}, unreachable());
    f.poll({}, {}, unreachable());
    f.policy.setPaused(false);
    f.poll({}, {}, unreachable());
    f.poll();
    QCOMPARE(f.said.size(), 0);
}

void TestNotificationPolicy::connectionNotificationsCanBeTurnedOff()
{
    NotificationSettings settings;
    settings.connectionNotifications = false;
    Fixture f(settings);
    f.startQuietly();
    for (int i = 0; i < 4; ++i)
        f.poll({}, {}, unreachable());
    f.poll();
    QCOMPARE(f.said.size(), 0);
}

void TestNotificationPolicy::disabledKindNeverNotifies()
{
    NotificationSettings settings;
    settings.disabledKinds.insert(AlertKind::JobQueuedTooLong);
    Fixture f(settings);
    f.poll({ queued(QStringLiteral("a")) });
    f.poll();
    QCOMPARE(f.said.size(), 0); // not even in the start-up summary
    const Alert o = offline(QStringLiteral("rpi4-runner"));
    f.poll({ queued(QStringLiteral("b")), o });
    QCOMPARE(f.said.size(), 1);
    QCOMPARE(f.said.first().alertIds, QStringList { o.id });

    settings.disabledKinds.insert(AlertKind::RunnerOffline);
    f.policy.setSettings(settings);
    f.clock.advance(3600);
    f.poll({}, { o }); // its recovery is of a kind now switched off
    f.poll({ offline(QStringLiteral("rpi3-runner")) });
    QCOMPARE(f.said.size(), 1);
}

void TestNotificationPolicy::infoNeverNotifies()
{
    Fixture f;
    f.startQuietly();
    Alert removed = alert(AlertKind::RunnerRemoved, Severity::Info, QStringLiteral("old-runner"));
    f.poll({ longRunning(QStringLiteral("a")) }, {}, ConnectionStatus::ok(), { removed });
    f.clock.advance(3600);
    f.poll({}, { longRunning(QStringLiteral("a")) });
    QCOMPARE(f.said.size(), 0);
    // A notice that is a real problem does notify (proves notices are read at all).
    Alert bad = removed;
    bad.severity = Severity::Warning;
    f.poll({}, {}, ConnectionStatus::ok(), { bad });
    QCOMPARE(f.said.size(), 1);
}

void TestNotificationPolicy::acknowledgedAlertIsQuietUntilItClears()
{
    Fixture f;
    f.startQuietly();
    const Alert o = offline(QStringLiteral("rpi4-runner"));
    f.poll({ o });
    f.policy.acknowledge({ o.id });
    f.clock.advance(3600);
    f.poll({}, { o }); // acknowledged: no "back online"
    QCOMPARE(f.said.size(), 1);
    f.clock.advance(3600);
    f.poll({ o }); // a new occurrence is news again
    QCOMPARE(f.said.size(), 2);
}

void TestNotificationPolicy::acknowledgedDuringStartupIsLeftOutOfTheSummary()
{
    Fixture f;
    const Alert o = offline(QStringLiteral("rpi4-runner"));
    const Alert q = queued(QStringLiteral("a"));
    f.poll({ o, q });
    f.policy.acknowledge({ o.id });
    f.poll();
    QCOMPARE(f.said.size(), 1);
    QCOMPARE(f.said.first().alertIds, QStringList { q.id });
}

void TestNotificationPolicy::attachedToFleetWatchCollectsEachPoll()
{
    QNetworkAccessManager network;
    Fixture f;
    FleetWatch watch(&network, f.clock);
    f.policy.attachTo(watch);
    const FleetSnapshot snapshot;
    emit watch.polled(snapshot);
    emit watch.polled(snapshot);
    QCOMPARE(f.said.size(), 0);
    emit watch.monitor().alertRaised(queued(QStringLiteral("a")));
    emit watch.monitor().alertRaised(offline(QStringLiteral("rpi4-runner")));
    emit watch.monitor().notice(longRunning(QStringLiteral("b")));
    QCOMPARE(f.said.size(), 0); // nothing before the poll is complete
    f.clock.advance(60);
    emit watch.polled(snapshot);
    QCOMPARE(f.said.size(), 1);
    QCOMPARE(f.said.first().alertIds.size(), 2);
    f.clock.advance(3600);
    emit watch.monitor().alertCleared(offline(QStringLiteral("rpi4-runner")));
    emit watch.polled(snapshot);
    QCOMPARE(f.said.size(), 2);
    QCOMPARE(f.said.last().category, QStringLiteral("recovered"));
    f.clock.advance(3600);
    emit watch.polled(snapshot); // the collected lists were emptied: nothing is raised again
    QCOMPARE(f.said.size(), 2);
}

QTEST_GUILESS_MAIN(TestNotificationPolicy)
#include "TestNotificationPolicy.moc"
