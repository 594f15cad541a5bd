// The German translation reaches what the code really says. A text is looked up under the
// context the code uses at run time; lupdate files it under the context it can see in the
// source. When the two differ (a local tr() helper, a free function calling an unqualified
// tr()), the .ts holds a translation that never shows. Each case here runs the real code path
// that makes a message, with the German .qm embedded in relayq_core installed, and expects the
// German of that exact context and text. A missing translation fails, naming both, so whoever
// fills the .ts files knows what to add.

#include "RunnerConfigReader.h"
#include "SettingsMigration.h"
#include "SettingsValue.h"
#include "WorkflowDefinition.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace relayq;

namespace {
const QString kToken = QStringLiteral("ghp_relayqTRANSLATIONS0123456789abcdef");

QString missing(const char *context, const char *source)
{
    return QStringLiteral("relayq_de.ts has no German for context \"%1\", text \"%2\"")
        .arg(QString::fromUtf8(context), QString::fromUtf8(source));
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}
} // namespace

// The German of (context, source) into `variable`; the test fails when the .qm has none.
#define GERMAN(variable, context, source)                                                          \
    const QString variable = QCoreApplication::translate(context, source);                         \
    QVERIFY2(!variable.isEmpty() && variable != QString::fromUtf8(source),                         \
             qPrintable(missing(context, source)))

class TestTranslationContexts : public QObject
{
    Q_OBJECT

    QTranslator m_german;
    QTemporaryDir m_home; // HOME, XDG_*, settings and runner folders for relayqctl

