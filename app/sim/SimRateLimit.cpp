#include "SimRateLimit.h"

namespace relayq::sim {

void SimRateLimit::roll(const QDateTime &now)
{
    if (m_reset.isValid() && now < m_reset)
        return;
    m_used = 0;
    m_reset = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() + 3600, Qt::UTC);
}

} // namespace relayq::sim
