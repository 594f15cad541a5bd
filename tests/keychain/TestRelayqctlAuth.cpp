// relayqctl auth against the real OS keychain (a private unlocked gnome-keyring, see
// run-with-keyring.sh) and the simulator, which checks the Authorization header it receives:
// login keeps the token in the keychain, status uses it without GH_TOKEN, logout removes it, a
// rejected token is never stored, and the token shows in no output and no file under HOME.

#include "Clock.h"
#include "SimFault.h"
#include "SimFleet.h"
#include "Simulator.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace relayq;

namespace {
const QString kToken = QStringLiteral("ghp_relayqctlAUTH0123456789abcdefXYZ");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList arguments;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    bool shows(const QString &text) const
    {
        return out.contains(text.toUtf8()) || err.contains(text.toUtf8());
    }
};

QString testHome()
{
    const QString home = qEnvironmentVariable("RELAYQ_TEST_HOME");
    return home.isEmpty() ? qEnvironmentVariable("HOME") : home;
}
} // namespace

class TestRelayqctlAuth : public QObject
{
    Q_OBJECT

    SystemClock m_clock; // the command runs on the wall clock, so the simulator does too
    std::unique_ptr<sim::Simulator> m_sim;
    QList<Run> m_runs; // every run of the test, for the hygiene check

    // relayqctl with GH_TOKEN and GITHUB_TOKEN removed (unless given in `extraEnv`), `input` on
    // stdin, without blocking the event loop: the simulator answers from this thread.
    Run relayqctl(const QStringList &arguments, const QByteArray &input = {},
                  const QHash<QString, QString> &extraEnv = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GH_TOKEN"));
        env.remove(QStringLiteral("GITHUB_TOKEN"));
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            it.value().isNull() ? env.remove(it.key()) : env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(RELAYQCTL_PATH), arguments);
        process.write(input);
        process.closeWriteChannel();
        Run run;
        run.arguments = process.arguments();
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        m_runs.append(run);
        return run;
    }

    QStringList withApi(QStringList arguments) const
    {
        return arguments << QStringLiteral("--api-url") << m_sim->baseUrl().toString();
    }
    Run login(const QString &token, const QStringList &extra = {})
    {
        return relayqctl(withApi({ QStringLiteral("auth"), QStringLiteral("login"),
                                   QStringLiteral("--with-token") })
                             + extra,
                         token.toUtf8() + '\n');
    }
    Run status(const QStringList &extra = {}, const QHash<QString, QString> &env = {})
    {
        return relayqctl(withApi({ QStringLiteral("status"), QStringLiteral("--repo"),
                                   QStringLiteral("acme/media") })
                             + extra,
                         {}, env);
    }
    Run authStatus(const QStringList &extra = {}, const QHash<QString, QString> &env = {})
    {
        return relayqctl(withApi({ QStringLiteral("auth"), QStringLiteral("status") }) + extra, {},
                         env);
    }
    Run logout()
    {
        return relayqctl(withApi({ QStringLiteral("auth"), QStringLiteral("logout") }));
    }

