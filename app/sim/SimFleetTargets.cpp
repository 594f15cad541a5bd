// SimFleet, continued: the targets (repositories and organisations) and their visibility.

#include "SimFleet.h"

namespace relayq::sim {

QString SimFleet::repoKey(const QString &repo) const
{
    return repo.toLower();
}

void SimFleet::addRepository(const QString &owner, const QString &repo)
{
    ++m_revision;
    const QString full = owner + QLatin1Char('/') + repo;
    m_repos.insert(repoKey(full), full);
}

void SimFleet::addOrganization(const QString &org)
{
    ++m_revision;
    m_orgs.insert(org.toLower(), org);
}

bool SimFleet::hasRepository(const QString &fullName) const
{
    return m_repos.contains(repoKey(fullName));
}

bool SimFleet::hasOrganization(const QString &org) const
{
    return m_orgs.contains(org.toLower());
}

QStringList SimFleet::repositories() const
{
    return m_repos.values();
}

QStringList SimFleet::organizations() const
{
    return m_orgs.values();
}

void SimFleet::setRepositoryPublic(const QString &fullName, bool isPublic)
{
    ++m_revision;
    if (isPublic)
        m_publicRepos.insert(repoKey(fullName));
    else
        m_publicRepos.remove(repoKey(fullName));
}

bool SimFleet::isRepositoryPublic(const QString &fullName) const
{
    return m_publicRepos.contains(repoKey(fullName));
}

} // namespace relayq::sim
