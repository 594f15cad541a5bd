#pragma once
// The inputs of one workflow as a form, generated from its `on.workflow_dispatch.inputs`: a line
// edit for strings and environments, a check box for booleans, a combo box of the options for
// a choice, a line edit that takes only numbers for a number. Required inputs are marked with
// "*", defaults are filled in, descriptions shown under the field and as tooltips. The form
// only collects text; WorkflowDefinition::check decides what is valid.

#include "WorkflowDefinition.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace relayq {

class DispatchInputForm : public QWidget
{
    Q_OBJECT
public:
    explicit DispatchInputForm(QWidget *parent = nullptr);

    // Replaces the fields with one editor per input of `definition`, defaults filled in.
    void setDefinition(const WorkflowDefinition &definition);
    const WorkflowDefinition &definition() const { return m_definition; }

    // Fills the fields from NAME → VALUE (as sent before); names the form lacks are ignored.
    void setValues(const QMap<QString, QString> &values);
    // NAME → VALUE as text for every input: "true"/"false" for booleans.
    QMap<QString, QString> values() const;

    // The editor of an input (object name "input_<name>"); null when there is none.
    QWidget *editor(const QString &name) const;

    // Problems in words shown under the fields; an empty list hides them.
    void showProblems(const QStringList &problems);
    QStringList problems() const { return m_problems; }

signals:
    void edited(); // the user changed a value

private:
    QWidget *makeEditor(const WorkflowInput &input);
    void setValue(const WorkflowInput &input, const QString &value);
    QString value(const WorkflowInput &input) const;
    void clearFields();

    WorkflowDefinition m_definition;
    QFormLayout *m_fields = nullptr;
    QLabel *m_none = nullptr;
    QLabel *m_problemLabel = nullptr;
    QMap<QString, QWidget *> m_editors;
    QStringList m_problems;
};

} // namespace relayq
