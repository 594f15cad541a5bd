// The runner binding form driven with the keyboard: only the chosen kind's fields are shown and
// come out, OK stays disabled while a rule is broken with the message next to the field it is
// about, and each kind goes in and comes out unchanged.

#include "RunnerBindingDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <memory>

using namespace relayq;

class TestRunnerBindingDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<RunnerBindingDialog> m_dialog;

    template<typename T> T *child(const QString &name)
    {
        T *found = m_dialog->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }

    QPushButton *okButton()
    {
        return child<QDialogButtonBox>(QStringLiteral("bindingButtons"))
            ->button(QDialogButtonBox::Ok);
    }

    void type(const QString &field, const QString &text)
    {
        auto *edit = child<QLineEdit>(field);
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            QTest::keyClicks(edit, text);
        QCOMPARE(edit->text(), text);
    }

    void chooseKind(RunnerBinding::Kind kind)
    {
        auto *combo = child<QComboBox>(QStringLiteral("bindingKind"));
        const int index = combo->findData(int(kind));
        QVERIFY(index >= 0);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentIndex(), index);
    }

    // The message under `field`, or empty when none is shown.
    QString problemAt(const QString &field)
    {
        auto *label = child<QLabel>(field + QStringLiteral("Problem"));
        return label->isVisible() ? label->text() : QString();
    }

