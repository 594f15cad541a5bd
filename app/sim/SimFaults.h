#pragma once
// The faults waiting to be injected, and the body-level ones' recipes: which fault (if any) the
// next request meets (counting `times` down), and how a correct body is spoilt for each kind.

#include "SimFault.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace relayq::sim {

class SimFaults
{
public:
    void add(const SimFault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    qsizetype size() const { return m_faults.size(); }
    const QList<SimFault> &all() const { return m_faults; }

    // The first fault that applies to path, used up by one (spent ones are dropped).
    std::optional<SimFault> take(const QString &path);

    // Whether the fault rewrites a correct 200 answer's body (rather than the whole answer).
    static bool spoilsBody(SimFault::Kind kind);
    static QByteArray spoil(const SimFault &fault, const QByteArray &body);

    static std::optional<SimFault::Kind> kindFromName(const QString &name); // "reset_mid_body"
    static QString kindName(SimFault::Kind kind);

private:
    QList<SimFault> m_faults;
};

} // namespace relayq::sim
