// Settings, the token and setup in the running tray, live: a session reads its settings file
// (--config) and its token (a SessionTokenStore standing in for the OS keychain), watches the
// real in-process simulator over loopback, and picks up saved changes — targets, interval, a new
// token, setup finished later, a refused API URL — without being built again. Without a token
// or targets it says what is missing and offers setup; a keychain that cannot be used is named.

#include "Credentials.h"
#include "FirstRunWizard.h"
#include "FleetPoller.h"
#include "FleetWatch.h"
#include "GitHubClient.h"
#include "PollScheduler.h"
#include "SessionTokenStore.h"
#include "SettingsDialog.h"
#include "SettingsStore.h"
#include "SimFleet.h"
#include "Simulator.h"
#include "StatusWindow.h"
#include "TrayController.h"
#include "TrayMenu.h"
#include "TraySession.h"
#include "TraySetup.h"
#include "UnusableKeychain.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace relayq;

namespace {
const QString kHost = QStringLiteral("127.0.0.1"); // the simulator's host: the token's key

using MissingKeychain = relayq::test::UnusableKeychain;

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

QString labelText(const TraySession &session, const QString &name)
{
    auto *label = session.window().findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}
} // namespace

class TestTraySettingsLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void watchesWhatTheSettingsFileSays();
    void savedTargetsReachTheNextPoll();
    void savedPollIntervalIsUsed();
    void savedTokenReachesTheNextRequest();
    void withoutTargetsNothingIsWatched();
    void finishingSetupLaterStartsWatching();
    void refusedApiUrlLeavesThePreviousOneWorking();
    void commandLineOverridesAreNotSaved();
    void unusableKeychainIsReported();
    void incompleteSetupOpensTheWizardAndMenuOpensSettings();

private:
    // A settings file for the simulator with `targets`.
    void writeSettings(const TargetList &targets);
    // A session on that file whose "keychain" holds `token` (none when empty).
    std::unique_ptr<TraySession> makeSession(const QString &token,
                                             const QStringList &extraArguments = {});
    // A request for a path containing `pathPart` was answered with `status` (0: any status;
    // a repeated poll is often answered 304 Not Modified).
    bool served(const QString &pathPart, int status = 0) const;
    static Target target(const char *name) { return *Target::parse(QString::fromLatin1(name)); }

    SystemClock m_clock;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QSignalSpy> m_requests;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsPath;
};

void TestTraySettingsLive::initTestCase()
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

void TestTraySettingsLive::init()
{
    m_sim = std::make_unique<sim::Simulator>(m_clock);
    m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("app"));
    m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("other"));
    m_sim->fleet().addRunner(QStringLiteral("acme/app"), QStringLiteral("linux-1"),
                             { QStringLiteral("self-hosted"), QStringLiteral("linux") });
    m_sim->setRequiredToken(QStringLiteral("tok-1"));
    QVERIFY(m_sim->listen());
    m_requests = std::make_unique<QSignalSpy>(m_sim.get(), &sim::Simulator::requestServed);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
}

void TestTraySettingsLive::cleanup()
{
    m_requests.reset();
    m_sim.reset();
    m_dir.reset();
}

void TestTraySettingsLive::writeSettings(const TargetList &targets)
{
    SettingsStore store(m_settingsPath);
    AppSettings settings;
    settings.apiUrl = m_sim->baseUrl();
    settings.targets = targets;
    const auto refused = store.save(settings);
    QVERIFY2(!refused, qPrintable(refused.value_or(QString())));
}

std::unique_ptr<TraySession> TestTraySettingsLive::makeSession(const QString &token,
                                                               const QStringList &extraArguments)
{
    auto keychain = std::make_unique<SessionTokenStore>();
    if (!token.isEmpty()) {
        bool written = false;
        keychain->write(kHost, token, keychain.get(),
                        [&](const TokenStoreResult &result) { written = result.isOk(); });
        if (!QTest::qWaitFor([&] { return written; }, 5000))
            qWarning("the session token store did not take the token");
    }
    auto session = std::make_unique<TraySession>(std::move(keychain));
    session->setUrlOpener([](const QUrl &) {});
    session->prepare(parsed(
        QStringList { QStringLiteral("--config"), m_settingsPath, QStringLiteral("--no-setup") }
        + extraArguments));
    return session;
}

