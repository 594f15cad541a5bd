// Credentials against the real keychain (private gnome-keyring, see run-with-keyring.sh): the
// order GH_TOKEN > GITHUB_TOKEN > OS keychain > session memory, where the token came from in
// words, save / forget, switching hosts, stale answers, and a keychain that cannot be used.

#include "Credentials.h"
#include "KeychainFixtures.h"
#include "KeychainTokenStore.h"
#include "SessionTokenStore.h"
#include "UnusableKeychain.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace relayq;
using relayq::test::awaitStore;
using relayq::test::kindName;

namespace {

QString freshToken()
{
    return QStringLiteral("ghp_") + QUuid::createUuid().toString(QUuid::Id128);
}

using AbsentKeychain = relayq::test::UnusableKeychain;

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private:
    KeychainTokenStore m_keychain;
    const QString m_host = QStringLiteral("api.github.com");

    // load() and wait for its one changed().
    bool loaded(Credentials &credentials)
    {
        QSignalSpy changed(&credentials, &Credentials::changed);
        credentials.load();
        if (!changed.wait(30000))
            return false;
        QCoreApplication::processEvents(); // a second changed() would be queued by now
        return changed.count() == 1;
    }

    std::optional<TokenStoreResult> saved(Credentials &credentials, const QString &token,
                                          Credentials::Storage where)
    {
        return awaitStore([&](auto done) { credentials.save(token, where, this, done); });
    }

    void keep(const QString &host, const QString &token)
    {
        const auto written
            = awaitStore([&](auto done) { m_keychain.write(host, token, this, done); });
        QVERIFY(written && written->isOk());
    }

