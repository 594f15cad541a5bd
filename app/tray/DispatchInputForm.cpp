#include "DispatchInputForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace relayq {

namespace {

const QString kTrue = QStringLiteral("true");
const QString kFalse = QStringLiteral("false");

bool isTrue(const QString &value)
{
    return value.trimmed().compare(kTrue, Qt::CaseInsensitive) == 0;
}

} // namespace

DispatchInputForm::DispatchInputForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_none = new QLabel(tr("This workflow takes no inputs."), this);
    m_none->setObjectName(QStringLiteral("noInputs"));
    layout->addWidget(m_none);
    m_fields = new QFormLayout;
    layout->addLayout(m_fields);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("inputProblems"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);
}

void DispatchInputForm::clearFields()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0); // deletes the row's widgets
    m_editors.clear();
}

void DispatchInputForm::setDefinition(const WorkflowDefinition &definition)
{
    clearFields();
    m_definition = definition;
    for (const WorkflowInput &input : definition.inputs) {
        QWidget *editor = makeEditor(input);
        m_editors.insert(input.name, editor);
        setValue(input, input.defaultValue);
        // The mark goes on the label; the name stays the name GitHub knows.
        auto *label = new QLabel(input.required ? tr("%1 *").arg(input.name) : input.name, this);
        label->setBuddy(editor);
        label->setToolTip(input.description);
        editor->setToolTip(input.description);
        editor->setAccessibleName(input.name);
        if (input.description.trimmed().isEmpty()) {
            m_fields->addRow(label, editor);
            continue;
        }
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->addWidget(editor);
        auto *description = new QLabel(input.description.trimmed(), cell);
        description->setObjectName(QStringLiteral("description_%1").arg(input.name));
        description->setWordWrap(true);
        description->setTextFormat(Qt::PlainText);
        description->setEnabled(false); // greyed: help, not a value
        cellLayout->addWidget(description);
        m_fields->addRow(label, cell);
    }
    m_none->setVisible(definition.inputs.isEmpty());
    showProblems({});
}

QWidget *DispatchInputForm::makeEditor(const WorkflowInput &input)
{
    QWidget *editor = nullptr;
    switch (input.type) {
    case WorkflowInput::Type::Boolean: {
        auto *box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, &DispatchInputForm::edited);
        editor = box;
        break;
    }
    case WorkflowInput::Type::Choice: {
        auto *combo = new QComboBox(this);
        combo->addItems(input.options);
        connect(combo, &QComboBox::currentIndexChanged, this, &DispatchInputForm::edited);
        editor = combo;
        break;
    }
    case WorkflowInput::Type::Number: {
        auto *line = new QLineEdit(this);
        auto *validator = new QDoubleValidator(line);
        validator->setLocale(QLocale::c()); // GitHub reads "1.5", never "1,5"
        validator->setNotation(QDoubleValidator::StandardNotation);
        line->setValidator(validator);
        connect(line, &QLineEdit::textEdited, this, &DispatchInputForm::edited);
        editor = line;
        break;
    }
    case WorkflowInput::Type::String:
    case WorkflowInput::Type::Environment: {
        auto *line = new QLineEdit(this);
        if (input.type == WorkflowInput::Type::Environment)
            line->setPlaceholderText(tr("Environment name"));
        connect(line, &QLineEdit::textEdited, this, &DispatchInputForm::edited);
        editor = line;
        break;
    }
    }
    editor->setObjectName(QStringLiteral("input_%1").arg(input.name));
    return editor;
}

void DispatchInputForm::setValue(const WorkflowInput &input, const QString &value)
{
    QWidget *editor = m_editors.value(input.name);
    if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        box->setChecked(isTrue(value));
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int index = combo->findText(value);
        // No default: the first option, as GitHub's own form shows it.
        combo->setCurrentIndex(index >= 0 ? index : 0);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value);
    }
}

QString DispatchInputForm::value(const WorkflowInput &input) const
{
    QWidget *editor = m_editors.value(input.name);
    if (auto *box = qobject_cast<QCheckBox *>(editor))
        return box->isChecked() ? kTrue : kFalse;
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentText();
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        // Spaces around a number or an environment name are never meant.
        return input.type == WorkflowInput::Type::String ? line->text() : line->text().trimmed();
    }
    return QString();
}

void DispatchInputForm::setValues(const QMap<QString, QString> &values)
{
    for (const WorkflowInput &input : m_definition.inputs) {
        const auto it = values.constFind(input.name);
        if (it != values.constEnd())
            setValue(input, it.value());
    }
}

QMap<QString, QString> DispatchInputForm::values() const
{
    QMap<QString, QString> result;
    for (const WorkflowInput &input : m_definition.inputs)
        result.insert(input.name, value(input));
    return result;
}

QWidget *DispatchInputForm::editor(const QString &name) const
{
    return m_editors.value(name);
}

void DispatchInputForm::showProblems(const QStringList &problems)
{
    m_problems = problems;
    m_problemLabel->setText(problems.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!problems.isEmpty());
}

} // namespace relayq
