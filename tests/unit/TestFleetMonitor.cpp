// FleetMonitor: raise once, clear once, keep `since`, and never react to a failed poll.

#include "Clock.h"
#include "FleetMonitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace relayq;

namespace {

const QDateTime kT0(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
const QString kApp = QStringLiteral("acme/app");

Runner makeRunner(qint64 id, const QString &name, bool online, const QStringList &labels = {},
                  bool ephemeral = false)
{
    Runner r;
    r.id = id;
    r.name = name;
    r.status = online ? Runner::Status::Online : Runner::Status::Offline;
    r.labels = labels;
    r.ephemeral = ephemeral;
    r.target = kApp;
    return r;
}

// One poll of acme/app as the poller would hand it over.
FleetSnapshot poll(const Clock &clock, const QList<Runner> &runners, bool fresh = true)
{
    FleetSnapshot s;
    s.takenAt = clock.now();
    TargetState state;
    state.target = Target::repository(QStringLiteral("acme"), QStringLiteral("app"));
    state.lastSuccess = clock.now();
    if (!fresh) {
        state.stale = true;
        state.connection.state = ConnectionState::Unreachable;
        state.connection.message = QStringLiteral("GitHub cannot be reached.");
    }
    s.targets = { state };
    s.runners = runners;
    return s;
}

QStringList ids(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy)
        out.append(args.first().value<Alert>().id);
    return out;
}

QStringList ids(const AlertList &alerts)
{
    QStringList out;
    for (const Alert &a : alerts)
        out.append(a.id);
    return out;
}

} // namespace

class TestFleetMonitor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void debounceRaisesOnceAndClearsOnce();
    void sinceIsKeptWhileTheConditionHolds();
    void changedMessageIsUpdatedSilently();
    void failedTargetChangesNothing();
    void failedPollDoesNotAdvanceHistory();
    void onlyTheFailedTargetIsFrozen();
    void removedRunnerIsOneNotice();
    void ephemeralRunnerVanishesSilently();
    void flapping_data();
    void flapping();
    void settingsChangeAppliesAtOnce();
    void unwatchedTargetIsCleared();
    void activeAlertsAreSortedWorstFirst();
    void updatedComesAfterEverySignal();
    void awaitsConfirmationUntilTheDebounceIsMet();
    void awaitsConfirmationOnEveryObservationShortOfIt();
    void failedPollAwaitsNoConfirmation();

private:
    ManualClock m_clock { kT0 };
    std::unique_ptr<FleetMonitor> m_monitor;
    std::unique_ptr<QSignalSpy> m_raised;
    std::unique_ptr<QSignalSpy> m_cleared;
    std::unique_ptr<QSignalSpy> m_notices;
    std::unique_ptr<QSignalSpy> m_updated;
};

void TestFleetMonitor::init()
{
    m_clock.setNow(kT0);
    m_monitor = std::make_unique<FleetMonitor>(m_clock, MonitorSettings());
    m_raised = std::make_unique<QSignalSpy>(m_monitor.get(), &FleetMonitor::alertRaised);
    m_cleared = std::make_unique<QSignalSpy>(m_monitor.get(), &FleetMonitor::alertCleared);
    m_notices = std::make_unique<QSignalSpy>(m_monitor.get(), &FleetMonitor::notice);
    m_updated = std::make_unique<QSignalSpy>(m_monitor.get(), &FleetMonitor::updated);
}

void TestFleetMonitor::cleanup()
{
    m_raised.reset();
    m_cleared.reset();
    m_notices.reset();
    m_updated.reset();
    m_monitor.reset();
}

