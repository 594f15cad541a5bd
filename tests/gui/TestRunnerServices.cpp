// Which service an action reaches for a runner: its binding first (this computer, SSH, the
// user's own commands), else a runner folder found here whose `.service` names the unit; and
// in words why there is none.

#include "RunnerServices.h"
#include "SetupDoubles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace relayq;
using relayq::test::NoProcesses;

namespace {
bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

bool makeRunner(const QString &directory, const QString &name, const QByteArray &service)
{
    if (!QDir().mkpath(directory))
        return false;
    const QByteArray json = QStringLiteral("{\"agentId\": 7, \"agentName\": \"%1\", \"poolId\": 1, "
                                           "\"gitHubUrl\": \"https://github.com/acme/app\"}")
                                .arg(name)
                                .toUtf8();
    return writeFile(QDir(directory).filePath(QStringLiteral(".runner")), json)
        && (service.isEmpty()
            || writeFile(QDir(directory).filePath(QStringLiteral(".service")), service));
}
} // namespace

class TestRunnerServices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tree;
    NoProcesses m_processes;

    QString path(const QString &relative) const { return m_tree.filePath(relative); }
    RunnerServices services(const RunnerBindingList &bindings, const QStringList &dirs)
    {
        RunnerServices result(m_processes, bindings, dirs);
        result.setUsualRoots({ path(QStringLiteral("home")) });
        return result;
    }

