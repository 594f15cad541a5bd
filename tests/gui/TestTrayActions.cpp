// Every issue-5 action reachable from the tray, against the in-process simulator over loopback:
// restart from the status window's context menu (a runner bound to the user's own commands,
// tests/data/fake-service) with its progress, outcome, notification and audit line; the
// "Restart" button of an offline-runner notification; auto-recovery after N offline polls
// (ManualClock, snapshots fed by hand); a backup from the tray menu; a runner without a usable
// service shown with its reason; and a GitHub outage while waiting told as unreachable, never
// as offline.

#include "AuditModel.h"
#include "DemoRunnerService.h"
#include "DispatchDialog.h"
#include "FleetWatch.h"
#include "GitHubClient.h"
#include "NotificationDelivery.h"
#include "Notifier.h"
#include "RecentDispatchMenu.h"
#include "RecentDispatches.h"
#include "RunnerActions.h"
#include "RunnerMenu.h"
#include "SessionTokenStore.h"
#include "SettingsStore.h"
#include "SimFleet.h"
#include "Simulator.h"
#include "StatusWindow.h"
#include "TrayController.h"
#include "TrayMenu.h"
#include "TraySession.h"
#include "TraySetup.h"

#include <QDir>
#include <QFile>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace relayq;

namespace {
const QString kHost = QStringLiteral("127.0.0.1");
const QString kToken = QStringLiteral("tok-1");
const QString kRepo = QStringLiteral("acme/app");

QString script(const char *name)
{
    return QStringLiteral(RELAYQ_TEST_DATA "/fake-service/") + QLatin1String(name);
}

QString command(const char *name, const QString &pidFile)
{
    return QStringLiteral("\"%1\" \"%2\"").arg(script(name), pidFile);
}

qint64 readPid(const QString &pidFile)
{
    QFile file(pidFile);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

// Stands in for the desktop's notification server: records what is shown, presses buttons.
class RecordingNotifier : public Notifier
{
public:
    void show(const Notification &notification) override { shown.append(notification); }
    bool isAvailable() const override { return true; }
    void press(const QString &category, const QString &key) { emit actionInvoked(category, key); }

    // The last notification shown with an action `key`, or none.
    std::optional<Notification> withAction(const QString &key) const
    {
        for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
            for (const NotificationAction &action : it->actions)
                if (action.key == key)
                    return *it;
        }
        return std::nullopt;
    }
    bool said(const QString &part) const
    {
        for (const Notification &notification : shown)
            if (notification.summary.contains(part) || notification.body.contains(part))
                return true;
        return false;
    }

    QList<Notification> shown;
};

TrayCommandLine parsed(const QStringList &arguments)
{
    std::optional<int> exitNow;
    QString error;
    const TrayCommandLine commandLine = TrayCommandLine::parse(
        QStringList { QStringLiteral("relayq-tray") } + arguments, &exitNow, &error);
    if (!error.isEmpty() || exitNow)
        qFatal("bad test command line: %s", qPrintable(error));
    return commandLine;
}

QModelIndex runnerRow(const StatusWindow &window, const QString &name)
{
    auto *view = window.findChild<QTreeView *>(QStringLiteral("runnerView"));
    QAbstractItemModel *model = view->model();
    const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, name, 1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

QStringList auditRow(const StatusWindow &window, int row)
{
    auto *view = window.findChild<QTreeView *>(QStringLiteral("auditView"));
    QStringList texts;
    for (int column = 0; column < view->model()->columnCount(); ++column)
        texts.append(view->model()->index(row, column).data().toString());
    return texts;
}

FleetSnapshot snapshotWith(const Clock &clock, const QString &name, qint64 id, bool online)
{
    FleetSnapshot snapshot;
    snapshot.takenAt = clock.now();
    TargetState state;
    state.target = *Target::parse(kRepo);
    state.lastSuccess = clock.now();
    snapshot.targets.append(state);
    Runner runner;
    runner.id = id;
    runner.name = name;
    runner.status = online ? Runner::Status::Online : Runner::Status::Offline;
    runner.target = kRepo;
    snapshot.runners.append(runner);
    return snapshot;
}
} // namespace

class TestTrayActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void restartFromTheWindowsContextMenu();
    void notificationRestartButtonRestarts();
    void autoRecoveryRestartsAfterOfflinePolls();
    void backupFromTheTrayMenuWritesAnArchive();
    void runnerWithoutServiceIsShownWithItsReason();
    void savedBindingsApplyLive();
    void outageWhileWaitingIsUnreachableNeverOffline();
    void demoRunnersCanBeRestarted();
    void demoFleetOffersEveryActionFromTheMenu();

private:
    RunnerBinding commandBinding(const QString &runnerName, bool autoRecovery = false) const;
    void writeSettings(const RunnerBindingList &bindings, const QStringList &directories = {});
    std::unique_ptr<TraySession> makeSession(const Clock *clock = nullptr);
    // A runner folder here with the files a configured runner has; `withService` adds .service.
    QString makeRunnerDir(const QString &name, bool withService);
    void startFakeService();