void TestFleetMonitor::debounceRaisesOnceAndClearsOnce()
{
    QVERIFY(!m_monitor->hasSnapshot());
    const Runner offline = makeRunner(42, QStringLiteral("rpi4-runner"), false);

    m_monitor->update(poll(m_clock, { offline }));
    QVERIFY(m_monitor->hasSnapshot());
    QCOMPARE(m_raised->size(), 0); // one offline poll: could be a blip
    QCOMPARE(m_updated->size(), 1);

    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { offline }));
    QCOMPARE(ids(*m_raised), QStringList { QStringLiteral("runner_offline:acme/app:42") });
    const Alert raised = m_raised->first().first().value<Alert>();
    QCOMPARE(raised.since, kT0); // first seen offline, not when the debounce passed
    QCOMPARE(m_monitor->activeAlerts().size(), 1);

    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { offline }));
    QCOMPARE(m_raised->size(), 1); // still the same alert

    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { makeRunner(42, QStringLiteral("rpi4-runner"), true) }));
    QCOMPARE(ids(*m_cleared), QStringList { QStringLiteral("runner_offline:acme/app:42") });
    QVERIFY(m_monitor->activeAlerts().isEmpty());

    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { makeRunner(42, QStringLiteral("rpi4-runner"), true) }));
    QCOMPARE(m_cleared->size(), 1);
    QCOMPARE(m_raised->size(), 1);
    QCOMPARE(m_updated->size(), 5);
    QCOMPARE(m_monitor->lastSnapshot().takenAt, m_clock.now());
}

void TestFleetMonitor::sinceIsKeptWhileTheConditionHolds()
{
    MonitorSettings settings;
    settings.poolLabels = { QStringLiteral("gpu") };
    m_monitor->setSettings(settings);
    m_monitor->update(poll(m_clock, { makeRunner(1, QStringLiteral("cpu-1"), true) }));
    QCOMPARE(ids(*m_raised), QStringList { QStringLiteral("pool_empty::gpu") });

    m_clock.advance(3600);
    m_monitor->update(poll(m_clock, { makeRunner(1, QStringLiteral("cpu-1"), true) }));
    QCOMPARE(m_raised->size(), 1);
    const AlertList active = m_monitor->activeAlerts();
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.first().since, kT0); // the rules say "now"; the monitor remembers
}

void TestFleetMonitor::changedMessageIsUpdatedSilently()
{
    MonitorSettings settings;
    settings.poolLabels = { QStringLiteral("gpu") };
    settings.offlinePollsBeforeAlert = 100; // only the pool alert in this test
    m_monitor->setSettings(settings);
    const QStringList gpu = { QStringLiteral("gpu") };
    m_monitor->update(poll(m_clock, { makeRunner(1, QStringLiteral("gpu-1"), false, gpu) }));
    QCOMPARE(m_raised->size(), 1);
    const QString before = m_monitor->activeAlerts().first().message;

    m_clock.advance(30);
    m_monitor->update(poll(m_clock,
                           { makeRunner(1, QStringLiteral("gpu-1"), false, gpu),
                             makeRunner(2, QStringLiteral("gpu-2"), false, gpu) }));
    QCOMPARE(m_raised->size(), 1);
    QCOMPARE(m_cleared->size(), 0);
    const Alert after = m_monitor->activeAlerts().first();
    QVERIFY(after.message != before);
    QVERIFY(after.message.contains(QStringLiteral("gpu-2")));
    QCOMPARE(after.since, kT0);
}

void TestFleetMonitor::failedTargetChangesNothing()
{
    const Runner offline = makeRunner(42, QStringLiteral("r42"), false);
    m_monitor->update(poll(m_clock, { offline }));
    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { offline }));
    QCOMPARE(m_raised->size(), 1);
    const AlertList before = m_monitor->activeAlerts();

    // The poller keeps the last good data, marked stale; even data that says "online" must not
    // clear anything, and a failed target's empty runner list must not report removals.
    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { makeRunner(42, QStringLiteral("r42"), true) }, false));
    m_clock.advance(30);
    m_monitor->update(poll(m_clock, {}, false));
    QCOMPARE(m_cleared->size(), 0);
    QCOMPARE(m_raised->size(), 1);
    QCOMPARE(m_notices->size(), 0);
    QCOMPARE(m_monitor->activeAlerts(), before);
    QCOMPARE(m_updated->size(), 4);
    QCOMPARE(m_monitor->lastSnapshot().connection().state, ConnectionState::Unreachable);

    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { makeRunner(42, QStringLiteral("r42"), true) }));
    QCOMPARE(m_cleared->size(), 1);
}

