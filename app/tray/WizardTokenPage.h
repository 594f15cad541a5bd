#pragma once
// First-run page 2: the token, through TokenEntry. Next only once GitHub said whom this very
// token belongs to, so a mistyped or revoked token is caught here and not after setup.

#include <QWizardPage>

namespace relayq {

struct SetupServices;
class TokenEntry;

class WizardTokenPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardTokenPage(const SetupServices &services, QWidget *parent = nullptr);

    TokenEntry *tokenEntry() const { return m_entry; }
    bool isComplete() const override;
    // QWizard::next() does not ask isComplete(): Next by keyboard or code is held here too.
    bool validatePage() override { return isComplete(); }

private:
    TokenEntry *m_entry;
};

} // namespace relayq
