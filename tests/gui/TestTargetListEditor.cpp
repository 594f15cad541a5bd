// The target list shared by the settings dialog and the first-run wizard, driven like a user
// would (type, click Add), each target checked over real HTTP against the simulator: a valid
// repository or organisation is added after its check, bad text and duplicates are refused on
// the spot, a target that does not exist is not added, one the token cannot fully use is added
// with the problem in words, and a failed connection is never blamed on the target.

#include "Clock.h"
#include "Credentials.h"
#include "ProcessRunner.h"
#include "SessionTokenStore.h"
#include "SettingsStore.h"
#include "SetupDoubles.h"
#include "SetupServices.h"
#include "SimFleet.h"
#include "Simulator.h"
#include "TargetListEditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace relayq;
using relayq::sim::SimFault;
using relayq::sim::Simulator;

namespace {
const QString kToken = QStringLiteral("ghp_targetlisteditortest0123456789");

using relayq::test::NoProcesses;
} // namespace

class TestTargetListEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<SettingsStore> m_store;
    std::unique_ptr<SessionTokenStore> m_keychain;
    std::unique_ptr<SessionTokenStore> m_session;
    std::unique_ptr<Credentials> m_credentials;
    std::unique_ptr<TargetListEditor> m_editor;

    template<typename T> T *child(const QString &name)
    {
        T *found = m_editor->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }

    QTreeWidget *list() { return child<QTreeWidget>(QStringLiteral("targetList")); }
    QString message() { return child<QLabel>(QStringLiteral("targetMessage"))->text(); }

    // Types `text` and clicks Add, as a user would.
    void type(const QString &text)
    {
        QLineEdit *input = child<QLineEdit>(QStringLiteral("targetInput"));
        input->clear();
        QTest::keyClicks(input, text);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("addTargetButton")), Qt::LeftButton);
    }

    // Adds `text` and waits for its check to be answered and shown.
    bool addAndWait(const QString &text)
    {
        QSignalSpy finished(m_editor.get(), &TargetListEditor::checkFinished);
        type(text);
        return finished.wait(10000);
    }

    QString stateOf(const QString &name)
    {
        for (int i = 0; i < list()->topLevelItemCount(); ++i) {
            if (list()->topLevelItem(i)->text(0) == name)
                return list()->topLevelItem(i)->text(1);
        }
        return QStringLiteral("<no row>");
    }

    QStringList names(const TargetList &targets)
    {
        QStringList result;
        for (const Target &target : targets)
            result.append(target.name());
        return result;
    }