void TestFleetMonitor::failedPollDoesNotAdvanceHistory()
{
    const Runner offline = makeRunner(42, QStringLiteral("r42"), false);
    m_monitor->update(poll(m_clock, { offline }));
    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { offline }, false));
    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { offline }, false));
    QCOMPARE(m_raised->size(), 0); // one fresh offline poll so far

    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { offline }));
    QCOMPARE(m_raised->size(), 1);
    QCOMPARE(m_raised->first().first().value<Alert>().since, kT0);
}

void TestFleetMonitor::onlyTheFailedTargetIsFrozen()
{
    MonitorSettings settings;
    settings.offlinePollsBeforeAlert = 1;
    m_monitor->setSettings(settings);
    Runner orgRunner = makeRunner(7, QStringLiteral("org-7"), false);
    orgRunner.target = QStringLiteral("acme");
    TargetState org;
    org.target = Target::organization(QStringLiteral("acme"));

    FleetSnapshot both = poll(m_clock, { makeRunner(42, QStringLiteral("r42"), false), orgRunner });
    both.targets.append(org);
    m_monitor->update(both);
    QCOMPARE(m_raised->size(), 2);

    // acme/app fails, the organisation answers: only the organisation's alert may change.
    m_clock.advance(30);
    orgRunner.status = Runner::Status::Online;
    FleetSnapshot next
        = poll(m_clock, { makeRunner(42, QStringLiteral("r42"), true), orgRunner }, false);
    next.targets.append(org);
    m_monitor->update(next);
    QCOMPARE(ids(*m_cleared), QStringList { QStringLiteral("runner_offline:acme:7") });
    QCOMPARE(ids(m_monitor->activeAlerts()),
             QStringList { QStringLiteral("runner_offline:acme/app:42") });
}

void TestFleetMonitor::removedRunnerIsOneNotice()
{
    const Runner goner = makeRunner(2, QStringLiteral("goner"), false);
    const Runner keeper = makeRunner(1, QStringLiteral("keeper"), true);
    m_monitor->update(poll(m_clock, { keeper, goner }));
    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { keeper, goner }));
    QCOMPARE(ids(*m_raised), QStringList { QStringLiteral("runner_offline:acme/app:2") });

    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { keeper }));
    QCOMPARE(ids(*m_notices), QStringList { QStringLiteral("runner_removed:acme/app:2") });
    QCOMPARE(m_notices->first().first().value<Alert>().severity, Severity::Info);
    QCOMPARE(ids(*m_cleared), QStringList { QStringLiteral("runner_offline:acme/app:2") });
    QVERIFY(m_monitor->activeAlerts().isEmpty()); // a notice is never an active alert

    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { keeper }));
    QCOMPARE(m_notices->size(), 1);
}

void TestFleetMonitor::ephemeralRunnerVanishesSilently()
{
    m_monitor->update(poll(m_clock, { makeRunner(9, QStringLiteral("jit-9"), true, {}, true) }));
    m_clock.advance(30);
    m_monitor->update(poll(m_clock, {}));
    QCOMPARE(m_notices->size(), 0);
    QCOMPARE(m_raised->size(), 0);
}

void TestFleetMonitor::flapping_data()
{
    QTest::addColumn<QString>("sequence"); // one letter per poll: o online, x offline, f failed
    QTest::addColumn<int>("raised");
    QTest::addColumn<int>("cleared");
    QTest::addColumn<bool>("activeAtEnd");

    QTest::newRow("alternating") << "xoxoxoxo" << 0 << 0 << false;
    QTest::newRow("down, up, down") << "xxoxx" << 2 << 1 << true;
    QTest::newRow("down long, one blip up") << "xxxxoxxx" << 2 << 1 << true;
    QTest::newRow("failures between offline polls") << "xfffx" << 1 << 0 << true;
    QTest::newRow("failure between online and offline") << "xxfo" << 1 << 1 << false;
    QTest::newRow("online only") << "oooo" << 0 << 0 << false;
}

void TestFleetMonitor::flapping()
{
    QFETCH(QString, sequence);
    QFETCH(int, raised);
    QFETCH(int, cleared);
    QFETCH(bool, activeAtEnd);

    for (const QChar c : sequence) {
        const bool online = c == QLatin1Char('o');
        m_monitor->update(poll(m_clock, { makeRunner(42, QStringLiteral("r42"), online) },
                               c != QLatin1Char('f')));
        m_clock.advance(30);
    }
    QCOMPARE(m_raised->size(), raised);
    QCOMPARE(m_cleared->size(), cleared);
    QCOMPARE(m_monitor->activeAlerts().size(), activeAtEnd ? 1 : 0);
}

