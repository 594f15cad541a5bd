#pragma once
// Samples of named quantities over repeated iterations, summarised as benchmarks should be:
// the median (typical) and the minimum (least disturbed by the other processes on the machine).

#include <QList>
#include <QString>
#include <QTextStream>

namespace relayq::bench {

class Measurements
{
public:
    void add(const QString &name, qint64 value);

    qint64 median(const QString &name) const;
    qint64 min(const QString &name) const;
    int samples(const QString &name) const;

    // One row per quantity in the order first added: name, median, min, nanoseconds shown in
    // milliseconds.
    void printNanoseconds(QTextStream &out) const;

private:
    QList<qint64> sorted(const QString &name) const;

    QList<QString> m_names;
    QList<QList<qint64>> m_values;
};

} // namespace relayq::bench
