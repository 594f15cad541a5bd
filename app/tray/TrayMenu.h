#pragma once
// The tray icon's context menu: pause/resume notifications, check now, the status window, one
// "Open <target> on GitHub" per watched target, quit. Only entries that do something; actions
// on runners join when they exist.

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

    QAction *pauseAction() const { return m_pause; }
    QAction *checkNowAction() const { return m_checkNow; }

signals:
    void pauseRequested(bool paused);
    void checkNowRequested();
    void openWindowRequested();
    void openUrlRequested(const QUrl &url);
    void quitRequested();

private:
    QAction *m_pause;
    QAction *m_checkNow;
    QAction *m_openWindow;
    QAction *m_targetsSeparator;
    QAction *m_quitSeparator;
    QList<QAction *> m_targetActions;
    QStringList m_targetNames;
};

} // namespace relayq
