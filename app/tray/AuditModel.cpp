#include "AuditModel.h"

#include "ItemRoles.h"

#include <QLocale>

namespace relayq {

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
        QString detail
            = tr("Asked from: %1").arg(entry.origin.isEmpty() ? tr("unknown") : entry.origin);
        if (!entry.helperOutput.isEmpty())
            detail += QLatin1Char('\n') + entry.helperOutput;
        QList<QStandardItem *> row;
        const QStringList texts {
            QLocale().toString(entry.when.toLocalTime(), QLocale::ShortFormat),
            entry.action,
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
