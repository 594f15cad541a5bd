// "Import from GitHub CLI" through the real LocalProcessRunner and a fake `gh`
// (tests/data/fake-gh/gh): the token when logged in, gh's own words when not, a missing gh,
// and a gh that never answers.

#include "GitHubCliToken.h"
#include "LocalProcessRunner.h"

#include <QDeadlineTimer>
#include <QTest>

#include <optional>

using namespace relayq;

class TestGitHubCliToken : public QObject
{
    Q_OBJECT

private:
    LocalProcessRunner m_runner;

    std::optional<GitHubCliTokenResult> fetch(GitHubCliToken &cli, const QString &host)
    {
        std::optional<GitHubCliTokenResult> result;
        cli.fetch(host, this, [&result](const GitHubCliTokenResult &r) { result = r; });
        QDeadlineTimer deadline(20000);
        while (!result && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        return result;
    }

    static QString fakeGh() { return QStringLiteral(RELAYQ_TEST_DATA "/fake-gh/gh"); }

private slots:
    void takesTheTokenOfALoggedInGh()
    {
        GitHubCliToken cli(m_runner, fakeGh());
        const auto result = fetch(cli, QStringLiteral("github.com"));
        QVERIFY(result);
        QVERIFY2(result->isOk(), qPrintable(result->message));
        QCOMPARE(result->token, QStringLiteral("gho_fakeCliToken0123456789")); // trimmed
        QVERIFY(result->message.isEmpty());
    }

    void notLoggedInSaysWhatGhSaidAndWhatToDo()
    {
        GitHubCliToken cli(m_runner, fakeGh());
        const auto result = fetch(cli, QStringLiteral("ghe.example.com"));
        QVERIFY(result);
        QVERIFY(!result->isOk());
        QVERIFY(result->token.isEmpty());
        QVERIFY2(result->message.contains(QLatin1String("not logged in to ghe.example.com")),
                 qPrintable(result->message));
        QVERIFY(
            result->message.contains(QLatin1String("You are not logged into any GitHub hosts")));
        QVERIFY(
            result->message.contains(QLatin1String("gh auth login --hostname ghe.example.com")));
    }

    void aMissingGhIsNotInstalled()
    {
        GitHubCliToken cli(m_runner, QStringLiteral("relayq-no-such-gh"));
        const auto result = fetch(cli, QStringLiteral("github.com"));
        QVERIFY(result);
        QVERIFY(!result->isOk());
        QVERIFY2(result->message.startsWith(QLatin1String("The GitHub CLI (gh) is not installed")),
                 qPrintable(result->message));
        QVERIFY(result->message.contains(QLatin1String("https://cli.github.com")));
    }

    void aGhThatNeverAnswersIsStopped()
    {
        GitHubCliToken cli(m_runner, QStringLiteral(RELAYQ_TEST_DATA "/fake-gh/gh-hangs"));
        cli.setTimeoutMs(200);
        const auto result = fetch(cli, QStringLiteral("github.com"));
        QVERIFY(result);
        QVERIFY(!result->isOk());
        QVERIFY2(result->message.contains(QLatin1String("gave no answer")),
                 qPrintable(result->message));
    }

    void webHostForAnApiHost()
    {
        QCOMPARE(GitHubCliToken::webHostFor(QStringLiteral("api.github.com")),
                 QStringLiteral("github.com"));
        QCOMPARE(GitHubCliToken::webHostFor(QStringLiteral("ghe.example.com")),
                 QStringLiteral("ghe.example.com"));
    }
};

QTEST_GUILESS_MAIN(TestGitHubCliToken)
#include "TestGitHubCliToken.moc"
