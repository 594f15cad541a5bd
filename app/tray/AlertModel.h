#pragma once
// The active alerts, worst first, each with its target, age and whether the user acknowledged
// or snoozed it here. Rows carry AlertIdRole, UrlRole and KeyRole.

#include "Alert.h"

#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QStandardItemModel>

namespace relayq {

class AlertModel : public QStandardItemModel
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
    QString stateText(const QString &alertId) const;

    AlertList m_alerts;
    QDateTime m_now;
    QHash<QString, QDateTime> m_snoozedUntil;
    QSet<QString> m_acknowledged;
    QHash<int, QIcon> m_dots; // one painted dot per severity, shared by every row
};

} // namespace relayq
