// Finding runners on this machine over a throwaway tree: configured directories always shown
// (with their problem), usual places only when they hold a runner, each directory once.

#include "LocalRunner.h"
#include "RunnerDiscovery.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace relayq;

namespace {
bool makeRunner(const QString &directory, qint64 id, const QString &name)
{
    if (!QDir().mkpath(directory))
        return false;
    QFile file(QDir(directory).filePath(QStringLiteral(".runner")));
    const QByteArray json = QByteArray("\xEF\xBB\xBF") // a BOM, as on Windows
        + QStringLiteral("{\"agentId\": %1, \"agentName\": \"%2\", "
                         "\"poolId\": 1, \"serverUrl\": \"https://x\", "
                         "\"gitHubUrl\": \"https://github.com/acme\", "
                         "\"workFolder\": \"_work\"}")
              .arg(id)
              .arg(name)
              .toUtf8();
    return file.open(QIODevice::WriteOnly) && file.write(json) == json.size();
}

QStringList namesOf(const QList<LocalRunner> &runners)
{
    QStringList names;
    for (const LocalRunner &runner : runners)
        names.append(runner.displayName());
    return names;
}
} // namespace

class TestRunnerDiscovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tree;
    QString path(const QString &relative) const { return m_tree.filePath(relative); }

private slots:
    void init()
    {
        QVERIFY(m_tree.isValid());
        QVERIFY(QDir(m_tree.path()).removeRecursively());
        QVERIFY(QDir().mkpath(m_tree.path()));
    }

    void findsRunnersInUsualPlaces()
    {
        QVERIFY(makeRunner(path(QStringLiteral("home/actions-runner")), 1, QStringLiteral("a")));
        QVERIFY(makeRunner(path(QStringLiteral("home/actions-runner-2")), 2, QStringLiteral("b")));
        QVERIFY(makeRunner(path(QStringLiteral("opt/actions-runner")), 3, QStringLiteral("c")));
        const QList<LocalRunner> found = RunnerDiscovery::discover(
            {}, { path(QStringLiteral("home")), path(QStringLiteral("opt")) });
        QCOMPARE(namesOf(found),
                 QStringList({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
        QCOMPARE(found.at(2).agentId, 3);
        QVERIFY(found.at(0).problems.isEmpty());
    }

    void ignoresNonRunnersInUsualPlaces()
    {
        // Unpacked but never configured, named differently, or a plain file: not runners.
        QVERIFY(QDir().mkpath(path(QStringLiteral("home/actions-runner-unpacked"))));
        QVERIFY(makeRunner(path(QStringLiteral("home/my-runner")), 4, QStringLiteral("d")));
        QFile file(path(QStringLiteral("home/actions-runner.tar.gz")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(RunnerDiscovery::discover({}, { path(QStringLiteral("home")) }).isEmpty());
        // A root that does not exist is no error.
        QVERIFY(RunnerDiscovery::discover({}, { path(QStringLiteral("nowhere")) }).isEmpty());
    }

    void configuredDirectoriesComeFirstAndAlwaysShow()
    {
        QVERIFY(makeRunner(path(QStringLiteral("home/actions-runner")), 1, QStringLiteral("a")));
        QVERIFY(makeRunner(path(QStringLiteral("srv/my-runner")), 4, QStringLiteral("d")));
        QVERIFY(QDir().mkpath(path(QStringLiteral("srv/empty"))));
        const QList<LocalRunner> found
            = RunnerDiscovery::discover({ path(QStringLiteral("srv/my-runner")),
                                          path(QStringLiteral("srv/empty")), QStringLiteral(" ") },
                                        { path(QStringLiteral("home")) });
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).agentName, QStringLiteral("d"));
        QCOMPARE(found.at(1).directory, QDir::cleanPath(path(QStringLiteral("srv/empty"))));
        QCOMPARE(
            found.at(1).problems,
            QStringList { QStringLiteral("no .runner file: not a configured runner directory") });
        QCOMPARE(found.at(2).agentName, QStringLiteral("a"));
    }

    void eachDirectoryOnce()
    {
        const QString runner = path(QStringLiteral("home/actions-runner"));
        QVERIFY(makeRunner(runner, 1, QStringLiteral("a")));
        QVERIFY(QDir().mkpath(path(QStringLiteral("links"))));
        const QString link = path(QStringLiteral("links/actions-runner-link"));
        QVERIFY(QFile::link(runner, link));
        const QList<LocalRunner> found = RunnerDiscovery::discover(
            { runner + QStringLiteral("/"), path(QStringLiteral("home/../home/actions-runner")),
              link },
            { path(QStringLiteral("home")), path(QStringLiteral("links")) });
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().agentName, QStringLiteral("a"));
        QCOMPARE(found.first().directory, QDir::cleanPath(runner)); // as the user wrote it
    }

    void usualRootsIncludeHome()
    {
        QVERIFY(RunnerDiscovery::usualRoots().contains(QDir::homePath()));
    }
};

QTEST_MAIN(TestRunnerDiscovery)
#include "TestRunnerDiscovery.moc"
