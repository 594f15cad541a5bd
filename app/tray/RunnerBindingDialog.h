#pragma once
// The form for one runner binding: which runner, how RelayQ reaches its service (this computer,
// another computer over SSH, or the user's own commands) with only that way's fields, and the
// opt-in to restart it automatically. OK is enabled only when SettingsValue::checkBinding has
// nothing to say; its message is shown next to the field it is about.

#include "RunnerBinding.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace relayq {

class RunnerBindingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RunnerBindingDialog(QWidget *parent = nullptr);

    void setBinding(const RunnerBinding &binding);
    // What the form holds: the chosen kind's fields only, trimmed.
    RunnerBinding binding() const;
    // Runners bound elsewhere already: a second binding for one of them is refused.
    void setTakenNames(const QStringList &names);
    // The problem keeping OK disabled, or empty.
    QString problem() const { return m_problem; }

private:
    QWidget *localPage();
    QWidget *sshPage();
    QWidget *commandsPage();
    QLineEdit *field(const char *objectName, const QString &accessibleName);
    QLabel *problemLabel(QLineEdit *field);
    void chooseDirectory();
    void check();

    QLineEdit *m_runnerName = nullptr;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_kindPages = nullptr;
    QLineEdit *m_directory = nullptr;
    QLineEdit *m_sshDestination = nullptr;
    QLineEdit *m_remoteDirectory = nullptr;
    QLineEdit *m_serviceName = nullptr;
    QLineEdit *m_startCommand = nullptr;
    QLineEdit *m_stopCommand = nullptr;
    QLineEdit *m_statusCommand = nullptr;
    QCheckBox *m_autoRecovery = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QLineEdit *, QLabel *> m_problemLabels;
    QStringList m_takenNames;
    QString m_problem;
};

} // namespace relayq
