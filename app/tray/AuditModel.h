#pragma once
// The status window's "Actions" list: the recent end of the audit log, newest first — when,
// what, which runner or workflow, the outcome and the message, with the helper's output and
// who asked (tray, notification, relayqctl, auto-recovery) in the row's tooltip.

#include "AuditLog.h"

#include <QStandardItemModel>

namespace relayq {

class AuditModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, ActionColumn, SubjectColumn, OutcomeColumn, MessageColumn };

    explicit AuditModel(QObject *parent = nullptr);

    // `entries` oldest first, as AuditLog::recent gives them.
    void setEntries(const QList<AuditEntry> &entries);
};

} // namespace relayq