bool TestTraySettingsLive::served(const QString &pathPart, int status) const
{
    for (const QList<QVariant> &request : std::as_const(*m_requests))
        if (request.at(1).toString().contains(pathPart)
            && (status == 0 || request.at(2).toInt() == status))
            return true;
    return false;
}

void TestTraySettingsLive::watchesWhatTheSettingsFileSays()
{
    writeSettings({ target("acme/app") });
    auto session = makeSession(QStringLiteral("tok-1"));
    QCOMPARE(labelText(*session, QStringLiteral("accountLine")),
             QStringLiteral("Reading the token from the OS keychain…"));
    QTRY_VERIFY(!session->isReadingToken());
    QVERIFY2(session->isWatching(), qPrintable(session->setupMessage()));
    session->start();
    QTRY_VERIFY_WITH_TIMEOUT(served(QStringLiteral("/repos/acme/app/actions/runners"), 200), 10000);
    QCOMPARE(m_sim->lastAuthorization(), QStringLiteral("Bearer tok-1"));
    QCOMPARE(session->watch().client().apiBase(), m_sim->baseUrl());
    QVERIFY2(
        labelText(*session, QStringLiteral("accountLine")).contains(QStringLiteral("keychain")),
        qPrintable(labelText(*session, QStringLiteral("accountLine"))));
    QVERIFY(!session->controller().menu()->setupAction()->isVisible());
    QVERIFY(session->controller().menu()->settingsAction()->isVisible());
}

void TestTraySettingsLive::savedTargetsReachTheNextPoll()
{
    writeSettings({ target("acme/app") });
    auto session = makeSession(QStringLiteral("tok-1"));
    QTRY_VERIFY(!session->isReadingToken());
    session->start();
    QTRY_VERIFY_WITH_TIMEOUT(served(QStringLiteral("/repos/acme/app/")), 10000);

    SettingsStore &store = session->setup().settings();
    AppSettings settings = store.current();
    settings.targets = { target("acme/other") };
    QVERIFY(!store.save(settings));
    // Polled at once (no restart, no whole interval to wait), and only the new target.
    QTRY_VERIFY_WITH_TIMEOUT(served(QStringLiteral("/repos/acme/other/actions/runners")), 10000);
    QCOMPARE(session->watch().poller().targets(), TargetList { target("acme/other") });
    QTRY_VERIFY_WITH_TIMEOUT(!session->watch().scheduler().isPolling(), 10000);
    m_requests->clear();
    QVERIFY(session->watch().checkNow());
    QTRY_VERIFY_WITH_TIMEOUT(!session->watch().scheduler().isPolling(), 10000);
    QVERIFY(served(QStringLiteral("/repos/acme/other/")));
    QVERIFY(!served(QStringLiteral("/repos/acme/app/")));
}

void TestTraySettingsLive::savedPollIntervalIsUsed()
{
    writeSettings({ target("acme/app") });
    auto session = makeSession(QStringLiteral("tok-1"));
    QTRY_VERIFY(!session->isReadingToken());
    session->start();
    PollScheduler &scheduler = session->watch().scheduler();
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.nextPollAt().isValid(), 10000);
    QCOMPARE(scheduler.intervalSeconds(), AppSettings().monitor.pollIntervalSeconds);

    SettingsStore &store = session->setup().settings();
    AppSettings settings = store.current();
    settings.monitor.pollIntervalSeconds = 600;
    QVERIFY(!store.save(settings));
    QCOMPARE(scheduler.intervalSeconds(), 600);
    // The next poll moved out to the new interval after the last one.
    QVERIFY2(m_clock.now().secsTo(scheduler.nextPollAt()) > 500,
             qPrintable(scheduler.nextPollAt().toString(Qt::ISODate)));
}

