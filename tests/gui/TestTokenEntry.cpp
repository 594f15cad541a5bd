// The token field shared by the wizard and the settings dialog: hidden while typed, checked
// against the simulator over real HTTP (whose it is, or GitHub's 401 in words), imported from
// a (fake) GitHub CLI, and the session-only choice offered exactly when the keychain is unusable.
// The token never shows in any label.

#include "Clock.h"
#include "Credentials.h"
#include "GitHubCliToken.h"
#include "ProcessRunner.h"
#include "SessionTokenStore.h"
#include "SettingsStore.h"
#include "SetupDoubles.h"
#include "SetupServices.h"
#include "SimFleet.h"
#include "Simulator.h"
#include "TokenEntry.h"
#include "UnusableKeychain.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace relayq;

namespace {
const QString kToken = QStringLiteral("github_pat_TokenEntryTEST0123456789");

using FakeProcessRunner = relayq::test::ScriptedProcessRunner;

using MissingKeychain = relayq::test::UnusableKeychain;

ProcessOutcome ghPrints(const QByteArray &out, int exitCode, const QByteArray &err = {})
{
    ProcessOutcome outcome;
    outcome.started = true;
    outcome.exitCode = exitCode;
    outcome.standardOutput = out;
    outcome.standardError = err;
    return outcome;
}
} // namespace

class TestTokenEntry : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    std::unique_ptr<sim::Simulator> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<SettingsStore> m_settings;
    SessionTokenStore m_keychainStore;
    SessionTokenStore m_sessionStore;
    std::unique_ptr<Credentials> m_credentials;
    FakeProcessRunner m_processes;
    QNetworkAccessManager m_network;

    SetupServices services()
    {
        return { *m_settings, *m_credentials, nullptr, m_processes, &m_network, m_clock };
    }
    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    static QString status(QWidget *entry) { return child<QLabel>(entry, "tokenStatus")->text(); }

private slots:
    void initTestCase();
    void init();
    void inputIsHiddenAndLinkPointsAtTheServer();
    void checkSaysWhomTheTokenBelongsTo();
    void checkReportsARejectedToken();
    void editingForgetsTheCheck();
    void importFromGitHubCliFillsAndChecks();
    void importReportsGhNotLoggedIn();
    void importReportsGhMissing();
    void sessionOnlyIsOfferedWhenTheKeychainIsUnusable();
    void sessionOnlyIsHiddenWhenTheKeychainWorks();
};

void TestTokenEntry::initTestCase()
{
    qunsetenv("GH_TOKEN"); // the environment would win over everything typed here
    qunsetenv("GITHUB_TOKEN");
    QVERIFY(m_dir.isValid());
}

void TestTokenEntry::init()
{
    m_sim = std::make_unique<sim::Simulator>(m_clock);
    QVERIFY(m_sim->listen());
    sim::SimToken token;
    token.token = kToken;
    token.login = QStringLiteral("octocat");
    token.kind = sim::SimToken::Kind::FineGrained;
    token.administration = sim::SimToken::Access::Read;
    token.actions = sim::SimToken::Access::Read;
    m_sim->addToken(token);
    m_settings = std::make_unique<SettingsStore>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings->load();
    m_credentials = std::make_unique<Credentials>(m_keychainStore, m_sessionStore);
    m_credentials->setHost(QStringLiteral("127.0.0.1"));
    m_processes.requests.clear();
}

void TestTokenEntry::inputIsHiddenAndLinkPointsAtTheServer()
{
    TokenEntry entry(services());
    auto *input = child<QLineEdit>(&entry, "tokenInput");
    QVERIFY(input);
    QCOMPARE(input->echoMode(), QLineEdit::Password);
    auto *link = child<QLabel>(&entry, "createTokenLink");
    QVERIFY(link->text().contains(
        QLatin1String("https://github.com/settings/personal-access-tokens/new")));
    QVERIFY(link->openExternalLinks());
    entry.setApiUrl(QUrl(QStringLiteral("https://ghe.example.com/api/v3")));
    QVERIFY(link->text().contains(
        QLatin1String("https://ghe.example.com/settings/personal-access-tokens/new")));
    const QString permissions = child<QLabel>(&entry, "tokenPermissions")->text();
    for (const char *needed :
         { "Administration: read", "Actions: read", "Metadata: read", "Self-hosted runners: read" })
        QVERIFY2(permissions.contains(QLatin1String(needed)), needed);
    QVERIFY(!child<QPushButton>(&entry, "checkTokenButton")->isEnabled()); // nothing to check
}

