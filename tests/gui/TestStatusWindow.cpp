// The status window shows a hand-built fleet: runners by target, runs with jobs and why the
// queued one waits, alerts with working Acknowledge / Snooze buttons, the connection line; it is
// usable with the keyboard and remembers its size. While hidden it does no work for a poll
// and shows the latest one once shown; shown, a poll updates its lists in place.

#include "GuiFixtures.h"
#include "HealthRules.h"
#include "ItemRoles.h"
#include "StatusWindow.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace relayq;
using namespace relayq::gui;

class TestStatusWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsRunnersByTarget();
    void showsRunsJobsAndWhyAJobWaits();
    void showsAlertsAndConnection();
    void acknowledgeAndSnoozeSelectedAlert();
    void enterAndDoubleClickOpenThePage();
    void keyboardMovesFocusAndSelection();
    void selectionSurvivesARefresh();
    void hiddenWindowWaitsUntilShown();
    void shownWindowUpdatesInPlace();
    void setupMessageIsShown();
    void remembersGeometry();

private:
    std::unique_ptr<StatusWindow> makeWindow();
    ManualClock m_clock { kNow };
    QTemporaryDir m_settingsDir;
};

void TestStatusWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RelayQ"));
    QCoreApplication::setApplicationName(QStringLiteral("relayq-tray-test"));
}

std::unique_ptr<StatusWindow> TestStatusWindow::makeWindow()
{
    auto window = std::make_unique<StatusWindow>(m_clock);
    window->setApiBase(QUrl(QStringLiteral("https://api.github.com")));
    window->showFleet(fleet(), alerts());
    window->show(); // a hidden window shows the poll once shown
    return window;
}

namespace {
// Every structural and data signal a model sends.
struct ModelSignals
{
    explicit ModelSignals(QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , layout(model, &QAbstractItemModel::layoutChanged)
    { }
    qsizetype total() const
    {
        return reset.count() + inserted.count() + removed.count() + changed.count()
            + layout.count();
    }
    void clear()
    {
        for (QSignalSpy *spy : { &reset, &inserted, &removed, &changed, &layout })
            spy->clear();
    }
    QSignalSpy reset, inserted, removed, changed, layout;
};

QAbstractItemModel *modelOf(const StatusWindow &window, const char *view)
{
    return window.findChild<QTreeView *>(QLatin1String(view))->model();
}

// The next poll: linux-1 went offline and linux-3 arrived; its alert is new too.
FleetSnapshot laterFleet()
{
    FleetSnapshot later = fleet();
    later.takenAt = kNow.addSecs(30);
    later.runners[0].status = Runner::Status::Offline;
    later.runners.append(makeRunner(4, QStringLiteral("linux-3"), Runner::Status::Online, false,
                                    { QStringLiteral("self-hosted"), QStringLiteral("linux") }));
    return later;
}

AlertList laterAlerts()
{
    AlertList later = alerts();
    Alert offline = later.at(0);
    offline.id = HealthRules::alertId(AlertKind::RunnerOffline, QStringLiteral("acme/app"),
                                      QStringLiteral("1"));
    offline.message = QStringLiteral("Runner linux-1 is offline.");
    later.append(offline);
    return later;
}
} // namespace

void TestStatusWindow::showsRunnersByTarget()
{
    auto window = makeWindow();
    auto *view = window->findChild<QTreeView *>(QStringLiteral("runnerView"));
    QVERIFY(view);
    QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex target = model->index(0, 0);
    QCOMPARE(target.data().toString(), QStringLiteral("acme/app"));
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("2 of 3 online"));
    QCOMPARE(model->rowCount(target), 3);
    QCOMPARE(model->index(1, 0, target).data().toString(), QStringLiteral("linux-2"));
    QCOMPARE(model->index(1, 1, target).data().toString(), QStringLiteral("Online, busy"));
    QCOMPARE(model->index(1, 3, target).data().toString(),
             QStringLiteral("Running Build / compile"));
    QCOMPARE(model->index(2, 1, target).data().toString(), QStringLiteral("Offline"));
    QCOMPARE(model->index(2, 2, target).data().toString(),
             QStringLiteral("self-hosted, arm64, gpu"));
    QCOMPARE(model->index(2, 4, target).data().toString(), QStringLiteral("Linux"));
    QCOMPARE(model->index(2, 5, target).data().toString(), QStringLiteral("2.321.0"));
    QVERIFY(!model->index(2, 0, target).data(Qt::DecorationRole).isNull()); // status dot
    QCOMPARE(target.data(UrlRole).toString(), QStringLiteral("https://github.com/acme/app"));
    QVERIFY(view->isExpanded(target));
}

