#include "LinkHeader.h"

#include <QList>

namespace relayq {

namespace {

// Splits "a, b" at commas that are outside <...> and "...".
QList<QByteArray> splitLinkValues(const QByteArray &value)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool inAngle = false;
    bool inQuote = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (inQuote && c == '\\' && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
            continue;
        }
        if (c == '"' && !inAngle)
            inQuote = !inQuote;
        else if (c == '<' && !inQuote)
            inAngle = true;
        else if (c == '>' && !inQuote)
            inAngle = false;
        if (c == ',' && !inAngle && !inQuote) {
            parts.append(current);
            current.clear();
            continue;
        }
        current += c;
    }
    parts.append(current);
    return parts;
}

QByteArray unquote(QByteArray text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"')) {
        text = text.mid(1, text.size() - 2);
        text.replace("\\\"", "\"");
        text.replace("\\\\", "\\");
    }
    return text;
}

// The rel parameter's value from `; rel="next"; title=x`.
QByteArray relParameter(const QByteArray &params)
{
    const QList<QByteArray> pieces = params.split(';');
    for (const QByteArray &piece : pieces) {
        const qsizetype eq = piece.indexOf('=');
        if (eq < 0)
            continue;
        if (piece.left(eq).trimmed().toLower() == "rel")
            return unquote(piece.mid(eq + 1));
    }
    return {};
}

} // namespace

LinkHeader LinkHeader::parse(const QByteArray &value, const QUrl &context)
{
    LinkHeader header;
    const QList<QByteArray> values = splitLinkValues(value);
    for (const QByteArray &raw : values) {
        const QByteArray linkValue = raw.trimmed();
        const qsizetype open = linkValue.indexOf('<');
        const qsizetype close = linkValue.indexOf('>', open + 1);
        if (open != 0 || close < 0)
            continue;
        header.addLink(linkValue.mid(1, close - 1).trimmed(), linkValue.mid(close + 1), context);
    }
    return header;
}

void LinkHeader::addLink(const QByteArray &target, const QByteArray &params, const QUrl &context)
{
    const QByteArray rels = relParameter(params);
    if (rels.isEmpty() || target.isEmpty())
        return;
    QUrl url = QUrl::fromEncoded(target, QUrl::StrictMode);
    if (!url.isValid())
        url = QUrl::fromEncoded(target, QUrl::TolerantMode);
    if (url.isRelative() && context.isValid())
        url = context.resolved(url);
    if (!url.isValid())
        return;
    const QList<QByteArray> relTypes = rels.simplified().split(' ');
    for (const QByteArray &rel : relTypes) {
        const QString key = QString::fromLatin1(rel).toLower();
        if (!key.isEmpty() && !m_links.contains(key))
            m_links.insert(key, url);
    }
}

QUrl LinkHeader::link(const QString &rel) const
{
    return m_links.value(rel.toLower());
}

} // namespace relayq