void TestTokenEntry::checkSaysWhomTheTokenBelongsTo()
{
    TokenEntry entry(services());
    entry.setApiUrl(m_sim->baseUrl());
    entry.show();
    QSignalSpy changed(&entry, &TokenEntry::tokenChanged);
    QTest::keyClicks(child<QLineEdit>(&entry, "tokenInput"), QLatin1Char(' ') + kToken);
    QVERIFY(changed.count() > 0);
    QCOMPARE(entry.token(), kToken); // surrounding white space of a paste is dropped
    QVERIFY(!entry.isChecked());
    QSignalSpy checked(&entry, &TokenEntry::checked);
    QTest::mouseClick(child<QPushButton>(&entry, "checkTokenButton"), Qt::LeftButton);
    QVERIFY(checked.wait(10000));
    QVERIFY(entry.isChecked());
    QCOMPARE(entry.identity()->login, QStringLiteral("octocat"));
    QCOMPARE(status(&entry), QStringLiteral("Belongs to octocat (fine-grained)."));
    QCOMPARE(m_sim->lastAuthorization(), QStringLiteral("Bearer ") + kToken);
    QCOMPARE(entry.storage(), Credentials::Storage::Keychain);
}

void TestTokenEntry::checkReportsARejectedToken()
{
    TokenEntry entry(services());
    entry.setApiUrl(m_sim->baseUrl());
    const QString wrong = QStringLiteral("github_pat_WRONGwrongWRONG");
    QTest::keyClicks(child<QLineEdit>(&entry, "tokenInput"), wrong);
    QSignalSpy checked(&entry, &TokenEntry::checked);
    QTest::keyClick(child<QLineEdit>(&entry, "tokenInput"), Qt::Key_Return); // Enter checks too
    QVERIFY(checked.wait(10000));
    QVERIFY(!entry.isChecked());
    QVERIFY2(status(&entry).contains(QLatin1String("401")), qPrintable(status(&entry)));
    QVERIFY(status(&entry).contains(QLatin1String("rejected the token")));
    QVERIFY(!status(&entry).contains(wrong));
    QCOMPARE(child<QLabel>(&entry, "tokenStatus")->property("problem").toBool(), true);
}

void TestTokenEntry::editingForgetsTheCheck()
{
    TokenEntry entry(services());
    entry.setApiUrl(m_sim->baseUrl());
    entry.setToken(kToken);
    QSignalSpy checked(&entry, &TokenEntry::checked);
    entry.check();
    QVERIFY(checked.wait(10000));
    QVERIFY(entry.isChecked());
    QTest::keyClick(child<QLineEdit>(&entry, "tokenInput"), Qt::Key_Backspace);
    QVERIFY(!entry.isChecked());
    QVERIFY(status(&entry).isEmpty());
    entry.setToken(kToken); // checked again, and then moved to another server: unchecked
    entry.check();
    QVERIFY(checked.wait(10000));
    QVERIFY(entry.isChecked());
    entry.setApiUrl(QUrl(QStringLiteral("https://ghe.example.com/api/v3")));
    QVERIFY(!entry.isChecked());
}

