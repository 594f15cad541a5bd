#pragma once
// The simulator's primary rate limit: `limit` requests per hour window, the window starting with
// the first request after the previous one ended (as GitHub's does). Time from the fleet's clock.

#include <QDateTime>

namespace relayq::sim {

class SimRateLimit
{
public:
    void setLimit(int limit) { m_limit = limit; }
    void roll(const QDateTime &now); // starts a new window when the current one is over
    void charge() { ++m_used; }
    void setUsed(int used) { m_used = used; }
    bool exhausted() const { return m_used >= m_limit; }
    int limit() const { return m_limit; }
    int used() const { return m_used; }
    int remaining() const { return m_used >= m_limit ? 0 : m_limit - m_used; }
    qint64 resetEpoch() const { return m_reset.toSecsSinceEpoch(); }

private:
    int m_limit = 5000;
    int m_used = 0;
    QDateTime m_reset;
};

} // namespace relayq::sim
