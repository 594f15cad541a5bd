#include "AuditLog.h"

// STUB: replaced by the helper that owns the audit log.

namespace relayq {

AuditLog::AuditLog(const Clock &clock, const QString &filePath)
    : m_clock(clock), m_filePath(filePath.isEmpty() ? defaultPath() : filePath)
{ }

QString AuditLog::defaultPath()
{
    return QString();
}

bool AuditLog::append(AuditEntry)
{
    return false;
}

QList<AuditEntry> AuditLog::recent(int) const
{
    return {};
}

} // namespace relayq
