#include "AlertModel.h"

#include "ActivityModel.h"
#include "TrayIconPainter.h"

#include <QLocale>

namespace relayq {

namespace {
FleetState lookOf(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return FleetState::Critical;
    case Severity::Warning: return FleetState::Warning;
    case Severity::Info: break;
    }
    return FleetState::Busy;
}
} // namespace

QString AlertModel::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return tr("Critical");
    case Severity::Warning: return tr("Warning");
    case Severity::Info: break;
    }
    return tr("Information");
}

AlertModel::AlertModel(QObject *parent) : KeyedTreeModel(parent)
{
    setHeaders({ tr("Alert"), tr("Target"), tr("Since"), tr("State") });
}

void AlertModel::setAlerts(const AlertList &alerts, const QDateTime &now)
{
    m_alerts = alerts;
    m_now = now;
    // What the user silenced is forgotten once the alert is gone, as the policy does.
    QSet<QString> active;
    for (const Alert &alert : alerts)
        active.insert(alert.id);
    m_acknowledged.intersect(active);
    for (auto it = m_snoozedUntil.begin(); it != m_snoozedUntil.end();)
        it = active.contains(it.key()) && it.value() > now ? std::next(it)
                                                           : m_snoozedUntil.erase(it);
    rebuild();
}

void AlertModel::markAcknowledged(const QStringList &alertIds)
{
    for (const QString &id : alertIds)
        m_acknowledged.insert(id);
    rebuild();
}

void AlertModel::markSnoozed(const QStringList &alertIds, const QDateTime &until)
{
    for (const QString &id : alertIds)
        m_snoozedUntil.insert(id, until);
    rebuild();
}

QString AlertModel::stateText(const QString &alertId) const
{
    if (m_acknowledged.contains(alertId))
        return tr("Acknowledged");
    if (m_snoozedUntil.contains(alertId))
        return tr("Snoozed until %1")
            .arg(QLocale().toString(m_snoozedUntil.value(alertId).toLocalTime().time(),
                                    QLocale::ShortFormat));
    return QString();
}

QIcon AlertModel::dot(Severity severity)
{
    auto dot = m_dots.constFind(int(severity));
    if (dot == m_dots.cend())
        dot = m_dots.insert(int(severity),
                            TrayIconPainter::dot(TrayIconPainter::stateColor(lookOf(severity))));
    return *dot;
}

void AlertModel::rebuild()
{
    QList<Group> rows;
    rows.reserve(m_alerts.size());
    for (const Alert &alert : std::as_const(m_alerts)) {
        const QString since = alert.since.isValid()
            ? tr("%1 ago").arg(ActivityModel::formatElapsed(alert.since.secsTo(m_now)))
            : QString();
        Row row;
        row.key = QStringLiteral("alert:") + alert.id;
        row.texts = { alert.message, alert.target, since, stateText(alert.id) };
        row.icon = dot(alert.severity);
        row.alertId = alert.id;
        row.url = alert.url;
        row.accessibleText = tr("%1: %2").arg(severityName(alert.severity), alert.message);
        rows.append({ row, {} });
    }
    setGroups(rows);
}

} // namespace relayq