void TestStatusWindow::showsRunsJobsAndWhyAJobWaits()
{
    auto window = makeWindow();
    auto *view = window->findChild<QTreeView *>(QStringLiteral("activityView"));
    QVERIFY(view);
    QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex run = model->index(0, 0);
    QCOMPARE(run.data().toString(), QStringLiteral("Build #42"));
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("In progress"));
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("5 min"));
    QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("branch main · acme/app"));
    QCOMPARE(model->rowCount(run), 2);
    QCOMPARE(model->index(0, 3, run).data().toString(), QStringLiteral("On linux-2."));
    QCOMPARE(model->index(1, 0, run).data().toString(), QStringLiteral("render"));
    QCOMPARE(model->index(1, 1, run).data().toString(), QStringLiteral("Queued"));
    QCOMPARE(model->index(1, 2, run).data().toString(), QStringLiteral("waiting 3 min"));
    // The diagnosis is the no_matching_runner alert's own sentence.
    QCOMPARE(model->index(1, 3, run).data().toString(), alerts().at(1).message);
}

void TestStatusWindow::showsAlertsAndConnection()
{
    auto window = makeWindow();
    auto *view = window->findChild<QTreeView *>(QStringLiteral("alertView"));
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(0, 0).data().toString(),
             QStringLiteral("Runner rpi4-runner is offline."));
    QCOMPARE(view->model()->index(0, 2).data().toString(), QStringLiteral("10 min ago"));

    ConnectionStatus failed;
    failed.state = ConnectionState::Unreachable;
    failed.message = QStringLiteral("Can't reach api.github.com: connection refused.");
    RateLimitState rate;
    rate.limit = 5000;
    rate.remaining = 4999;
    window->showConnection(failed, kNow.addSecs(-60), kNow.addSecs(30), rate);
    auto *line = window->findChild<QLabel *>(QStringLiteral("connectionLine"));
    QVERIFY(line);
    QVERIFY2(line->text().startsWith(failed.message), qPrintable(line->text()));
    QVERIFY(line->text().contains(QStringLiteral("4999 of 5000 API requests left")));
    QVERIFY(line->text().contains(QStringLiteral("Last successful check")));
    QVERIFY(line->text().contains(QStringLiteral("next check")));
    QVERIFY(!line->accessibleName().isEmpty());
}

void TestStatusWindow::acknowledgeAndSnoozeSelectedAlert()
{
    auto window = makeWindow();
    auto *view = window->findChild<QTreeView *>(QStringLiteral("alertView"));
    auto *acknowledge = window->findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
    auto *snooze = window->findChild<QPushButton *>(QStringLiteral("snoozeButton"));
    QVERIFY(view && acknowledge && snooze);
    QVERIFY(!acknowledge->isEnabled()); // nothing selected yet
    QSignalSpy acknowledged(window.get(), &StatusWindow::acknowledgeRequested);
    QSignalSpy snoozed(window.get(), &StatusWindow::snoozeRequested);

    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(acknowledge->isEnabled());
    QTest::mouseClick(acknowledge, Qt::LeftButton);
    QCOMPARE(acknowledged.count(), 1);
    QCOMPARE(acknowledged.at(0).at(0).toStringList(), QStringList { alerts().at(0).id });
    QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("Acknowledged"));

    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::mouseClick(snooze, Qt::LeftButton);
    QCOMPARE(snoozed.count(), 1);
    QCOMPARE(snoozed.at(0).at(0).toStringList(), QStringList { alerts().at(1).id });
    QCOMPARE(snoozed.at(0).at(1).toDateTime(), kNow.addSecs(3600));

    auto *tomorrow = window->findChild<QPushButton *>(QStringLiteral("snoozeTomorrowButton"));
    QVERIFY(tomorrow && tomorrow->isEnabled());
    QTest::mouseClick(tomorrow, Qt::LeftButton);
    QCOMPARE(snoozed.count(), 2);
    const QDateTime until = snoozed.at(1).at(1).toDateTime();
    QCOMPARE(until.toLocalTime().time(), QTime(8, 0));
    QCOMPARE(until.toLocalTime().date(), kNow.toLocalTime().date().addDays(1));
    QVERIFY(
        view->model()->index(1, 3).data().toString().startsWith(QStringLiteral("Snoozed until")));

    // Marks survive the next poll while the alert lasts, and go when it clears.
    window->showFleet(fleet(), alerts());
    QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("Acknowledged"));
    window->showFleet(fleet(), { alerts().at(1) });
    window->showFleet(fleet(), alerts());
    QCOMPARE(view->model()->index(0, 3).data().toString(), QString());
}

