// The first-run wizard driven as a newcomer would: GitHub host → token (typed, checked against
// the simulator over real HTTP) → a target checked as it is added → notifications and start on
// login → Finish. Finishing writes the settings file and keeps the token where the user chose
// (never in the file); a wrong token cannot get past its page; a keychain that fails on Finish
// keeps the wizard open and offers session memory; an existing token skips host and token.

#include "Autostart.h"
#include "Clock.h"
#include "Credentials.h"
#include "FirstRunWizard.h"
#include "ProcessRunner.h"
#include "SessionTokenStore.h"
#include "SettingsStore.h"
#include "SetupDoubles.h"
#include "SetupServices.h"
#include "SimFleet.h"
#include "Simulator.h"
#include "UnusableKeychain.h"
#include "WizardHostPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace relayq;

namespace {
const QString kToken = QStringLiteral("github_pat_WizardTEST0123456789abcdef");

using NoProcesses = relayq::test::ScriptedProcessRunner; // answers an empty outcome

using FakeAutostart = relayq::test::RecordingAutostart;

using MissingKeychain = relayq::test::UnusableKeychain;

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QString readStored(TokenStore &store, const QString &host)
{
    QString token;
    bool answered = false;
    store.read(host, &store, [&](const TokenStoreResult &result) {
        token = result.token;
        answered = true;
    });
    // The store answers on the event loop.
    if (!QTest::qWaitFor([&] { return answered; }, 5000))
        return QStringLiteral("(no answer)");
    return token;
}
} // namespace

class TestFirstRunWizard : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<SessionTokenStore> m_keychainStore;
    std::unique_ptr<SessionTokenStore> m_sessionStore;
    std::unique_ptr<Credentials> m_credentials;
    NoProcesses m_processes;
    FakeAutostart m_autostart;
    QNetworkAccessManager m_network;

    SetupServices services(Autostart *autostart)
    {
        return { *m_settings, *m_credentials, autostart, m_processes, &m_network, m_clock };
    }
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    QString simHost() const { return m_sim->baseUrl().host(); }

    bool chooseSimulator(FirstRunWizard &wizard);
    bool enterAndCheckToken(FirstRunWizard &wizard, const QString &token);
    bool addTarget(FirstRunWizard &wizard, const QString &name);
    static bool nextEnabled(FirstRunWizard &wizard)
    {
        return wizard.button(QWizard::NextButton)->isEnabled();
    }

private slots:
    void initTestCase();
    void init();
    void walkThroughSavesSettingsAndToken();
    void wrongTokenCannotGoPastItsPage();
    void keychainFailureOnFinishOffersSessionMemory();
    void enterpriseAddressIsNormalised_data();
    void enterpriseAddressIsNormalised();
    void enterpriseAddressTypedOnTheHostPage();
    void existingTokenSkipsHostAndTokenPages();
    void startOnLoginNeedsAutostart();
};

void TestFirstRunWizard::initTestCase()
{
    qunsetenv("GH_TOKEN"); // the environment would win over everything typed here
    qunsetenv("GITHUB_TOKEN");
}

void TestFirstRunWizard::init()
{
    m_sim = std::make_unique<sim::Simulator>(m_clock);
    QVERIFY(m_sim->listen());
    m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("app"));
    m_sim->fleet().addRunner(QStringLiteral("acme/app"), QStringLiteral("linux-1"),
                             { QStringLiteral("linux") });
    sim::SimToken token;
    token.token = kToken;
    token.login = QStringLiteral("octocat");
    token.kind = sim::SimToken::Kind::FineGrained;
    token.administration = sim::SimToken::Access::Read;
    token.actions = sim::SimToken::Access::Read;
    m_sim->addToken(token);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<SettingsStore>(settingsPath());
    m_settings->load();
    m_keychainStore = std::make_unique<SessionTokenStore>();
    m_sessionStore = std::make_unique<SessionTokenStore>();
    m_credentials = std::make_unique<Credentials>(*m_keychainStore, *m_sessionStore);
    m_credentials->setHost(QStringLiteral("api.github.com"));
    m_autostart.enabled = false;
}

