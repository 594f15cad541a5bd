#include "RunnerMenu.h"

#include <QAction>

namespace relayq {

RunnerMenu::RunnerMenu(QWidget *parent) : QMenu(parent)
{
    setTitle(tr("&Runners"));
    setObjectName(QStringLiteral("runnersMenu"));
    connect(this, &QMenu::aboutToShow, this, &RunnerMenu::refresh);
    menuAction()->setVisible(false); // until it has a source: only entries that do something
    refresh();
}

void RunnerMenu::setSource(std::function<QList<RunnerChoice>()> source)
{
    m_source = std::move(source);
    menuAction()->setVisible(m_source != nullptr);
    refresh();
}

void RunnerMenu::refresh()
{
    clear();
    // clear() leaves the submenus addMenu() made: they go too, so none is listed twice.
    qDeleteAll(findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    const QList<RunnerChoice> choices = m_source ? m_source() : QList<RunnerChoice>();
    if (choices.isEmpty()) {
        QAction *none = addAction(tr("(no runner RelayQ can act on: bind one in Settings → "
                                     "Runners)"));
        none->setEnabled(false);
        return;
    }
    for (const RunnerChoice &choice : choices) {
        if (!choice.isUsable()) {
            // Disabled, with the reason in the entry itself: a tooltip is easy to miss.
            QAction *entry = addAction(QStringLiteral("%1 — %2").arg(choice.name, choice.problem));
            entry->setObjectName(QStringLiteral("runnerProblem:") + choice.name);
            entry->setEnabled(false);
            continue;
        }
        QMenu *sub = addMenu(choice.name);
        sub->setObjectName(QStringLiteral("runnerMenu:") + choice.name);
        sub->menuAction()->setObjectName(QStringLiteral("runner:") + choice.name);
        const QString name = choice.name;
        addRunnerActions(sub, choice, [this, name](RunnerCommand command) {
            emit commandRequested(command, name);
        });
    }
}

void RunnerMenu::addRunnerActions(QMenu *menu, const RunnerChoice &choice,
                                  const std::function<void(RunnerCommand)> &chosen)
{
    if (!choice.isUsable()) {
        QAction *entry = menu->addAction(choice.problem);
        entry->setObjectName(QStringLiteral("runnerProblem"));
        entry->setEnabled(false);
        return;
    }
    QAction *restart = menu->addAction(choice.restarting ? tr("Restarting…") : tr("Re&start"));
    restart->setObjectName(QStringLiteral("restartRunner"));
    restart->setEnabled(!choice.restarting);
    QObject::connect(restart, &QAction::triggered, menu,
                     [chosen] { chosen(RunnerCommand::Restart); });

    QAction *backup = menu->addAction(tr("&Back up configuration"));
    backup->setObjectName(QStringLiteral("backupRunner"));
    backup->setEnabled(choice.hasFolder);
    backup->setToolTip(choice.hasFolder
                           ? tr("Writes a private archive of the runner's configuration. It holds "
                                "the runner's private key.")
                           : tr("Its runner folder is not on this computer."));
    backup->setStatusTip(backup->toolTip());
    QObject::connect(backup, &QAction::triggered, menu,
                     [chosen] { chosen(RunnerCommand::Backup); });

    if (choice.hasFolder) {
        QAction *recover = menu->addAction(tr("Re&cover…"));
        recover->setObjectName(QStringLiteral("recoverRunner"));
        QObject::connect(recover, &QAction::triggered, menu,
                         [chosen] { chosen(RunnerCommand::Recover); });
    }
    menu->setToolTipsVisible(true);
}

} // namespace relayq