    std::unique_ptr<sim::Simulator> m_sim;
    SystemClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsPath;
    QString m_pidFile;
    RecordingNotifier m_notifier;
    qint64 m_linuxId = 0;
};

void TestTrayActions::initTestCase()
{
    static QTemporaryDir qsettingsDir;
    QVERIFY(qsettingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, qsettingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RelayQ"));
    QCoreApplication::setApplicationName(QStringLiteral("relayq-tray-test"));
    qunsetenv("GH_TOKEN");
    qunsetenv("GITHUB_TOKEN");
    qunsetenv("RELAYQ_CONFIG");
}

void TestTrayActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The audit log, recent dispatches and backups all go under the data folder.
    qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("data")).toUtf8());
    qputenv("HOME", m_dir->path().toUtf8());
    m_sim = std::make_unique<sim::Simulator>(m_clock);
    m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("app"));
    m_linuxId
        = m_sim->fleet().addRunner(kRepo, QStringLiteral("linux-1"),
                                   { QStringLiteral("self-hosted"), QStringLiteral("linux") });
    m_sim->setRequiredToken(kToken);
    QVERIFY(m_sim->listen());
    m_settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
    m_pidFile = m_dir->filePath(QStringLiteral("runner.pid"));
    m_notifier.shown.clear();
}

void TestTrayActions::cleanup()
{
    if (QFile::exists(m_pidFile))
        QProcess::execute(script("stop"), { m_pidFile });
    m_sim.reset();
    m_dir.reset();
}

RunnerBinding TestTrayActions::commandBinding(const QString &runnerName, bool autoRecovery) const
{
    RunnerBinding binding;
    binding.runnerName = runnerName;
    binding.kind = RunnerBinding::Kind::Commands;
    binding.startCommand = command("start", m_pidFile);
    binding.stopCommand = command("stop", m_pidFile);
    binding.statusCommand = command("status", m_pidFile);
    binding.autoRecovery = autoRecovery;
    return binding;
}

void TestTrayActions::writeSettings(const RunnerBindingList &bindings,
                                    const QStringList &directories)
{
    SettingsStore store(m_settingsPath);
    AppSettings settings;
    settings.apiUrl = m_sim->baseUrl();
    settings.targets = { *Target::parse(kRepo) };
    settings.runnerBindings = bindings;
    settings.runnerDirectories = directories;
    const auto refused = store.save(settings);
    QVERIFY2(!refused, qPrintable(refused.value_or(QString())));
}

std::unique_ptr<TraySession> TestTrayActions::makeSession(const Clock *clock)
{
    auto keychain = std::make_unique<SessionTokenStore>();
    bool written = false;
    keychain->write(kHost, kToken, keychain.get(),
                    [&](const TokenStoreResult &result) { written = result.isOk(); });
    if (!QTest::qWaitFor([&] { return written; }, 5000))
        qWarning("the session token store did not take the token");
    auto session = std::make_unique<TraySession>(std::move(keychain), nullptr, clock);
    session->setUrlOpener([](const QUrl &) {});
    session->prepare(
        parsed({ QStringLiteral("--config"), m_settingsPath, QStringLiteral("--no-setup") }));
    // Only the usual places of this test: never a runner of the machine running it.
    session->actions().setUsualRoots({});
    // Ask GitHub at the next tick after the restart, with no cool-down between tests' restarts.
    session->actions().restarter().setPollIntervalSeconds(0);
    session->actions().restarter().setCoolDownSeconds(0);
    return session;
}

