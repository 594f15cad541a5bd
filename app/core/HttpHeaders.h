#pragma once
// The header lines of one HTTP answer, looked up case-insensitively (HTTP header names are).
// A plain value so the rate-limit and error logic can be tested without a network reply.

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

namespace relayq {

class HttpHeaders
{
public:
    using Pair = QPair<QByteArray, QByteArray>;

    HttpHeaders() = default;
    explicit HttpHeaders(QList<Pair> pairs);

    // The first value of `name`, or an empty array when absent.
    QByteArray value(const QByteArray &name) const;
    bool has(const QByteArray &name) const;
    // The value as a whole number; nothing when absent or not a number.
    std::optional<qint64> number(const QByteArray &name) const;

    void add(const QByteArray &name, const QByteArray &value);
    const QList<Pair> &pairs() const { return m_pairs; }

private:
    QList<Pair> m_pairs;
};

} // namespace relayq
