#pragma once
// The tray icon's context menu: pause/resume notifications, check now, the status window, the
// first-run setup while it is incomplete, one "Open <target> on GitHub" per watched target,
// the log folder (for a bug report), settings, quit — and the actions: "Dispatch workflow…",
// "Dispatch again ▸" and "Runners ▸" (restart, back up, recover each runner RelayQ can act on).
// Only entries that do something.

#include <QList>
#include <QMenu>
#include <QUrl>

namespace relayq {

class RunnerMenu;

class TrayMenu : public QMenu
{
    Q_OBJECT
public:
    struct TargetLink
    {
        QString name;
        QUrl page;
    };

    explicit TrayMenu(QWidget *parent = nullptr);

    void setPaused(bool paused);
    void setTargets(const QList<TargetLink> &targets);
    void setCanCheck(bool canCheck);
    // Settings… where there are settings (not in the demo); Set up… while setup is incomplete.
    void setSetup(bool hasSettings, bool setupIncomplete);
    // "Dispatch workflow…" while a repository is watched (hidden otherwise).
    void setCanDispatch(bool canDispatch);
    // Puts the "Dispatch again" submenu (RecentDispatchMenu) after "Dispatch workflow…".
    void setDispatchAgainMenu(QMenu *menu);

    QAction *pauseAction() const { return m_pause; }
    QAction *checkNowAction() const { return m_checkNow; }
    QAction *settingsAction() const { return m_settings; }
    QAction *openLogFolderAction() const { return m_openLogFolder; }
    QAction *setupAction() const { return m_setup; }
    QAction *dispatchAction() const { return m_dispatch; }
    RunnerMenu *runnersMenu() const { return m_runners; }

signals:
    void pauseRequested(bool paused);
    void checkNowRequested();
    void openWindowRequested();
    void openUrlRequested(const QUrl &url);
    void settingsRequested();
    void openLogFolderRequested();
    void setupRequested();
    void dispatchRequested();
    void quitRequested();

private:
    QAction *m_pause;
    QAction *m_checkNow;
    QAction *m_openWindow;
    QAction *m_setup;
    QAction *m_settings;
    QAction *m_openLogFolder;
    QAction *m_dispatch;
    QAction *m_runnersAction;
    RunnerMenu *m_runners;
    QAction *m_targetsSeparator;
    QAction *m_quitSeparator;
    QList<QAction *> m_targetActions;
    QStringList m_targetNames;
};

} // namespace relayq
