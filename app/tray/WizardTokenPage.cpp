#include "WizardTokenPage.h"

#include "TokenEntry.h"

#include <QVBoxLayout>

namespace relayq {

WizardTokenPage::WizardTokenPage(const SetupServices &services, QWidget *parent)
    : QWizardPage(parent), m_entry(new TokenEntry(services))
{
    setObjectName(QStringLiteral("tokenPage"));
    setTitle(tr("A token for GitHub"));
    setSubTitle(tr("RelayQ reads your runners with a token. It is kept in the OS keychain, "
                   "never in a file. Paste one, create one, or take the GitHub CLI's, then "
                   "check it."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_entry);
    connect(m_entry, &TokenEntry::tokenChanged, this, &QWizardPage::completeChanged);
    connect(m_entry, &TokenEntry::checked, this, &QWizardPage::completeChanged);
    connect(m_entry, &TokenEntry::busyChanged, this, &QWizardPage::completeChanged);
}

bool WizardTokenPage::isComplete() const
{
    return m_entry->isChecked() && !m_entry->isBusy();
}

} // namespace relayq
