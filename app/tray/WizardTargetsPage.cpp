#include "WizardTargetsPage.h"

#include "TargetListEditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace relayq {

WizardTargetsPage::WizardTargetsPage(const SetupServices &services, QWidget *parent)
    : QWizardPage(parent), m_editor(new TargetListEditor(services)), m_origin(new QLabel)
{
    setObjectName(QStringLiteral("targetsPage"));
    setTitle(tr("What to watch"));
    setSubTitle(tr("Add the repositories (owner/repo) and organisations whose self-hosted "
                   "runners you want to watch. Each is checked with your token as you add it."));
    m_origin->setObjectName(QStringLiteral("tokenOrigin"));
    m_origin->setWordWrap(true);
    m_origin->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_origin);
    layout->addWidget(m_editor, 1);
    connect(m_editor, &TargetListEditor::targetsChanged, this, &QWizardPage::completeChanged);
    connect(m_editor, &TargetListEditor::checkFinished, this, &QWizardPage::completeChanged);
}

void WizardTargetsPage::setConnection(const QUrl &apiUrl, const QString &token)
{
    m_editor->setConnection(apiUrl, token);
}

void WizardTargetsPage::showTokenOrigin(const QString &text)
{
    m_origin->setText(text);
    m_origin->setVisible(!text.isEmpty());
}

TargetList WizardTargetsPage::targets() const
{
    return m_editor->targets();
}

bool WizardTargetsPage::isComplete() const
{
    return !m_editor->targets().isEmpty() && !m_editor->isChecking();
}

} // namespace relayq
