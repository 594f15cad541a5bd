#pragma once
// The active alerts, worst first, each with its target, age and whether the user acknowledged
// or snoozed it here. Updated in place (rows keyed by alert id); rows carry AlertIdRole, UrlRole
// and KeyRole.

#include "Alert.h"
#include "KeyedTreeModel.h"

#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QSet>

namespace relayq {

class AlertModel : public KeyedTreeModel
{
    Q_OBJECT
public:
    enum Column { MessageColumn, TargetColumn, SinceColumn, StateColumn };

    explicit AlertModel(QObject *parent = nullptr);

    void setAlerts(const AlertList &alerts, const QDateTime &now);
    void markAcknowledged(const QStringList &alertIds);
    void markSnoozed(const QStringList &alertIds, const QDateTime &until);

    static QString severityName(Severity severity);

private:
    void rebuild();
    QIcon dot(Severity severity);
    QString stateText(const QString &alertId) const;

    AlertList m_alerts;
    QDateTime m_now;
    QHash<QString, QDateTime> m_snoozedUntil;
    QSet<QString> m_acknowledged;
    QHash<int, QIcon> m_dots; // one painted dot per severity, shared by every row
};

} // namespace relayq
