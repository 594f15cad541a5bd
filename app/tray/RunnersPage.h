#pragma once
// Settings page "Runners on this machine": the folders of the self-hosted runners installed
// here (the actions use them). Added by hand, or found in the usual places: an
// actions-runner* folder in the home folder or /opt that holds a registered runner (.runner).
// Below them, how RelayQ reaches each runner's service (runner bindings: this computer, SSH, or
// the user's own commands, and the auto-recovery opt-in), edited in a RunnerBindingDialog.

#include "AppSettings.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

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

    // The bindings the page holds now (apply() hands them over).
    const RunnerBindingList &bindings() const { return m_bindings; }
    // "Over SSH: ci@host, /home/ci/actions-runner": how the list names a binding's way.
    static QString describe(const RunnerBinding &binding);

private:
    QWidget *bindingsSection();
    void showBindings();
    void editBinding(int row); // -1: a new binding
    int selectedBinding() const;

    void addDirectory(const QString &path);
    void chooseDirectory();
    void findDirectories();
    QStringList directories() const;

    QStringList m_searchRoots;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    RunnerBindingList m_bindings;
    QTreeWidget *m_bindingList = nullptr;
    QPushButton *m_editBinding = nullptr;
    QPushButton *m_removeBinding = nullptr;
};

} // namespace relayq
