#include "RunnersPage.h"

#include "RunnerBindingDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relayq {

RunnersPage::RunnersPage(QWidget *parent)
    : QWidget(parent), m_searchRoots { QDir::homePath(), QStringLiteral("/opt") }
{
    setObjectName(QStringLiteral("runnersPage"));
    auto *intro = new QLabel(tr("Folders of the self-hosted runners installed on this machine. "
                                "RelayQ uses them to restart, back up and recover runners."));
    intro->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("runnerDirectories"));
    m_list->setAccessibleName(tr("Runner folders on this machine"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("runnersMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *add = new QPushButton(tr("&Add folder…"));
    add->setObjectName(QStringLiteral("addRunnerDirectoryButton"));
    auto *find = new QPushButton(tr("&Find"));
    find->setObjectName(QStringLiteral("findRunnerDirectoriesButton"));
    find->setToolTip(tr("Looks for actions-runner* folders in your home folder and in /opt"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("removeRunnerDirectoryButton"));
    m_remove->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { add, find, m_remove }) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(bindingsSection(), 1);

    connect(add, &QPushButton::clicked, this, &RunnersPage::chooseDirectory);
    connect(find, &QPushButton::clicked, this, &RunnersPage::findDirectories);
    connect(m_remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_list->selectedItems()); });
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
}

QWidget *RunnersPage::bindingsSection()
{
    auto *heading = new QLabel(tr("<b>How RelayQ reaches each runner</b>"));
    auto *intro = new QLabel(tr("Runners on another computer, or under supervisord, docker and "
                                "the like, need to be told how their service is started and "
                                "stopped. Auto-recovery is switched on here, per runner."));
    intro->setWordWrap(true);
    m_bindingList = new QTreeWidget;
    m_bindingList->setObjectName(QStringLiteral("runnerBindings"));
    m_bindingList->setAccessibleName(tr("How RelayQ reaches each runner"));
    m_bindingList->setHeaderLabels({ tr("Runner"), tr("Reached"), tr("Auto-recovery") });
    m_bindingList->setRootIsDecorated(false);
    m_bindingList->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *add = new QPushButton(tr("A&dd…"));
    add->setObjectName(QStringLiteral("addRunnerBindingButton"));
    m_editBinding = new QPushButton(tr("&Edit…"));
    m_editBinding->setObjectName(QStringLiteral("editRunnerBindingButton"));
    m_removeBinding = new QPushButton(tr("Re&move"));
    m_removeBinding->setObjectName(QStringLiteral("removeRunnerBindingButton"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { add, m_editBinding, m_removeBinding }) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto *section = new QWidget;
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_bindingList, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] { editBinding(-1); });
    connect(m_editBinding, &QPushButton::clicked, this, [this] { editBinding(selectedBinding()); });
    connect(m_bindingList, &QTreeWidget::itemActivated, this,
            [this] { editBinding(selectedBinding()); });
    connect(m_removeBinding, &QPushButton::clicked, this, [this] {
        const int row = selectedBinding();
        if (row >= 0) {
            m_bindings.removeAt(row);
            showBindings();
        }
    });
    connect(m_bindingList, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_editBinding->setEnabled(selectedBinding() >= 0);
        m_removeBinding->setEnabled(selectedBinding() >= 0);
    });
    showBindings();
    return section;
}

QString RunnersPage::describe(const RunnerBinding &binding)
{
    switch (binding.kind) {
    case RunnerBinding::Kind::Local:
        return binding.directory.isEmpty()
            ? tr("This computer, found among the runner folders")
            : tr("This computer: %1").arg(QDir::toNativeSeparators(binding.directory));
    case RunnerBinding::Kind::Ssh: {
        const QString where = binding.directory.isEmpty() ? binding.serviceName : binding.directory;
        return tr("Over SSH: %1, %2").arg(binding.sshDestination, where);
    }
    case RunnerBinding::Kind::Commands: return tr("My own commands: %1").arg(binding.startCommand);
    }
    return QString();
}

void RunnersPage::showBindings()
{
    const int selected = selectedBinding();
    m_bindingList->clear();
    for (const RunnerBinding &binding : std::as_const(m_bindings)) {
        const QString recovery = binding.autoRecovery ? tr("On") : tr("Off");
        new QTreeWidgetItem(m_bindingList, { binding.runnerName, describe(binding), recovery });
    }
    if (selected >= 0 && selected < m_bindings.size())
        m_bindingList->setCurrentItem(m_bindingList->topLevelItem(selected));
    m_editBinding->setEnabled(selectedBinding() >= 0);
    m_removeBinding->setEnabled(selectedBinding() >= 0);
}

int RunnersPage::selectedBinding() const
{
    const QList<QTreeWidgetItem *> selected = m_bindingList->selectedItems();
    return selected.isEmpty() ? -1 : m_bindingList->indexOfTopLevelItem(selected.first());
}

// Window-modal and not waited for: the page takes the binding when the dialog is accepted.
void RunnersPage::editBinding(int row)
{
    if (row >= m_bindings.size())
        return;
    auto *dialog = new RunnerBindingDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList taken;
    for (int i = 0; i < m_bindings.size(); ++i) {
        if (i != row)
            taken << m_bindings.at(i).runnerName;
    }
    if (row >= 0)
        dialog->setBinding(m_bindings.at(row));
    dialog->setTakenNames(taken);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (row >= 0 && row < m_bindings.size())
            m_bindings[row] = dialog->binding();
        else
            m_bindings.append(dialog->binding());
        showBindings();
        m_bindingList->setCurrentItem(
            m_bindingList->topLevelItem(row >= 0 ? row : int(m_bindings.size()) - 1));
    });
    dialog->open();
}

QStringList RunnersPage::findRunnerDirectories(const QStringList &roots)
{
    QStringList found;
    for (const QString &root : roots) {
        const QDir dir(root);
        const QStringList names = dir.entryList({ QStringLiteral("actions-runner*") },
                                                QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names) {
            const QString path = dir.absoluteFilePath(name);
            if (QFileInfo::exists(path + QStringLiteral("/.runner")))
                found.append(QDir::cleanPath(path));
        }
    }
    return found;
}

void RunnersPage::addDirectory(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    if (directories().contains(clean))
        return;
    m_list->addItem(clean);
}

void RunnersPage::chooseDirectory()
{
    const QString path
        = QFileDialog::getExistingDirectory(this, tr("Runner folder"), QDir::homePath());
    if (!path.isEmpty())
        addDirectory(path);
}

void RunnersPage::findDirectories()
{
    const QStringList before = directories();
    const QStringList found = findRunnerDirectories(m_searchRoots);
    int added = 0;
    for (const QString &path : found) {
        if (!before.contains(path)) {
            addDirectory(path);
            ++added;
        }
    }
    m_message->setText(found.isEmpty() ? tr("No runner folders were found.")
                                       : tr("Found %n new runner folder(s).", nullptr, added));
    m_message->show();
}

QStringList RunnersPage::directories() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i)
        paths.append(m_list->item(i)->text());
    return paths;
}

void RunnersPage::load(const AppSettings &settings)
{
    m_list->clear();
    for (const QString &path : settings.runnerDirectories)
        addDirectory(path);
    m_message->hide();
    m_bindings = settings.runnerBindings;
    showBindings();
}

std::optional<QString> RunnersPage::apply(AppSettings &settings) const
{
    settings.runnerDirectories = directories();
    settings.runnerBindings = m_bindings;
    return std::nullopt;
}

} // namespace relayq
