#pragma once
// What can be done to runners from a menu: Restart, Back up configuration, Recover… for each
// runner RelayQ can act on, and a runner without a usable service as a disabled entry saying
// why. The tray's "Runners" submenu is one of these; the status window's context menu on a
// runner is built with addRunnerActions() so both offer the same entries.

#include <QList>
#include <QMenu>

#include <functional>

namespace relayq {

enum class RunnerCommand { Restart, Backup, Recover };

// One runner as a menu shows it.
struct RunnerChoice
{
    QString name;
    QString problem; // why it has no usable service; empty when it has one
    bool hasFolder = false; // its runner directory is on this computer (backup, recovery)
    bool restarting = false;

    bool isUsable() const { return problem.isEmpty(); }
};

class RunnerMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RunnerMenu(QWidget *parent = nullptr);

    // Where the runners come from; asked each time the menu opens (and by refresh()).
    void setSource(std::function<QList<RunnerChoice>()> source);
    void refresh();

    // Adds the entries for `choice` to `menu`; `chosen` runs when one is triggered.
    static void addRunnerActions(QMenu *menu, const RunnerChoice &choice,
                                 const std::function<void(RunnerCommand)> &chosen);

signals:
    void commandRequested(relayq::RunnerCommand command, const QString &runnerName);

private:
    std::function<QList<RunnerChoice>()> m_source;
};

} // namespace relayq
