// The settings dialog driven like a user would: pages edited with the keyboard and mouse,
// Apply saving through a real SettingsStore on a temporary file (a refusal shown, the file left
// as it was), start on login handed to the autostart, and Test connection over real HTTP
// against the simulator showing whom the token belongs to.

#include "AccountPage.h"
#include "Autostart.h"
#include "Clock.h"
#include "Credentials.h"
#include "ProcessRunner.h"
#include "RunnerBindingDialog.h"
#include "RunnersPage.h"
#include "SessionTokenStore.h"
#include "SettingsDialog.h"
#include "SettingsStore.h"
#include "SetupDoubles.h"
#include "SetupServices.h"
#include "SimFleet.h"
#include "Simulator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace relayq;
using relayq::sim::Simulator;

namespace {
const QString kToken = QStringLiteral("ghp_settingsdialogtest0123456789");

using relayq::test::NoProcesses;

using FakeAutostart = relayq::test::RecordingAutostart;

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SettingsStore> m_store;
    std::unique_ptr<SessionTokenStore> m_keychain;
    std::unique_ptr<SessionTokenStore> m_session;
    std::unique_ptr<Credentials> m_credentials;
    NoProcesses m_processes;
    std::unique_ptr<FakeAutostart> m_autostart;
    std::unique_ptr<SettingsDialog> m_dialog;

    template<typename T> T *child(const QString &name)
    {
        T *found = m_dialog->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }

    QString settingsPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    void clickApply()
    {
        auto *buttons = child<QDialogButtonBox>(QStringLiteral("settingsButtons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);
    }

    void setSpin(const QString &name, int value)
    {
        auto *spin = child<QSpinBox>(name);
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
        QCOMPARE(spin->value(), value);
    }

    void chooseData(const QString &comboName, const QString &data)
    {
        auto *combo = child<QComboBox>(comboName);
        const int index = combo->findData(data);
        QVERIFY(index >= 0);
        combo->setFocus();
        // Walk there with the keyboard: Home, then Down as often as needed.
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentData().toString(), data);
    }

    void openDialog()
    {
        const SetupServices services { *m_store,    *m_credentials,  m_autostart.get(),
                                       m_processes, m_network.get(), *m_clock };
        m_dialog = std::make_unique<SettingsDialog>(services);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

private slots:
    void initTestCase()
    {
        qunsetenv("GH_TOKEN");
        qunsetenv("GITHUB_TOKEN");
    }

    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        m_sim = std::make_unique<Simulator>(*m_clock);
        m_sim->setRequiredToken(kToken);
        QVERIFY(m_sim->listen());
        m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("app"));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());

        m_store = std::make_unique<SettingsStore>(settingsPath());
        AppSettings settings = m_store->load();
        settings.apiUrl = m_sim->baseUrl();
        settings.targets = { Target::repository(QStringLiteral("acme"), QStringLiteral("app")) };
        QVERIFY(!m_store->save(settings).has_value());

