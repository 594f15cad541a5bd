// "Test connection" over real HTTP on loopback against the simulator's token registry: who a
// token belongs to, its kind and scopes, and what each target needs, in words — and that a
// connection failure is never mistaken for a missing permission.

#include "AccountCheck.h"
#include "Clock.h"
#include "SimFleet.h"
#include "Simulator.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace relayq;
using relayq::sim::SimFault;
using relayq::sim::SimToken;
using relayq::sim::Simulator;

Q_DECLARE_METATYPE(relayq::sim::SimToken)

namespace {

SimToken classic(const QString &secret, const QString &login, const QStringList &scopes)
{
    SimToken token;
    token.token = secret;
    token.login = login;
    token.kind = SimToken::Kind::Classic;
    token.scopes = scopes;
    return token;
}

SimToken fineGrained(const QString &secret, SimToken::Access administration,
                     SimToken::Access actions, SimToken::Access runners = SimToken::Access::None)
{
    SimToken token;
    token.token = secret;
    token.login = QStringLiteral("fine-owner");
    token.kind = SimToken::Kind::FineGrained;
    token.scopes.clear();
    token.administration = administration;
    token.actions = actions;
    token.selfHostedRunners = runners;
    return token;
}

const Target kApp = Target::repository(QStringLiteral("acme"), QStringLiteral("app"));
const Target kAcme = Target::organization(QStringLiteral("acme"));
const QString kRunnersProblem
    = QStringLiteral("Listing runners of acme/app needs the Administration: read permission "
                     "(fine-grained) or the repo scope and admin rights on the repository "
                     "(classic).");
const QString kRunsProblem
    = QStringLiteral("Reading workflow runs of acme/app needs the Actions: read permission "
                     "(fine-grained) or the repo scope (classic).");
const QString kOrgProblem = QStringLiteral(
    "Listing runners of the organisation acme needs the Self-hosted runners: read organisation "
    "permission (fine-grained) or the admin:org scope (classic).");

} // namespace

class TestAccountCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void classicTokenWithRepoScopeIsOk();
    void classicTokenWithoutRepoCannotListRunners();
    void classicTokenWithoutRepoCannotSeePrivateRepository();
    void classicTokenWithoutAdminRightsIsToldSo();
    void fineGrainedWithoutAdministration();
    void fineGrainedWithoutActions();
    void fineGrainedTokenExpiryIsRead();
    void hiddenRepositoryIsNotFound();
    void organisationWithoutPermission_data();
    void organisationWithoutPermission();
    void organisationWithPermissionIsOk();
    void unknownOrganisationIsNotFound();
    void revokedOrUnknownTokenFailsIdentity_data();
    void revokedOrUnknownTokenFailsIdentity();
    void serverFailureIsConnectionStatusNotPermission();
    void rateLimitIsConnectionStatusNotPermission();
    void dispatchNotes();
    void kindTextIsReadable();

private:
    TokenIdentity identity(const QString &token);
    TargetCheck check(const QString &token, const Target &target);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AccountCheck> m_check;
};

void TestAccountCheck::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_sim = std::make_unique<Simulator>(*m_clock);
    QVERIFY(m_sim->listen());
    m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("app"));
    m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("secret"));
    m_sim->fleet().addRunner(QStringLiteral("acme/app"), QStringLiteral("box"), {});
    m_sim->fleet().addRunner(QStringLiteral("acme"), QStringLiteral("org-box"), {});
    m_network = std::make_unique<QNetworkAccessManager>();
    m_check = std::make_unique<AccountCheck>(m_network.get(), *m_clock);
    QVERIFY(!m_check->setApiBase(m_sim->baseUrl()));
}

void TestAccountCheck::cleanup()
{
    m_check.reset();
    m_network.reset();
    m_sim.reset();
    m_clock.reset();
}

