// "Dispatch again" in the tray menu: "(none yet)" and greyed out while nothing was dispatched,
// the recent dispatches most recent first once there are some (also those another process
// recorded since), and choosing one hands it over whole.

#include "Clock.h"
#include "RecentDispatchMenu.h"
#include "RecentDispatches.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relayq;

namespace {

RecentDispatch makeDispatch(const QString &workflow, const QString &environment)
{
    RecentDispatch dispatch;
    dispatch.repository = QStringLiteral("acme/web");
    dispatch.workflowFile = workflow;
    dispatch.workflowName = QStringLiteral("Deploy");
    dispatch.ref = QStringLiteral("main");
    dispatch.inputs = { { QStringLiteral("environment"), environment } };
    return dispatch;
}

} // namespace

class TestRecentDispatchMenu : public QObject
{
    Q_OBJECT

    ManualClock m_clock;

private slots:
    void emptyListSaysNoneYet()
    {
        QTemporaryDir dir;
        RecentDispatches recent(m_clock, dir.filePath(QStringLiteral("recent.json")));
        RecentDispatchMenu menu(recent);
        QCOMPARE(menu.title(), QStringLiteral("Dispatch again"));
        QVERIFY(!menu.menuAction()->isEnabled());
        QCOMPARE(menu.actions().size(), 1);
        QCOMPARE(menu.actions().first()->text(), QStringLiteral("(none yet)"));
        QVERIFY(!menu.actions().first()->isEnabled());
    }

    void entriesAreListedAndHandedOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recent.json"));
        RecentDispatches recent(m_clock, path);
        QMenu tray;
        auto *menu = new RecentDispatchMenu(recent, &tray);
        tray.addMenu(menu);
        QVERIFY(!menu->menuAction()->isEnabled());

        // Recorded by another process (relayqctl): seen when the tray menu opens.
        RecentDispatches other(m_clock, path);
        QVERIFY(other.record(makeDispatch(QStringLiteral("deploy.yml"), QStringLiteral("prod"))));
        m_clock.advance(60);
        QVERIFY(other.record(makeDispatch(QStringLiteral("deploy.yml"), QStringLiteral("dev"))));
        emit tray.aboutToShow();
        QVERIFY(menu->menuAction()->isEnabled());
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 2);
        const QList<RecentDispatch> entries = other.entries();
        QCOMPARE(actions.at(0)->text(), entries.at(0).label());
        QVERIFY(actions.at(0)->text().contains(QStringLiteral("environment=dev")));
        QVERIFY(actions.at(1)->text().contains(QStringLiteral("environment=prod")));
        QVERIFY(actions.at(0)->isEnabled());

        QSignalSpy again(menu, &RecentDispatchMenu::dispatchAgain);
        actions.at(1)->trigger();
        QCOMPARE(again.count(), 1);
        QCOMPARE(again.first().first().value<RecentDispatch>(), entries.at(1));

        // Cleared elsewhere: back to "(none yet)" when the menu itself opens.
        QVERIFY(other.clear());
        emit menu->aboutToShow();
        QVERIFY(!menu->menuAction()->isEnabled());
        QCOMPARE(menu->actions().size(), 1);
    }
};

QTEST_MAIN(TestRecentDispatchMenu)
#include "TestRecentDispatchMenu.moc"