QString TestTrayActions::makeRunnerDir(const QString &name, bool withService)
{
    const QString dir = m_dir->filePath(QStringLiteral("runners/") + name);
    QDir().mkpath(dir);
    const QByteArray runner = "{\"agentId\": 77, \"agentName\": \"" + name.toUtf8()
        + "\", \"poolId\": 1, \"gitHubUrl\": \"https://github.com/acme/app\", "
          "\"workFolder\": \"_work\"}";
    const QList<QPair<QString, QByteArray>> files {
        { QStringLiteral(".runner"), runner },
        { QStringLiteral(".credentials"), QByteArray("{\"scheme\": \"OAuth\"}") },
        { QStringLiteral(".credentials_rsaparams"), QByteArray("{\"d\": \"secret\"}") },
    };
    for (const auto &[fileName, content] : files) {
        QFile file(QDir(dir).filePath(fileName));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qWarning("could not write %s", qPrintable(file.fileName()));
    }
    if (withService) {
        QFile service(QDir(dir).filePath(QStringLiteral(".service")));
        if (service.open(QIODevice::WriteOnly))
            service.write("actions.runner.acme-app." + name.toUtf8() + ".service\n");
    }
    return dir;
}

void TestTrayActions::startFakeService()
{
    QCOMPARE(QProcess::execute(script("start"), { m_pidFile }), 0);
    QVERIFY(readPid(m_pidFile) > 0);
}

void TestTrayActions::restartFromTheWindowsContextMenu()
{
    startFakeService();
    const qint64 firstPid = readPid(m_pidFile);
    writeSettings({ commandBinding(QStringLiteral("linux-1")) });
    auto session = makeSession();
    QTRY_VERIFY(!session->isReadingToken());
    session->start();
    session->delivery().setNotifiers({ &m_notifier });
    QTRY_VERIFY_WITH_TIMEOUT(runnerRow(session->window(), QStringLiteral("linux-1")).isValid(),
                             10000);

    StatusWindow &window = session->window();
    std::unique_ptr<QMenu> menu(window.runnerMenu(runnerRow(window, QStringLiteral("linux-1"))));
    QVERIFY(menu);
    auto *restart = menu->findChild<QAction *>(QStringLiteral("restartRunner"));
    QVERIFY(restart);
    QVERIFY(restart->isEnabled());
    restart->trigger();
    // Progress first, then the outcome — in the window and as a notification.
    QVERIFY2(window.actionStatus().contains(QStringLiteral("Restarting the service of linux-1")),
             qPrintable(window.actionStatus()));
    QTRY_VERIFY_WITH_TIMEOUT(window.actionStatus() == QStringLiteral("linux-1 is back online."),
                             15000);
    const qint64 secondPid = readPid(m_pidFile);
    QVERIFY(secondPid > 0);
    QVERIFY(secondPid != firstPid);
    QVERIFY(m_notifier.said(QStringLiteral("linux-1 is back online.")));

    const QStringList row = auditRow(window, 0);
    QCOMPARE(row.at(AuditModel::ActionColumn), QStringLiteral("restart"));
    QCOMPARE(row.at(AuditModel::SubjectColumn), QStringLiteral("linux-1"));
    QCOMPARE(row.at(AuditModel::OutcomeColumn), QStringLiteral("done"));
    QCOMPARE(row.at(AuditModel::MessageColumn), QStringLiteral("linux-1 is back online."));
    const QList<AuditEntry> entries = session->actions().audit().recent(5);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().origin, QStringLiteral("tray"));
    QVERIFY(!entries.first().helperOutput.isEmpty());
}

