// Reading runner directories as actions/runner writes them: camelCase keys, a BOM on some
// systems, and broken or hand-edited files that must become problems in words, never a crash.

#include "LocalRunner.h"
#include "RunnerConfigReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace relayq;

namespace {
QByteArray sample(const char *name)
{
    QFile file(QStringLiteral(RELAYQ_TEST_DATA "/runners/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

LocalRunner parsed(const char *name)
{
    LocalRunner runner;
    RunnerConfigReader::parseRunnerFile(sample(name), &runner);
    return runner;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class TestRunnerConfigReader : public QObject
{
    Q_OBJECT

private slots:
    void readsFileWithoutBom()
    {
        const LocalRunner runner = parsed("without-bom.runner");
        QVERIFY2(runner.problems.isEmpty(), qPrintable(runner.problems.join(QStringLiteral("; "))));
        QCOMPARE(runner.agentId, 42);
        QCOMPARE(runner.agentName, QStringLiteral("rpi4-runner"));
        QCOMPARE(runner.poolId, 1);
        QCOMPARE(
            runner.serverUrl,
            QStringLiteral("https://pipelines.actions.githubusercontent.com/Ab12Cd34Ef56Gh78"));
        QCOMPARE(runner.gitHubUrl, QStringLiteral("https://github.com/acme/media"));
        QCOMPARE(runner.workFolder, QStringLiteral("_work"));
        QCOMPARE(runner.ephemeral, true);
        QVERIFY(runner.isConfigured());
    }

    void readsFileWithBomAndCrLf()
    {
        QVERIFY(sample("with-bom.runner").startsWith("\xEF\xBB\xBF"));
        const LocalRunner runner = parsed("with-bom.runner");
        QVERIFY2(runner.problems.isEmpty(), qPrintable(runner.problems.join(QStringLiteral("; "))));
        QCOMPARE(runner.agentId, 17);
        QCOMPARE(runner.agentName, QStringLiteral("win-runner"));
        QCOMPARE(runner.gitHubUrl, QStringLiteral("https://github.com/acme"));
        QCOMPARE(runner.ephemeral, false); // written only for ephemeral runners
    }

    void keysMatchWhateverTheirCase()
    {
        const LocalRunner runner = parsed("pascal-case.runner");
        QVERIFY2(runner.problems.isEmpty(), qPrintable(runner.problems.join(QStringLiteral("; "))));
        QCOMPARE(runner.agentId, 7);
        QCOMPARE(runner.poolId, 2);
        QCOMPARE(runner.workFolder, QStringLiteral("/var/runner-work"));
        QCOMPARE(runner.gitHubUrl, QStringLiteral("https://ghe.example.com/platform"));
    }

    void malformedJsonIsAProblem()
    {
        const LocalRunner runner = parsed("malformed.runner");
        QCOMPARE(runner.problems.size(), 1);
        QVERIFY2(runner.problems.first().startsWith(QStringLiteral("malformed .runner: ")),
                 qPrintable(runner.problems.first()));
        QVERIFY(!runner.isConfigured());
    }

    void emptyOrNonObjectIsAProblem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4);
    }

    void emptyOrNonObjectIsAProblem()
    {
        QFETCH(QByteArray, bytes);
        LocalRunner runner;
        RunnerConfigReader::parseRunnerFile(bytes, &runner);
        QCOMPARE(runner.problems.size(), 1);
        QVERIFY(runner.problems.first().startsWith(QStringLiteral("malformed .runner")));
    }

    void missingFieldsAreNamed()
    {
        const LocalRunner runner = parsed("missing-fields.runner");
        QCOMPARE(runner.agentName, QStringLiteral("half-configured"));
        QCOMPARE(runner.problems,
                 QStringList({ QStringLiteral("no AgentId in .runner"),
                               QStringLiteral("no ServerUrl in .runner"),
                               QStringLiteral("no GitHubUrl in .runner") }));
        QVERIFY(runner.isConfigured()); // the name is enough to match it on GitHub
    }

    void wrongTypesAreNamed()
    {
        const LocalRunner runner = parsed("wrong-types.runner");
        QCOMPARE(runner.problems,
                 QStringList({ QStringLiteral("AgentId in .runner is not a whole number"),
                               QStringLiteral("AgentName in .runner is not text"),
                               QStringLiteral("PoolId in .runner is not a whole number"),
                               QStringLiteral("GitHubUrl in .runner is not text"),
                               QStringLiteral("Ephemeral in .runner is not true or false") }));
        QCOMPARE(runner.agentId, 0);
        QVERIFY(runner.agentName.isEmpty());
        QCOMPARE(runner.workFolder, QStringLiteral("_work"));
    }

    void serviceFileIsItsFirstLineTrimmed()
    {
        QCOMPARE(RunnerConfigReader::parseServiceFile(sample("linux.service")),
                 QStringLiteral("actions.runner.acme-media.rpi4-runner"));
        QCOMPARE(RunnerConfigReader::parseServiceFile("\xEF\xBB\xBF  svc.name \r\nextra"),
                 QStringLiteral("svc.name"));
        QVERIFY(RunnerConfigReader::parseServiceFile("").isEmpty());
    }

    void readsDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(write(dir.filePath(QStringLiteral(".runner")), sample("with-bom.runner")));
        QVERIFY(write(dir.filePath(QStringLiteral(".service")), sample("linux.service")));
        const LocalRunner runner = RunnerConfigReader::readDirectory(dir.path());
        QVERIFY2(runner.problems.isEmpty(), qPrintable(runner.problems.join(QStringLiteral("; "))));
        QCOMPARE(runner.directory, QDir::cleanPath(dir.path()));
        QCOMPARE(runner.agentName, QStringLiteral("win-runner"));
        QCOMPARE(runner.serviceName, QStringLiteral("actions.runner.acme-media.rpi4-runner"));
    }

    void directoryWithoutServiceHasNoServiceName()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral(".runner")), sample("without-bom.runner")));
        const LocalRunner runner = RunnerConfigReader::readDirectory(dir.path());
        QVERIFY(runner.problems.isEmpty());
        QVERIFY(runner.serviceName.isEmpty());
    }

    void directoryWithoutRunnerFileSaysSo()
    {
        QTemporaryDir dir;
        const LocalRunner runner = RunnerConfigReader::readDirectory(dir.path());
        QCOMPARE(
            runner.problems,
            QStringList { QStringLiteral("no .runner file: not a configured runner directory") });
        QVERIFY(!runner.isConfigured());
        QCOMPARE(runner.displayName(), QDir::cleanPath(dir.path()));
    }

    void missingDirectorySaysSo()
    {
        QTemporaryDir dir;
        const LocalRunner runner
            = RunnerConfigReader::readDirectory(dir.filePath(QStringLiteral("gone")));
        QCOMPARE(runner.problems, QStringList { QStringLiteral("no such directory") });
    }

    void unreadableRunnerFileSaysSo()
    {
        QTemporaryDir dir;
        // A directory where the file should be cannot be opened for reading, even as root.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral(".runner")));
        const LocalRunner runner = RunnerConfigReader::readDirectory(dir.path());
        QCOMPARE(runner.problems.size(), 1);
        QVERIFY2(runner.problems.first().startsWith(QStringLiteral("cannot read .runner")),
                 qPrintable(runner.problems.first()));
    }
};

QTEST_GUILESS_MAIN(TestRunnerConfigReader)
#include "TestRunnerConfigReader.moc"
