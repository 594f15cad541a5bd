// KeychainTokenStore against a real Secret Service (gnome-keyring in a private session, see
// run-with-keyring.sh): store, read, replace, delete; the item as other tools see it; the
// token nowhere on disk but inside the encrypted keyring; and the exact errors when there is no
// Secret Service or the keyring is locked. Those two run this binary again as a child
// ("--scenario NAME") in a session built for the purpose.

#include "KeychainFixtures.h"
#include "KeychainTokenStore.h"

#include <QDBusInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUuid>

#include <cstdio>

using namespace relayq;
using relayq::test::awaitStore;
using relayq::test::kindName;

namespace {

QString freshToken()
{
    return QStringLiteral("ghp_") + QUuid::createUuid().toString(QUuid::Id128);
}

QString keyringFile(const QString &home)
{
    return home + QStringLiteral("/.local/share/keyrings/login.keyring");
}

// A session bus that knows no services at all: nothing can be D-Bus-activated, so the Secret
// Service is simply not there (gnome-keyring would otherwise start on demand).
QByteArray bareBusConfig()
{
    return QByteArrayLiteral(
        "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
        " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
        "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
        "<auth>EXTERNAL</auth><policy context=\"default\">"
        "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
        "<allow own=\"*\"/></policy></busconfig>\n");
}

// ---- child side ---------------------------------------------------------------------------

void print(const char *step, const std::optional<TokenStoreResult> &result)
{
    QString message = result ? result->message : QStringLiteral("no answer");
    message.replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\t'), QLatin1Char(' '));
    std::printf("%s\t%s\t%s\n", step, result ? kindName(result->error) : "Timeout",
                qPrintable(message));
    std::fflush(stdout);
}

// Locks the login collection through the Secret Service's own Lock method (secret-tool 0.20.5's
// "lock" crashes after locking) and says whether it is locked now.
bool lockLoginCollection()
{
    const QString service = QStringLiteral("org.freedesktop.secrets");
    const QDBusObjectPath login(QStringLiteral("/org/freedesktop/secrets/collection/login"));
    QDBusInterface secrets(service, QStringLiteral("/org/freedesktop/secrets"),
                           QStringLiteral("org.freedesktop.Secret.Service"));
    const QDBusMessage reply = secrets.call(QStringLiteral("Lock"),
                                            QVariant::fromValue(QList<QDBusObjectPath> { login }));
    if (reply.type() == QDBusMessage::ErrorMessage) {
        std::printf("lock\tOther\t%s\n", qPrintable(reply.errorMessage()));
        return false;
    }
    QDBusInterface collection(service, login.path(),
                              QStringLiteral("org.freedesktop.Secret.Collection"));
    return collection.property("Locked").toBool();
}

// Runs write then read of the token in RELAYQ_TEST_SECRET and prints each answer, then whether
// the token reached any file in HOME. "locked" first stores it while unlocked, then locks the
// login collection.
int runScenario(const QString &name)
{
    KeychainTokenStore store;
    const QString host = QStringLiteral("api.github.com");
    const QString token = qEnvironmentVariable("RELAYQ_TEST_SECRET");
    if (name == QLatin1String("locked")) {
        print("store-unlocked",
              awaitStore([&](auto done) { store.write(host, token, nullptr, done); }, 20000));
        const bool locked = lockLoginCollection();
        std::printf("lock\t%s\t\n", locked ? "None" : "Other");
    }
    print("write", awaitStore([&](auto done) { store.write(host, token, nullptr, done); }, 20000));
    print("read", awaitStore([&](auto done) { store.read(host, nullptr, done); }, 20000));
    if (token.size() < 20 || QDir::homePath() == QDir::rootPath())
        return 1; // only ever run by the tests below, with a fresh HOME and a long token
    const QStringList found = relayq::test::filesContaining(QDir::homePath(), token);
    std::printf("disk\t%s\t%s\n", found.isEmpty() ? "None" : "Other",
                qPrintable(found.join(QLatin1Char(' '))));
    return 0;
}

} // namespace

// ---- parent side --------------------------------------------------------------------------

class TestKeychainTokenStore : public QObject
{
    Q_OBJECT

private:
    KeychainTokenStore m_store;
    QString m_home;