void TestTrayActions::notificationRestartButtonRestarts()
{
    startFakeService();
    const qint64 firstPid = readPid(m_pidFile);
    m_sim->fleet().setRunnerOnline(m_linuxId, false);
    writeSettings({ commandBinding(QStringLiteral("linux-1")) });
    auto session = makeSession();
    QTRY_VERIFY(!session->isReadingToken());
    session->start();
    session->delivery().setNotifiers({ &m_notifier });
    QSignalSpy polled(&session->watch(), &FleetWatch::polled);
    // runner_offline is raised after two offline polls; each further poll is asked for.
    for (int poll = 0; poll < 4 && !m_notifier.withAction(QStringLiteral("restart")); ++poll) {
        const qsizetype before = polled.size();
        if (poll > 0)
            session->watch().checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(polled.size() > before, 10000);
    }
    const auto offered = m_notifier.withAction(QStringLiteral("restart"));
    QVERIFY(offered);
    QCOMPARE(offered->actions.last().label, QStringLiteral("Restart linux-1"));

    m_notifier.press(offered->category, QStringLiteral("restart"));
    QVERIFY(session->actions().restarter().isRestarting(QStringLiteral("linux-1")));
    m_sim->fleet().setRunnerOnline(m_linuxId, true); // the service came back
    QTRY_VERIFY_WITH_TIMEOUT(!session->actions().audit().recent(1).isEmpty(), 15000);
    const AuditEntry entry = session->actions().audit().recent(1).first();
    QCOMPARE(entry.origin, QStringLiteral("notification"));
    QVERIFY2(entry.succeeded, qPrintable(entry.message));
    QVERIFY(readPid(m_pidFile) != firstPid);
}

void TestTrayActions::autoRecoveryRestartsAfterOfflinePolls()
{
    ManualClock clock;
    sim::Simulator sim(clock);
    sim.fleet().addRepository(QStringLiteral("acme"), QStringLiteral("app"));
    const qint64 id = sim.fleet().addRunner(kRepo, QStringLiteral("rpi4"), {});
    sim.fleet().setRunnerOnline(id, false);
    QVERIFY(sim.listen());
    QNetworkAccessManager network;
    GitHubClient client(&network, clock);
    QVERIFY(!client.setApiBase(sim.baseUrl()));
    client.setToken(QStringLiteral("demo"));

    RunnerActions actions(client, clock, m_dir->filePath(QStringLiteral("audit.log")));
    actions.setUsualRoots({});
    actions.setBindings({ commandBinding(QStringLiteral("rpi4"), true) }, {});
    QSignalSpy announced(&actions, &RunnerActions::announce);
    QSignalSpy restarting(&actions.autoRecovery(), &AutoRecovery::restarting);
    QSignalSpy attempted(&actions.autoRecovery(), &AutoRecovery::attempted);

    // Service down (nothing started), runner offline: two polls are not enough, the third acts.
    for (int poll = 0; poll < 2; ++poll) {
        actions.onSnapshot(snapshotWith(clock, QStringLiteral("rpi4"), id, false));
        clock.advance(60);
    }
    QCoreApplication::processEvents();
    QCOMPARE(restarting.size(), 0);
    actions.onSnapshot(snapshotWith(clock, QStringLiteral("rpi4"), id, false));
    QTRY_COMPARE_WITH_TIMEOUT(restarting.size(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(readPid(m_pidFile) > 0, 10000); // started by the restart
    sim.fleet().setRunnerOnline(id, true);
    // GitHub is asked once the poll interval has passed by the clock, not by waiting.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            clock.advance(6);
            actions.restarter().checkNow();
            return attempted.size() == 1;
        }(),
        10000);
    const auto outcome = attempted.first().at(1).value<RestartOutcome>();
    QVERIFY2(outcome.succeeded, qPrintable(outcome.message));

    QStringList said;
    for (const QList<QVariant> &signal : std::as_const(announced))
        said.append(signal.first().value<Notification>().summary);
    QVERIFY2(said.contains(QStringLiteral("Auto-recovery is restarting rpi4")),
             qPrintable(said.join(u'|')));
    QVERIFY2(said.contains(QStringLiteral("Auto-recovery: rpi4 is back online.")),
             qPrintable(said.join(u'|')));
    const QList<AuditEntry> entries = actions.audit().recent(5);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().origin, QStringLiteral("auto-recovery"));
    QVERIFY(entries.first().succeeded);
}