void TestStatusWindow::enterAndDoubleClickOpenThePage()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *view = window->findChild<QTreeView *>(QStringLiteral("runnerView"));
    QSignalSpy opened(window.get(), &StatusWindow::openUrlRequested);
    const QModelIndex rpi4 = view->model()->index(2, 0, view->model()->index(0, 0));
    view->setCurrentIndex(rpi4);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toUrl(),
             QUrl(QStringLiteral("https://github.com/acme/app/settings/actions/runners/3")));

    auto *jobs = window->findChild<QTreeView *>(QStringLiteral("activityView"));
    const QModelIndex queued = jobs->model()->index(1, 0, jobs->model()->index(0, 0));
    const QRect rect = jobs->visualRect(queued);
    QVERIFY(rect.isValid());
    // A double click is a press-release pair followed by a second press, the double-click
    // event and a release, as a real mouse produces it.
    QTest::mouseClick(jobs->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(jobs->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.at(1).at(0).toUrl(),
             QUrl(QStringLiteral("https://github.com/acme/app/actions/runs/100/job/12")));
}

void TestStatusWindow::keyboardMovesFocusAndSelection()
{
    auto window = makeWindow();
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *runners = window->findChild<QTreeView *>(QStringLiteral("runnerView"));
    auto *activity = window->findChild<QTreeView *>(QStringLiteral("activityView"));
    auto *alertView = window->findChild<QTreeView *>(QStringLiteral("alertView"));
    runners->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), runners);

    runners->setCurrentIndex(runners->model()->index(0, 0));
    QTest::keyClick(runners, Qt::Key_Down);
    QCOMPARE(runners->currentIndex().data().toString(), QStringLiteral("linux-1"));
    QTest::keyClick(runners, Qt::Key_Down);
    QCOMPARE(runners->currentIndex().data().toString(), QStringLiteral("linux-2"));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), activity);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), alertView);
    QTest::keyClick(alertView, Qt::Key_Down); // selects the first alert
    QVERIFY(alertView->currentIndex().isValid());
    QTest::keyClick(alertView, Qt::Key_Down);
    QCOMPARE(alertView->currentIndex().row(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("acknowledgeButton"));

    // Every view and button says what it is to a screen reader.
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (qobject_cast<QTreeView *>(widget) || qobject_cast<QPushButton *>(widget))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

void TestStatusWindow::selectionSurvivesARefresh()
{
    auto window = makeWindow();
    auto *runners = window->findChild<QTreeView *>(QStringLiteral("runnerView"));
    runners->setCurrentIndex(runners->model()->index(2, 0, runners->model()->index(0, 0)));
    window->showFleet(fleet(), alerts());
    QCOMPARE(runners->currentIndex().data().toString(), QStringLiteral("rpi4-runner"));
}

void TestStatusWindow::hiddenWindowWaitsUntilShown()
{
    auto window = std::make_unique<StatusWindow>(m_clock);
    window->setApiBase(QUrl(QStringLiteral("https://api.github.com")));
    QAbstractItemModel *runners = modelOf(*window, "runnerView");
    QAbstractItemModel *activity = modelOf(*window, "activityView");
    QAbstractItemModel *alertList = modelOf(*window, "alertView");
    ModelSignals runnerSignals(runners), activitySignals(activity), alertSignals(alertList);

    // Polls while hidden: not a row built, not a signal sent.
    window->showFleet(fleet(), alerts());
    window->showFleet(laterFleet(), laterAlerts());
    QCOMPARE(runnerSignals.total(), 0);
    QCOMPARE(activitySignals.total(), 0);
    QCOMPARE(alertSignals.total(), 0);
    QCOMPARE(runners->rowCount(), 0);
    QCOMPARE(alertList->rowCount(), 0);

    // Shown: the latest poll, expanded.
    window->show();
    QCOMPARE(runners->rowCount(), 1);
    const QModelIndex target = runners->index(0, 0);
    QCOMPARE(runners->rowCount(target), 4);
    QCOMPARE(runners->index(0, 1, target).data().toString(), QStringLiteral("Offline"));
    QCOMPARE(runners->index(3, 0, target).data().toString(), QStringLiteral("linux-3"));
    QCOMPARE(runners->index(0, 1).data().toString(), QStringLiteral("2 of 4 online"));
    QCOMPARE(alertList->rowCount(), 3);
    QCOMPARE(activity->rowCount(activity->index(0, 0)), 2);
    auto *view = window->findChild<QTreeView *>(QStringLiteral("runnerView"));
    QVERIFY(view->isExpanded(target));

    // Hidden again: the next poll waits too, and what was shown stays as it was until shown.
    window->hide();
    runnerSignals.clear();
    alertSignals.clear();
    window->showFleet(fleet(), alerts());
    QCOMPARE(runnerSignals.total(), 0);
    QCOMPARE(alertSignals.total(), 0);
    QCOMPARE(runners->rowCount(target), 4);
    window->show();
    QCOMPARE(runners->rowCount(target), 3);
    QCOMPARE(runners->index(0, 1, target).data().toString(), QStringLiteral("Online, idle"));
    QCOMPARE(alertList->rowCount(), 2);
}

void TestStatusWindow::shownWindowUpdatesInPlace()
{
    auto window = makeWindow();
    QAbstractItemModel *runners = modelOf(*window, "runnerView");
    auto *view = window->findChild<QTreeView *>(QStringLiteral("runnerView"));
    const QModelIndex target = runners->index(0, 0);
    view->setCurrentIndex(runners->index(1, 0, target)); // linux-2
    ModelSignals runnerSignals(runners);
    ModelSignals alertSignals(modelOf(*window, "alertView"));

    window->showFleet(fleet(), alerts()); // nothing changed
    QCOMPARE(runnerSignals.total(), 0);
    QCOMPARE(alertSignals.total(), 0);

    window->showFleet(laterFleet(), laterAlerts());
    QCOMPARE(runnerSignals.reset.count(), 0);
    QCOMPARE(runnerSignals.removed.count(), 0);
    QCOMPARE(runnerSignals.inserted.count(), 1); // linux-3
    // The target's count and linux-1's status; linux-2 and rpi4-runner are left alone.
    QCOMPARE(runnerSignals.changed.count(), 2);
    QSet<QString> changedRows;
    for (const QList<QVariant> &changed : std::as_const(runnerSignals.changed)) {
        QCOMPARE(changed.at(0).toModelIndex().row(), changed.at(1).toModelIndex().row());
        changedRows.insert(changed.at(0).toModelIndex().data(KeyRole).toString());
    }
    QCOMPARE(
        changedRows,
        (QSet<QString> { QStringLiteral("target:acme/app"), QStringLiteral("runner:acme/app:1") }));
    QCOMPARE(alertSignals.reset.count(), 0);
    QCOMPARE(alertSignals.inserted.count(), 1);
    QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("linux-2"));

    // A runner that leaves is one removed row; the current row stays on linux-2.
    window->showFleet(fleet(), alerts());
    QCOMPARE(runnerSignals.removed.count(), 1);
    QCOMPARE(runnerSignals.reset.count(), 0);
    QCOMPARE(runners->rowCount(target), 3);
    QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("linux-2"));
}

void TestStatusWindow::setupMessageIsShown()
{
    auto window = std::make_unique<StatusWindow>(m_clock);
    auto *message = window->findChild<QLabel *>(QStringLiteral("setupMessage"));
    QVERIFY(message);
    window->show();
    QVERIFY(!message->isVisible());
    window->showSetupMessage(QStringLiteral("Set GH_TOKEN."));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Set GH_TOKEN."));
}

void TestStatusWindow::remembersGeometry()
{
    {
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->resize(701, 503);
        window->hide();
    }
    auto again = makeWindow();
    QCOMPARE(again->size(), QSize(701, 503));
}

QTEST_MAIN(TestStatusWindow)
#include "TestStatusWindow.moc"
