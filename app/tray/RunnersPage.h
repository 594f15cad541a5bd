#pragma once
// Settings page "Runners on this machine": the folders of the self-hosted runners installed
// here (the actions use them). Added by hand, or found in the usual places: an
// actions-runner* folder in the home folder or /opt that holds a registered runner (.runner).

#include "AppSettings.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace relayq {

class RunnersPage : public QWidget
{
    Q_OBJECT
public:
    explicit RunnersPage(QWidget *parent = nullptr);

    void load(const AppSettings &settings);
    std::optional<QString> apply(AppSettings &settings) const;

    // Where "Find" looks (default: the home folder and /opt); tests point it elsewhere.
    void setSearchRoots(const QStringList &roots) { m_searchRoots = roots; }
    // The actions-runner* folders directly under `roots` that contain a .runner file.
    static QStringList findRunnerDirectories(const QStringList &roots);

private:
    void addDirectory(const QString &path);
    void chooseDirectory();
    void findDirectories();
    QStringList directories() const;

    QStringList m_searchRoots;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace relayq
