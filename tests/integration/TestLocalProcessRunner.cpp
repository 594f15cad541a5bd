// LocalProcessRunner with real child processes: arguments without a shell, stdin written and
// closed, the environment merged, exit codes and output, a program that is not there, the
// timeout, and answers that never reach a destroyed context.

#include "LocalProcessRunner.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace relayq;

class TestLocalProcessRunner : public QObject
{
    Q_OBJECT

private:
    LocalProcessRunner m_runner;

    std::optional<ProcessOutcome> runAndWait(const ProcessRequest &request, int waitMs = 20000)
    {
        std::optional<ProcessOutcome> outcome;
        int calls = 0;
        m_runner.run(request, this, [&](const ProcessOutcome &o) {
            outcome = o;
            ++calls;
        });
        if (outcome)
            return std::nullopt; // answered inside run(): callers would be surprised
        QDeadlineTimer deadline(waitMs);
        while (!outcome && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        QCoreApplication::processEvents(); // a second answer would be queued by now
        if (calls > 1)
            return std::nullopt;
        return outcome;
    }

    static ProcessRequest shell(const QString &script)
    {
        ProcessRequest request;
        request.program = QStringLiteral("/bin/sh");
        request.arguments = { QStringLiteral("-c"), script };
        return request;
    }

private slots:
    void argumentsGoToTheProgramAsTheyAre()
    {
        ProcessRequest request;
        request.program = QStringLiteral("printf"); // found in PATH
        request.arguments
            = { QStringLiteral("%s|%s"), QStringLiteral("a b; echo x"), QStringLiteral("$HOME") };
        const auto outcome = runAndWait(request);
        QVERIFY(outcome);
        QVERIFY(outcome->succeeded());
        QCOMPARE(outcome->standardOutput, QByteArrayLiteral("a b; echo x|$HOME")); // no shell
    }

    void standardInputIsWrittenThenClosed()
    {
        ProcessRequest request;
        request.program = QStringLiteral("cat");
        request.standardInput = QByteArrayLiteral("line one\nsecret-ish\n");
        const auto outcome = runAndWait(request);
        QVERIFY(outcome);
        QVERIFY(outcome->succeeded()); // cat only ends when stdin is closed
        QCOMPARE(outcome->standardOutput, request.standardInput);

        ProcessRequest empty;
        empty.program = QStringLiteral("cat");
        const auto nothing = runAndWait(empty);
        QVERIFY(nothing && nothing->succeeded()); // closed even with nothing to write
        QVERIFY(nothing->standardOutput.isEmpty());
    }

    void extraEnvironmentIsMergedOverTheInheritedOne()
    {
        qputenv("RELAYQ_INHERITED", "from-parent");
        qputenv("RELAYQ_OVERRIDDEN", "old");
        ProcessRequest request
            = shell(QStringLiteral("printf '%s %s %s' \"$RELAYQ_INHERITED\" \"$RELAYQ_OVERRIDDEN\" "
                                   "\"$RELAYQ_EXTRA\""));
        request.extraEnvironment.insert(QStringLiteral("RELAYQ_OVERRIDDEN"), QStringLiteral("new"));
        request.extraEnvironment.insert(QStringLiteral("RELAYQ_EXTRA"), QStringLiteral("extra"));
        const auto outcome = runAndWait(request);
        QVERIFY(outcome && outcome->succeeded());
        QCOMPARE(outcome->standardOutput, QByteArrayLiteral("from-parent new extra"));
    }

    void exitCodeStandardErrorAndWorkingDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ProcessRequest request = shell(QStringLiteral("pwd; echo oops >&2; exit 3"));
        request.workingDirectory = dir.path();
        const auto outcome = runAndWait(request);
        QVERIFY(outcome);
        QVERIFY(outcome->started);
        QVERIFY(!outcome->succeeded());
        QVERIFY(!outcome->timedOut && !outcome->crashed);
        QCOMPARE(outcome->exitCode, 3);
        QCOMPARE(outcome->standardError, QByteArrayLiteral("oops\n"));
        QCOMPARE(QString::fromUtf8(outcome->standardOutput).trimmed(),
                 QDir(dir.path()).canonicalPath());
    }

    void aMissingProgramDoesNotStart()
    {
        ProcessRequest request;
        request.program = QStringLiteral("relayq-no-such-program");
        const auto outcome = runAndWait(request);
        QVERIFY(outcome);
        QVERIFY(!outcome->started);
        QVERIFY(!outcome->succeeded());
        QVERIFY2(outcome->errorText.startsWith(
                     QLatin1String("relayq-no-such-program could not be started: ")),
                 qPrintable(outcome->errorText));
    }

    void aProgramThatHangsIsKilledAtTheTimeout()
    {
        ProcessRequest request;
        request.program = QStringLiteral(RELAYQ_TEST_DATA "/fake-gh/gh-hangs");
        request.timeoutMs = 200;
        QElapsedTimer took;
        took.start();
        const auto outcome = runAndWait(request);
        QVERIFY(outcome);
        QVERIFY(outcome->started);
        QVERIFY(outcome->timedOut);
        QVERIFY(!outcome->succeeded());
        QVERIFY(outcome->errorText.contains(QLatin1String("200 ms")));
        QVERIFY(took.elapsed() < 15000);
    }

    void aCrashIsReportedAsACrash()
    {
        const auto outcome = runAndWait(shell(QStringLiteral("kill -SEGV $$")));
        QVERIFY(outcome);
        QVERIFY(outcome->started);
        QVERIFY(outcome->crashed);
        QVERIFY(!outcome->timedOut);
        QVERIFY(!outcome->errorText.isEmpty());
    }

    void noAnswerReachesADestroyedContext()
    {
        auto *context = new QObject;
        bool called = false;
        m_runner.run(shell(QStringLiteral("echo hi")), context,
                     [&called](const ProcessOutcome &) { called = true; });
        ProcessRequest missing;
        missing.program = QStringLiteral("relayq-no-such-program");
        m_runner.run(missing, context, [&called](const ProcessOutcome &) { called = true; });
        delete context;
        // A later run that finishes after both (the same event loop delivers all three).
        const auto after = runAndWait(shell(QStringLiteral("sleep 0.2")));
        QVERIFY(after && after->succeeded());
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestLocalProcessRunner)
#include "TestLocalProcessRunner.moc"