void TestFleetMonitor::settingsChangeAppliesAtOnce()
{
    m_monitor->update(poll(m_clock, { makeRunner(42, QStringLiteral("r42"), false) }));
    QCOMPARE(m_raised->size(), 0);

    MonitorSettings settings;
    settings.offlinePollsBeforeAlert = 1;
    m_monitor->setSettings(settings);
    QCOMPARE(ids(*m_raised), QStringList { QStringLiteral("runner_offline:acme/app:42") });
    QCOMPARE(m_updated->size(), 2);

    settings.poolLabels = { QStringLiteral("GPU") };
    m_monitor->setSettings(settings);
    QCOMPARE(m_raised->size(), 2);
    QCOMPARE(m_raised->last().first().value<Alert>().id, QStringLiteral("pool_empty::gpu"));

    settings.poolLabels.clear();
    settings.offlinePollsBeforeAlert = 3;
    m_monitor->setSettings(settings);
    QCOMPARE(m_cleared->size(), 2);
    QVERIFY(m_monitor->activeAlerts().isEmpty());
    QCOMPARE(m_monitor->settings().offlinePollsBeforeAlert, 3);

    // Applying settings is not a poll: the runner is still at one offline poll.
    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { makeRunner(42, QStringLiteral("r42"), false) }));
    QCOMPARE(m_raised->size(), 2);
    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { makeRunner(42, QStringLiteral("r42"), false) }));
    QCOMPARE(m_raised->size(), 3);
}

void TestFleetMonitor::unwatchedTargetIsCleared()
{
    MonitorSettings settings;
    settings.offlinePollsBeforeAlert = 1;
    m_monitor->setSettings(settings);
    m_monitor->update(poll(m_clock, { makeRunner(42, QStringLiteral("r42"), false) }));
    QCOMPARE(m_raised->size(), 1);

    FleetSnapshot other;
    other.takenAt = m_clock.now();
    TargetState state;
    state.target = Target::organization(QStringLiteral("other"));
    other.targets = { state };
    m_monitor->update(other);
    QCOMPARE(m_cleared->size(), 1);
}

void TestFleetMonitor::activeAlertsAreSortedWorstFirst()
{
    MonitorSettings settings;
    settings.offlinePollsBeforeAlert = 1;
    settings.poolLabels = { QStringLiteral("gpu"), QStringLiteral("arm") };
    m_monitor->setSettings(settings);
    m_monitor->update(poll(m_clock, { makeRunner(42, QStringLiteral("r42"), true) }));
    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { makeRunner(42, QStringLiteral("r42"), false) }));
    const QStringList expected = { QStringLiteral("runner_offline:acme/app:42"), // critical, newest
                                   QStringLiteral("pool_empty::arm"), // warnings, same since: by id
                                   QStringLiteral("pool_empty::gpu") };
    QCOMPARE(ids(m_monitor->activeAlerts()), expected);
}

void TestFleetMonitor::updatedComesAfterEverySignal()
{
    QStringList order;
    connect(m_monitor.get(), &FleetMonitor::alertRaised, this,
            [&](const Alert &a) { order.append(QStringLiteral("raised ") + a.id); });
    connect(m_monitor.get(), &FleetMonitor::alertCleared, this,
            [&](const Alert &a) { order.append(QStringLiteral("cleared ") + a.id); });
    connect(m_monitor.get(), &FleetMonitor::notice, this,
            [&](const Alert &a) { order.append(QStringLiteral("notice ") + a.id); });
    connect(m_monitor.get(), &FleetMonitor::updated, this, [&] {
        order.append(QStringLiteral("updated %1").arg(m_monitor->activeAlerts().size()));
    });
    MonitorSettings settings;
    settings.offlinePollsBeforeAlert = 1;
    m_monitor->setSettings(settings);
    m_monitor->update(poll(m_clock,
                           { makeRunner(1, QStringLiteral("r1"), false),
                             makeRunner(2, QStringLiteral("r2"), false) }));
    m_monitor->update(poll(m_clock, { makeRunner(2, QStringLiteral("r2"), false) }));
    const QStringList expected = {
        QStringLiteral("raised runner_offline:acme/app:1"),
        QStringLiteral("raised runner_offline:acme/app:2"),
        QStringLiteral("updated 2"),
        QStringLiteral("cleared runner_offline:acme/app:1"),
        QStringLiteral("notice runner_removed:acme/app:1"),
        QStringLiteral("updated 1"),
    };
    QCOMPARE(order, expected);
}

