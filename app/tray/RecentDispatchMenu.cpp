#include "RecentDispatchMenu.h"

#include <QAction>

namespace relayq {

RecentDispatchMenu::RecentDispatchMenu(RecentDispatches &recent, QWidget *parent)
    : QMenu(parent), m_recent(recent)
{
    setTitle(tr("Dispatch again"));
    setObjectName(QStringLiteral("recentDispatchMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentDispatchMenu::refresh);
    // A disabled submenu never opens, so its own aboutToShow cannot bring it back: the menu
    // holding it refreshes it too.
    if (auto *holder = qobject_cast<QMenu *>(parent))
        connect(holder, &QMenu::aboutToShow, this, &RecentDispatchMenu::refresh);
    refresh();
}

void RecentDispatchMenu::refresh()
{
    m_recent.reload(); // an unreadable file reads as no entries
    clear();
    const QList<RecentDispatch> entries = m_recent.entries();
    // Greyed out in the menu holding it, with an entry saying why should it open anyway.
    menuAction()->setEnabled(!entries.isEmpty());
    if (entries.isEmpty()) {
        addAction(tr("(none yet)"))->setEnabled(false);
        return;
    }
    for (const RecentDispatch &entry : entries) {
        QAction *action = addAction(entry.label());
        action->setToolTip(entry.label());
        connect(action, &QAction::triggered, this, [this, entry] { emit dispatchAgain(entry); });
    }
}

} // namespace relayq