void TestTokenEntry::importFromGitHubCliFillsAndChecks()
{
    m_processes.outcome = ghPrints(kToken.toUtf8() + '\n', 0);
    TokenEntry entry(services());
    entry.setApiUrl(m_sim->baseUrl());
    QSignalSpy checked(&entry, &TokenEntry::checked);
    QTest::mouseClick(child<QPushButton>(&entry, "importGhButton"), Qt::LeftButton);
    QTRY_COMPARE(child<QLineEdit>(&entry, "tokenInput")->text(), kToken);
    QCOMPARE(m_processes.requests.size(), 1);
    const ProcessRequest &asked = m_processes.requests.first();
    QCOMPARE(asked.program, QStringLiteral("gh"));
    QCOMPARE(asked.arguments,
             QStringList({ QStringLiteral("auth"), QStringLiteral("token"),
                           QStringLiteral("--hostname"), QStringLiteral("github.com") }));
    QVERIFY(checked.wait(10000)); // imported tokens are checked at once
    QCOMPARE(status(&entry), QStringLiteral("Belongs to octocat (fine-grained)."));

    // A GitHub Enterprise Server: gh is asked about that host.
    entry.setApiUrl(QUrl(QStringLiteral("https://ghe.example.com/api/v3")));
    m_processes.outcome = ghPrints({}, 1, "no oauth token");
    entry.importFromGitHubCli();
    QTRY_COMPARE(m_processes.requests.size(), 2);
    QCOMPARE(m_processes.requests.last().arguments.last(), QStringLiteral("ghe.example.com"));
}

void TestTokenEntry::importReportsGhNotLoggedIn()
{
    m_processes.outcome = ghPrints(
        {}, 1, "You are not logged into any GitHub hosts. To log in, run: gh auth login\n");
    TokenEntry entry(services());
    entry.setApiUrl(m_sim->baseUrl());
    entry.importFromGitHubCli();
    QTRY_VERIFY(status(&entry).contains(QLatin1String("not logged in")));
    QVERIFY(status(&entry).contains(QLatin1String("gh auth login --hostname github.com")));
    QVERIFY(child<QLineEdit>(&entry, "tokenInput")->text().isEmpty());
    QVERIFY(!entry.isChecked());
    QVERIFY(child<QPushButton>(&entry, "importGhButton")->isEnabled()); // can try again
}

void TestTokenEntry::importReportsGhMissing()
{
    ProcessOutcome missing;
    missing.started = false;
    missing.errorText = QStringLiteral("No such file or directory");
    m_processes.outcome = missing;
    TokenEntry entry(services());
    entry.importFromGitHubCli();
    QTRY_VERIFY(status(&entry).contains(QLatin1String("not installed")));
    QVERIFY(child<QLineEdit>(&entry, "tokenInput")->text().isEmpty());
}

void TestTokenEntry::sessionOnlyIsOfferedWhenTheKeychainIsUnusable()
{
    MissingKeychain keychain;
    Credentials credentials(keychain, m_sessionStore);
    credentials.setHost(QStringLiteral("127.0.0.1"));
    QSignalSpy loaded(&credentials, &Credentials::changed);
    credentials.load();
    QVERIFY(loaded.wait(5000));
    QVERIFY(!credentials.problem().isEmpty());
    SetupServices setup { *m_settings, credentials, nullptr, m_processes, &m_network, m_clock };
    TokenEntry entry(setup);
    entry.show();
    auto *sessionOnly = child<QCheckBox>(&entry, "sessionOnlyCheck");
    auto *problem = child<QLabel>(&entry, "keychainProblem");
    QVERIFY(sessionOnly->isVisible());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(credentials.problem()), qPrintable(problem->text()));
    QVERIFY(problem->text().contains(MissingKeychain::message()));
    QCOMPARE(entry.storage(), Credentials::Storage::Keychain);
    QSignalSpy storage(&entry, &TokenEntry::storageChanged);
    sessionOnly->click();
    QCOMPARE(storage.count(), 1);
    QCOMPARE(entry.storage(), Credentials::Storage::SessionOnly);
}

void TestTokenEntry::sessionOnlyIsHiddenWhenTheKeychainWorks()
{
    TokenEntry entry(services());
    entry.show();
    QVERIFY(!child<QCheckBox>(&entry, "sessionOnlyCheck")->isVisible());
    QVERIFY(!child<QLabel>(&entry, "keychainProblem")->isVisible());
    // A failure found later (saving) offers it with that very message.
    entry.offerSessionOnly(QStringLiteral("Cannot create an item in a locked collection."));
    QVERIFY(child<QCheckBox>(&entry, "sessionOnlyCheck")->isVisible());
    QVERIFY(child<QLabel>(&entry, "keychainProblem")
                ->text()
                .contains(QLatin1String("Cannot create an item in a locked collection.")));
}

QTEST_MAIN(TestTokenEntry)
#include "TestTokenEntry.moc"