bool TestFirstRunWizard::chooseSimulator(FirstRunWizard &wizard)
{
    [&] {
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::HostPage));
        QVERIFY(child<QRadioButton>(&wizard, "githubComRadio")->isChecked()); // the default
        QTest::keyClicks(child<QLineEdit>(&wizard, "enterpriseUrlInput"),
                         m_sim->baseUrl().toString());
        QVERIFY(child<QRadioButton>(&wizard, "enterpriseRadio")->isChecked());
        QVERIFY(nextEnabled(wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::TokenPage));
    }();
    return !QTest::currentTestFailed();
}

bool TestFirstRunWizard::enterAndCheckToken(FirstRunWizard &wizard, const QString &token)
{
    [&] {
        QVERIFY(!nextEnabled(wizard)); // not before a check
        QTest::keyClicks(child<QLineEdit>(&wizard, "tokenInput"), token);
        QVERIFY(!nextEnabled(wizard));
        QTest::mouseClick(child<QPushButton>(&wizard, "checkTokenButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !child<QLabel>(&wizard, "tokenStatus")->text().endsWith(QStringLiteral("…")), 10000);
    }();
    return !QTest::currentTestFailed();
}

bool TestFirstRunWizard::addTarget(FirstRunWizard &wizard, const QString &name)
{
    [&] {
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::TargetsPage));
        QVERIFY(!nextEnabled(wizard)); // at least one target
        QTest::keyClicks(child<QLineEdit>(&wizard, "targetInput"), name);
        QTest::mouseClick(child<QPushButton>(&wizard, "addTargetButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), 10000);
    }();
    return !QTest::currentTestFailed();
}

void TestFirstRunWizard::walkThroughSavesSettingsAndToken()
{
    FirstRunWizard wizard(services(&m_autostart));
    wizard.show();
    QVERIFY(chooseSimulator(wizard));
    QVERIFY(enterAndCheckToken(wizard, kToken));
    QCOMPARE(child<QLabel>(&wizard, "tokenStatus")->text(),
             QStringLiteral("Belongs to octocat (fine-grained)."));
    QVERIFY(nextEnabled(wizard));
    wizard.next();
    QVERIFY(addTarget(wizard, QStringLiteral("acme/app")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::NotificationsPage));
    QVERIFY(child<QCheckBox>(&wizard, "startOnLoginCheck")->isChecked());
    child<QCheckBox>(&wizard, "slowWorkCheck")->setChecked(false);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::DonePage));
    const QString summary = child<QLabel>(&wizard, "summary")->text();
    QVERIFY2(summary.contains(QLatin1String("acme/app")), qPrintable(summary));
    QVERIFY(summary.contains(QLatin1String("octocat")));
    QVERIFY(summary.contains(QLatin1String("OS keychain")));
    QVERIFY(!summary.contains(kToken));

    QSignalSpy accepted(&wizard, &QDialog::accepted);
    QSignalSpy settingsChanged(m_settings.get(), &SettingsStore::changed);
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 5000);
    QCOMPARE(settingsChanged.count(), 1);

    SettingsStore reread(settingsPath());
    const AppSettings saved = reread.load();
    QCOMPARE(saved.apiUrl, m_sim->baseUrl());
    QCOMPARE(saved.targets,
             TargetList { Target::repository(QStringLiteral("acme"), QStringLiteral("app")) });
    QVERIFY(saved.startOnLogin);
    QVERIFY(saved.notifications.disabledKinds.contains(AlertKind::JobStuck));
    QVERIFY(!saved.notifications.disabledKinds.contains(AlertKind::RunnerOffline));
    QVERIFY(m_autostart.enabled);
    QCOMPARE(m_credentials->host(), simHost());
    QCOMPARE(m_credentials->token(), kToken);
    QCOMPARE(m_credentials->origin(), Credentials::Origin::Keychain);
    QCOMPARE(readStored(*m_keychainStore, simHost()), kToken);
    QVERIFY(readStored(*m_sessionStore, simHost()).isEmpty());
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(kToken.toUtf8()));
}