// A runner seen offline once (of two): the watch should look again soon; once the alert is up,
// or the runner back, nothing more to confirm.
void TestFleetMonitor::awaitsConfirmationUntilTheDebounceIsMet()
{
    QVERIFY(!m_monitor->awaitsConfirmation()); // no snapshot yet
    const Runner offline = makeRunner(42, QStringLiteral("rpi4-runner"), false);
    const Runner online = makeRunner(42, QStringLiteral("rpi4-runner"), true);
    const Runner ephemeral = makeRunner(7, QStringLiteral("ephemeral"), false, {}, true);

    m_monitor->update(poll(m_clock, { online, ephemeral }));
    QVERIFY(!m_monitor->awaitsConfirmation()); // ephemeral runners are never alerted
    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { offline }));
    QVERIFY(m_monitor->awaitsConfirmation());
    m_clock.advance(10);
    m_monitor->update(poll(m_clock, { offline }));
    QCOMPARE(m_raised->size(), 1);
    QVERIFY(!m_monitor->awaitsConfirmation()); // confirmed: no loop of quick polls
    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { offline }));
    QVERIFY(!m_monitor->awaitsConfirmation());

    // Back within the 10 s: nothing raised, nothing to confirm.
    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { online }));
    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { offline }));
    QVERIFY(m_monitor->awaitsConfirmation());
    m_clock.advance(10);
    m_monitor->update(poll(m_clock, { online }));
    QVERIFY(!m_monitor->awaitsConfirmation());
    QCOMPARE(m_raised->size(), 1);

    // With the debounce off, the first sighting is the alert: nothing to confirm.
    MonitorSettings settings;
    settings.offlinePollsBeforeAlert = 1;
    m_monitor->setSettings(settings);
    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { offline }));
    QCOMPARE(m_raised->size(), 2);
    QVERIFY(!m_monitor->awaitsConfirmation());
}

// offline_polls = 3 means three observations: the first two each ask for the next one.
void TestFleetMonitor::awaitsConfirmationOnEveryObservationShortOfIt()
{
    MonitorSettings settings;
    settings.offlinePollsBeforeAlert = 3;
    m_monitor->setSettings(settings);
    const Runner offline = makeRunner(42, QStringLiteral("rpi4-runner"), false);
    m_monitor->update(poll(m_clock, { offline }));
    QVERIFY(m_monitor->awaitsConfirmation());
    m_clock.advance(10);
    m_monitor->update(poll(m_clock, { offline }));
    QVERIFY(m_monitor->awaitsConfirmation());
    QCOMPARE(m_raised->size(), 0);
    m_clock.advance(10);
    m_monitor->update(poll(m_clock, { offline }));
    QCOMPARE(m_raised->size(), 1);
    QVERIFY(!m_monitor->awaitsConfirmation());
}

// A failed poll says nothing about runners: no quicker poll while GitHub is unreachable.
void TestFleetMonitor::failedPollAwaitsNoConfirmation()
{
    const Runner offline = makeRunner(42, QStringLiteral("rpi4-runner"), false);
    m_monitor->update(poll(m_clock, { offline }));
    QVERIFY(m_monitor->awaitsConfirmation());
    m_clock.advance(10);
    m_monitor->update(poll(m_clock, { offline }, false));
    QVERIFY(!m_monitor->awaitsConfirmation());
    QCOMPARE(m_raised->size(), 0);
    m_clock.advance(30);
    m_monitor->update(poll(m_clock, { offline }));
    QCOMPARE(m_raised->size(), 1); // the second fresh sighting
}

QTEST_GUILESS_MAIN(TestFleetMonitor)
#include "TestFleetMonitor.moc"