private slots:
    void init()
    {
        QVERIFY(m_tree.isValid());
        QVERIFY(QDir(m_tree.path()).removeRecursively());
        QVERIFY(QDir().mkpath(m_tree.path()));
    }

    void folderInAUsualPlaceNamesItsUnit()
    {
        QVERIFY(makeRunner(path(QStringLiteral("home/actions-runner")), QStringLiteral("rpi4"),
                           "actions.runner.acme-app.rpi4.service\n"));
        const RunnerService found = services({}, {}).find(QStringLiteral("RPI4"));
        QVERIFY2(found.isUsable(), qPrintable(found.problem));
        QCOMPARE(found.service->helperName(), QStringLiteral("systemd"));
        QVERIFY(found.service->describe().contains(
            QStringLiteral("actions.runner.acme-app.rpi4.service")));
        QVERIFY(found.local.has_value());
        QCOMPARE(found.local->agentId, 7);
        QCOMPARE(found.binding.kind, RunnerBinding::Kind::Local);
    }

    void bindingWinsOverTheFolder()
    {
        QVERIFY(makeRunner(path(QStringLiteral("home/actions-runner")), QStringLiteral("rpi4"),
                           "actions.runner.acme-app.rpi4.service"));
        RunnerBinding binding;
        binding.runnerName = QStringLiteral("rpi4");
        binding.kind = RunnerBinding::Kind::Commands;
        binding.startCommand = QStringLiteral("supervisorctl start runner");
        binding.stopCommand = QStringLiteral("supervisorctl stop runner");
        const RunnerService found = services({ binding }, {}).find(QStringLiteral("rpi4"));
        QVERIFY2(found.isUsable(), qPrintable(found.problem));
        QCOMPARE(found.service->helperName(), QStringLiteral("command"));
    }

    void localBindingWithoutFolderFindsItByName()
    {
        QVERIFY(makeRunner(path(QStringLiteral("home/actions-runner")), QStringLiteral("rpi4"),
                           "actions.runner.acme-app.rpi4.service"));
        RunnerBinding binding;
        binding.runnerName = QStringLiteral("rpi4");
        binding.autoRecovery = true;
        const RunnerService found = services({ binding }, {}).find(QStringLiteral("rpi4"));
        QVERIFY2(found.isUsable(), qPrintable(found.problem));
        QCOMPARE(found.service->helperName(), QStringLiteral("systemd"));
        QVERIFY(found.local.has_value());
        QVERIFY(found.binding.autoRecovery);
        binding.runnerName = QStringLiteral("elsewhere");
        QString problem;
        QVERIFY(!services({ binding }, {}).serviceFor(binding, &problem));
        QVERIFY2(problem.contains(QStringLiteral("elsewhere")), qPrintable(problem));
    }

    void sshBindingRunsSystemdRemotely()
    {
        RunnerBinding binding;
        binding.runnerName = QStringLiteral("pi-shelf");
        binding.kind = RunnerBinding::Kind::Ssh;
        binding.sshDestination = QStringLiteral("pi@shelf.local:2222");
        binding.serviceName = QStringLiteral("actions.runner.acme-app.pi-shelf");
        const RunnerService found = services({ binding }, {}).find(QStringLiteral("pi-shelf"));
        QVERIFY2(found.isUsable(), qPrintable(found.problem));
        QCOMPARE(found.service->helperName(), QStringLiteral("ssh"));
        QVERIFY(found.service->describe().contains(QStringLiteral("pi@shelf.local:2222")));
    }

    void unusableBindingsSayWhy_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ssh option as host")
            << int(RunnerBinding::Kind::Ssh) << QStringLiteral("-oProxyCommand=x")
            << QStringLiteral("unit") << QString();
        QTest::newRow("ssh without unit")
            << int(RunnerBinding::Kind::Ssh) << QStringLiteral("pi@shelf") << QString()
            << QStringLiteral("Name the systemd unit");
        QTest::newRow("commands without stop") << int(RunnerBinding::Kind::Commands) << QString()
                                               << QString() << QStringLiteral("stop command");
    }
    void unusableBindingsSayWhy()
    {
        QFETCH(int, kind);
        QFETCH(QString, destination);
        QFETCH(QString, service);
        QFETCH(QString, expected);
        RunnerBinding binding;
        binding.runnerName = QStringLiteral("r");
        binding.kind = RunnerBinding::Kind(kind);
        binding.sshDestination = destination;
        binding.serviceName = service;
        binding.startCommand = QStringLiteral("start-it");
        const RunnerService found = services({ binding }, {}).find(QStringLiteral("r"));
        QVERIFY(!found.isUsable());
        QVERIFY(!found.problem.isEmpty());
        QVERIFY2(found.problem.contains(expected), qPrintable(found.problem));
    }

    void folderWithoutServiceOrUnknownRunner()
    {
        QVERIFY(makeRunner(path(QStringLiteral("home/actions-runner")), QStringLiteral("bare"),
                           QByteArray()));
        const RunnerService bare = services({}, {}).find(QStringLiteral("bare"));
        QVERIFY(!bare.isUsable());
        QVERIFY2(bare.problem.contains(QStringLiteral("svc.sh install")), qPrintable(bare.problem));
        const RunnerService unknown = services({}, {}).find(QStringLiteral("ghost"));
        QVERIFY(!unknown.isUsable());
        QVERIFY(unknown.problem.contains(QStringLiteral("ghost")));
    }

    void allListsBindingsThenUnboundFolders()
    {
        QVERIFY(makeRunner(path(QStringLiteral("home/actions-runner")), QStringLiteral("rpi4"),
                           "actions.runner.acme-app.rpi4.service"));
        QVERIFY(makeRunner(path(QStringLiteral("home/actions-runner-2")), QStringLiteral("mini"),
                           "actions.runner.acme-app.mini.service"));
        RunnerBinding binding;
        binding.runnerName = QStringLiteral("RPI4");
        binding.kind = RunnerBinding::Kind::Commands;
        binding.startCommand = QStringLiteral("a");
        binding.stopCommand = QStringLiteral("b");
        const QList<RunnerService> all = services({ binding }, {}).all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).runnerName, QStringLiteral("RPI4"));
        QCOMPARE(all.at(0).service->helperName(), QStringLiteral("command"));
        QCOMPARE(all.at(1).runnerName, QStringLiteral("mini"));
    }
};

QTEST_GUILESS_MAIN(TestRunnerServices)
#include "TestRunnerServices.moc"