TokenIdentity TestAccountCheck::identity(const QString &token)
{
    m_check->setToken(token);
    std::optional<TokenIdentity> result;
    m_check->checkIdentity(this, [&result](const TokenIdentity &found) { result = found; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        qWarning("checkIdentity never answered");
    TokenIdentity none;
    none.status.state = ConnectionState::Malformed;
    none.status.message = QStringLiteral("NO ANSWER");
    return result.value_or(none);
}

TargetCheck TestAccountCheck::check(const QString &token, const Target &target)
{
    m_check->setToken(token);
    std::optional<TargetCheck> result;
    m_check->checkTarget(target, this, [&result](const TargetCheck &found) { result = found; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        qWarning("checkTarget never answered");
    TargetCheck none;
    none.status.state = ConnectionState::Malformed;
    none.status.message = QStringLiteral("NO ANSWER");
    return result.value_or(none);
}

void TestAccountCheck::classicTokenWithRepoScopeIsOk()
{
    m_sim->addToken(classic(QStringLiteral("ghp_full"), QStringLiteral("octo-admin"),
                            { QStringLiteral("repo"), QStringLiteral("workflow") }));
    const TokenIdentity who = identity(QStringLiteral("ghp_full"));
    QVERIFY2(who.status.isOk(), qPrintable(who.status.message));
    QCOMPARE(who.login, QStringLiteral("octo-admin"));
    QCOMPARE(who.kind, TokenIdentity::Kind::Classic);
    QCOMPARE(who.scopes, QStringList({ QStringLiteral("repo"), QStringLiteral("workflow") }));
    QVERIFY(!who.expiresAt.isValid());

    const TargetCheck app = check(QStringLiteral("ghp_full"), kApp);
    QVERIFY2(app.isOk(), qPrintable(app.problems.join(QLatin1Char('\n'))));
    QVERIFY(app.canListRunners);
    QVERIFY(app.canReadRuns);
    QCOMPARE(app.canDispatch, std::optional<bool>(true));
    QVERIFY(app.notes.isEmpty());
}

void TestAccountCheck::classicTokenWithoutRepoCannotListRunners()
{
    // On a public repository, a classic token without repo still sees the repository and its
    // runs, but not its runners.
    m_sim->fleet().setRepositoryPublic(QStringLiteral("acme/app"), true);
    m_sim->addToken(classic(QStringLiteral("ghp_norepo"), QStringLiteral("octo"),
                            { QStringLiteral("workflow"), QStringLiteral("read:org") }));
    const TargetCheck app = check(QStringLiteral("ghp_norepo"), kApp);
    QCOMPARE(app.problems,
             QStringList(kRunnersProblem
                         + QStringLiteral(" This classic token lacks the repo scope (it has: "
                                          "workflow, read:org).")));
    QCOMPARE(app.status.state, ConnectionState::Forbidden);
    QCOMPARE(app.status.httpStatus, 403);
    QVERIFY(!app.canListRunners);
    QVERIFY(app.canReadRuns);
    QVERIFY(!app.isOk());
}

void TestAccountCheck::classicTokenWithoutRepoCannotSeePrivateRepository()
{
    m_sim->addToken(classic(QStringLiteral("ghp_norepo"), QStringLiteral("octo"),
                            { QStringLiteral("workflow") }));
    const TargetCheck app = check(QStringLiteral("ghp_norepo"), kApp);
    QCOMPARE(app.status.state, ConnectionState::NotFound);
    QCOMPARE(app.problems,
             QStringList(QStringLiteral("acme/app was not found, or this token cannot see it. "
                                        "Private repositories need the repo scope, which this "
                                        "classic token lacks.")));
}

void TestAccountCheck::classicTokenWithoutAdminRightsIsToldSo()
{
    SimToken writer
        = classic(QStringLiteral("ghp_writer"), QStringLiteral("dev"), { QStringLiteral("repo") });
    writer.admin = false;
    m_sim->addToken(writer);
    const TargetCheck app = check(QStringLiteral("ghp_writer"), kApp);
    QCOMPARE(app.problems,
             QStringList(kRunnersProblem
                         + QStringLiteral(" This classic token has the repo scope, so the account "
                                          "it belongs to lacks admin rights on acme/app.")));
    QVERIFY(app.canReadRuns);
}

void TestAccountCheck::fineGrainedWithoutAdministration()
{
    m_sim->addToken(fineGrained(QStringLiteral("github_pat_runs_only"), SimToken::Access::None,
                                SimToken::Access::Read));
    const TokenIdentity who = identity(QStringLiteral("github_pat_runs_only"));
    QVERIFY2(who.status.isOk(), qPrintable(who.status.message));
    QCOMPARE(who.kind, TokenIdentity::Kind::FineGrained);
    QCOMPARE(who.login, QStringLiteral("fine-owner"));
    QVERIFY(who.scopes.isEmpty());

    const TargetCheck app = check(QStringLiteral("github_pat_runs_only"), kApp);
    QCOMPARE(app.problems, QStringList(kRunnersProblem));
    QVERIFY(app.problems.first().contains(QLatin1String("Administration: read")));
    QCOMPARE(app.status.state, ConnectionState::Forbidden);
    QVERIFY(!app.canListRunners);
    QVERIFY(app.canReadRuns);
}

void TestAccountCheck::fineGrainedWithoutActions()
{
    m_sim->addToken(fineGrained(QStringLiteral("github_pat_admin_only"), SimToken::Access::Read,
                                SimToken::Access::None));
    const TargetCheck app = check(QStringLiteral("github_pat_admin_only"), kApp);
    QCOMPARE(app.problems, QStringList(kRunsProblem));
    QVERIFY(app.status.isOk()); // the target exists and its runners can be listed
    QVERIFY(app.canListRunners);
    QVERIFY(!app.canReadRuns);
    QVERIFY(!app.isOk());
}

void TestAccountCheck::fineGrainedTokenExpiryIsRead()
{
    SimToken token = fineGrained(QStringLiteral("github_pat_expiring"), SimToken::Access::Read,
                                 SimToken::Access::Read);
    token.expiresAt = m_clock->now().addDays(7);
    m_sim->addToken(token);
    const TokenIdentity who = identity(QStringLiteral("github_pat_expiring"));
    QVERIFY2(who.status.isOk(), qPrintable(who.status.message));
    QCOMPARE(who.expiresAt, token.expiresAt);

    m_clock->advance(8 * 24 * 3600); // past its expiry: GitHub no longer accepts it
    const TokenIdentity expired = identity(QStringLiteral("github_pat_expiring"));
    QCOMPARE(expired.status.state, ConnectionState::AuthFailed);
}

void TestAccountCheck::hiddenRepositoryIsNotFound()
{
    SimToken token = fineGrained(QStringLiteral("github_pat_one_repo"), SimToken::Access::Read,
                                 SimToken::Access::Read);
    token.repositories = QStringList { QStringLiteral("acme/app") };
    m_sim->addToken(token);
    const TargetCheck secret
        = check(QStringLiteral("github_pat_one_repo"),
                Target::repository(QStringLiteral("acme"), QStringLiteral("secret")));
    QCOMPARE(secret.status.state, ConnectionState::NotFound);
    QCOMPARE(secret.problems.size(), 1);
    QVERIFY(secret.problems.first().startsWith(
        QLatin1String("acme/secret was not found, or this token cannot see it.")));
    QVERIFY(!secret.canListRunners);
    QVERIFY(check(QStringLiteral("github_pat_one_repo"), kApp).isOk());
    // A repository that does not exist at all reads the same.
    const TargetCheck ghost
        = check(QStringLiteral("github_pat_one_repo"),
                Target::repository(QStringLiteral("acme"), QStringLiteral("ghost")));
    QCOMPARE(ghost.status.state, ConnectionState::NotFound);
}

void TestAccountCheck::organisationWithoutPermission_data()
{
    QTest::addColumn<SimToken>("token");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fine-grained without Self-hosted runners")
        << fineGrained(QStringLiteral("github_pat_org"), SimToken::Access::Read,
                       SimToken::Access::Read, SimToken::Access::None)
        << kOrgProblem;
    QTest::newRow("classic without admin:org")
        << classic(QStringLiteral("ghp_org"), QStringLiteral("octo"), { QStringLiteral("repo") })
        << kOrgProblem
            + QStringLiteral(" This classic token has neither admin:org nor manage_runners:org "
                             "(it has: repo).");
    SimToken member = classic(QStringLiteral("ghp_member"), QStringLiteral("octo"),
                              { QStringLiteral("admin:org") });
    member.admin = false;
    QTest::newRow("classic admin:org, not an owner") << member
                                                     << kOrgProblem
            + QStringLiteral(" This classic token has the admin:org scope, so the account it "
                             "belongs to is not an owner of acme.");
}

void TestAccountCheck::organisationWithoutPermission()
{
    QFETCH(SimToken, token);
    QFETCH(QString, problem);
    m_sim->addToken(token);
    const TargetCheck org = check(token.token, kAcme);
    QCOMPARE(org.problems, QStringList(problem));
    QCOMPARE(org.status.state, ConnectionState::Forbidden);
    QVERIFY(!org.canListRunners);
    QVERIFY(!org.canReadRuns);
    QVERIFY(!org.canDispatch.has_value());
}

void TestAccountCheck::organisationWithPermissionIsOk()
{
    m_sim->addToken(fineGrained(QStringLiteral("github_pat_org_ok"), SimToken::Access::None,
                                SimToken::Access::None, SimToken::Access::Read));
    m_sim->addToken(classic(QStringLiteral("ghp_runners"), QStringLiteral("octo"),
                            { QStringLiteral("manage_runners:org") }));
    for (const QString &token :
         { QStringLiteral("github_pat_org_ok"), QStringLiteral("ghp_runners") }) {
        const TargetCheck org = check(token, kAcme);
        QVERIFY2(org.isOk(), qPrintable(token + org.problems.join(QLatin1Char('\n'))));
        QVERIFY(org.canListRunners);
    }
}

void TestAccountCheck::unknownOrganisationIsNotFound()
{
    m_sim->addToken(classic(QStringLiteral("ghp_full"), QStringLiteral("octo"),
                            { QStringLiteral("repo"), QStringLiteral("admin:org") }));
    const TargetCheck org
        = check(QStringLiteral("ghp_full"), Target::organization(QStringLiteral("nowhere")));
    QCOMPARE(org.status.state, ConnectionState::NotFound);
    QCOMPARE(org.problems,
             QStringList(QStringLiteral(
                 "The organisation nowhere was not found, or this token cannot see it.")));
}

void TestAccountCheck::revokedOrUnknownTokenFailsIdentity_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("revoked") << QStringLiteral("ghp_revoked");
    QTest::newRow("unknown") << QStringLiteral("ghp_never_issued");
}

void TestAccountCheck::revokedOrUnknownTokenFailsIdentity()
{
    QFETCH(QString, token);
    m_sim->addToken(
        classic(QStringLiteral("ghp_revoked"), QStringLiteral("octo"), { QStringLiteral("repo") }));
    QVERIFY(identity(QStringLiteral("ghp_revoked")).status.isOk());
    QVERIFY(m_sim->revokeToken(QStringLiteral("ghp_revoked")));

    const TokenIdentity who = identity(token);
    QCOMPARE(who.status.state, ConnectionState::AuthFailed);
    QCOMPARE(who.status.httpStatus, 401);
    QVERIFY(who.login.isEmpty());
    QVERIFY(!who.status.message.contains(token)); // the token never reaches a message
    const TargetCheck app = check(token, kApp);
    QCOMPARE(app.status.state, ConnectionState::AuthFailed);
    QVERIFY(app.problems.isEmpty());
}

void TestAccountCheck::serverFailureIsConnectionStatusNotPermission()
{
    m_sim->addToken(fineGrained(QStringLiteral("github_pat_503"), SimToken::Access::None,
                                SimToken::Access::None));
    SimFault outage;
    outage.kind = SimFault::Kind::Status;
    outage.status = 503;
    outage.pathContains = QStringLiteral("/actions/runners");
    m_sim->addFault(outage);
    const TargetCheck app = check(QStringLiteral("github_pat_503"), kApp);
    QCOMPARE(app.status.state, ConnectionState::ServerError);
    QCOMPARE(app.status.httpStatus, 503);
    QVERIFY2(app.problems.isEmpty(), qPrintable(app.problems.join(QLatin1Char('\n'))));
    QVERIFY(!app.canListRunners);

    m_sim->clearFaults();
    outage.pathContains = QStringLiteral("/user");
    m_sim->addFault(outage);
    const TokenIdentity who = identity(QStringLiteral("github_pat_503"));
    QCOMPARE(who.status.state, ConnectionState::ServerError);
    QVERIFY(who.login.isEmpty());
}

void TestAccountCheck::rateLimitIsConnectionStatusNotPermission()
{
    m_sim->addToken(
        classic(QStringLiteral("ghp_busy"), QStringLiteral("octo"), { QStringLiteral("repo") }));
    SimFault limit;
    limit.kind = SimFault::Kind::PrimaryRateLimit;
    limit.status = 403;
    limit.pathContains = QStringLiteral("/actions/runners");
    m_sim->addFault(limit);
    const TargetCheck app = check(QStringLiteral("ghp_busy"), kApp);
    QCOMPARE(app.status.state, ConnectionState::RateLimited);
    QVERIFY(app.problems.isEmpty());
}

void TestAccountCheck::dispatchNotes()
{
    m_sim->fleet().setRepositoryPublic(QStringLiteral("acme/app"), true);
    m_sim->addToken(
        classic(QStringLiteral("ghp_ro"), QStringLiteral("octo"), { QStringLiteral("read:org") }));
    const TargetCheck classicRo = check(QStringLiteral("ghp_ro"), kApp);
    QCOMPARE(classicRo.canDispatch, std::optional<bool>(false));
    QCOMPARE(classicRo.notes,
             QStringList(QStringLiteral(
                 "Dispatching workflows needs the repo scope, which this classic token lacks.")));

    m_sim->addToken(fineGrained(QStringLiteral("github_pat_all"), SimToken::Access::Read,
                                SimToken::Access::Write));
    const TargetCheck fine = check(QStringLiteral("github_pat_all"), kApp);
    QVERIFY(fine.isOk());
    QVERIFY(!fine.canDispatch.has_value());
    QCOMPARE(fine.notes,
             QStringList(QStringLiteral("Dispatching workflows needs the Actions: write "
                                        "permission; it cannot be checked without "
                                        "dispatching.")));

    // No registry: the simulator answers as an unnamed token without scope headers.
    m_sim->clearTokens();
    const TargetCheck unknown = check(QStringLiteral("opaque-token"), kApp);
    QVERIFY(unknown.isOk());
    QVERIFY(!unknown.canDispatch.has_value());
    QCOMPARE(unknown.notes.size(), 1);
    QVERIFY(unknown.notes.first().contains(QLatin1String("(fine-grained) or the repo scope")));
}

void TestAccountCheck::kindTextIsReadable()
{
    TokenIdentity identity;
    QCOMPARE(identity.kindText(), QStringLiteral("unknown"));
    identity.kind = TokenIdentity::Kind::Classic;
    QCOMPARE(identity.kindText(), QStringLiteral("classic"));
    identity.kind = TokenIdentity::Kind::FineGrained;
    QCOMPARE(identity.kindText(), QStringLiteral("fine-grained"));
}

QTEST_GUILESS_MAIN(TestAccountCheck)
#include "TestAccountCheck.moc"