void TestTraySettingsLive::savedTokenReachesTheNextRequest()
{
    writeSettings({ target("acme/app") });
    auto session = makeSession(QStringLiteral("tok-1"));
    QTRY_VERIFY(!session->isReadingToken());
    session->start();
    QTRY_VERIFY_WITH_TIMEOUT(served(QStringLiteral("/repos/acme/app/")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!session->watch().scheduler().isPolling(), 10000);

    m_sim->setRequiredToken(QStringLiteral("tok-2"));
    m_requests->clear();
    bool saved = false;
    session->setup().credentials().save(QStringLiteral("tok-2"), Credentials::Storage::Keychain,
                                        this, [&](const TokenStoreResult &r) { saved = r.isOk(); });
    QTRY_VERIFY(saved);
    // Polled at once with the new token, accepted by the simulator.
    QTRY_VERIFY_WITH_TIMEOUT(served(QStringLiteral("/repos/acme/app/actions/runners"), 200), 10000);
    QCOMPARE(m_sim->lastAuthorization(), QStringLiteral("Bearer tok-2"));
    QVERIFY(!served(QStringLiteral("/repos/acme/app/"), 401));
}

void TestTraySettingsLive::withoutTargetsNothingIsWatched()
{
    writeSettings({});
    auto session = makeSession(QStringLiteral("tok-1"));
    QTRY_VERIFY(!session->isReadingToken());
    QVERIFY(!session->isWatching());
    QVERIFY2(session->setupMessage().contains(QStringLiteral("targets")),
             qPrintable(session->setupMessage()));
    session->start();
    QVERIFY(!session->watch().scheduler().isRunning());
    QVERIFY(session->setup().wizard() == nullptr); // --no-setup
    QVERIFY(session->controller().menu()->setupAction()->isVisible());
    auto *setupButton = session->window().findChild<QPushButton *>(QStringLiteral("setupButton"));
    QVERIFY(setupButton && setupButton->isVisible());
    QCOMPARE(labelText(*session, QStringLiteral("setupMessage")), session->setupMessage());
    QVERIFY(m_requests->isEmpty());
}

void TestTraySettingsLive::finishingSetupLaterStartsWatching()
{
    writeSettings({});
    auto session = makeSession(QString());
    QTRY_VERIFY(!session->isReadingToken());
    QVERIFY2(session->setupMessage().contains(QStringLiteral("token")),
             qPrintable(session->setupMessage()));
    session->start();
    QVERIFY(!session->watch().scheduler().isRunning());

    // What the wizard does when it finishes: the settings, then the token.
    SettingsStore &store = session->setup().settings();
    AppSettings settings = store.current();
    settings.targets = { target("acme/app") };
    QVERIFY(!store.save(settings));
    QVERIFY(!session->isWatching()); // still no token
    bool saved = false;
    session->setup().credentials().save(QStringLiteral("tok-1"), Credentials::Storage::Keychain,
                                        this, [&](const TokenStoreResult &r) { saved = r.isOk(); });
    QTRY_VERIFY(saved);
    QTRY_VERIFY2(session->isWatching(), qPrintable(session->setupMessage()));
    QVERIFY(session->watch().scheduler().isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(served(QStringLiteral("/repos/acme/app/actions/runners"), 200), 10000);
    QCOMPARE(m_sim->lastAuthorization(), QStringLiteral("Bearer tok-1"));
    QVERIFY(!session->controller().menu()->setupAction()->isVisible());
}

void TestTraySettingsLive::refusedApiUrlLeavesThePreviousOneWorking()
{
    writeSettings({ target("acme/app") });
    auto session = makeSession(QStringLiteral("tok-1"));
    QTRY_VERIFY(!session->isReadingToken());
    session->start();
    QTRY_VERIFY_WITH_TIMEOUT(served(QStringLiteral("/repos/acme/app/")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!session->watch().scheduler().isPolling(), 10000);

    // Plain http to a host that is not loopback would show the token to the network.
    SettingsStore &store = session->setup().settings();
    AppSettings settings = store.current();
    settings.apiUrl = QUrl(QStringLiteral("http://example.com/api/v3"));
    const auto refusedByStore = store.save(settings);
    if (!refusedByStore) {
        QTRY_VERIFY(!labelText(*session, QStringLiteral("settingsNotice")).isEmpty());
    }
    // However it reaches the session, the URL in force stays and says why.
    emit store.changed(settings);
    QVERIFY2(labelText(*session, QStringLiteral("settingsNotice"))
                 .contains(QStringLiteral("example.com")),
             qPrintable(labelText(*session, QStringLiteral("settingsNotice"))));
    QCOMPARE(session->watch().client().apiBase(), m_sim->baseUrl());
    QVERIFY(session->isWatching());
    m_requests->clear();
    QVERIFY(session->watch().checkNow());
    QTRY_VERIFY_WITH_TIMEOUT(served(QStringLiteral("/repos/acme/app/actions/runners")), 10000);
    QCOMPARE(m_sim->lastAuthorization(), QStringLiteral("Bearer tok-1"));
}

void TestTraySettingsLive::commandLineOverridesAreNotSaved()
{
    writeSettings({ target("acme/app") });
    auto session = makeSession(QStringLiteral("tok-1"),
                               { QStringLiteral("--repo"), QStringLiteral("acme/other") });
    QTRY_VERIFY(!session->isReadingToken());
    session->start();
    QTRY_VERIFY_WITH_TIMEOUT(served(QStringLiteral("/repos/acme/other/actions/runners")), 10000);
    QVERIFY(!served(QStringLiteral("/repos/acme/app/")));
    QCOMPARE(session->setup().settings().current().targets, TargetList { target("acme/app") });
    QCOMPARE(SettingsStore(m_settingsPath).load().targets, TargetList { target("acme/app") });
}

void TestTraySettingsLive::unusableKeychainIsReported()
{
    writeSettings({ target("acme/app") });
    TraySession session(std::make_unique<MissingKeychain>());
    session.prepare(
        parsed({ QStringLiteral("--config"), m_settingsPath, QStringLiteral("--no-setup") }));
    QTRY_VERIFY(!session.isReadingToken());
    session.start();
    QVERIFY(!session.isWatching());
    // Said in the window, in the keychain's own words, and the app keeps running.
    QVERIFY2(session.setupMessage().contains(MissingKeychain::message()),
             qPrintable(session.setupMessage()));
    QVERIFY2(labelText(session, QStringLiteral("accountLine")).contains(MissingKeychain::message()),
             qPrintable(labelText(session, QStringLiteral("accountLine"))));
    QVERIFY(session.window().isVisible());

    // A session-only token (the user's opt-in) gets it going.
    bool saved = false;
    session.setup().credentials().save(QStringLiteral("tok-1"), Credentials::Storage::SessionOnly,
                                       this, [&](const TokenStoreResult &r) { saved = r.isOk(); });
    QTRY_VERIFY(saved);
    QTRY_VERIFY(session.isWatching());
    QTRY_VERIFY_WITH_TIMEOUT(served(QStringLiteral("/repos/acme/app/actions/runners"), 200), 10000);
    QVERIFY2(labelText(session, QStringLiteral("accountLine")).contains(QStringLiteral("memory")),
             qPrintable(labelText(session, QStringLiteral("accountLine"))));
}

void TestTraySettingsLive::incompleteSetupOpensTheWizardAndMenuOpensSettings()
{
    writeSettings({});
    TraySession session(std::make_unique<SessionTokenStore>());
    TrayCommandLine commandLine = parsed({ QStringLiteral("--config"), m_settingsPath });
    QVERIFY(!commandLine.noSetup);
    session.prepare(commandLine);
    session.start();
    // The wizard waits for the token to be read: a token may be there after all.
    QTRY_VERIFY(!session.isReadingToken());
    QTRY_VERIFY(session.setup().wizard() != nullptr);
    QVERIFY(session.setup().wizard()->isVisible());
    QVERIFY(!session.watch().scheduler().isRunning());

    TrayMenu *menu = session.controller().menu();
    menu->settingsAction()->trigger();
    QPointer<SettingsDialog> dialog = session.setup().settingsDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    menu->settingsAction()->trigger(); // raised, not a second one
    QCOMPARE(session.setup().settingsDialog(), dialog.data());
    dialog->reject();
    QTRY_VERIFY(dialog.isNull()); // a fresh one next time, with the settings as they are then
    menu->setupAction()->trigger();
    QVERIFY(session.setup().wizard()->isVisible());
}

QTEST_MAIN(TestTraySettingsLive)
#include "TestTraySettingsLive.moc"
