#include "TargetListEditor.h"

#include "AccountCheck.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace relayq {

namespace {
enum Column { NameColumn, StateColumn };

bool sameTarget(const Target &a, const Target &b)
{
    // GitHub matches owner and repository names case-insensitively.
    return a.kind == b.kind && a.name().compare(b.name(), Qt::CaseInsensitive) == 0;
}

bool contains(const TargetList &list, const Target &target)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const Target &t) { return sameTarget(t, target); });
}

// Not found and permission answers are about the target; everything else is about the
// connection (or the token as a whole) and must not be blamed on the target.
bool isAboutTarget(ConnectionState state)
{
    return state == ConnectionState::Ok || state == ConnectionState::NotFound
        || state == ConnectionState::Forbidden;
}
} // namespace

TargetListEditor::TargetListEditor(const SetupServices &services, QWidget *parent)
    : QWidget(parent), m_check(new AccountCheck(services.network, services.clock, this))
{
    setObjectName(QStringLiteral("targetListEditor"));
    m_input = new QLineEdit;
    m_input->setObjectName(QStringLiteral("targetInput"));
    m_input->setPlaceholderText(tr("owner/repo or organisation"));
    m_input->setAccessibleName(tr("Repository or organisation to add"));
    m_add = new QPushButton(tr("&Add"));
    m_add->setObjectName(QStringLiteral("addTargetButton"));
    m_add->setAutoDefault(false);
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("removeTargetButton"));
    m_remove->setAutoDefault(false);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("targetList"));
    m_list->setAccessibleName(tr("Watched repositories and organisations"));
    m_list->setHeaderLabels({ tr("Target"), tr("Check") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(NameColumn, 200);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("targetMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(inputRow);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);

    // Enter in the field adds, without triggering the dialog's default button.
    connect(m_input, &QLineEdit::returnPressed, this, &TargetListEditor::addTyped);
    connect(m_add, &QPushButton::clicked, this, &TargetListEditor::addTyped);
    connect(m_remove, &QPushButton::clicked, this, &TargetListEditor::removeSelected);
    connect(m_input, &QLineEdit::textChanged, this, &TargetListEditor::updateButtons);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TargetListEditor::updateButtons);
    setConnection(QUrl(), QString());
    updateButtons();
}

TargetListEditor::~TargetListEditor() = default;

void TargetListEditor::setTargets(const TargetList &targets)
{
    m_pending.clear(); // answers still to come are dropped in showCheck
    m_targets.clear();
    m_list->clear();
    for (const Target &target : targets) {
        if (contains(m_targets, target))
            continue;
        m_targets.append(target);
        addRow(target, QString());
    }
    showMessage(QString());
    updateButtons();
}

TargetList TargetListEditor::targets() const
{
    return m_targets;
}

void TargetListEditor::setConnection(const QUrl &apiUrl, const QString &token)
{
    m_connectionProblem.clear();
    if (token.isEmpty())
        m_connectionProblem = tr("there is no token yet");
    else if (const auto refused = m_check->setApiBase(apiUrl))
        m_connectionProblem = *refused;
    m_check->setToken(token);
    m_canCheck = m_connectionProblem.isEmpty();
}

void TargetListEditor::addTyped()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty())
        return;
    const std::optional<Target> target = Target::parse(text);
    if (!target) {
        showMessage(tr("“%1” is not a target. Type owner/repo for a repository or a name for "
                       "an organisation.")
                        .arg(text));
        return;
    }
    if (contains(m_targets, *target) || contains(m_pending, *target)) {
        showMessage(tr("%1 is already in the list.").arg(target->name()));
        return;
    }
    m_input->clear();
    if (!m_canCheck) {
        m_targets.append(*target);
        addRow(*target, tr("Not checked"), m_connectionProblem);
        showMessage(
            tr("%1 was added without a check: %2.").arg(target->name(), m_connectionProblem));
        emit targetsChanged();
        return;
    }
    m_pending.append(*target);
    addRow(*target, tr("checking…"));
    showMessage(QString());
    m_check->checkTarget(*target, this, [this](const TargetCheck &check) { showCheck(check); });
}

void TargetListEditor::showCheck(const TargetCheck &check)
{
    const Target target = check.target;
    const auto pending = std::find_if(m_pending.begin(), m_pending.end(),
                                      [&](const Target &t) { return sameTarget(t, target); });
    if (pending == m_pending.end())
        return; // removed, or the list was replaced, while the check ran
    m_pending.erase(pending);
    QTreeWidgetItem *row = rowOf(target);
    if (!row)
        row = new QTreeWidgetItem(m_list, { target.name(), QString() });
    const ConnectionStatus &status = check.status;
    if (status.state == ConnectionState::NotFound) {
        delete row;
        const QString why = check.problems.isEmpty()
            ? tr("%1 was not found, or this token cannot see it.").arg(target.name())
            : check.problems.join(QLatin1Char(' '));
        showMessage(tr("%1 It was not added.").arg(why));
    } else {
        m_targets.append(target);
        if (!isAboutTarget(status.state)) {
            const QString why = status.message.isEmpty()
                ? tr("GitHub did not answer as expected (%1).")
                      .arg(connectionStateKey(status.state))
                : status.message;
            row->setText(StateColumn, tr("Not checked: %1").arg(why));
            row->setToolTip(StateColumn, why);
            showMessage(tr("%1 was added, but could not be checked: %2").arg(target.name(), why));
        } else if (check.isOk()) {
            row->setText(StateColumn, tr("OK"));
            showMessage(QString());
        } else {
            QStringList problems = check.problems;
            if (problems.isEmpty())
                problems.append(status.message);
            const QString words = problems.join(QLatin1Char(' '));
            row->setText(StateColumn, words);
            row->setToolTip(StateColumn, problems.join(QLatin1Char('\n')));
            showMessage(tr("%1 was added, but: %2").arg(target.name(), words));
        }
        emit targetsChanged();
    }
    updateButtons();
    emit checkFinished(target);
}

void TargetListEditor::removeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    bool changed = false;
    for (QTreeWidgetItem *row : selected) {
        const std::optional<Target> target = Target::parse(row->text(NameColumn));
        if (target) {
            const auto same = [&](const Target &t) { return sameTarget(t, *target); };
            changed = m_targets.removeIf(same) > 0 || changed;
            m_pending.removeIf(same);
        }
        delete row;
    }
    showMessage(QString());
    updateButtons();
    if (changed)
        emit targetsChanged();
}

void TargetListEditor::addRow(const Target &target, const QString &state, const QString &details)
{
    auto *row = new QTreeWidgetItem(m_list, { target.name(), state });
    row->setToolTip(StateColumn, details.isEmpty() ? state : details);
}

QTreeWidgetItem *TargetListEditor::rowOf(const Target &target) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_list->topLevelItem(i);
        const std::optional<Target> shown = Target::parse(row->text(NameColumn));
        if (shown && sameTarget(*shown, target))
            return row;
    }
    return nullptr;
}

void TargetListEditor::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void TargetListEditor::updateButtons()
{
    m_add->setEnabled(!m_input->text().trimmed().isEmpty());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

} // namespace relayq
