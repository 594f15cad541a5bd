#include "TrayMenu.h"

#include "RunnerMenu.h"

namespace relayq {

TrayMenu::TrayMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("trayMenu"));
    m_pause = addAction(tr("&Pause notifications"));
    m_pause->setObjectName(QStringLiteral("pauseAction"));
    m_checkNow = addAction(tr("&Check now"), this, &TrayMenu::checkNowRequested);
    m_checkNow->setObjectName(QStringLiteral("checkNowAction"));
    m_openWindow = addAction(tr("&Open status window"), this, &TrayMenu::openWindowRequested);
    m_openWindow->setObjectName(QStringLiteral("openWindowAction"));
    m_setup = addAction(tr("Set &up RelayQ Tray…"), this, &TrayMenu::setupRequested);
    m_setup->setObjectName(QStringLiteral("setupAction"));
    addSeparator();
    m_dispatch = addAction(tr("&Dispatch workflow…"), this, &TrayMenu::dispatchRequested);
    m_dispatch->setObjectName(QStringLiteral("dispatchAction"));
    m_dispatch->setVisible(false); // until there is a repository to dispatch in
    m_runners = new RunnerMenu(this);
    m_runnersAction = addMenu(m_runners);
    // Hidden until the session gives the submenu its runners (RunnerMenu::setSource shows it);
    // set here too because adding the menu made its action visible again.
    m_runnersAction->setVisible(false);
    m_targetsSeparator = addSeparator();
    m_quitSeparator = addSeparator();
    // Always there, also in the demo: the log is what a bug report needs.
    m_openLogFolder = addAction(tr("Open &log folder"), this, &TrayMenu::openLogFolderRequested);
    m_openLogFolder->setObjectName(QStringLiteral("openLogFolderAction"));
    m_settings = addAction(tr("&Settings…"), this, &TrayMenu::settingsRequested);
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    QAction *quit = addAction(tr("&Quit"), this, &TrayMenu::quitRequested);
    quit->setObjectName(QStringLiteral("quitAction"));
    connect(m_pause, &QAction::triggered, this,
            [this] { emit pauseRequested(!m_pause->property("paused").toBool()); });
    setPaused(false);
    setSetup(true, false);
}

void TrayMenu::setPaused(bool paused)
{
    m_pause->setProperty("paused", paused);
    m_pause->setText(paused ? tr("&Resume notifications") : tr("&Pause notifications"));
}

void TrayMenu::setCanCheck(bool canCheck)
{
    m_checkNow->setEnabled(canCheck);
}

void TrayMenu::setSetup(bool hasSettings, bool setupIncomplete)
{
    m_settings->setVisible(hasSettings);
    m_setup->setVisible(hasSettings && setupIncomplete);
}

void TrayMenu::setCanDispatch(bool canDispatch)
{
    m_dispatch->setVisible(canDispatch);
}

void TrayMenu::setDispatchAgainMenu(QMenu *menu)
{
    insertMenu(m_runnersAction, menu);
}

void TrayMenu::setTargets(const QList<TargetLink> &targets)
{
    QStringList names;
    for (const TargetLink &target : targets)
        names.append(target.name + QLatin1Char(' ') + target.page.toString());
    if (names == m_targetNames)
        return; // the menu may be open: do not rebuild it on every poll
    m_targetNames = names;
    qDeleteAll(m_targetActions);
    m_targetActions.clear();
    for (const TargetLink &target : targets) {
        auto *action = new QAction(tr("Open %1 on GitHub").arg(target.name), this);
        const QUrl page = target.page;
        connect(action, &QAction::triggered, this, [this, page] { emit openUrlRequested(page); });
        insertAction(m_quitSeparator, action);
        m_targetActions.append(action);
    }
    m_targetsSeparator->setVisible(!targets.isEmpty());
}

} // namespace relayq