        m_keychain = std::make_unique<SessionTokenStore>();
        m_session = std::make_unique<SessionTokenStore>();
        m_credentials = std::make_unique<Credentials>(*m_keychain, *m_session);
        m_credentials->setHost(m_sim->baseUrl().host());
        bool stored = false;
        m_keychain->write(m_sim->baseUrl().host(), kToken, this,
                          [&stored](const TokenStoreResult &result) { stored = result.isOk(); });
        QTRY_VERIFY(stored);
        QSignalSpy loaded(m_credentials.get(), &Credentials::changed);
        m_credentials->load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_credentials->token(), kToken);
        m_autostart = std::make_unique<FakeAutostart>();
        openDialog();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_credentials.reset();
        m_session.reset();
        m_keychain.reset();
        m_store.reset();
        m_dir.reset();
        m_network.reset();
        m_sim.reset();
        m_clock.reset();
    }

    void pagesShowTheSettingsInForce()
    {
        QCOMPARE(child<QSpinBox>(QStringLiteral("pollInterval"))->value(), 30);
        QCOMPARE(child<QSpinBox>(QStringLiteral("stuckMinutes"))->value(), 6 * 60);
        QVERIFY(child<QCheckBox>(QStringLiteral("notify_runner_offline"))->isChecked());
        QCOMPARE(child<QLineEdit>(QStringLiteral("enterpriseHost"))->text(),
                 m_sim->baseUrl().toString());
        QCOMPARE(m_dialog->findChild<AccountPage *>()->apiUrl(), m_sim->baseUrl());
    }

    void applySavesAnEditedPollInterval()
    {
        QSignalSpy changed(m_store.get(), &SettingsStore::changed);
        setSpin(QStringLiteral("pollInterval"), 45);
        clickApply();
        QCOMPARE(changed.count(), 1);
        QVERIFY(child<QLabel>(QStringLiteral("settingsError"))->isHidden());
        QCOMPARE(m_store->current().monitor.pollIntervalSeconds, 45);
        // In the file, not only in memory.
        SettingsStore reread(settingsPath());
        QCOMPARE(reread.load().monitor.pollIntervalSeconds, 45);
        QCOMPARE(reread.current().targets.size(), 1);
        QVERIFY(m_dialog->isVisible()); // Apply keeps the dialog open
    }

    void okSavesAndCloses()
    {
        uncheck(QStringLiteral("notify_job_stuck"));
        setSpin(QStringLiteral("flapWindowMinutes"), 25);
        auto *buttons = child<QDialogButtonBox>(QStringLiteral("settingsButtons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        SettingsStore reread(settingsPath());
        const NotificationSettings notifications = reread.load().notifications;
        QVERIFY(notifications.disabledKinds.contains(AlertKind::JobStuck));
        QCOMPARE(notifications.disabledKinds.size(), 1);
        QCOMPARE(notifications.flapWindowSeconds, 25 * 60);
    }

    void refusedValueIsShownAndTheFileKept()
    {
        const QByteArray before = fileContents(settingsPath());
        QVERIFY(!before.isEmpty());
        QSignalSpy changed(m_store.get(), &SettingsStore::changed);
        // A stuck limit of 5 minutes for one workflow: the page takes it, the store refuses it
        // (a stuck limit is at least 10 minutes).
        addOverride(QStringLiteral("nightly"));
        auto *table = child<QTableWidget>(QStringLiteral("stuckOverrides"));
        QCOMPARE(table->rowCount(), 1);
        table->item(0, 1)->setData(Qt::EditRole, 5);
        setSpin(QStringLiteral("pollInterval"), 90);
        clickApply();
        auto *error = child<QLabel>(QStringLiteral("settingsError"));
        QVERIFY(error->isVisible());
        QVERIFY2(!error->text().isEmpty(), "no message");
        QCOMPARE(changed.count(), 0);
        QCOMPARE(fileContents(settingsPath()), before);
        QCOMPARE(m_store->current().monitor.pollIntervalSeconds, 30);
        QVERIFY(m_dialog->isVisible());

        // Corrected, it is kept and the message goes away.
        table->item(0, 1)->setData(Qt::EditRole, 45);
        clickApply();
        QVERIFY2(error->isHidden(), qPrintable(error->text()));
        QCOMPARE(
            m_store->current().monitor.stuckSecondsPerWorkflow.value(QStringLiteral("nightly")),
            45 * 60);
        QCOMPARE(m_store->current().monitor.pollIntervalSeconds, 90);
    }

    void pageProblemIsShownOnItsPage()
    {
        addOverride(QStringLiteral("nightly"));
        addOverride(QStringLiteral("nightly"));
        const QByteArray before = fileContents(settingsPath());
        clickApply();
        auto *error = child<QLabel>(QStringLiteral("settingsError"));
        QVERIFY2(error->text().contains(QStringLiteral("“nightly” has two stuck limits")),
                 qPrintable(error->text()));
        QCOMPARE(fileContents(settingsPath()), before);
        QCOMPARE(child<QTabWidget>(QStringLiteral("settingsPages"))->currentWidget()->objectName(),
                 QStringLiteral("monitoringPage"));
    }

    void languageAndLogLevelAreSaved()
    {
        chooseData(QStringLiteral("language"), QStringLiteral("de"));
        chooseData(QStringLiteral("logLevel"), QStringLiteral("debug"));
        clickApply();
        SettingsStore reread(settingsPath());
        const AppSettings saved = reread.load();
        QCOMPARE(saved.language, QStringLiteral("de"));
        QCOMPARE(saved.logLevel, QStringLiteral("debug"));
        // Back to the system's language.
        chooseData(QStringLiteral("language"), QString());
        clickApply();
        QCOMPARE(SettingsStore(settingsPath()).load().language, QString());
    }

    void trayIconToneIsSavedAndShownAgain()
    {
        auto *tone = child<QComboBox>(QStringLiteral("trayIconTone"));
        QCOMPARE(tone->count(), 3);
        QCOMPARE(tone->currentData().toString(), QStringLiteral("auto")); // the default
        chooseData(QStringLiteral("trayIconTone"), QStringLiteral("dark"));
        clickApply();
        QCOMPARE(SettingsStore(settingsPath()).load().trayIconTone, QStringLiteral("dark"));
        // A dialog opened later shows what was saved.
        openDialog();
        QCOMPARE(child<QComboBox>(QStringLiteral("trayIconTone"))->currentData().toString(),
                 QStringLiteral("dark"));
    }

    void startOnLoginCallsTheAutostart()
    {
        auto *box = child<QCheckBox>(QStringLiteral("startOnLogin"));
        QVERIFY(box->isEnabled());
        QVERIFY(!box->isChecked());
        QTest::keyClick(box, Qt::Key_Space);
        QVERIFY(box->isChecked());
        clickApply();
        QCOMPARE(m_autostart->calls, QList<bool> { true });
        QVERIFY(m_autostart->isEnabled());
        QVERIFY(SettingsStore(settingsPath()).load().startOnLogin);
        // Applying again without a change does not touch it.
        clickApply();
        QCOMPARE(m_autostart->calls.size(), 1);
    }

    void autostartFailureIsShown()
    {
        m_autostart->failure = QStringLiteral("~/.config/autostart is read-only.");
        QTest::keyClick(child<QCheckBox>(QStringLiteral("startOnLogin")), Qt::Key_Space);
        clickApply();
        auto *error = child<QLabel>(QStringLiteral("settingsError"));
        QVERIFY2(error->text().contains(QStringLiteral("~/.config/autostart is read-only.")),
                 qPrintable(error->text()));
        QVERIFY(error->isVisible());
    }

    void withoutAutostartTheSwitchIsDisabled()
    {
        m_dialog.reset();
        const SetupServices services { *m_store,    *m_credentials,  nullptr,
                                       m_processes, m_network.get(), *m_clock };
        m_dialog = std::make_unique<SettingsDialog>(services);
        QVERIFY(!child<QCheckBox>(QStringLiteral("startOnLogin"))->isEnabled());
        QVERIFY(!child<QLabel>(QStringLiteral("startOnLoginNote"))->text().isEmpty());
    }

    void testConnectionShowsTheLogin()
    {
        auto *status = child<QLabel>(QStringLiteral("tokenStatus"));
        QVERIFY2(!status->text().contains(QStringLiteral("belongs to")),
                 qPrintable(status->text()));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("testConnectionButton")),
                          Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QStringLiteral("belongs to relayq-demo")),
                                  qPrintable(status->text()), 10000);
        QVERIFY(status->text().startsWith(QStringLiteral("Token from ")));
        // The token line first, then the target's.
        QTRY_VERIFY_WITH_TIMEOUT(resultLines().contains(QStringLiteral("acme/app: OK.")), 10000);
        QVERIFY2(resultLines().first().contains(QStringLiteral("relayq-demo")),
                 qPrintable(resultLines().first()));
        QVERIFY(m_sim->lastAuthorization().contains(kToken));
    }

    void testConnectionSaysWhatIsMissing()
    {
        // A fine-grained token without Administration: read cannot list repository runners.
        sim::SimToken token;
        token.token = kToken;
        token.login = QStringLiteral("octo-reader");
        token.kind = sim::SimToken::Kind::FineGrained;
        token.actions = sim::SimToken::Access::Read;
        m_sim->addToken(token);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("testConnectionButton")),
                          Qt::LeftButton);
        const QString missing = QStringLiteral("acme/app: Listing runners of acme/app needs the "
                                               "Administration: read permission");
        QTRY_VERIFY_WITH_TIMEOUT(resultLines().join(QLatin1Char('\n')).contains(missing), 10000);
        QVERIFY2(resultLines().first().contains(QStringLiteral("octo-reader")),
                 qPrintable(resultLines().first()));
        QVERIFY(!resultLines().contains(QStringLiteral("acme/app: OK.")));
    }

    void testConnectionReportsARejectedToken()
    {
        m_sim->setRequiredToken(QStringLiteral("ghp_someoneelse0123456789"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("testConnectionButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !resultLines().isEmpty()
                && !resultLines().first().startsWith(QStringLiteral("Checking")),
            10000);
        QCOMPARE(resultLines().size(), 1); // no target is blamed for a rejected token
        QVERIFY(!resultLines().first().contains(QStringLiteral("acme/app")));
        QVERIFY(!child<QLabel>(QStringLiteral("tokenStatus"))
                     ->text()
                     .contains(QStringLiteral("belongs to")));
    }

    void findAddsRunnerDirectoriesThatHoldARunner()
    {
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("actions-runner")));
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("actions-runner-2")));
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("other")));
        for (const QString &dir : { QStringLiteral("actions-runner"), QStringLiteral("other") }) {
            QFile marker(home.filePath(dir + QStringLiteral("/.runner")));
            QVERIFY(marker.open(QIODevice::WriteOnly));
        }
        m_dialog->runnersPage()->setSearchRoots({ home.path() });
        QTest::mouseClick(child<QPushButton>(QStringLiteral("findRunnerDirectoriesButton")),
                          Qt::LeftButton);
        auto *list = child<QListWidget>(QStringLiteral("runnerDirectories"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), home.filePath(QStringLiteral("actions-runner")));
        clickApply();
        QCOMPARE(SettingsStore(settingsPath()).load().runnerDirectories,
                 QStringList { home.filePath(QStringLiteral("actions-runner")) });
    }

    void runnerBindingAddedInTheDialogIsSaved()
    {
        QTest::mouseClick(child<QPushButton>(QStringLiteral("addRunnerBindingButton")),
                          Qt::LeftButton);
        auto *form = bindingForm();
        QVERIFY(form->isVisible());
        typeInto(form, QStringLiteral("bindingRunnerName"), QStringLiteral("gpu-box"));
        auto *kind = form->findChild<QComboBox *>(QStringLiteral("bindingKind"));
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down); // This computer → Another computer over SSH
        QCOMPARE(kind->currentData().toInt(), int(RunnerBinding::Kind::Ssh));
        typeInto(form, QStringLiteral("bindingSshDestination"),
                 QStringLiteral("ci@gpu.example.com"));
        typeInto(form, QStringLiteral("bindingRemoteDirectory"),
                 QStringLiteral("/home/ci/actions-runner"));
        QTest::keyClick(form->findChild<QCheckBox *>(QStringLiteral("bindingAutoRecovery")),
                        Qt::Key_Space);
        clickBindingOk(form);

        auto *list = child<QTreeWidget>(QStringLiteral("runnerBindings"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("gpu-box"));
        QVERIFY2(list->topLevelItem(0)->text(1).contains(QStringLiteral("ci@gpu.example.com")),
                 qPrintable(list->topLevelItem(0)->text(1)));
        clickApply();
        QVERIFY(child<QLabel>(QStringLiteral("settingsError"))->isHidden());

        RunnerBinding expected;
        expected.runnerName = QStringLiteral("gpu-box");
        expected.kind = RunnerBinding::Kind::Ssh;
        expected.sshDestination = QStringLiteral("ci@gpu.example.com");
        expected.directory = QStringLiteral("/home/ci/actions-runner");
        expected.autoRecovery = true;
        QCOMPARE(m_store->current().runnerBindings, RunnerBindingList { expected });
        QCOMPARE(SettingsStore(settingsPath()).load().runnerBindings,
                 RunnerBindingList { expected });
    }

    void runnerBindingsAreEditedAndRemoved()
    {
        AppSettings settings = m_store->current();
        RunnerBinding local;
        local.runnerName = QStringLiteral("build-1");
        local.directory = QStringLiteral("/opt/actions-runner");
        RunnerBinding commands;
        commands.runnerName = QStringLiteral("docker-1");
        commands.kind = RunnerBinding::Kind::Commands;
        commands.startCommand = QStringLiteral("docker start runner-1");
        commands.stopCommand = QStringLiteral("docker stop runner-1");
        settings.runnerBindings = { local, commands };
        QCOMPARE(m_store->save(settings), std::nullopt);
        m_dialog->reload();
        auto *list = child<QTreeWidget>(QStringLiteral("runnerBindings"));
        QCOMPARE(list->topLevelItemCount(), 2);
        auto *edit = child<QPushButton>(QStringLiteral("editRunnerBindingButton"));
        QVERIFY(!edit->isEnabled());

        // Edit the second: the form opens with it, a new status command is kept.
        list->setCurrentItem(list->topLevelItem(1));
        QVERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        auto *form = bindingForm();
        QCOMPARE(form->binding(), commands);
        typeInto(form, QStringLiteral("bindingStatusCommand"),
                 QStringLiteral("docker inspect runner-1"));
        clickBindingOk(form);

        // Remove the first.
        list->setCurrentItem(list->topLevelItem(0));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("removeRunnerBindingButton")),
                          Qt::LeftButton);
        QCOMPARE(list->topLevelItemCount(), 1);
        clickApply();

        commands.statusCommand = QStringLiteral("docker inspect runner-1");
        QCOMPARE(SettingsStore(settingsPath()).load().runnerBindings,
                 RunnerBindingList { commands });
    }

    void secondBindingForARunnerIsRefusedInTheForm()
    {
        AppSettings settings = m_store->current();
        RunnerBinding local;
        local.runnerName = QStringLiteral("build-1");
        settings.runnerBindings = { local };
        QCOMPARE(m_store->save(settings), std::nullopt);
        m_dialog->reload();
        const QByteArray before = fileContents(settingsPath());

        QTest::mouseClick(child<QPushButton>(QStringLiteral("addRunnerBindingButton")),
                          Qt::LeftButton);
        auto *form = bindingForm();
        typeInto(form, QStringLiteral("bindingRunnerName"), QStringLiteral("BUILD-1"));
        auto *ok = form->findChild<QDialogButtonBox *>(QStringLiteral("bindingButtons"))
                       ->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        auto *problem = form->findChild<QLabel *>(QStringLiteral("bindingRunnerNameProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("reached another way already")),
                 qPrintable(problem->text()));
        form->reject();
        QCOMPARE(child<QTreeWidget>(QStringLiteral("runnerBindings"))->topLevelItemCount(), 1);
        clickApply();
        QCOMPARE(SettingsStore(settingsPath()).load().runnerBindings, RunnerBindingList { local });
        QCOMPARE(fileContents(settingsPath()), before);
    }

    void targetAddedOnTheTargetsPageIsSaved()
    {
        m_sim->fleet().addOrganization(QStringLiteral("acme-infra"));
        auto *input = child<QLineEdit>(QStringLiteral("targetInput"));
        QTest::keyClicks(input, QStringLiteral("acme-infra"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("addTargetButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            child<QTreeWidget>(QStringLiteral("targetList"))->topLevelItem(1)->text(1),
            QStringLiteral("OK"), 10000);
        clickApply();
        const TargetList saved = SettingsStore(settingsPath()).load().targets;
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(1).name(), QStringLiteral("acme-infra"));
    }

    void apiUrlFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url");
        QTest::newRow("github.com") << "github.com"
                                    << "https://api.github.com";
        QTest::newRow("api host") << "https://api.github.com/"
                                  << "https://api.github.com";
        QTest::newRow("ghes host") << "ghe.example.com"
                                   << "https://ghe.example.com/api/v3";
        QTest::newRow("ghes url") << "https://ghe.example.com/"
                                  << "https://ghe.example.com/api/v3";
        QTest::newRow("ghes api url") << "https://ghe.example.com/api/v3/"
                                      << "https://ghe.example.com/api/v3";
        QTest::newRow("loopback") << "http://127.0.0.1:8080"
                                  << "http://127.0.0.1:8080";
        QTest::newRow("empty") << ""
                               << "";
    }

    void apiUrlFromText()
    {
        QFETCH(QString, text);
        QFETCH(QString, url);
        QCOMPARE(AccountPage::apiUrlFromText(text).toString(), url);
    }

private:
    QStringList resultLines()
    {
        QStringList lines;
        auto *results = child<QListWidget>(QStringLiteral("connectionResults"));
        for (int i = 0; i < results->count(); ++i)
            lines.append(results->item(i)->text());
        return lines;
    }

    // Add workflow, then type its name into the cell editor that opens, and Enter.
    void addOverride(const QString &workflow)
    {
        QTest::mouseClick(child<QPushButton>(QStringLiteral("addOverrideButton")), Qt::LeftButton);
        auto *table = child<QTableWidget>(QStringLiteral("stuckOverrides"));
        const int row = table->rowCount() - 1;
        auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(table->model()->index(row, 0)));
        QVERIFY(editor);
        QTest::keyClicks(editor, workflow);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(table->item(row, 0)->text(), workflow);
    }

    // The binding form the Runners page opened (window-modal, not waited for).
    RunnerBindingDialog *bindingForm()
    {
        RunnerBindingDialog *form = nullptr;
        [&] { QTRY_VERIFY((form = m_dialog->findChild<RunnerBindingDialog *>())); }();
        if (!form)
            qFatal("no binding form");
        return form;
    }

    void typeInto(QWidget *form, const QString &name, const QString &text)
    {
        auto *edit = form->findChild<QLineEdit *>(name);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QCOMPARE(edit->text(), text);
    }

    // OK, and the form goes away (deleted once closed).
    void clickBindingOk(RunnerBindingDialog *form)
    {
        auto *ok = form->findChild<QDialogButtonBox *>(QStringLiteral("bindingButtons"))
                       ->button(QDialogButtonBox::Ok);
        QVERIFY2(ok->isEnabled(), qPrintable(form->problem()));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->findChild<RunnerBindingDialog *>());
    }

    void uncheck(const QString &name)
    {
        auto *box = child<QCheckBox>(name);
        QVERIFY(box->isChecked());
        QTest::keyClick(box, Qt::Key_Space);
        QVERIFY(!box->isChecked());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
