#pragma once
// The list of targets the user watches, with an "owner/repo or organisation" field to add one.
// Each target added is checked against the API at once (AccountCheck::checkTarget): one that
// does not exist is not added, one the token cannot fully use is added with the problem in
// words, and a failed connection is reported as such, never as a problem of the target.
// Shared by the settings dialog (Targets page) and the first-run wizard.

#include "SetupServices.h"
#include "Target.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace relayq {

class AccountCheck;
struct TargetCheck;

class TargetListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TargetListEditor(const SetupServices &services, QWidget *parent = nullptr);
    ~TargetListEditor() override;

    // Shows these targets as they are (not checked again); drops checks still under way.
    void setTargets(const TargetList &targets);
    // The targets in the list, in order; those still being checked are not among them yet.
    TargetList targets() const;
    // Where and with what token new targets are checked.
    void setConnection(const QUrl &apiUrl, const QString &token);
    bool isChecking() const { return !m_pending.isEmpty(); }

signals:
    void targetsChanged();
    // The check of a target the user added has been answered and shown (added or not).
    void checkFinished(const relayq::Target &target);

private:
    void addTyped();
    void removeSelected();
    void showCheck(const TargetCheck &check);
    void addRow(const Target &target, const QString &state, const QString &details = {});
    QTreeWidgetItem *rowOf(const Target &target) const;
    void showMessage(const QString &message);
    void updateButtons();

    AccountCheck *m_check;
    TargetList m_targets;
    TargetList m_pending; // being checked: shown, but not part of targets() yet
    bool m_canCheck = false;
    QString m_connectionProblem; // why checks cannot run (no token, refused URL)
    QLineEdit *m_input = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace relayq