private slots:
    void init()
    {
        m_runs.clear();
        m_sim = std::make_unique<sim::Simulator>(m_clock);
        m_sim->setRequiredToken(kToken);
        QVERIFY(m_sim->listen());
        m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("media"));
        m_sim->fleet().addRunner(QStringLiteral("acme/media"), QStringLiteral("macmini-runner"),
                                 { QStringLiteral("macmini") });
    }

    void cleanup()
    {
        logout(); // every test starts with an empty keychain
        m_sim.reset();
    }

    void loginThenStatusUsesTheKeychain()
    {
        const Run in = login(kToken);
        QCOMPARE(in.exitCode, 0);
        const QRegularExpression loggedIn(QStringLiteral(
            "Logged in to 127\\.0\\.0\\.1 as (\\S+); the token is in the OS keychain"));
        const auto match = loggedIn.match(QString::fromUtf8(in.out));
        QVERIFY2(match.hasMatch(), in.out.constData());
        const QString login = match.captured(1);

        const Run checked = status({ QStringLiteral("--json") });
        QCOMPARE(checked.exitCode, 0);
        QCOMPARE(checked.json()[u"connection"][u"state"].toString(), QStringLiteral("ok"));
        QCOMPARE(m_sim->lastAuthorization(), QStringLiteral("Bearer ") + kToken);

        const Run who = authStatus();
        QCOMPARE(who.exitCode, 0);
        QVERIFY2(who.out.contains(login.toUtf8()), who.out.constData());
        QVERIFY2(who.out.contains("OS keychain"), who.out.constData());
        QVERIFY(who.out.contains("127.0.0.1"));

        const QJsonObject json = authStatus({ QStringLiteral("--json") }).json();
        QCOMPARE(json[u"origin"].toString(), QStringLiteral("keychain"));
        QCOMPARE(json[u"login"].toString(), login);
        QCOMPARE(json[u"host"].toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(json[u"connection"][u"state"].toString(), QStringLiteral("ok"));
    }

    void authStatusChecksTargets()
    {
        QCOMPARE(login(kToken).exitCode, 0);
        const Run run = authStatus({ QStringLiteral("--json"), QStringLiteral("--repo"),
                                     QStringLiteral("acme/media"), QStringLiteral("--repo"),
                                     QStringLiteral("acme/nothing-here") });
        const QJsonArray targets = run.json()[u"targets"].toArray();
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(0)[u"name"].toString(), QStringLiteral("acme/media"));
        QCOMPARE(targets.at(0)[u"can_list_runners"].toBool(), true);
        QCOMPARE(targets.at(1)[u"name"].toString(), QStringLiteral("acme/nothing-here"));
        QCOMPARE(targets.at(1)[u"ok"].toBool(), false);
        QCOMPARE(run.exitCode, 3); // a target that cannot be watched is configuration
    }

    void environmentWinsOverTheKeychain()
    {
        QCOMPARE(login(kToken).exitCode, 0);
        const QHash<QString, QString> env { { QStringLiteral("GH_TOKEN"),
                                              QStringLiteral("ghp_fromTheEnvironment0000") } };
        const Run rejected = status({ QStringLiteral("--json") }, env);
        QCOMPARE(rejected.exitCode, 3);
        QCOMPARE(rejected.json()[u"connection"][u"state"].toString(),
                 QStringLiteral("auth_failed"));
        const Run who = authStatus({ QStringLiteral("--json") }, env);
        QCOMPARE(who.json()[u"origin"].toString(), QStringLiteral("GH_TOKEN"));
        QCOMPARE(who.exitCode, 3);
    }

    void logoutRemovesTheToken()
    {
        QCOMPARE(login(kToken).exitCode, 0);
        const Run out = logout();
        QCOMPARE(out.exitCode, 0);
        QVERIFY2(out.out.contains("Removed the token for 127.0.0.1"), out.out.constData());

        const Run checked = status();
        QCOMPARE(checked.exitCode, 3);
        QVERIFY2(checked.err.contains("relayqctl auth login --with-token"),
                 checked.err.constData());
        QCOMPARE(authStatus().exitCode, 3);

        const Run again = logout();
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("no token"), again.out.constData());
    }

    void logoutSaysWhenAVariableStillProvidesAToken()
    {
        const Run out = relayqctl(withApi({ QStringLiteral("auth"), QStringLiteral("logout") }), {},
                                  { { QStringLiteral("GITHUB_TOKEN"), QStringLiteral("x") } });
        QCOMPARE(out.exitCode, 0);
        QVERIFY2(out.err.contains("GITHUB_TOKEN is still set"), out.err.constData());
    }

    void rejectedTokenIsNotStored()
    {
        const Run in = login(QStringLiteral("ghp_wrongTOKEN0123456789abcdef"));
        QCOMPARE(in.exitCode, 3);
        QVERIFY2(in.err.contains("rejected"), in.err.constData());
        QVERIFY(in.err.contains("nothing was stored"));
        QVERIFY(m_sim->counters().unauthorized > 0); // GitHub really was asked
        const Run checked = status();
        QCOMPARE(checked.exitCode, 3);
        QVERIFY(checked.err.contains("No GitHub token"));
    }

    void emptyInputIsRefused()
    {
        const Run in = relayqctl(withApi({ QStringLiteral("auth"), QStringLiteral("login"),
                                           QStringLiteral("--with-token") }),
                                 "\n");
        QCOMPARE(in.exitCode, 3);
        QVERIFY(in.err.contains("No token on standard input"));
        QCOMPARE(m_sim->counters().requests, 0);
    }

    void keychainUnusableSaysSoAndStoresNothing()
    {
        // A session bus nobody listens on: QtKeychain cannot reach any Secret Service.
        const QHash<QString, QString> noBus {
            { QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
              QStringLiteral("unix:path=/nonexistent/relayq-test-bus") },
            { QStringLiteral("DISPLAY"), QString() }, // no autolaunch
        };
        const Run in = relayqctl(withApi({ QStringLiteral("auth"), QStringLiteral("login"),
                                           QStringLiteral("--with-token") }),
                                 kToken.toUtf8() + '\n', noBus);
        QCOMPARE(in.exitCode, 2);
        QVERIFY2(in.err.contains("Nothing was stored"), in.err.constData());
        QVERIFY(!in.out.contains("Logged in"));
        // The working keychain has nothing either.
        const Run checked = status();
        QCOMPARE(checked.exitCode, 3);
        // And status without a keychain says what failed, in words, beside the login hint.
        const Run blind = status({}, noBus);
        QCOMPARE(blind.exitCode, 3);
        QVERIFY(blind.err.contains("relayqctl auth login --with-token"));
        // The keychain's own words come on top of the hint a working, empty keychain gives.
        QVERIFY2(blind.err.size() > checked.err.size(), blind.err.constData());
    }

    void tokenNowhereInOutputArgvOrHome()
    {
        QCOMPARE(login(kToken, { QStringLiteral("-vv") }).exitCode, 0);
        QCOMPARE(status({ QStringLiteral("-vv") }).exitCode, 0);
        QCOMPARE(authStatus({ QStringLiteral("-vv"), QStringLiteral("--repo"),
                              QStringLiteral("acme/media") })
                     .exitCode,
                 0);
        sim::SimFault fault;
        fault.kind = sim::SimFault::Kind::Status;
        fault.status = 401;
        m_sim->addFault(fault);
        QCOMPARE(status({ QStringLiteral("-vv") }).exitCode, 3);
        QCOMPARE(authStatus({ QStringLiteral("-vv") }).exitCode, 3);
        m_sim->clearFaults();

        QVERIFY(m_runs.size() >= 5);
        for (const Run &run : std::as_const(m_runs)) {
            QVERIFY(!run.shows(kToken));
            QVERIFY(!run.arguments.join(u' ').contains(kToken));
        }
        QVERIFY(!m_runs.first().err.isEmpty()); // -vv really logged

        // Still logged in: the token is in the keychain, and in no file under HOME.
        const QString home = testHome();
        QVERIFY(!home.isEmpty());
        int files = 0;
        QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            QVERIFY2(!file.readAll().contains(kToken.toUtf8()), qPrintable(file.fileName()));
        }
        QVERIFY(files > 0); // the keyring file at least
    }
};

QTEST_GUILESS_MAIN(TestRelayqctlAuth)
#include "TestRelayqctlAuth.moc"