void TestFirstRunWizard::wrongTokenCannotGoPastItsPage()
{
    FirstRunWizard wizard(services(&m_autostart));
    wizard.show();
    QVERIFY(chooseSimulator(wizard));
    const QString wrong = QStringLiteral("github_pat_NOTknownTOtheSIMULATOR");
    QVERIFY(enterAndCheckToken(wizard, wrong));
    const QString status = child<QLabel>(&wizard, "tokenStatus")->text();
    QVERIFY2(status.contains(QLatin1String("401")), qPrintable(status));
    QVERIFY(status.contains(QLatin1String("rejected the token")));
    QVERIFY(!status.contains(wrong));
    QVERIFY(!nextEnabled(wizard));
    wizard.next(); // by keyboard or code: held on the page all the same
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::TokenPage));

    // Corrected, it goes on.
    auto *input = child<QLineEdit>(&wizard, "tokenInput");
    input->clear();
    QVERIFY(enterAndCheckToken(wizard, kToken));
    QVERIFY(nextEnabled(wizard));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::TargetsPage));
}

void TestFirstRunWizard::keychainFailureOnFinishOffersSessionMemory()
{
    MissingKeychain keychain;
    m_credentials = std::make_unique<Credentials>(keychain, *m_sessionStore);
    FirstRunWizard wizard(services(&m_autostart));
    wizard.show();
    QVERIFY(chooseSimulator(wizard));
    QVERIFY(enterAndCheckToken(wizard, kToken));
    wizard.next();
    QVERIFY(addTarget(wizard, QStringLiteral("acme/app")));
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::DonePage));

    QSignalSpy accepted(&wizard, &QDialog::accepted);
    auto *message = child<QLabel>(&wizard, "finishMessage");
    auto *sessionOnly = child<QCheckBox>(&wizard, "finishSessionOnlyCheck");
    QVERIFY(!sessionOnly->isVisible());
    wizard.button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(MissingKeychain::message()), 5000);
    QVERIFY(message->isVisible());
    QVERIFY(sessionOnly->isVisible());
    QVERIFY(wizard.isVisible());
    QCOMPARE(accepted.count(), 0);
    QVERIFY(!QFile::exists(settingsPath())); // nothing saved while the token is not kept
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

    sessionOnly->click();
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 5000);
    QCOMPARE(m_credentials->origin(), Credentials::Origin::SessionMemory);
    QCOMPARE(m_credentials->token(), kToken);
    QCOMPARE(readStored(*m_sessionStore, simHost()), kToken);
    QCOMPARE(SettingsStore(settingsPath()).load().targets.size(), 1);
}

void TestFirstRunWizard::enterpriseAddressIsNormalised_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("apiUrl"); // empty: refused
    const QString ghes = QStringLiteral("https://ghe.example.com/api/v3");
    QTest::newRow("host only") << QStringLiteral("ghe.example.com") << ghes;
    QTest::newRow("spaces") << QStringLiteral("  ghe.example.com ") << ghes;
    QTest::newRow("https") << QStringLiteral("https://ghe.example.com") << ghes;
    QTest::newRow("slash") << QStringLiteral("https://ghe.example.com/") << ghes;
    QTest::newRow("api url") << QStringLiteral("https://ghe.example.com/api/v3") << ghes;
    QTest::newRow("web page") << QStringLiteral("https://ghe.example.com/acme/app?tab=1") << ghes;
    QTest::newRow("port") << QStringLiteral("ghe.example.com:8443")
                          << QStringLiteral("https://ghe.example.com:8443/api/v3");
    QTest::newRow("github.com") << QStringLiteral("github.com")
                                << QStringLiteral("https://api.github.com");
    QTest::newRow("simulator") << QStringLiteral("http://127.0.0.1:8080")
                               << QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("plain http") << QStringLiteral("http://ghe.example.com") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("not an address") << QStringLiteral("ghe example com") << QString();
}

