#include "Measurements.h"

#include <algorithm>

namespace relayq::bench {

void Measurements::add(const QString &name, qint64 value)
{
    qsizetype index = m_names.indexOf(name);
    if (index < 0) {
        m_names.append(name);
        m_values.append(QList<qint64>());
        index = m_names.size() - 1;
    }
    m_values[index].append(value);
}

QList<qint64> Measurements::sorted(const QString &name) const
{
    const qsizetype index = m_names.indexOf(name);
    QList<qint64> values = index < 0 ? QList<qint64>() : m_values.at(index);
    std::sort(values.begin(), values.end());
    return values;
}

qint64 Measurements::median(const QString &name) const
{
    const QList<qint64> values = sorted(name);
    if (values.isEmpty())
        return 0;
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

qint64 Measurements::min(const QString &name) const
{
    const QList<qint64> values = sorted(name);
    return values.isEmpty() ? 0 : values.first();
}

int Measurements::samples(const QString &name) const
{
    return int(sorted(name).size());
}

void Measurements::printNanoseconds(QTextStream &out) const
{
    auto ms = [](qint64 ns) { return QString::number(double(ns) / 1e6, 'f', 3); };
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("stage"), -12)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("min ms"), 10);
    for (const QString &name : m_names)
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(name, -12)
                   .arg(ms(median(name)), 10)
                   .arg(ms(min(name)), 10);
    out.flush();
}

} // namespace relayq::bench
