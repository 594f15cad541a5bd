#include "ApiHost.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace relayq::cli {

QString apiHostKey(const QUrl &apiUrl)
{
    return apiUrl.host().toLower();
}

std::optional<QUrl> apiUrlForHostname(const QString &hostname, QString *error)
{
    const QString host = hostname.trimmed().toLower();
    static const QRegularExpression plainHost(
        QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$"));
    if (!plainHost.match(host).hasMatch()) {
        *error = QCoreApplication::translate("relayqctl",
                                             "--hostname wants a host name such as github.com or "
                                             "ghe.example.com, not \"%1\" (for a full URL use "
                                             "--api-url).")
                     .arg(hostname);
        return std::nullopt;
    }
    if (host == QLatin1String("github.com") || host == QLatin1String("api.github.com"))
        return QUrl(QStringLiteral("https://api.github.com"));
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPath(QStringLiteral("/api/v3"));
    return url;
}

} // namespace relayq::cli
