#include "ApiBase.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace relayq {

namespace {

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https") ? 443 : 80);
}

} // namespace

bool ApiBase::isLoopbackHost(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name == QLatin1String("localhost"))
        return true;
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    QHostAddress address;
    return address.setAddress(name) && address.isLoopback();
}

std::optional<QString> ApiBase::check(const QUrl &url)
{
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    if (!url.isValid() || url.host().isEmpty()) {
        return QCoreApplication::translate(
                   "relayq::ApiBase",
                   "\"%1\" is not a web address. Enter the API address, for example "
                   "https://api.github.com or https://HOST/api/v3 for GitHub Enterprise Server.")
            .arg(shown);
    }
    if (!url.userInfo().isEmpty()) {
        return QCoreApplication::translate(
            "relayq::ApiBase",
            "The API address must not contain a user name or password. Enter it without "
            "them and give the token separately.");
    }
    if (url.hasQuery() || url.hasFragment()) {
        return QCoreApplication::translate(
                   "relayq::ApiBase",
                   "The API address \"%1\" must not contain \"?\" or \"#\". Enter only the "
                   "address, for example https://api.github.com.")
            .arg(shown);
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return std::nullopt;
        return QCoreApplication::translate(
                   "relayq::ApiBase",
                   "RelayQ refuses to send the token over plain http to %1: anyone on the way "
                   "could read it. Use the https:// address of the API instead.")
            .arg(url.host());
    }
    return QCoreApplication::translate(
               "relayq::ApiBase",
               "\"%1\" is not an https:// address. Enter the API address, for example "
               "https://api.github.com.")
        .arg(shown);
}

ApiBase ApiBase::fromCheckedUrl(const QUrl &url)
{
    QUrl base = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    base.setScheme(base.scheme().toLower());
    if (base.path() == QLatin1String("/"))
        base.setPath(QString());
    return ApiBase(base);
}

QUrl ApiBase::resolve(const QString &pathAndQuery) const
{
    QString path = pathAndQuery;
    QString query;
    const qsizetype mark = path.indexOf(QLatin1Char('?'));
    if (mark >= 0) {
        query = path.mid(mark + 1);
        path.truncate(mark);
    }
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    QUrl url = m_url;
    url.setPath(m_url.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    if (mark >= 0)
        url.setQuery(query, QUrl::TolerantMode);
    return url;
}

bool ApiBase::isSameServer(const QUrl &url) const
{
    return isSameServer(m_url, url);
}

bool ApiBase::isSameServer(const QUrl &a, const QUrl &b)
{
    if (!a.isValid() || !b.isValid() || a.host().isEmpty())
        return false;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && effectivePort(a) == effectivePort(b);
}

} // namespace relayq
