#pragma once
// Which GitHub a command talks to, and the name its token is kept under. The token stores are
// keyed by the API URL's host ("api.github.com", "ghe.example.com"), as gh keys its hosts, so
// `--hostname HOST`, `--api-url URL` and the settings file's API URL all find the same token.

#include <QString>
#include <QUrl>

#include <optional>

namespace relayq::cli {

// The key of an API URL in the token stores: its host, lower case ("api.github.com").
QString apiHostKey(const QUrl &apiUrl);

// `--hostname`: "github.com" (or "api.github.com") means https://api.github.com; any other
// host is GitHub Enterprise Server at https://HOST/api/v3. Nothing when `hostname` is not a
// plain host name (`error` then says what to type).
std::optional<QUrl> apiUrlForHostname(const QString &hostname, QString *error);

} // namespace relayq::cli