void TestTrayActions::backupFromTheTrayMenuWritesAnArchive()
{
    const QString dir = makeRunnerDir(QStringLiteral("linux-1"), true);
    writeSettings({}, { dir });
    auto session = makeSession();
    QTRY_VERIFY(!session->isReadingToken());
    session->start();
    session->delivery().setNotifiers({ &m_notifier });

    RunnerMenu *runners = session->controller().menu()->runnersMenu();
    runners->refresh();
    auto *entry = runners->findChild<QMenu *>(QStringLiteral("runnerMenu:linux-1"));
    QVERIFY2(entry, "no Runners ▸ linux-1 entry");
    QVERIFY(runners->actions().contains(entry->menuAction()));
    auto *backup = entry->findChild<QAction *>(QStringLiteral("backupRunner"));
    QVERIFY(backup);
    QVERIFY(backup->isEnabled());
    QVERIFY(backup->toolTip().contains(QStringLiteral("private key")));
    QVERIFY(entry->findChild<QAction *>(QStringLiteral("recoverRunner")));
    backup->trigger();

    const QString folder = m_dir->filePath(QStringLiteral("data/relayq-tray/backups"));
    const QStringList archives
        = QDir(folder).entryList({ QStringLiteral("linux-1-*.tar.gz") }, QDir::Files);
    QCOMPARE(archives.size(), 1);
    const QString status = session->window().actionStatus();
    QVERIFY2(status.contains(QDir(folder).filePath(archives.first())), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("private key")), qPrintable(status));
    QVERIFY(m_notifier.said(QStringLiteral("linux-1 backed up")));
    QCOMPARE(auditRow(session->window(), 0).at(AuditModel::ActionColumn), QStringLiteral("backup"));
    QCOMPARE(auditRow(session->window(), 0).at(AuditModel::OutcomeColumn), QStringLiteral("done"));
}

void TestTrayActions::runnerWithoutServiceIsShownWithItsReason()
{
    const QString bareDir = makeRunnerDir(QStringLiteral("bare-1"), false);
    writeSettings({ commandBinding(QStringLiteral("linux-1")) }, { bareDir });
    auto session = makeSession();
    QTRY_VERIFY(!session->isReadingToken());
    RunnerMenu *runners = session->controller().menu()->runnersMenu();
    runners->refresh();
    QVERIFY(runners->findChild<QAction *>(QStringLiteral("runner:linux-1")));
    auto *bare = runners->findChild<QAction *>(QStringLiteral("runnerProblem:bare-1"));
    QVERIFY2(bare, "no disabled entry for bare-1");
    QVERIFY(!bare->isEnabled());
    const RunnerChoice choice = session->actions().choice(QStringLiteral("bare-1"));
    QVERIFY(!choice.isUsable());
    QCOMPARE(bare->text(), QStringLiteral("bare-1 — ") + choice.problem);
    QVERIFY(bare->text().size() > QStringLiteral("bare-1 — ").size());
}

void TestTrayActions::savedBindingsApplyLive()
{
    writeSettings({});
    auto session = makeSession();
    QTRY_VERIFY(!session->isReadingToken());
    QVERIFY(session->actions().choices().isEmpty());
    QVERIFY(!session->actions().find(QStringLiteral("linux-1")).isUsable());

    SettingsStore &store = session->setup().settings();
    AppSettings settings = store.current();
    settings.runnerBindings = { commandBinding(QStringLiteral("linux-1"), true) };
    QVERIFY(!store.save(settings));
    QCOMPARE(session->actions().choices().size(), 1);
    QCOMPARE(session->actions().choices().first().name, QStringLiteral("linux-1"));
    QVERIFY(session->actions().find(QStringLiteral("linux-1")).isUsable());
}