    struct ChildAnswer
    {
        QString kind;
        QString message;
    };
    // Runs this binary with --scenario and returns step -> answer.
    QHash<QString, ChildAnswer> runChild(const QString &program, const QStringList &arguments,
                                         const QProcessEnvironment &environment)
    {
        QProcess child;
        child.setProcessEnvironment(environment);
        child.start(program, arguments);
        if (!child.waitForFinished(120000)) {
            child.kill();
            child.waitForFinished();
        }
        const QString err = QString::fromUtf8(child.readAllStandardError());
        if (!err.trimmed().isEmpty())
            qInfo().noquote() << "child stderr:" << err.trimmed().left(2000);
        QHash<QString, ChildAnswer> answers;
        const auto lines
            = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QStringList parts = line.split(QLatin1Char('\t'));
            if (parts.size() == 3)
                answers.insert(parts[0], { parts[1], parts[2] });
        }
        return answers;
    }

private slots:
    void initTestCase()
    {
        m_home = qEnvironmentVariable("RELAYQ_TEST_HOME");
        if (m_home.isEmpty() || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run through tests/keychain/run-with-keyring.sh (a private keyring)");
        QCOMPARE(QDir::homePath(), m_home); // never the developer's own HOME
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty());
    }

    void storesReadsReplacesAndDeletesPerHost()
    {
        const QString github = QStringLiteral("api.github.com");
        const QString ghes = QStringLiteral("ghe.example.com");
        const QString first = freshToken(), second = freshToken(), other = freshToken();

        auto written = awaitStore([&](auto done) { m_store.write(github, first, this, done); });
        QVERIFY(written);
        QVERIFY2(written->isOk(), qPrintable(written->message));
        written = awaitStore([&](auto done) { m_store.write(ghes, other, this, done); });
        QVERIFY(written && written->isOk());

        auto read = awaitStore([&](auto done) { m_store.read(github, this, done); });
        QVERIFY(read && read->isOk());
        QCOMPARE(read->token, first);
        QVERIFY(read->message.isEmpty());
        read = awaitStore([&](auto done) { m_store.read(ghes, this, done); });
        QVERIFY(read && read->isOk());
        QCOMPARE(read->token, other);

        written = awaitStore([&](auto done) { m_store.write(github, second, this, done); });
        QVERIFY(written && written->isOk());
        read = awaitStore([&](auto done) { m_store.read(github, this, done); });
        QVERIFY(read && read->isOk());
        QCOMPARE(read->token, second); // replaced, not a second item
        read = awaitStore([&](auto done) { m_store.read(ghes, this, done); });
        QCOMPARE(read->token, other); // the other host untouched

        auto removed = awaitStore([&](auto done) { m_store.remove(github, this, done); });
        QVERIFY(removed && removed->isOk());
        read = awaitStore([&](auto done) { m_store.read(github, this, done); });
        QVERIFY(read);
        QCOMPARE(kindName(read->error), "NotFound");
        QVERIFY(read->token.isEmpty());
        read = awaitStore([&](auto done) { m_store.read(ghes, this, done); });
        QCOMPARE(read->token, other);

        removed = awaitStore([&](auto done) { m_store.remove(ghes, this, done); });
        QVERIFY(removed && removed->isOk());
    }

    void readingAMissingEntryIsNotFound()
    {
        const auto read = awaitStore(
            [&](auto done) { m_store.read(QStringLiteral("never.example.com"), this, done); });
        QVERIFY(read);
        QCOMPARE(kindName(read->error), "NotFound");
        QVERIFY(read->message.contains(QLatin1String("never.example.com")));
        QCOMPARE(m_store.location(), QStringLiteral("the OS keychain"));
    }

    void answerIsDroppedWhenTheContextIsGone()
    {
        auto *context = new QObject;
        bool called = false;
        m_store.read(QStringLiteral("api.github.com"), context,
                     [&called](const TokenStoreResult &) { called = true; });
        delete context;
        // A second call queued behind the first: once it answers, the first has finished too.
        const auto after = awaitStore(
            [&](auto done) { m_store.read(QStringLiteral("api.github.com"), this, done); });
        QVERIFY(after);
        QVERIFY(!called);
    }

    void otherToolsSeeTheItemButNotTheTokenInItsAttributes()
    {
        const QString host = QStringLiteral("api.github.com");
        const QString token = freshToken();
        const auto written = awaitStore([&](auto done) { m_store.write(host, token, this, done); });
        QVERIFY(written && written->isOk());

        QProcess search;
        search.start(QStringLiteral("secret-tool"),
                     { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                       QStringLiteral("relayq-tray") });
        QVERIFY(search.waitForFinished(20000));
        QCOMPARE(search.exitCode(), 0);
        // secret-tool prints attributes on stdout ("attribute.user = …") and, for an unlocked
        // item, the secret too ("secret = …"): only the secret line may hold the token.
        const QString out
            = QString::fromUtf8(search.readAllStandardOutput() + search.readAllStandardError());
        QVERIFY2(out.contains(QLatin1String("attribute.server = relayq-tray")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("attribute.user = api.github.com")), qPrintable(out));
        const auto lines = out.split(QLatin1Char('\n'));
        int secretLines = 0;
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("secret = "))) {
                ++secretLines;
                continue;
            }
            QVERIFY2(!line.contains(token), "the token is in an attribute or the label");
        }
        QCOMPARE(secretLines, 1); // exactly one item: ours
        QVERIFY(out.contains(QLatin1String("secret = ") + token)); // and it is the token
    }

    void theTokenIsNowhereOnDiskOutsideTheEncryptedKeyring()
    {
        const QString token = freshToken();
        const auto written = awaitStore(
            [&](auto done) { m_store.write(QStringLiteral("api.github.com"), token, this, done); });
        QVERIFY(written && written->isOk());
        const auto read = awaitStore(
            [&](auto done) { m_store.read(QStringLiteral("api.github.com"), this, done); });
        QCOMPARE(read->token, token);

        // gnome-keyring writes the collection to disk on change; it is encrypted.
        const QString keyring = keyringFile(m_home);
        QTRY_VERIFY2(QFileInfo(keyring).size() > 0, qPrintable(keyring));
        QFile file(keyring);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(token.toUtf8()),
                 "the keyring file holds the token in plain bytes");

        const QStringList homeHits = relayq::test::filesContaining(m_home, token);
        QVERIFY2(homeHits.isEmpty(), qPrintable(homeHits.join(QLatin1Char(' '))));
        const QStringList runtimeHits
            = relayq::test::filesContaining(qEnvironmentVariable("XDG_RUNTIME_DIR"), token);
        QVERIFY2(runtimeHits.isEmpty(), qPrintable(runtimeHits.join(QLatin1Char(' '))));
        QVERIFY(relayq::test::filesContaining(m_home, QStringLiteral("relayq-tray"), { keyring })
                    .isEmpty()); // no settings file either
    }

    void noSecretServiceOnTheBusSaysSoAndWritesNothing()
    {
        QTemporaryDir home, runtime, config;
        QVERIFY(home.isValid() && runtime.isValid() && config.isValid());
        QFile busConfig(config.filePath(QStringLiteral("bare-session.conf")));
        QVERIFY(busConfig.open(QIODevice::WriteOnly));
        busConfig.write(bareBusConfig());
        busConfig.close();

        const QString token = freshToken();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        environment.insert(QStringLiteral("RELAYQ_TEST_SECRET"), token);
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        environment.remove(QStringLiteral("DISPLAY"));
        const auto answers
            = runChild(QStringLiteral("dbus-run-session"),
                       { QStringLiteral("--config-file=") + busConfig.fileName(),
                         QStringLiteral("--"), QCoreApplication::applicationFilePath(),
                         QStringLiteral("--scenario"), QStringLiteral("no-keychain") },
                       environment);
        checkNoKeychain(answers, token);
        QCOMPARE(answers.value(QStringLiteral("disk")).kind, QStringLiteral("None"));
        QVERIFY2(relayq::test::allFiles(home.path()).isEmpty(),
                 qPrintable(relayq::test::allFiles(home.path()).join(QLatin1Char(' '))));
    }

    void noSessionBusAtAllSaysSoAndWritesNothing()
    {
        QTemporaryDir home, runtime;
        QVERIFY(home.isValid() && runtime.isValid());
        const QString token = freshToken();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        environment.insert(QStringLiteral("RELAYQ_TEST_SECRET"), token);
        // A bus address that leads nowhere, and no X display to autolaunch one from.
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=")
                               + runtime.filePath(QStringLiteral("no-bus")));
        environment.remove(QStringLiteral("DISPLAY"));
        const auto answers = runChild(
            QCoreApplication::applicationFilePath(),
            { QStringLiteral("--scenario"), QStringLiteral("no-keychain") }, environment);
        checkNoKeychain(answers, token);
        QCOMPARE(answers.value(QStringLiteral("disk")).kind, QStringLiteral("None"));
        QVERIFY2(relayq::test::allFiles(home.path()).isEmpty(),
                 qPrintable(relayq::test::allFiles(home.path()).join(QLatin1Char(' '))));
    }

    void lockedKeyringSaysSoAndWritesNothing()
    {
        // A keyring of its own (the runner script again), locked by the child itself.
        const QString runner = QStringLiteral(RELAYQ_TEST_DATA "/../keychain/run-with-keyring.sh");
        QVERIFY(QFileInfo::exists(runner));
        const QString token = freshToken();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RELAYQ_TEST_SECRET"), token);
        // No display: gnome-keyring's unlock prompt must fail at once, never wait for a click.
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const auto answers = runChild(runner,
                                      { QCoreApplication::applicationFilePath(),
                                        QStringLiteral("--scenario"), QStringLiteral("locked") },
                                      environment);
        QVERIFY2(answers.contains(QStringLiteral("read")), "the child gave no answer");
        QCOMPARE(answers.value(QStringLiteral("store-unlocked")).kind, QStringLiteral("None"));
        QVERIFY2(answers.value(QStringLiteral("lock")).kind == QLatin1String("None"),
                 qPrintable(answers.value(QStringLiteral("lock")).message));
        const ChildAnswer write = answers.value(QStringLiteral("write"));
        QVERIFY2(write.kind == QLatin1String("AccessDenied"),
                 qPrintable(write.kind + QLatin1Char(' ') + write.message));
        QVERIFY(write.message.startsWith(
            QLatin1String("The OS keychain refused access: it is locked")));
        QVERIFY(write.message.contains(QLatin1String("Unlock it")));
        QVERIFY(write.message.contains(QLatin1String("memory for this session only")));
        QVERIFY(write.message.contains(QLatin1String("locked collection"))); // QtKeychain's words
        QVERIFY(!write.message.contains(token));
        // Reading from a locked keyring: libsecret asks for an unlock prompt, which cannot open
        // without a display, and then reports no item; QtKeychain passes that on as
        // EntryNotFound. The token stays out of reach, and the first save says "locked".
        const ChildAnswer read = answers.value(QStringLiteral("read"));
        QCOMPARE(read.kind, QStringLiteral("NotFound"));
        QVERIFY(!read.message.contains(token));
        QCOMPARE(answers.value(QStringLiteral("disk")).kind, QStringLiteral("None"));
    }

private:
    void checkNoKeychain(const QHash<QString, ChildAnswer> &answers, const QString &token)
    {
        QVERIFY2(answers.contains(QStringLiteral("write"))
                     && answers.contains(QStringLiteral("read")),
                 "the child gave no answer");
        for (const char *step : { "write", "read" }) {
            const ChildAnswer answer = answers.value(QString::fromLatin1(step));
            QVERIFY2(answer.kind == QLatin1String("NoKeychain"),
                     qPrintable(QStringLiteral("%1: %2 %3")
                                    .arg(QLatin1String(step), answer.kind, answer.message)));
            QVERIFY(answer.message.startsWith(QLatin1String("No OS keychain is available")));
            QVERIFY(answer.message.contains(QLatin1String("Start it")));
            QVERIFY(answer.message.contains(QLatin1String("memory for this session only")));
            QVERIFY(!answer.message.contains(token));
        }
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 3 && arguments[1] == QLatin1String("--scenario"))
        return runScenario(arguments[2]);
    TestKeychainTokenStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeychainTokenStore.moc"