void TestFirstRunWizard::enterpriseAddressIsNormalised()
{
    QFETCH(QString, typed);
    QFETCH(QString, apiUrl);
    QString problem;
    const QUrl made = WizardHostPage::enterpriseApiUrl(typed, &problem);
    QCOMPARE(made.toString(), apiUrl);
    QCOMPARE(problem.isEmpty(), !apiUrl.isEmpty());
}

void TestFirstRunWizard::enterpriseAddressTypedOnTheHostPage()
{
    FirstRunWizard wizard(services(&m_autostart));
    wizard.show();
    QVERIFY(nextEnabled(wizard)); // GitHub.com needs nothing more
    child<QRadioButton>(&wizard, "enterpriseRadio")->click();
    QVERIFY(!nextEnabled(wizard)); // no address yet
    QTest::keyClicks(child<QLineEdit>(&wizard, "enterpriseUrlInput"),
                     QStringLiteral("http://ghe.example.com"));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(child<QLabel>(&wizard, "hostMessage")->text().contains(QLatin1String("https")));
    child<QLineEdit>(&wizard, "enterpriseUrlInput")->clear();
    QTest::keyClicks(child<QLineEdit>(&wizard, "enterpriseUrlInput"),
                     QStringLiteral("ghe.example.com"));
    QVERIFY(nextEnabled(wizard));
    QVERIFY(child<QLabel>(&wizard, "hostMessage")
                ->text()
                .contains(QLatin1String("https://ghe.example.com/api/v3")));
    wizard.next();
    QCOMPARE(wizard.apiUrl(), QUrl(QStringLiteral("https://ghe.example.com/api/v3")));
    QVERIFY(child<QLabel>(&wizard, "createTokenLink")
                ->text()
                .contains(
                    QLatin1String("https://ghe.example.com/settings/personal-access-tokens/new")));
    wizard.back();
    child<QRadioButton>(&wizard, "githubComRadio")->click();
    wizard.next();
    QCOMPARE(wizard.apiUrl(), QUrl(QStringLiteral("https://api.github.com")));
}

void TestFirstRunWizard::existingTokenSkipsHostAndTokenPages()
{
    AppSettings settings;
    settings.apiUrl = m_sim->baseUrl();
    QVERIFY(!m_settings->save(settings));
    m_credentials->setHost(simHost());
    bool written = false;
    m_keychainStore->write(simHost(), kToken, this,
                           [&](const TokenStoreResult &result) { written = result.isOk(); });
    QTRY_VERIFY(written);
    m_credentials->load();
    QTRY_VERIFY(m_credentials->hasToken());

    FirstRunWizard wizard(services(&m_autostart));
    wizard.show();
    QVERIFY(wizard.usesExistingToken());
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::TargetsPage));
    auto *origin = child<QLabel>(&wizard, "tokenOrigin");
    QVERIFY(origin->isVisible());
    QVERIFY2(origin->text().contains(m_credentials->originText()), qPrintable(origin->text()));
    QVERIFY(!origin->text().contains(kToken));
    QVERIFY(addTarget(wizard, QStringLiteral("acme/app")));
    wizard.next();
    wizard.next();
    QSignalSpy accepted(&wizard, &QDialog::accepted);
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 5000);
    QCOMPARE(m_settings->current().targets.size(), 1);
    QCOMPARE(m_credentials->origin(), Credentials::Origin::Keychain);
}

void TestFirstRunWizard::startOnLoginNeedsAutostart()
{
    FirstRunWizard wizard(services(nullptr));
    auto *check = child<QCheckBox>(&wizard, "startOnLoginCheck");
    QVERIFY(!check->isEnabled());
    QVERIFY(!check->isChecked());
    QVERIFY(!child<QLabel>(&wizard, "startOnLoginNote")->text().isEmpty());
    FirstRunWizard withAutostart(services(&m_autostart));
    auto *available = child<QCheckBox>(&withAutostart, "startOnLoginCheck");
    QVERIFY(available->isEnabled());
    QVERIFY(
        child<QLabel>(&withAutostart, "startOnLoginNote")->text().contains(m_autostart.location()));
}

QTEST_MAIN(TestFirstRunWizard)
#include "TestFirstRunWizard.moc"
