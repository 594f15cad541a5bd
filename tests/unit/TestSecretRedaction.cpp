// What the log's redaction masks: each GitHub token shape, credentials by where they stand
// (Authorization header, …TOKEN=, a JSON "token", --token), registered secrets wherever they
// appear; what it leaves alone (ordinary words about tokens, short values); at most 4
// characters of a secret survive.

#include "SecretRedaction.h"

#include <QTest>

using namespace relayq;

namespace {
// Real-looking values: 36 characters after the prefix as GitHub makes them.
const QString kClassic = QStringLiteral("ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ");
const QString kRunnerToken = QStringLiteral("AABBCCDDEEFFGGHHIIJJKKLLMM123"); // no prefix
} // namespace

class TestSecretRedaction : public QObject
{
    Q_OBJECT

private slots:
    void masksTokenShapes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        const QString tail = QStringLiteral("1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ");
        for (const char *prefix : { "ghp_", "gho_", "ghu_", "ghs_", "ghr_" }) {
            const QString p = QString::fromLatin1(prefix);
            QTest::newRow(prefix) << QStringLiteral("using %1 now").arg(p + tail)
                                  << QStringLiteral("using %1…[redacted] now").arg(p);
        }
        QTest::newRow("github_pat_")
            << QStringLiteral("token github_pat_11ABCDEFG0_abcdefghijklmnopqrstuvwxyz0123 read")
            << QStringLiteral("token gith…[redacted] read");
        QTest::newRow("Authorization: Bearer")
            << QStringLiteral("> Authorization: Bearer %1").arg(kClassic)
            << QStringLiteral("> Authorization: Bearer ghp_…[redacted]");
        QTest::newRow("Authorization: token")
            << QStringLiteral("authorization: token 0123456789abcdef0123 sent")
            << QStringLiteral("authorization: token 0123…[redacted] sent");
        QTest::newRow("Authorization in JSON")
            << QStringLiteral(R"({"Authorization": "Bearer sEcReTvAlUe0123456789"})")
            << QStringLiteral(R"({"Authorization": "Bearer sEcR…[redacted]"})");
        QTest::newRow("ACTIONS_RUNNER_INPUT_TOKEN")
            << QStringLiteral("ACTIONS_RUNNER_INPUT_TOKEN=%1 ./config.sh").arg(kRunnerToken)
            << QStringLiteral("ACTIONS_RUNNER_INPUT_TOKEN=AABB…[redacted] ./config.sh");
        QTest::newRow("GH_TOKEN=") << QStringLiteral("GH_TOKEN='abcdefghijklmnop'")
                                   << QStringLiteral("GH_TOKEN='abcd…[redacted]'");
        QTest::newRow("--token X")
            << QStringLiteral("./config.sh --url https://github.com/acme/app --token %1 --replace")
                   .arg(kRunnerToken)
            << QStringLiteral("./config.sh --url https://github.com/acme/app --token "
                              "AABB…[redacted] --replace");
        QTest::newRow("--token=X") << QStringLiteral("config.sh --token=%1").arg(kRunnerToken)
                                   << QStringLiteral("config.sh --token=AABB…[redacted]");
        QTest::newRow("JSON token field")
            << QStringLiteral(R"({"token":"%1","expires_at":"2024-05-01T12:00:00Z"})")
                   .arg(kRunnerToken)
            << QStringLiteral(R"({"token":"AABB…[redacted]","expires_at":"2024-05-01T12:00:00Z"})");
        QTest::newRow("access_token in a URL")
            << QStringLiteral("GET https://h/x?access_token=abcdef0123456789&page=2")
            << QStringLiteral("GET https://h/x?access_token=abcd…[redacted]&page=2");
        QTest::newRow("two in a line")
            << QStringLiteral("old %1, new gho_ZZZZZZZZZZZZZZZZZZZZZZZZ").arg(kClassic)
            << QStringLiteral("old ghp_…[redacted], new gho_…[redacted]");
    }

    void masksTokenShapes()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        QCOMPARE(SecretRedaction().redact(line), expected);
    }

    void leavesOrdinaryTextAlone_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("words about tokens")
            << QStringLiteral("Could not read the token: the keychain is locked.");
        QTest::newRow("demo target") << QStringLiteral("Polling relayq-demo/media-jobs every 10 s");
        QTest::newRow("bare prefix") << QStringLiteral("tokens start with ghp_ or github_pat_");
        QTest::newRow("url") << QStringLiteral("GET https://api.github.com/repos/acme/app 200");
        QTest::newRow("already masked") << QStringLiteral("GH_TOKEN=ghp_…[redacted] is set");
    }

    void leavesOrdinaryTextAlone()
    {
        QFETCH(QString, line);
        QCOMPARE(SecretRedaction().redact(line), line);
    }

    void masksRegisteredSecretsEverywhere()
    {
        SecretRedaction redaction;
        const QString secret = QStringLiteral("tok-s3cr3t-v4lue");
        QCOMPARE(redaction.redact(QStringLiteral("a %1 b").arg(secret)),
                 QStringLiteral("a %1 b").arg(secret)); // not known yet: nothing by shape
        redaction.addSecret(secret);
        QCOMPARE(redaction.redact(QStringLiteral("a %1 b %1%1").arg(secret)),
                 QStringLiteral("a tok-…[redacted] b tok-…[redacted]tok-…[redacted]"));
    }

    void ignoresShortSecrets()
    {
        SecretRedaction redaction;
        redaction.addSecret(QStringLiteral("demo")); // the demo's stand-in token
        redaction.addSecret(QString());
        const QString line = QStringLiteral("watching relayq-demo/media-jobs");
        QCOMPARE(redaction.redact(line), line);
    }

    void keepsAtMostFourCharacters()
    {
        QCOMPARE(SecretRedaction::mask(kClassic), QStringLiteral("ghp_…[redacted]"));
        QCOMPARE(SecretRedaction::mask(u"12345678"), QStringLiteral("12…[redacted]"));
        QCOMPARE(SecretRedaction::mask(u"abc"), QStringLiteral("…[redacted]"));
    }

    void overlappingFindsMakeOneMask()
    {
        SecretRedaction redaction;
        redaction.addSecret(kClassic); // found by shape, by header and as registered
        QCOMPARE(redaction.redact(QStringLiteral("Authorization: Bearer %1 sent").arg(kClassic)),
                 QStringLiteral("Authorization: Bearer ghp_…[redacted] sent"));
    }

    void keepsTheNewestSecretsWhenFull()
    {
        SecretRedaction redaction;
        const auto secret = [](int i) {
            return QStringLiteral("secret-number-%1").arg(i, 2, 10, QLatin1Char('0'));
        };
        for (int i = 0; i <= SecretRedaction::kMaximumSecrets; ++i)
            redaction.addSecret(secret(i));
        QCOMPARE(redaction.redact(secret(0)), secret(0)); // the oldest made room
        QCOMPARE(redaction.redact(secret(SecretRedaction::kMaximumSecrets)),
                 QStringLiteral("secr…[redacted]"));
        QCOMPARE(redaction.redact(secret(1)), QStringLiteral("secr…[redacted]"));
    }
};

QTEST_GUILESS_MAIN(TestSecretRedaction)
#include "TestSecretRedaction.moc"