    QString path(const QString &relative) const { return m_home.filePath(relative); }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // relayqctl as a German-speaking user runs it: the language comes from the environment,
    // as in a desktop session.
    Run relayqctl(const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "LC_ALL", "LC_MESSAGES", "GITHUB_TOKEN", "RELAYQ_CONFIG" })
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        env.insert(QStringLiteral("GH_TOKEN"), kToken);
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/relayq-test-bus"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RELAYQCTL_PATH), arguments);
        Run run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_german.load(QStringLiteral(":/i18n/relayq_de.qm")),
                 "relayq_core embeds no :/i18n/relayq_de.qm");
        QVERIFY(QCoreApplication::installTranslator(&m_german));
    }

    // relayqctl's report, with a problem RunnerConfigReader found in words inside it.
    void cliRunnersReport()
    {
        GERMAN(directoryLine, "relayqctl", "directory: %1");
        GERMAN(noRunnerFile, "relayq::RunnerConfigReader",
               "no .runner file: not a configured runner directory");
        GERMAN(problemLine, "relayqctl", "problem:   %1");
        const QString folder = path(QStringLiteral("not-a-runner"));
        QVERIFY(QDir().mkpath(folder));
        const QString settings = path(QStringLiteral("relayq.ini"));
        QVERIFY(writeFile(settings, "[meta]\nschema_version=2\n"));

        const Run run = relayqctl({ QStringLiteral("runners"), QStringLiteral("--runner-dir"),
                                    folder, QStringLiteral("--config"), settings });
        QVERIFY2(run.exitCode >= 0, "relayqctl did not finish");
        QVERIFY2(run.out.contains(directoryLine.arg(QDir::toNativeSeparators(folder))),
                 qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(problemLine.arg(noRunnerFile)), qPrintable(run.out + run.err));
    }

    // CommandService's words (a free function's among them) through relayqctl restart, while
    // GitHub cannot be reached: the user's start command fails.
    void commandServiceThroughRestart()
    {
        GERMAN(couldNotRestart, "relayqctl", "Could not restart %1: %2");
        GERMAN(startFailed, "relayq::CommandService", "The start command failed: %1");
        GERMAN(exitCode, "relayq::CommandService", "exit code %1");
        const QString succeeds = QStandardPaths::findExecutable(QStringLiteral("true"));
        const QString fails = QStandardPaths::findExecutable(QStringLiteral("false"));
        QVERIFY(!succeeds.isEmpty() && !fails.isEmpty());
        QTcpServer closed; // a loopback port nobody listens on once it is closed again
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const QString settings = path(QStringLiteral("restart.ini"));
        const QString ini
            = QStringLiteral("[meta]\nschema_version=2\n\n[targets]\nlist=acme/app\n\n"
                             "[runner_bindings]\nsize=1\n1\\runner=svc-runner\n"
                             "1\\kind=commands\n1\\start=%1\n1\\stop=%2\n")
                  .arg(fails, succeeds);
        QVERIFY(writeFile(settings, ini.toUtf8()));

        const Run run
            = relayqctl({ QStringLiteral("restart"), QStringLiteral("svc-runner"),
                          QStringLiteral("--config"), settings, QStringLiteral("--api-url"),
                          QStringLiteral("http://127.0.0.1:%1").arg(port) });
        QVERIFY2(run.exitCode > 0, qPrintable(run.out + run.err));
        const QString expected
            = couldNotRestart.arg(QStringLiteral("svc-runner"), startFailed.arg(exitCode.arg(1)));
        QVERIFY2(
            run.out.contains(expected),
            qPrintable(QStringLiteral("expected: %1\ngot: %2").arg(expected, run.out + run.err)));
    }

    // A free function of SettingsValue checking one binding.
    void settingsValue()
    {
        GERMAN(dash, "relayq::SettingsValue",
               "The SSH destination must not start with '-'; \"%1\" was given.");
        RunnerBinding binding;
        binding.runnerName = QStringLiteral("gpu-1");
        binding.kind = RunnerBinding::Kind::Ssh;
        binding.sshDestination = QStringLiteral("-oProxyCommand=x");
        binding.directory = QStringLiteral("/home/ci/actions-runner");
        const auto problem = SettingsValue::checkBinding(binding);
        QVERIFY(problem.has_value());
        QCOMPARE(problem->message, dash.arg(binding.sshDestination));
    }

    // A free function of SettingsMigration carrying a version 1 file over.
    void settingsMigration()
    {
        GERMAN(notASwitch, "relayq::SettingsMigration",
               "notify = \"%1\" is not true or false, so it was left as it was.");
        const QString file = path(QStringLiteral("v1.ini"));
        QVERIFY(writeFile(file, "notify=maybe\n"));
        QSettings settings(file, QSettings::IniFormat);
        const QStringList problems = SettingsMigration::migrateFromVersion1(settings);
        QVERIFY2(problems.contains(notASwitch.arg(QStringLiteral("maybe"))),
                 qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The reader of .runner files (its field reader was a class of its own lupdate did not
    // know).
    void runnerConfigReader()
    {
        GERMAN(noField, "relayq::RunnerConfigReader", "no %1 in .runner");
        LocalRunner runner;
        RunnerConfigReader::parseRunnerFile(R"({"agentId": 7, "poolId": 1})", &runner);
        QVERIFY2(runner.problems.contains(noField.arg(QStringLiteral("AgentName"))),
                 qPrintable(runner.problems.join(QLatin1Char('\n'))));
    }

    // A free function of WorkflowDefinition reading the inputs.
    void workflowDefinition()
    {
        GERMAN(unknownType, "relayq::WorkflowDefinition",
               "Input “%1” has the unknown type “%2”; it is treated as text.");
        const WorkflowDefinition definition = WorkflowDefinition::parse(
            "on:\n  workflow_dispatch:\n    inputs:\n      size:\n        type: huge\n");
        QVERIFY2(definition.problem.isEmpty(), qPrintable(definition.problem));
        QCOMPARE(definition.warnings,
                 QStringList { unknownType.arg(QStringLiteral("size"), QStringLiteral("huge")) });
    }
};

QTEST_GUILESS_MAIN(TestTranslationContexts)
#include "TestTranslationContexts.moc"
