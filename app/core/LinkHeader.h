#pragma once
// GitHub's pagination header (RFC 8288 web links):
//   Link: <https://api.github.com/...&page=2>; rel="next", <...&page=5>; rel="last"
// Parsed tolerantly: odd spacing, unquoted or multi-valued rel, commas inside <...> and extra
// parameters are all accepted. Relative links are resolved against the answering URL.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

namespace relayq {

class LinkHeader
{
public:
    static LinkHeader parse(const QByteArray &value, const QUrl &context = QUrl());

    // The link for a relation type ("next", "last", …), or an invalid URL.
    QUrl link(const QString &rel) const;
    QUrl next() const { return link(QStringLiteral("next")); }
    bool isEmpty() const { return m_links.isEmpty(); }
    qsizetype size() const { return m_links.size(); }

private:
    void addLink(const QByteArray &target, const QByteArray &params, const QUrl &context);

    QHash<QString, QUrl> m_links; // rel (lower case) -> URL; the first link of a rel wins
};

} // namespace relayq
