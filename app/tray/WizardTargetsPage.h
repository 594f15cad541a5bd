#pragma once
// First-run page 3: what to watch, through TargetListEditor (each target checked against the
// API as it is added). At least one target to go on.

#include "Target.h"

#include <QUrl>
#include <QWizardPage>

class QLabel;

namespace relayq {

struct SetupServices;
class TargetListEditor;

class WizardTargetsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardTargetsPage(const SetupServices &services, QWidget *parent = nullptr);

    void setConnection(const QUrl &apiUrl, const QString &token);
    // When the host and token pages were skipped: which token is used and where it came from.
    void showTokenOrigin(const QString &text);
    TargetList targets() const;
    bool isComplete() const override;
    // QWizard::next() does not ask isComplete(): Next by keyboard or code is held here too.
    bool validatePage() override { return isComplete(); }

private:
    TargetListEditor *m_editor;
    QLabel *m_origin;
};

} // namespace relayq