private slots:
    void init()
    {
        m_dialog = std::make_unique<RunnerBindingDialog>();
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup() { m_dialog.reset(); }

    void emptyFormAsksForTheRunnerName()
    {
        QVERIFY(!okButton()->isEnabled());
        QCOMPARE(problemAt(QStringLiteral("bindingRunnerName")),
                 QStringLiteral("Type the runner's name as GitHub shows it."));
        QCOMPARE(m_dialog->problem(), QStringLiteral("Type the runner's name as GitHub shows it."));
        // This computer is the first choice, and a folder is not required there.
        type(QStringLiteral("bindingRunnerName"), QStringLiteral("build-1"));
        QVERIFY(okButton()->isEnabled());
        QCOMPARE(problemAt(QStringLiteral("bindingRunnerName")), QString());
    }

    void localBindingComesOut()
    {
        QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
        type(QStringLiteral("bindingRunnerName"), QStringLiteral("  build-1 "));
        type(QStringLiteral("bindingDirectory"), QStringLiteral("actions-runner"));
        QCOMPARE(problemAt(QStringLiteral("bindingDirectory")),
                 QStringLiteral("The runner folder must be a full path; \"actions-runner\" was "
                                "given."));
        QVERIFY(!okButton()->isEnabled());
        QTest::mouseClick(okButton(), Qt::LeftButton);
        QCOMPARE(accepted.count(), 0);

        type(QStringLiteral("bindingDirectory"), QStringLiteral("/opt/actions-runner/"));
        QCOMPARE(problemAt(QStringLiteral("bindingDirectory")), QString());
        QTest::keyClick(child<QCheckBox>(QStringLiteral("bindingAutoRecovery")), Qt::Key_Space);
        QVERIFY(okButton()->isEnabled());
        QTest::mouseClick(okButton(), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);

        RunnerBinding expected;
        expected.runnerName = QStringLiteral("build-1");
        expected.kind = RunnerBinding::Kind::Local;
        expected.directory = QStringLiteral("/opt/actions-runner");
        expected.autoRecovery = true;
        QCOMPARE(m_dialog->binding(), expected);
    }

    void sshShowsItsOwnFieldsOnly()
    {
        type(QStringLiteral("bindingRunnerName"), QStringLiteral("gpu-box"));
        type(QStringLiteral("bindingDirectory"), QStringLiteral("/opt/local-one"));
        chooseKind(RunnerBinding::Kind::Ssh);
        QVERIFY(!child<QLineEdit>(QStringLiteral("bindingDirectory"))->isVisible());
        QVERIFY(!child<QLineEdit>(QStringLiteral("bindingStartCommand"))->isVisible());
        QVERIFY(child<QLineEdit>(QStringLiteral("bindingSshDestination"))->isVisible());
        QCOMPARE(problemAt(QStringLiteral("bindingSshDestination")),
                 QStringLiteral("Type the SSH destination, such as ci@build-host."));
        QVERIFY(!okButton()->isEnabled());

        type(QStringLiteral("bindingSshDestination"), QStringLiteral("-oProxyCommand=touch x"));
        QCOMPARE(problemAt(QStringLiteral("bindingSshDestination")),
                 QStringLiteral("The SSH destination must not start with '-'; "
                                "\"-oProxyCommand=touch x\" was given."));
        type(QStringLiteral("bindingSshDestination"), QStringLiteral("ci@gpu.example.com"));
        QCOMPARE(problemAt(QStringLiteral("bindingSshDestination")), QString());
        QCOMPARE(problemAt(QStringLiteral("bindingRemoteDirectory")),
                 QStringLiteral("Type the runner folder on that host, or the name of its "
                                "service."));
        QVERIFY(!okButton()->isEnabled());
        type(QStringLiteral("bindingServiceName"), QStringLiteral("actions.runner.gpu.service"));
        QVERIFY2(okButton()->isEnabled(), qPrintable(m_dialog->problem()));

        // The local folder typed before is not part of an SSH binding.
        RunnerBinding expected;
        expected.runnerName = QStringLiteral("gpu-box");
        expected.kind = RunnerBinding::Kind::Ssh;
        expected.sshDestination = QStringLiteral("ci@gpu.example.com");
        expected.serviceName = QStringLiteral("actions.runner.gpu.service");
        QCOMPARE(m_dialog->binding(), expected);
    }

    void commandsNeedStartAndStop()
    {
        type(QStringLiteral("bindingRunnerName"), QStringLiteral("docker-1"));
        chooseKind(RunnerBinding::Kind::Commands);
        const QString both
            = QStringLiteral("Your own commands need a start command and a stop command.");
        QCOMPARE(problemAt(QStringLiteral("bindingStartCommand")), both);
        type(QStringLiteral("bindingStartCommand"), QStringLiteral("docker start \"runner 1\""));
        QCOMPARE(problemAt(QStringLiteral("bindingStartCommand")), QString());
        QCOMPARE(problemAt(QStringLiteral("bindingStopCommand")), both);
        QVERIFY(!okButton()->isEnabled());
        type(QStringLiteral("bindingStopCommand"), QStringLiteral("docker stop \"runner 1\""));
        QVERIFY(okButton()->isEnabled());

        // The page says how the commands are run.
        bool saysNoShell = false;
        for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(QStringLiteral("without a shell")))
                saysNoShell = true;
        }
        QVERIFY(saysNoShell);

        const RunnerBinding out = m_dialog->binding();
        QCOMPARE(out.kind, RunnerBinding::Kind::Commands);
        QCOMPARE(out.startCommand, QStringLiteral("docker start \"runner 1\""));
        QCOMPARE(out.stopCommand, QStringLiteral("docker stop \"runner 1\""));
        QCOMPARE(out.statusCommand, QString());
        QVERIFY(out.directory.isEmpty());
    }

    void runnerBoundElsewhereIsRefused()
    {
        m_dialog->setTakenNames({ QStringLiteral("Build-1") });
        type(QStringLiteral("bindingRunnerName"), QStringLiteral("build-1"));
        QCOMPARE(problemAt(QStringLiteral("bindingRunnerName")),
                 QStringLiteral("build-1 is reached another way already; edit that binding "
                                "instead."));
        QVERIFY(!okButton()->isEnabled());
        type(QStringLiteral("bindingRunnerName"), QStringLiteral("build-2"));
        QVERIFY(okButton()->isEnabled());
    }

    void eachKindGoesInAndComesOutUnchanged_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("local") << int(RunnerBinding::Kind::Local);
        QTest::newRow("ssh") << int(RunnerBinding::Kind::Ssh);
        QTest::newRow("commands") << int(RunnerBinding::Kind::Commands);
    }

    void eachKindGoesInAndComesOutUnchanged()
    {
        QFETCH(int, kind);
        RunnerBinding binding;
        binding.runnerName = QStringLiteral("runner-%1").arg(kind);
        binding.kind = static_cast<RunnerBinding::Kind>(kind);
        binding.autoRecovery = kind != int(RunnerBinding::Kind::Ssh);
        switch (binding.kind) {
        case RunnerBinding::Kind::Local:
            binding.directory = QStringLiteral("/opt/actions-runner");
            break;
        case RunnerBinding::Kind::Ssh:
            binding.sshDestination = QStringLiteral("ci@host");
            binding.directory = QStringLiteral("~/actions-runner");
            binding.serviceName = QStringLiteral("actions.runner.x.service");
            break;
        case RunnerBinding::Kind::Commands:
            binding.startCommand = QStringLiteral("supervisorctl start runner");
            binding.stopCommand = QStringLiteral("supervisorctl stop runner");
            binding.statusCommand = QStringLiteral("supervisorctl status runner");
            break;
        }
        m_dialog->setBinding(binding);
        QCOMPARE(child<QStackedWidget>(QStringLiteral("bindingKindPages"))->currentIndex(),
                 child<QComboBox>(QStringLiteral("bindingKind"))->currentIndex());
        QVERIFY2(okButton()->isEnabled(), qPrintable(m_dialog->problem()));
        QCOMPARE(m_dialog->binding(), binding);
        QCOMPARE(child<QCheckBox>(QStringLiteral("bindingAutoRecovery"))->isChecked(),
                 binding.autoRecovery);
    }

    void autoRecoveryIsOffUntilAskedFor()
    {
        auto *box = child<QCheckBox>(QStringLiteral("bindingAutoRecovery"));
        QVERIFY(!box->isChecked());
        QVERIFY(box->text().contains(QStringLiteral("at most 3 times an hour")));
    }
};

QTEST_MAIN(TestRunnerBindingDialog)
#include "TestRunnerBindingDialog.moc"
