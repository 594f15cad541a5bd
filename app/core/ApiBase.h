#pragma once
// The root URL of a GitHub REST API (https://api.github.com, https://HOST/api/v3, or a loopback
// simulator) and the rules that keep the token on it: which bases are acceptable, how request
// paths are appended, and which URLs count as "the same server" (scheme, host and port).

#include <QString>
#include <QUrl>

#include <optional>

namespace relayq {

class ApiBase
{
public:
    ApiBase() = default;

    // Returns the base, or an error message in words saying why `url` cannot be used.
    // https is required, except for loopback hosts (127.0.0.0/8, ::1, localhost), where a
    // local simulator or test server may use plain http.
    static std::optional<QString> check(const QUrl &url);
    // Builds a base from a URL that passed check(); a trailing slash is dropped.
    static ApiBase fromCheckedUrl(const QUrl &url);

    static bool isLoopbackHost(const QString &host);

    bool isValid() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }

    // "/repos/o/r/actions/runners?per_page=100" appended to the base path.
    QUrl resolve(const QString &pathAndQuery) const;
    // Same scheme, host and port as the base: the only server that may see the token.
    bool isSameServer(const QUrl &url) const;
    static bool isSameServer(const QUrl &a, const QUrl &b);

private:
    explicit ApiBase(QUrl url) : m_url(std::move(url)) { }

    QUrl m_url;
};

} // namespace relayq
