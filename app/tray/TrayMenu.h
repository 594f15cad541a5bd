#pragma once
// The tray icon's context menu: pause/resume notifications, check now, the status window, the
// first-run setup while it is incomplete, one "Open <target> on GitHub" per watched target,
// settings, quit. Only entries that do something; actions on runners join when they exist.

#include <QList>
#include <QMenu>
#include <QUrl>

namespace relayq {

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

    QAction *pauseAction() const { return m_pause; }
    QAction *checkNowAction() const { return m_checkNow; }
    QAction *settingsAction() const { return m_settings; }
    QAction *setupAction() const { return m_setup; }

signals:
    void pauseRequested(bool paused);
    void checkNowRequested();
    void openWindowRequested();
    void openUrlRequested(const QUrl &url);
    void settingsRequested();
    void setupRequested();
    void quitRequested();

private:
    QAction *m_pause;
    QAction *m_checkNow;
    QAction *m_openWindow;
    QAction *m_setup;
    QAction *m_settings;
    QAction *m_targetsSeparator;
    QAction *m_quitSeparator;
    QList<QAction *> m_targetActions;
    QStringList m_targetNames;
};

} // namespace relayq
