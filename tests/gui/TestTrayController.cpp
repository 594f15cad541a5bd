// The tray controller at idle: the icon and the tooltip reach the tray only when they change (no
// periodic timer), the tooltip is right after every change, a queue age is brought up to date at
// its minute boundary, the countdown appears only where the tray asks right before showing it
// (XEmbed), and the hidden status window is brought up to date when it is shown, not on every
// poll.

#include "Clock.h"
#include "FleetMonitor.h"
#include "FleetWatch.h"
#include "NotificationPolicy.h"
#include "PollScheduler.h"
#include "StatusWindow.h"
#include "TrayController.h"

#include <QApplication>
#include <QHelpEvent>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimer>
#include <QTreeView>

// Stands in for Qt's private XEmbed tray icon widget, which the controller recognises by its
// class name when Qt is about to show its tooltip.
class QSystemTrayIconSys : public QWidget
{
    Q_OBJECT
};

using namespace relayq;

namespace {
const QString kRepo = QStringLiteral("acme/app");

FleetSnapshot fleet(const Clock &clock, int online, int offline,
                    std::optional<qint64> queuedSeconds = std::nullopt)
{
    FleetSnapshot snapshot;
    snapshot.takenAt = clock.now();
    TargetState state;
    state.target = *Target::parse(kRepo);
    state.lastSuccess = clock.now();
    snapshot.targets.append(state);
    for (int i = 0; i < online + offline; ++i) {
        Runner runner;
        runner.id = i + 1;
        runner.name = QStringLiteral("runner-%1").arg(i + 1);
        runner.status = i < online ? Runner::Status::Online : Runner::Status::Offline;
        runner.target = kRepo;
        snapshot.runners.append(runner);
    }
    if (queuedSeconds) {
        Job job;
        job.id = 7;
        job.runId = 70;
        job.name = QStringLiteral("build");
        job.status = ActionStatus::Queued;
        job.labels = { QStringLiteral("self-hosted") };
        job.createdAt = clock.now().addSecs(-*queuedSeconds);
        job.target = kRepo;
        snapshot.jobs.append(job);
    }
    return snapshot;
}

struct Parts
{
    ManualClock clock;
    QNetworkAccessManager network;
    FleetWatch watch { &network, clock };
    NotificationPolicy policy { clock };
    StatusWindow window { clock };
    TrayController controller { watch, policy, window, clock };

    void poll(const FleetSnapshot &snapshot)
    {
        watch.monitor().update(snapshot);
        emit watch.polled(snapshot);
    }
};
} // namespace

class TestTrayController : public QObject
{
    Q_OBJECT

private slots:
    void toolTipIsRightAfterEveryChangeWithoutATimer();
    void iconIsReplacedOnlyWhenTheLookChanges();
    void queueAgeIsBroughtUpToDateAtTheMinute();
    void xembedTooltipGetsTheCountdownWhenAboutToShow();
    void hiddenWindowIsUpdatedWhenShown();
};

void TestTrayController::toolTipIsRightAfterEveryChangeWithoutATimer()
{
    Parts parts;
    parts.poll(fleet(parts.clock, 3, 0));
    QVERIFY2(parts.controller.toolTip().contains(QStringLiteral("3/3 runners online")),
             qPrintable(parts.controller.toolTip()));
    QVERIFY(!parts.controller.toolTipDueAt().isValid()); // nothing relative in it: no timer
    auto *timer = parts.controller.findChild<QTimer *>();
    QVERIFY(!timer || !timer->isActive());

    parts.clock.advance(30);
    parts.poll(fleet(parts.clock, 2, 1));
    QVERIFY2(parts.controller.toolTip().contains(QStringLiteral("2/3 runners online")),
             qPrintable(parts.controller.toolTip()));
    parts.policy.setPaused(true);
    QVERIFY2(parts.controller.toolTip().contains(QStringLiteral("notifications paused")),
             qPrintable(parts.controller.toolTip()));
    // A countdown sent to the tray would go stale at once.
    QVERIFY(!parts.controller.toolTip().contains(QStringLiteral("next check")));
}

