#include "TargetsPage.h"

#include "TargetListEditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace relayq {

TargetsPage::TargetsPage(const SetupServices &services, QWidget *parent)
    : QWidget(parent), m_editor(new TargetListEditor(services))
{
    setObjectName(QStringLiteral("targetsPage"));
    auto *intro = new QLabel(tr("Repositories (owner/repo) and organisations whose self-hosted "
                                "runners RelayQ watches. Each is checked with your token as you "
                                "add it."));
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
}

void TargetsPage::load(const AppSettings &settings)
{
    m_editor->setTargets(settings.targets);
}

std::optional<QString> TargetsPage::apply(AppSettings &settings) const
{
    if (m_editor->isChecking())
        return tr("Wait until the targets being added have been checked.");
    settings.targets = m_editor->targets();
    return std::nullopt;
}

} // namespace relayq
