#include "GitHubWebUrl.h"

#include "ApiBase.h"

namespace relayq {

QUrl GitHubWebUrl::webBase(const QUrl &apiBase)
{
    const QUrl github(QStringLiteral("https://github.com"));
    if (!apiBase.isValid() || ApiBase::isLoopbackHost(apiBase.host())
        || apiBase.host().compare(QLatin1String("api.github.com"), Qt::CaseInsensitive) == 0)
        return github;
    QUrl web;
    web.setScheme(apiBase.scheme());
    web.setHost(apiBase.host());
    web.setPort(apiBase.port());
    return web;
}

QUrl GitHubWebUrl::targetPage(const QUrl &apiBase, const Target &target)
{
    QUrl page = webBase(apiBase);
    page.setPath(QLatin1Char('/') + target.name());
    return page;
}

} // namespace relayq