void TestTrayController::iconIsReplacedOnlyWhenTheLookChanges()
{
    Parts parts;
    const int atStart = parts.controller.iconUpdates();
    QCOMPARE(atStart, 1); // the "no poll yet" icon
    parts.poll(fleet(parts.clock, 3, 0));
    QCOMPARE(parts.controller.iconUpdates(), atStart + 1);
    for (int poll = 0; poll < 5; ++poll) {
        parts.clock.advance(30);
        parts.poll(fleet(parts.clock, 3, 0)); // nothing changed
    }
    QCOMPARE(parts.controller.iconUpdates(), atStart + 1);
    parts.poll(fleet(parts.clock, 2, 1)); // a runner went offline: state and badge
    QCOMPARE(parts.controller.iconUpdates(), atStart + 2);
    parts.controller.setIconTone(QStringLiteral("dark"));
    QCOMPARE(parts.controller.iconUpdates(), atStart + 3);
}

void TestTrayController::queueAgeIsBroughtUpToDateAtTheMinute()
{
    Parts parts;
    parts.poll(fleet(parts.clock, 1, 0, 14 * 60 + 20)); // queued 14 min 20 s
    QVERIFY2(parts.controller.toolTip().contains(QStringLiteral("1 queued 14 min")),
             qPrintable(parts.controller.toolTip()));
    QCOMPARE(parts.controller.toolTipDueAt(), parts.clock.now().addSecs(40));
    auto *timer = parts.controller.findChild<QTimer *>(QStringLiteral("toolTipTimer"));
    QVERIFY(timer);
    QVERIFY(timer->isActive());
    QVERIFY(timer->isSingleShot());
    QCOMPARE(timer->interval(), 40 * 1000 + 500); // half a second past the boundary

    parts.clock.advance(40);
    QMetaObject::invokeMethod(timer, "timeout"); // the minute boundary
    QVERIFY2(parts.controller.toolTip().contains(QStringLiteral("1 queued 15 min")),
             qPrintable(parts.controller.toolTip()));
    QCOMPARE(parts.controller.toolTipDueAt(), parts.clock.now().addSecs(60));

    parts.poll(fleet(parts.clock, 1, 0)); // the job started: nothing left to age
    QVERIFY(!timer->isActive());
    QVERIFY(!parts.controller.toolTipDueAt().isValid());
}

void TestTrayController::xembedTooltipGetsTheCountdownWhenAboutToShow()
{
    Parts parts;
    parts.watch.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:9/")));
    parts.watch.setToken(QStringLiteral("t"));
    parts.watch.setTargets({ *Target::parse(kRepo) });
    parts.watch.start(); // polls (nobody listens there) and schedules the next one
    QTRY_VERIFY_WITH_TIMEOUT(parts.watch.scheduler().nextPollAt().isValid()
                                 && !parts.watch.scheduler().isPolling(),
                             10000);
    QVERIFY2(!parts.controller.toolTip().contains(QStringLiteral("next check")),
             qPrintable(parts.controller.toolTip()));

    QSystemTrayIconSys trayIcon;
    QHelpEvent aboutToShow(QEvent::ToolTip, QPoint(1, 1), QPoint(1, 1));
    QApplication::sendEvent(&trayIcon, &aboutToShow);
    QVERIFY2(parts.controller.toolTip().contains(QStringLiteral("next check in")),
             qPrintable(parts.controller.toolTip()));
    // Other widgets' tooltips are none of its business.
    parts.controller.refresh();
    QVERIFY(!parts.controller.toolTip().contains(QStringLiteral("next check")));
    QWidget other;
    QApplication::sendEvent(&other, &aboutToShow);
    QVERIFY(!parts.controller.toolTip().contains(QStringLiteral("next check")));
    parts.watch.stop();
}

void TestTrayController::hiddenWindowIsUpdatedWhenShown()
{
    Parts parts;
    auto *runners = parts.window.findChild<QTreeView *>(QStringLiteral("runnerView"));
    QVERIFY(runners);
    parts.poll(fleet(parts.clock, 3, 0));
    QCOMPARE(runners->model()->rowCount(), 0); // hidden: not rebuilt
    parts.window.show();
    QCOMPARE(runners->model()->rowCount(), 1); // the target, with its runners under it
    QCOMPARE(runners->model()->rowCount(runners->model()->index(0, 0)), 3);
    parts.poll(fleet(parts.clock, 2, 0)); // shown: kept current at once
    QCOMPARE(runners->model()->rowCount(runners->model()->index(0, 0)), 2);
    parts.window.hide();
}

QTEST_MAIN(TestTrayController)
#include "TestTrayController.moc"