    std::optional<TokenStoreResult> inKeychain(const QString &host)
    {
        return awaitStore([&](auto done) { m_keychain.read(host, this, done); });
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("RELAYQ_TEST_HOME"))
            QFAIL("run through tests/keychain/run-with-keyring.sh (a private keyring)");
    }

    void init()
    {
        qunsetenv("GH_TOKEN");
        qunsetenv("GITHUB_TOKEN");
    }

    void cleanup()
    {
        init();
        for (const QString &host : { m_host, QStringLiteral("ghe.example.com") })
            awaitStore([&](auto done) { m_keychain.remove(host, this, done); });
    }

    void environmentBeatsTheKeychain()
    {
        const QString stored = freshToken(), gh = freshToken(), github = freshToken();
        keep(m_host, stored);
        SessionTokenStore session;
        Credentials credentials(m_keychain, session);
        QCOMPARE(credentials.host(), m_host);

        qputenv("GITHUB_TOKEN", github.toUtf8());
        QVERIFY(loaded(credentials));
        QCOMPARE(credentials.token(), github);
        QCOMPARE(credentials.origin(), Credentials::Origin::GithubTokenVariable);
        QCOMPARE(credentials.originText(), QStringLiteral("the GITHUB_TOKEN environment variable"));

        qputenv("GH_TOKEN", gh.toUtf8());
        QVERIFY(loaded(credentials));
        QCOMPARE(credentials.token(), gh);
        QCOMPARE(credentials.origin(), Credentials::Origin::GhTokenVariable);
        QCOMPARE(credentials.originText(), QStringLiteral("the GH_TOKEN environment variable"));
        QVERIFY(credentials.problem().isEmpty());
    }

    void theKeychainIsUsedWithoutTheEnvironment()
    {
        const QString stored = freshToken();
        keep(m_host, stored);
        SessionTokenStore session;
        Credentials credentials(m_keychain, session);
        QVERIFY(loaded(credentials));
        QVERIFY(credentials.hasToken());
        QCOMPARE(credentials.token(), stored);
        QCOMPARE(credentials.origin(), Credentials::Origin::Keychain);
        QCOMPARE(credentials.originText(), QStringLiteral("the OS keychain"));
        QVERIFY(credentials.problem().isEmpty());
    }

    void nothingAnywhereIsNoTokenAndNoProblem()
    {
        SessionTokenStore session;
        Credentials credentials(m_keychain, session);
        QVERIFY(loaded(credentials));
        QVERIFY(!credentials.hasToken());
        QCOMPARE(credentials.origin(), Credentials::Origin::None);
        QCOMPARE(credentials.originText(), QStringLiteral("no token"));
        QVERIFY(credentials.problem().isEmpty()); // "not saved yet" is not a problem
    }

    void sessionMemoryIsOptInAndStaysOutOfTheKeychain()
    {
        const QString token = freshToken();
        SessionTokenStore session;
        Credentials credentials(m_keychain, session);
        QSignalSpy changed(&credentials, &Credentials::changed);
        const auto result = saved(credentials, token, Credentials::Storage::SessionOnly);
        QVERIFY(result && result->isOk());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(credentials.token(), token);
        QCOMPARE(credentials.origin(), Credentials::Origin::SessionMemory);
        QCOMPARE(credentials.originText(), QStringLiteral("memory (this session only)"));
        QCOMPARE(kindName(inKeychain(m_host)->error), "NotFound");

        Credentials again(m_keychain, session); // e.g. after the settings dialog reopened
        QVERIFY(loaded(again));
        QCOMPARE(again.token(), token);
        QCOMPARE(again.origin(), Credentials::Origin::SessionMemory);
    }

    void saveInTheKeychainThenForget()
    {
        const QString token = freshToken();
        SessionTokenStore session;
        Credentials credentials(m_keychain, session);
        const auto result = saved(credentials, QStringLiteral("  ") + token + QStringLiteral("\n"),
                                  Credentials::Storage::Keychain);
        QVERIFY(result);
        QVERIFY2(result->isOk(), qPrintable(result->message));
        QCOMPARE(credentials.token(), token); // trimmed as pasted
        QCOMPARE(credentials.origin(), Credentials::Origin::Keychain);
        QCOMPARE(inKeychain(m_host)->token, token);

        QSignalSpy changed(&credentials, &Credentials::changed);
        const auto forgotten = awaitStore([&](auto done) { credentials.forget(this, done); });
        QVERIFY(forgotten && forgotten->isOk());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!credentials.hasToken());
        QCOMPARE(credentials.origin(), Credentials::Origin::None);
        QCOMPARE(kindName(inKeychain(m_host)->error), "NotFound");

        // Forgetting what is not there is fine too.
        const auto again = awaitStore([&](auto done) { credentials.forget(this, done); });
        QVERIFY(again && again->isOk());
    }

    void anEmptyTokenIsRefused()
    {
        SessionTokenStore session;
        Credentials credentials(m_keychain, session);
        const auto result
            = saved(credentials, QStringLiteral(" \n"), Credentials::Storage::Keychain);
        QVERIFY(result && !result->isOk());
        QVERIFY(!result->message.isEmpty());
        QVERIFY(!credentials.hasToken());
    }

    void savingWhileTheEnvironmentIsSetKeepsUsingTheEnvironment()
    {
        const QString env = freshToken(), token = freshToken();
        qputenv("GH_TOKEN", env.toUtf8());
        SessionTokenStore session;
        Credentials credentials(m_keychain, session);
        const auto result = saved(credentials, token, Credentials::Storage::Keychain);
        QVERIFY(result && result->isOk());
        QVERIFY2(result->message.contains(QLatin1String("GH_TOKEN")), qPrintable(result->message));
        QVERIFY(!result->message.contains(token) && !result->message.contains(env));
        QCOMPARE(credentials.token(), env);
        QCOMPARE(credentials.origin(), Credentials::Origin::GhTokenVariable);
        QCOMPARE(inKeychain(m_host)->token, token); // saved all the same

        const auto forgotten = awaitStore([&](auto done) { credentials.forget(this, done); });
        QVERIFY(forgotten && forgotten->isOk());
        QCOMPARE(credentials.token(), env); // the variable still wins
    }

    void switchingHostsSwitchesTokens()
    {
        const QString github = freshToken(), ghes = freshToken();
        const QString enterprise = QStringLiteral("ghe.example.com");
        keep(m_host, github);
        keep(enterprise, ghes);
        SessionTokenStore session;
        Credentials credentials(m_keychain, session);
        QVERIFY(loaded(credentials));
        QCOMPARE(credentials.token(), github);

        QSignalSpy changed(&credentials, &Credentials::changed);
        credentials.setHost(enterprise);
        QCOMPARE(credentials.host(), enterprise);
        QVERIFY(!credentials.hasToken()); // forgotten until load()
        QCOMPARE(changed.count(), 1);
        QVERIFY(loaded(credentials));
        QCOMPARE(credentials.token(), ghes);

        credentials.setHost(m_host);
        QVERIFY(loaded(credentials));
        QCOMPARE(credentials.token(), github);
    }

    void aLoadOvertakenBySaveOrHostSwitchIsNotApplied()
    {
        const QString old = freshToken(), fresh = freshToken();
        keep(m_host, old);
        SessionTokenStore session;
        Credentials credentials(m_keychain, session);
        QSignalSpy changed(&credentials, &Credentials::changed);
        credentials.load(); // the keychain answers later than session memory
        const auto result = saved(credentials, fresh, Credentials::Storage::SessionOnly);
        QVERIFY(result && result->isOk());
        // Wait until the keychain has surely answered the load: a later call queued behind it.
        QVERIFY(inKeychain(m_host));
        QCoreApplication::processEvents();
        QCOMPARE(credentials.token(), fresh);
        QCOMPARE(credentials.origin(), Credentials::Origin::SessionMemory);
        QCOMPARE(changed.count(), 1); // the save's; the stale load says nothing

        credentials.load();
        credentials.setHost(QStringLiteral("ghe.example.com"));
        QVERIFY(inKeychain(m_host));
        QCoreApplication::processEvents();
        QVERIFY(!credentials.hasToken()); // not api.github.com's token under another host
    }

    void anUnusableKeychainIsAProblemAndSessionMemoryStillWorks()
    {
        AbsentKeychain keychain;
        SessionTokenStore session;
        Credentials credentials(keychain, session);
        QVERIFY(loaded(credentials));
        QVERIFY(!credentials.hasToken());
        QCOMPARE(credentials.problem(), AbsentKeychain::message());

        const QString token = freshToken();
        const auto refused = saved(credentials, token, Credentials::Storage::Keychain);
        QVERIFY(refused);
        QCOMPARE(kindName(refused->error), "NoKeychain");
        QVERIFY(!credentials.hasToken()); // nothing used that was not kept

        const auto kept = saved(credentials, token, Credentials::Storage::SessionOnly);
        QVERIFY(kept && kept->isOk());
        QCOMPARE(credentials.origin(), Credentials::Origin::SessionMemory);
        QVERIFY(loaded(credentials));
        QCOMPARE(credentials.token(), token);
        QCOMPARE(credentials.origin(), Credentials::Origin::SessionMemory);
        QVERIFY(!credentials.problem().isEmpty()); // still true: the keychain is not there

        const auto forgotten = awaitStore([&](auto done) { credentials.forget(this, done); });
        QVERIFY(forgotten);
        QCOMPARE(kindName(forgotten->error), "NoKeychain"); // could not ask the keychain
        QVERIFY(!credentials.hasToken()); // but memory is clear
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "TestCredentials.moc"
