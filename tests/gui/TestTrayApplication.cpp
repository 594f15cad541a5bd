// The application's pieces around the window: the session falls back to the status window
// where there is no tray (the offscreen platform has none) and fills it from the real demo
// fleet; without a token it says what to set; one instance per user; the context menu has only
// working entries; notifications reach the notifier and their buttons act.

#include "FleetWatch.h"
#include "GitHubWebUrl.h"
#include "NotificationDelivery.h"
#include "NotificationPolicy.h"
#include "Notifier.h"
#include "PollScheduler.h"
#include "SessionTokenStore.h"
#include "SingleInstance.h"
#include "StatusWindow.h"
#include "TrayController.h"
#include "TrayMenu.h"
#include "TraySession.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>

using namespace relayq;

namespace {
class RecordingNotifier : public Notifier
{
public:
    using Notifier::Notifier;
    void show(const Notification &notification) override { shown.append(notification); }
    bool isAvailable() const override { return available; }
    QList<Notification> shown;
    bool available = true;
};

QString uniqueServerName()
{
    return QStringLiteral("relayq-tray-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TestTrayApplication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoFallsBackToTheWindowWithoutATray();
    void withoutATokenTheWindowSaysWhatToSet();
    void secondInstanceAsksTheFirstToShow();
    void nobodyListeningMeansFirstInstance();
    void twoLaunchesAtOnceMakeOneInstance();
    void theLockGoesWithTheInstance();
    void socketLivesInTheSessionRuntimeDirectory();
    void menuHasOnlyWorkingEntries();
    void notificationsReachTheFirstAvailableNotifier();
    void notificationButtonsAct();
    void webUrlsForGitHubAndEnterprise();
};

void TestTrayApplication::initTestCase()
{
    static QTemporaryDir settingsDir;
    QVERIFY(settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RelayQ"));
    QCoreApplication::setApplicationName(QStringLiteral("relayq-tray-test"));
}

void TestTrayApplication::demoFallsBackToTheWindowWithoutATray()
{
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen: no tray
    TraySession session;
    QList<QUrl> opened;
    session.setUrlOpener([&](const QUrl &url) { opened.append(url); });
    TrayCommandLine commandLine;
    commandLine.demo = true;
    session.prepare(commandLine);
    QVERIFY2(session.isWatching(), qPrintable(session.setupMessage()));
    session.start();
    QVERIFY(!session.controller().hasTray());
    QVERIFY(session.window().isVisible());
    QVERIFY(QApplication::quitOnLastWindowClosed()); // closing the only window quits
    // The demo has no settings file: nothing to set up or change.
    QVERIFY(!session.controller().menu()->settingsAction()->isVisible());
    QVERIFY(!session.controller().menu()->setupAction()->isVisible());

    // The first poll of the demo fleet (real HTTP on loopback) fills the window.
    auto *runners = session.window().findChild<QTreeView *>(QStringLiteral("runnerView"));
    QTRY_VERIFY_WITH_TIMEOUT(runners->model()->rowCount() == 1, 10000);
    QCOMPARE(runners->model()->index(0, 0).data().toString(),
             QStringLiteral("relayq-demo/media-jobs"));
    QVERIFY(runners->model()->rowCount(runners->model()->index(0, 0)) > 0);
    QVERIFY(session.controller().summary().state != FleetState::Unknown);
    auto *line = session.window().findChild<QLabel *>(QStringLiteral("connectionLine"));
    QVERIFY2(line->text().contains(QStringLiteral("Last successful check")),
             qPrintable(line->text()));

    // Double-clicking the target opens its page through the session's opener.
    emit session.window().openUrlRequested(QUrl(QStringLiteral("https://github.com/x")));
    QCOMPARE(opened.size(), 1);
}

void TestTrayApplication::withoutATokenTheWindowSaysWhatToSet()
{
    qunsetenv("GH_TOKEN");
    qunsetenv("GITHUB_TOKEN");
    QTemporaryDir config;
    QVERIFY(config.isValid());
    // A session-only store stands in for the OS keychain: no test touches a real one.
    TraySession session(std::make_unique<SessionTokenStore>());
    TrayCommandLine commandLine;
    commandLine.targets.append(*Target::parse(QStringLiteral("acme/app")));
    commandLine.apiUrl = QUrl(QStringLiteral("https://api.github.com"));
    commandLine.configFile = config.filePath(QStringLiteral("settings.ini"));
    commandLine.noSetup = true;
    session.prepare(commandLine);
    QTRY_VERIFY(!session.isReadingToken());
    QVERIFY(!session.isWatching());
    QVERIFY2(session.setupMessage().contains(QStringLiteral("GH_TOKEN")),
             qPrintable(session.setupMessage()));
    session.start();
    auto *message = session.window().findChild<QLabel *>(QStringLiteral("setupMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("--demo")));
    QVERIFY(!session.watch().scheduler().isRunning());

    qputenv("GH_TOKEN", "t0ken");
    TraySession noTargets(std::make_unique<SessionTokenStore>());
    TrayCommandLine withoutTargets;
    withoutTargets.configFile = config.filePath(QStringLiteral("other.ini"));
    withoutTargets.noSetup = true;
    noTargets.prepare(withoutTargets);
    QTRY_VERIFY(!noTargets.isReadingToken());
    QVERIFY2(noTargets.setupMessage().contains(QStringLiteral("--repo OWNER/REPO")),
             qPrintable(noTargets.setupMessage()));
    qunsetenv("GH_TOKEN");
}

void TestTrayApplication::secondInstanceAsksTheFirstToShow()
{
    const QString name = uniqueServerName();
    SingleInstance first(name);
    QVERIFY(first.listen());
    QSignalSpy shown(&first, &SingleInstance::showRequested);
    SingleInstance second(name);
    QVERIFY(second.askRunningToShow());
    QVERIFY(shown.wait(5000));
    QCOMPARE(shown.count(), 1);
}

void TestTrayApplication::nobodyListeningMeansFirstInstance()
{
    const QString name = uniqueServerName();
    SingleInstance alone(name);
    QVERIFY(!alone.askRunningToShow(200));
    QVERIFY(alone.listen());
    QVERIFY(alone.isListening());
    QVERIFY(QFileInfo(SingleInstance::serverNameForUser())
                .fileName()
                .startsWith(QStringLiteral("relayq-tray-")));
}

void TestTrayApplication::twoLaunchesAtOnceMakeOneInstance()
{
    // Both launches found nobody listening; the one that takes the lock first is the instance,
    // the other must neither listen nor remove the winner's socket, and hands over to it.
    const QString name = uniqueServerName();
    SingleInstance first(name);
    SingleInstance second(name);
    QVERIFY(first.listen());
    QVERIFY(!second.listen());
    QVERIFY(second.anotherInstanceRuns());
    QVERIFY(!second.isListening());
    QVERIFY(first.isListening());
    QSignalSpy shown(&first, &SingleInstance::showRequested);
    QVERIFY(second.handOver(2000));
    QVERIFY(shown.wait(5000));
}

void TestTrayApplication::theLockGoesWithTheInstance()
{
    const QString name = uniqueServerName();
    {
        SingleInstance first(name);
        QVERIFY(first.listen());
    }
    SingleInstance next(name);
    QVERIFY(next.listen());
    QVERIFY(!next.anotherInstanceRuns());
}

void TestTrayApplication::socketLivesInTheSessionRuntimeDirectory()
{
    // Instances of one user in two sessions must not meet: the name is under XDG_RUNTIME_DIR
    // when the session has one, and a plain per-user name otherwise.
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    const QString inSession = SingleInstance::serverNameForUser();
    qunsetenv("XDG_RUNTIME_DIR");
    const QString plain = SingleInstance::serverNameForUser();
    if (!saved.isEmpty())
        qputenv("XDG_RUNTIME_DIR", saved);
    QCOMPARE(QFileInfo(inSession).absolutePath(), QDir(runtime.path()).absolutePath());
    QVERIFY(!plain.contains(QLatin1Char('/')));

    SingleInstance first(inSession);
    QVERIFY(first.listen());
    QVERIFY(SingleInstance(inSession).askRunningToShow(2000));
}

void TestTrayApplication::menuHasOnlyWorkingEntries()
{
    TrayMenu menu;
    menu.setTargets(
        { { QStringLiteral("acme/app"), QUrl(QStringLiteral("https://github.com/acme/app")) },
          { QStringLiteral("acme"), QUrl(QStringLiteral("https://github.com/acme")) } });
    QStringList texts;
    QAction *openApp = nullptr;
    for (QAction *action : menu.actions()) {
        if (!action->isSeparator() && action->isVisible())
            texts.append(action->text());
        if (action->text() == QLatin1String("Open acme/app on GitHub"))
            openApp = action;
    }
    QCOMPARE(texts,
             (QStringList {
                 QStringLiteral("&Pause notifications"), QStringLiteral("&Check now"),
                 QStringLiteral("&Open status window"), QStringLiteral("Open acme/app on GitHub"),
                 QStringLiteral("Open acme on GitHub"), QStringLiteral("Open &log folder"),
                 QStringLiteral("&Settings…"), QStringLiteral("&Quit") }));
    // Set up… only while setup is incomplete; neither where there are no settings (demo).
    menu.setSetup(true, true);
    QVERIFY(menu.setupAction()->isVisible());
    menu.setSetup(false, true);
    QVERIFY(!menu.setupAction()->isVisible());
    QVERIFY(!menu.settingsAction()->isVisible());

    QSignalSpy pause(&menu, &TrayMenu::pauseRequested);
    menu.pauseAction()->trigger();
    QCOMPARE(pause.count(), 1);
    QCOMPARE(pause.at(0).at(0).toBool(), true);
    menu.setPaused(true);
    QCOMPARE(menu.pauseAction()->text(), QStringLiteral("&Resume notifications"));
    menu.pauseAction()->trigger();
    QCOMPARE(pause.at(1).at(0).toBool(), false);

    QSignalSpy open(&menu, &TrayMenu::openUrlRequested);
    QVERIFY(openApp);
    openApp->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toUrl(), QUrl(QStringLiteral("https://github.com/acme/app")));

    // "Open log folder" is there also where there are no settings (the demo logs too).
    QSignalSpy openLogFolder(&menu, &TrayMenu::openLogFolderRequested);
    QVERIFY(menu.openLogFolderAction()->isVisible());
    menu.openLogFolderAction()->trigger();
    QCOMPARE(openLogFolder.count(), 1);
    QCOMPARE(open.count(), 1);
}

void TestTrayApplication::notificationsReachTheFirstAvailableNotifier()
{
    ManualClock clock;
    NotificationPolicy policy(clock);
    NotificationDelivery delivery(policy, clock);
    RecordingNotifier desktop, balloon;
    delivery.setNotifiers({ &desktop, &balloon });
    Notification n;
    n.category = QStringLiteral("alerts");
    n.summary = QStringLiteral("rpi4-runner is offline");
    emit policy.notify(n);
    QCOMPARE(desktop.shown.size(), 1);
    QCOMPARE(balloon.shown.size(), 0);
    desktop.available = false; // the notification server went away
    emit policy.notify(n);
    QCOMPARE(desktop.shown.size(), 1);
    QCOMPARE(balloon.shown.size(), 1);
    QCOMPARE(delivery.last(QStringLiteral("alerts")).summary, n.summary);
}

void TestTrayApplication::notificationButtonsAct()
{
    ManualClock clock;
    NotificationPolicy policy(clock);
    NotificationDelivery delivery(policy, clock);
    RecordingNotifier notifier;
    delivery.setNotifiers({ &notifier });
    Notification n;
    n.category = QStringLiteral("alerts");
    n.url = QStringLiteral("https://github.com/acme/app/actions/runs/1");
    n.alertIds = { QStringLiteral("runner_offline:acme/app:3") };
    emit policy.notify(n);

    QSignalSpy opened(&delivery, &NotificationDelivery::openUrlRequested);
    QSignalSpy snoozed(&delivery, &NotificationDelivery::alertsSnoozed);
    emit notifier.actionInvoked(QStringLiteral("alerts"), QStringLiteral("open"));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toUrl(), QUrl(n.url));
    emit notifier.actionInvoked(QStringLiteral("alerts"), QStringLiteral("snooze-1h"));
    QCOMPARE(snoozed.count(), 1);
    QCOMPARE(snoozed.at(0).at(0).toStringList(), n.alertIds);
    QCOMPARE(snoozed.at(0).at(1).toDateTime(), clock.now().addSecs(3600));
    // A category never shown does nothing.
    emit notifier.actionInvoked(QStringLiteral("connection"), QStringLiteral("open"));
    QCOMPARE(opened.count(), 1);
}

void TestTrayApplication::webUrlsForGitHubAndEnterprise()
{
    const Target repo = *Target::parse(QStringLiteral("acme/app"));
    QCOMPARE(GitHubWebUrl::targetPage(QUrl(QStringLiteral("https://api.github.com")), repo),
             QUrl(QStringLiteral("https://github.com/acme/app")));
    QCOMPARE(GitHubWebUrl::targetPage(QUrl(QStringLiteral("https://ghe.example.com/api/v3")), repo),
             QUrl(QStringLiteral("https://ghe.example.com/acme/app")));
    QCOMPARE(GitHubWebUrl::targetPage(QUrl(QStringLiteral("http://127.0.0.1:4242")), repo),
             QUrl(QStringLiteral("https://github.com/acme/app")));
}

QTEST_MAIN(TestTrayApplication)
#include "TestTrayApplication.moc"
