#include "AuditModel.h"

#include "ItemRoles.h"

#include <QLocale>

namespace relayq {

namespace {
// The audit log keeps stable keys, read by relayqctl and by later versions alike; the table
// shows them in the user's language. A key this version does not know is shown as it is.
QString actionWords(const QString &action)
{
    if (action == QLatin1String("restart"))
        return AuditModel::tr("restart");
    if (action == QLatin1String("dispatch"))
        return AuditModel::tr("dispatch");
    if (action == QLatin1String("recover"))
        return AuditModel::tr("recover");
    if (action == QLatin1String("backup"))
        return AuditModel::tr("backup");
    return action;
}

QString originWords(const QString &origin)
{
    if (origin.isEmpty())
        return AuditModel::tr("unknown");
    if (origin == QLatin1String("tray"))
        return AuditModel::tr("the tray menu or status window");
    if (origin == QLatin1String("notification"))
        return AuditModel::tr("a notification");
    if (origin == QLatin1String("relayqctl"))
        return AuditModel::tr("relayqctl");
    if (origin == QLatin1String("auto-recovery"))
        return AuditModel::tr("auto-recovery");
    return origin;
}
} // namespace

AuditModel::AuditModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels(
        { tr("When"), tr("Action"), tr("Runner or workflow"), tr("Outcome"), tr("Message") });
}

void AuditModel::setEntries(const QList<AuditEntry> &entries)
{
    removeRows(0, rowCount());
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const AuditEntry &entry = *it;
        QString detail = tr("Asked from: %1").arg(originWords(entry.origin));
        if (!entry.helperOutput.isEmpty())
            detail += QLatin1Char('\n') + entry.helperOutput;
        QList<QStandardItem *> row;
        const QStringList texts {
            QLocale().toString(entry.when.toLocalTime(), QLocale::ShortFormat),
            actionWords(entry.action),
            entry.subject,
            entry.succeeded ? tr("done") : tr("failed"),
            entry.message,
        };
        for (const QString &text : texts) {
            auto *item = new QStandardItem(text);
            item->setEditable(false);
            item->setToolTip(detail);
            row.append(item);
        }
        row.first()->setData(
            QStringLiteral("audit:%1:%2").arg(entry.when.toString(Qt::ISODateWithMs), entry.action),
            KeyRole);
        appendRow(row);
    }
}

} // namespace relayq
