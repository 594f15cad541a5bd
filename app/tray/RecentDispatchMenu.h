#pragma once
// "Dispatch again" in the tray menu: the last few dispatches the user sent (RecentDispatches),
// most recent first, read again each time the menu opens since relayqctl may have added one.
// Choosing one emits dispatchAgain; the tray opens the dispatch dialog filled in with it.

#include "RecentDispatches.h"

#include <QMenu>

namespace relayq {

class RecentDispatchMenu : public QMenu
{
    Q_OBJECT
public:
    // A QMenu `parent` (the tray menu) refreshes this menu whenever it opens.
    explicit RecentDispatchMenu(RecentDispatches &recent, QWidget *parent = nullptr);

    // Reads the list again and rebuilds the entries ("(none yet)", and menuAction() disabled, when
    // empty).
    void refresh();

signals:
    void dispatchAgain(const RecentDispatch &dispatch);

private:
    RecentDispatches &m_recent;
};

} // namespace relayq
