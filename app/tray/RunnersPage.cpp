#include "RunnersPage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
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

    connect(add, &QPushButton::clicked, this, &RunnersPage::chooseDirectory);
    connect(find, &QPushButton::clicked, this, &RunnersPage::findDirectories);
    connect(m_remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_list->selectedItems()); });
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
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
}

std::optional<QString> RunnersPage::apply(AppSettings &settings) const
{
    settings.runnerDirectories = directories();
    return std::nullopt;
}

} // namespace relayq