void TestTrayActions::outageWhileWaitingIsUnreachableNeverOffline()
{
    startFakeService();
    writeSettings({ commandBinding(QStringLiteral("linux-1")) });
    // The wait runs on a clock the test moves: no real time has to pass for the deadline.
    ManualClock clock(QDateTime::currentDateTimeUtc());
    auto session = makeSession(&clock);
    session->actions().restarter().setPollIntervalSeconds(0);
    QTRY_VERIFY(!session->isReadingToken());
    session->start();
    session->delivery().setNotifiers({ &m_notifier });
    QTRY_VERIFY_WITH_TIMEOUT(session->actions().seenRunner(QStringLiteral("linux-1")), 10000);

    QSignalSpy finished(&session->actions(), &RunnerActions::restartFinished);
    QSignalSpy progress(&session->actions().restarter(), &RunnerRestart::progress);
    m_sim->fleet().setUnavailable(true); // GitHub answers 503 while RelayQ waits
    QVERIFY(!session->actions().restart(QStringLiteral("linux-1"), QStringLiteral("tray")));
    const auto askedAndFailed = [&] {
        for (const QList<QVariant> &line : std::as_const(progress))
            if (line.at(1).toString().startsWith(QStringLiteral("Could not ask GitHub")))
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(askedAndFailed(), 15000);
    QVERIFY(finished.isEmpty()); // an outage alone ends nothing before the deadline
    clock.advance(121); // past the 120 s deadline
    session->actions().restarter().checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const auto outcome = finished.first().first().value<RestartOutcome>();
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.stage, RestartOutcome::Stage::Confirming);
    const QString status = session->window().actionStatus();
    QVERIFY2(status.contains(QStringLiteral("could not confirm")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("unreachable")), qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("offline")), qPrintable(status));
    for (const Notification &notification : std::as_const(m_notifier.shown))
        QVERIFY2(!notification.summary.contains(QStringLiteral("offline")),
                 qPrintable(notification.summary));
}

void TestTrayActions::demoRunnersCanBeRestarted()
{
    ManualClock clock;
    sim::Simulator sim(clock);
    sim.fleet().addRepository(QStringLiteral("acme"), QStringLiteral("app"));
    const qint64 id = sim.fleet().addRunner(kRepo, QStringLiteral("demo-1"), {});
    sim.fleet().setRunnerOnline(id, false);
    DemoRunnerService service(sim.fleet(), id);
    QObject context;
    std::optional<ServiceOutcome> outcome;
    service.run(ServiceAction::Restart, &context,
                [&](const ServiceOutcome &answer) { outcome = answer; });
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(outcome->ok);
    QCOMPARE(outcome->state.kind, ServiceState::Kind::Running);
    QVERIFY(sim.fleet().runner(id)->online);
}

void TestTrayActions::demoFleetOffersEveryActionFromTheMenu()
{
    RecentDispatches recent(m_clock);
    RecentDispatch sent;
    sent.repository = QStringLiteral("relayq-demo/media-jobs");
    sent.workflowFile = QStringLiteral("render.yml");
    sent.ref = QStringLiteral("main");
    QVERIFY(recent.record(sent));

    TraySession session;
    session.setUrlOpener([](const QUrl &) {});
    session.prepare(parsed({ QStringLiteral("--demo"), QStringLiteral("--no-setup") }));
    session.actions().restarter().setPollIntervalSeconds(0);
    session.start();
    TrayMenu *menu = session.controller().menu();
    RunnerMenu *runners = menu->runnersMenu();
    runners->refresh();
    auto *rpi4 = runners->findChild<QMenu *>(QStringLiteral("runnerMenu:rpi4-runner"));
    QVERIFY2(rpi4, "the demo's rpi4-runner is not in Runners ▸");
    QTRY_VERIFY_WITH_TIMEOUT(session.actions().seenRunner(QStringLiteral("rpi4-runner")), 10000);
    rpi4->findChild<QAction *>(QStringLiteral("restartRunner"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(session.window().actionStatus(),
                              QStringLiteral("rpi4-runner is back online."), 15000);

    QVERIFY(menu->dispatchAction()->isVisible());
    QVERIFY(runners->menuAction()->isVisible());
    menu->dispatchAction()->trigger();
    QVERIFY(session.dispatchDialog());
    QCOMPARE(session.dispatchDialog()->repository(), QStringLiteral("relayq-demo/media-jobs"));

    RecentDispatchMenu *again = session.recentDispatchMenu();
    QVERIFY(menu->actions().contains(again->menuAction()));
    again->refresh();
    QVERIFY(again->menuAction()->isEnabled());
    QPointer<DispatchDialog> first = session.dispatchDialog();
    again->actions().first()->trigger();
    QVERIFY(session.dispatchDialog());
    QVERIFY(!first); // "Dispatch again" replaced the open dialog with one filled in
}

QTEST_MAIN(TestTrayActions)
#include "TestTrayActions.moc"
