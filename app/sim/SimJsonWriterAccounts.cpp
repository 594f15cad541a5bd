// SimJsonWriter, continued: repositories and the authenticated user (large, URL-heavy shapes).

#include "SimJsonWriter.h"

#include <QCryptographicHash>

namespace relayq::sim {

namespace {

qint64 repositoryId(const QString &fullName)
{
    const QByteArray hash
        = QCryptographicHash::hash(fullName.toLower().toUtf8(), QCryptographicHash::Sha1);
    return 100000000
        + (quint32(quint8(hash[0])) << 16 | quint32(quint8(hash[1])) << 8 | quint8(hash[2]));
}

} // namespace

QJsonObject SimJsonWriter::minimalRepository(const QString &fullName) const
{
    const QString api = m_api + QStringLiteral("/repos/") + fullName;
    const qint64 id = repositoryId(fullName);
    QJsonObject repo = {
        { QStringLiteral("id"), id },
        { QStringLiteral("node_id"),
          QStringLiteral("R_kgDO") + QString::fromLatin1(QByteArray::number(id).toBase64()) },
        { QStringLiteral("name"), fullName.section(QLatin1Char('/'), 1) },
        { QStringLiteral("full_name"), fullName },
        { QStringLiteral("owner"),
          user(fullName.section(QLatin1Char('/'), 0, 0), QStringLiteral("Organization")) },
        { QStringLiteral("private"), true },
        { QStringLiteral("html_url"), QStringLiteral("https://github.com/") + fullName },
        { QStringLiteral("description"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("fork"), false },
        { QStringLiteral("url"), api },
    };
    // name → path template after the repository's API URL, as GitHub lists them.
    static const QList<QPair<const char *, const char *>> urls = {
        { "archive_url", "/{archive_format}{/ref}" },
        { "assignees_url", "/assignees{/user}" },
        { "blobs_url", "/git/blobs{/sha}" },
        { "branches_url", "/branches{/branch}" },
        { "collaborators_url", "/collaborators{/collaborator}" },
        { "comments_url", "/comments{/number}" },
        { "commits_url", "/commits{/sha}" },
        { "compare_url", "/compare/{base}...{head}" },
        { "contents_url", "/contents/{+path}" },
        { "contributors_url", "/contributors" },
        { "deployments_url", "/deployments" },
        { "downloads_url", "/downloads" },
        { "events_url", "/events" },
        { "forks_url", "/forks" },
        { "git_commits_url", "/git/commits{/sha}" },
        { "git_refs_url", "/git/refs{/sha}" },
        { "git_tags_url", "/git/tags{/sha}" },
        { "hooks_url", "/hooks" },
        { "issue_comment_url", "/issues/comments{/number}" },
        { "issue_events_url", "/issues/events{/number}" },
        { "issues_url", "/issues{/number}" },
        { "keys_url", "/keys{/key_id}" },
        { "labels_url", "/labels{/name}" },
        { "languages_url", "/languages" },
        { "merges_url", "/merges" },
        { "milestones_url", "/milestones{/number}" },
        { "notifications_url", "/notifications{?since,all,participating}" },
        { "pulls_url", "/pulls{/number}" },
        { "releases_url", "/releases{/id}" },
        { "stargazers_url", "/stargazers" },
        { "statuses_url", "/statuses/{sha}" },
        { "subscribers_url", "/subscribers" },
        { "subscription_url", "/subscription" },
        { "tags_url", "/tags" },
        { "teams_url", "/teams" },
        { "trees_url", "/git/trees{/sha}" },
    };
    for (const auto &[name, suffix] : urls)
        repo.insert(QLatin1String(name), api + QLatin1String(suffix));
    return repo;
}

QJsonObject SimJsonWriter::fullRepository(const QString &fullName, const QDateTime &now,
                                          bool isPublic, const QJsonObject &permissions) const
{
    QJsonObject repo = minimalRepository(fullName);
    repo.insert(QStringLiteral("private"), !isPublic);
    const QString web = QStringLiteral("https://github.com/") + fullName;
    const QJsonValue null(QJsonValue::Null);
    const QJsonObject extra = {
        { QStringLiteral("clone_url"), web + QStringLiteral(".git") },
        { QStringLiteral("git_url"),
          QStringLiteral("git://github.com/") + fullName + QStringLiteral(".git") },
        { QStringLiteral("ssh_url"),
          QStringLiteral("git@github.com:") + fullName + QStringLiteral(".git") },
        { QStringLiteral("svn_url"), web },
        { QStringLiteral("mirror_url"), null },
        { QStringLiteral("homepage"), null },
        { QStringLiteral("language"), QStringLiteral("Python") },
        { QStringLiteral("default_branch"), QStringLiteral("main") },
        { QStringLiteral("forks"), 0 },
        { QStringLiteral("forks_count"), 0 },
        { QStringLiteral("stargazers_count"), 0 },
        { QStringLiteral("watchers"), 0 },
        { QStringLiteral("watchers_count"), 0 },
        { QStringLiteral("open_issues"), 0 },
        { QStringLiteral("open_issues_count"), 0 },
        { QStringLiteral("size"), 128 },
        { QStringLiteral("has_issues"), true },
        { QStringLiteral("has_projects"), false },
        { QStringLiteral("has_wiki"), false },
        { QStringLiteral("has_pages"), false },
        { QStringLiteral("has_discussions"), false },
        { QStringLiteral("archived"), false },
        { QStringLiteral("disabled"), false },
        { QStringLiteral("visibility"),
          isPublic ? QStringLiteral("public") : QStringLiteral("private") },
        { QStringLiteral("license"), null },
        { QStringLiteral("pushed_at"), timestamp(now.addSecs(-3600)) },
        { QStringLiteral("created_at"), timestamp(now.addDays(-90)) },
        { QStringLiteral("updated_at"), timestamp(now.addSecs(-3600)) },
        { QStringLiteral("network_count"), 0 },
        { QStringLiteral("subscribers_count"), 1 },
        { QStringLiteral("permissions"),
          !permissions.isEmpty() ? permissions
                                 : QJsonObject { { QStringLiteral("admin"), true },
                                                 { QStringLiteral("maintain"), true },
                                                 { QStringLiteral("push"), true },
                                                 { QStringLiteral("triage"), true },
                                                 { QStringLiteral("pull"), true } } },
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        repo.insert(it.key(), it.value());
    return repo;
}

QJsonObject SimJsonWriter::privateUser(const QString &login) const
{
    QJsonObject me = user(login, QStringLiteral("User"));
    const QJsonValue null(QJsonValue::Null);
    const QJsonObject extra = {
        { QStringLiteral("user_view_type"), QStringLiteral("private") },
        { QStringLiteral("name"), QStringLiteral("RelayQ Demo") },
        { QStringLiteral("company"), null },
        { QStringLiteral("blog"), QString() },
        { QStringLiteral("location"), null },
        { QStringLiteral("email"), null },
        { QStringLiteral("hireable"), null },
        { QStringLiteral("bio"), null },
        { QStringLiteral("public_repos"), 1 },
        { QStringLiteral("public_gists"), 0 },
        { QStringLiteral("followers"), 0 },
        { QStringLiteral("following"), 0 },
        { QStringLiteral("created_at"), QStringLiteral("2024-01-15T09:00:00Z") },
        { QStringLiteral("updated_at"), QStringLiteral("2026-01-01T09:00:00Z") },
        { QStringLiteral("private_gists"), 0 },
        { QStringLiteral("total_private_repos"), 1 },
        { QStringLiteral("owned_private_repos"), 1 },
        { QStringLiteral("disk_usage"), 128 },
        { QStringLiteral("collaborators"), 0 },
        { QStringLiteral("two_factor_authentication"), true },
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        me.insert(it.key(), it.value());
    return me;
}

QJsonObject SimJsonWriter::organization(const QString &login, const QDateTime &now) const
{
    // organization-full's required properties; the rest of GitHub's answer is left out.
    QJsonObject org = user(login, QStringLiteral("Organization"));
    const QString api = m_api + QStringLiteral("/orgs/") + login;
    const QJsonObject extra = {
        { QStringLiteral("url"), api },
        { QStringLiteral("repos_url"), api + QStringLiteral("/repos") },
        { QStringLiteral("events_url"), api + QStringLiteral("/events") },
        { QStringLiteral("hooks_url"), api + QStringLiteral("/hooks") },
        { QStringLiteral("issues_url"), api + QStringLiteral("/issues") },
        { QStringLiteral("members_url"), api + QStringLiteral("/members{/member}") },
        { QStringLiteral("public_members_url"), api + QStringLiteral("/public_members{/member}") },
        { QStringLiteral("description"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("has_organization_projects"), true },
        { QStringLiteral("has_repository_projects"), true },
        { QStringLiteral("public_repos"), 0 },
        { QStringLiteral("public_gists"), 0 },
        { QStringLiteral("followers"), 0 },
        { QStringLiteral("following"), 0 },
        { QStringLiteral("created_at"), timestamp(now.addDays(-365)) },
        { QStringLiteral("updated_at"), timestamp(now.addDays(-1)) },
        { QStringLiteral("archived_at"), QJsonValue(QJsonValue::Null) },
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        org.insert(it.key(), it.value());
    for (const char *personal : { "gravatar_id", "followers_url", "following_url", "gists_url",
                                  "starred_url", "subscriptions_url", "organizations_url",
                                  "received_events_url", "site_admin", "user_view_type" })
        org.remove(QLatin1String(personal));
    return org;
}

} // namespace relayq::sim