private slots:
    void initTestCase()
    {
        // The token of the machine running the tests must not leak into them.
        qunsetenv("GH_TOKEN");
        qunsetenv("GITHUB_TOKEN");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        m_sim = std::make_unique<Simulator>(*m_clock);
        m_sim->setRequiredToken(kToken);
        QVERIFY(m_sim->listen());
        sim::SimFleet &fleet = m_sim->fleet();
        fleet.addRepository(QStringLiteral("acme"), QStringLiteral("app"));
        fleet.addRepository(QStringLiteral("acme"), QStringLiteral("locked"));
        fleet.addOrganization(QStringLiteral("acme-infra"));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_store = std::make_unique<SettingsStore>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_keychain = std::make_unique<SessionTokenStore>();
        m_session = std::make_unique<SessionTokenStore>();
        m_credentials = std::make_unique<Credentials>(*m_keychain, *m_session);
        static NoProcesses processes;
        const SetupServices services { *m_store,  *m_credentials,  nullptr,
                                       processes, m_network.get(), *m_clock };
        m_editor = std::make_unique<TargetListEditor>(services);
        m_editor->setConnection(m_sim->baseUrl(), kToken);
        m_editor->show();
    }

    void cleanup()
    {
        m_editor.reset();
        m_credentials.reset();
        m_session.reset();
        m_keychain.reset();
        m_store.reset();
        m_network.reset();
        m_sim.reset();
        m_clock.reset();
    }

    void validRepositoryIsAddedAfterItsCheck()
    {
        QSignalSpy changed(m_editor.get(), &TargetListEditor::targetsChanged);
        QSignalSpy finished(m_editor.get(), &TargetListEditor::checkFinished);
        type(QStringLiteral("acme/app"));
        // Shown at once while the check runs, but not a target until it has passed.
        QCOMPARE(stateOf(QStringLiteral("acme/app")), QStringLiteral("checking…"));
        QVERIFY(m_editor->targets().isEmpty());
        QVERIFY(m_editor->isChecking());
        QVERIFY(finished.wait(10000));
        QCOMPARE(names(m_editor->targets()), QStringList { QStringLiteral("acme/app") });
        QCOMPARE(stateOf(QStringLiteral("acme/app")), QStringLiteral("OK"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(child<QLineEdit>(QStringLiteral("targetInput"))->text().isEmpty());
        QVERIFY(m_sim->lastAuthorization().contains(kToken));
    }

    void organisationIsAddedAfterItsCheck()
    {
        QVERIFY(addAndWait(QStringLiteral("acme-infra")));
        QCOMPARE(m_editor->targets().size(), 1);
        QVERIFY(!m_editor->targets().first().isRepository());
        QCOMPARE(stateOf(QStringLiteral("acme-infra")), QStringLiteral("OK"));
    }

    void invalidTextIsRefusedWithAMessage()
    {
        QSignalSpy changed(m_editor.get(), &TargetListEditor::targetsChanged);
        type(QStringLiteral("acme/app/extra"));
        QVERIFY2(message().contains(QStringLiteral("Type owner/repo for a repository")),
                 qPrintable(message()));
        QCOMPARE(list()->topLevelItemCount(), 0);
        QVERIFY(!m_editor->isChecking());
        QCOMPARE(changed.count(), 0);
        // The text stays for the user to correct.
        QCOMPARE(child<QLineEdit>(QStringLiteral("targetInput"))->text(),
                 QStringLiteral("acme/app/extra"));
    }

    void duplicateIsRefused()
    {
        m_editor->setTargets({ Target::repository(QStringLiteral("acme"), QStringLiteral("app")) });
        type(QStringLiteral("ACME/app")); // GitHub names ignore case
        QVERIFY2(message().contains(QStringLiteral("already in the list")), qPrintable(message()));
        QCOMPARE(list()->topLevelItemCount(), 1);
        QVERIFY(!m_editor->isChecking());
    }

    void unknownRepositoryIsNotAdded()
    {
        QSignalSpy changed(m_editor.get(), &TargetListEditor::targetsChanged);
        QVERIFY(addAndWait(QStringLiteral("acme/missing")));
        QVERIFY(m_editor->targets().isEmpty());
        QCOMPARE(list()->topLevelItemCount(), 0);
        QVERIFY2(message().contains(QStringLiteral("acme/missing was not found")),
                 qPrintable(message()));
        QCOMPARE(changed.count(), 0);
    }

    void permissionProblemIsAddedWithTheProblemInWords()
    {
        // A fine-grained token that may read Actions but not Administration: GitHub answers
        // the runners list 403, naming the permission it wanted.
        sim::SimToken token;
        token.token = kToken;
        token.kind = sim::SimToken::Kind::FineGrained;
        token.actions = sim::SimToken::Access::Read;
        token.administration = sim::SimToken::Access::None;
        m_sim->addToken(token);
        QVERIFY(addAndWait(QStringLiteral("acme/locked")));
        QCOMPARE(names(m_editor->targets()), QStringList { QStringLiteral("acme/locked") });
        const QString state = stateOf(QStringLiteral("acme/locked"));
        QVERIFY2(state != QLatin1String("OK") && !state.isEmpty(), qPrintable(state));
        QVERIFY2(!state.startsWith(QLatin1String("Not checked")), qPrintable(state));
        QVERIFY2(state.contains(QStringLiteral("Administration")), qPrintable(state));
        QVERIFY2(message().startsWith(QStringLiteral("acme/locked was added, but:")),
                 qPrintable(message()));
    }

    void connectionFailureIsNotBlamedOnTheTarget()
    {
        m_sim->fleet().setUnavailable(true); // every request answered 503, as in an outage
        QVERIFY(addAndWait(QStringLiteral("acme/app")));
        const QString state = stateOf(QStringLiteral("acme/app"));
        QVERIFY2(state.startsWith(QStringLiteral("Not checked: ")), qPrintable(state));
        QVERIFY2(message().contains(QStringLiteral("could not be checked")), qPrintable(message()));
        QVERIFY(!message().contains(QStringLiteral("not found")));
    }

    void withoutTokenTargetIsAddedUnchecked()
    {
        m_editor->setConnection(m_sim->baseUrl(), QString());
        QSignalSpy changed(m_editor.get(), &TargetListEditor::targetsChanged);
        type(QStringLiteral("acme/app"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(names(m_editor->targets()), QStringList { QStringLiteral("acme/app") });
        QCOMPARE(stateOf(QStringLiteral("acme/app")), QStringLiteral("Not checked"));
        QCOMPARE(m_sim->counters().requests, 0);
    }

    void removeTakesTheSelectedTargetOut()
    {
        m_editor->setTargets({ Target::repository(QStringLiteral("acme"), QStringLiteral("app")),
                               Target::organization(QStringLiteral("acme-infra")) });
        QSignalSpy changed(m_editor.get(), &TargetListEditor::targetsChanged);
        auto *remove = child<QPushButton>(QStringLiteral("removeTargetButton"));
        QVERIFY(!remove->isEnabled());
        list()->setCurrentItem(list()->topLevelItem(0));
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(names(m_editor->targets()), QStringList { QStringLiteral("acme-infra") });
        QCOMPARE(changed.count(), 1);
    }

    void removingWhileCheckingDropsTheAnswer()
    {
        QSignalSpy finished(m_editor.get(), &TargetListEditor::checkFinished);
        type(QStringLiteral("acme/app"));
        list()->setCurrentItem(list()->topLevelItem(0));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("removeTargetButton")), Qt::LeftButton);
        QVERIFY(!m_editor->isChecking());
        // A later check, issued after it, is answered after it: the late answer was dropped.
        QVERIFY(addAndWait(QStringLiteral("acme-infra")));
        QTRY_VERIFY(!m_editor->isChecking());
        for (const QList<QVariant> &signal : std::as_const(finished))
            QCOMPARE(signal.at(0).value<Target>().name(), QStringLiteral("acme-infra"));
        QCOMPARE(names(m_editor->targets()), QStringList { QStringLiteral("acme-infra") });
        QCOMPARE(list()->topLevelItemCount(), 1);
    }
};

QTEST_MAIN(TestTargetListEditor)
#include "TestTargetListEditor.moc"
