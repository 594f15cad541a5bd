#pragma once
// First run, when there is no token or nothing to watch: API host → token (create one, paste
// it, or import it from the GitHub CLI) → targets, each checked against the API as it is
// added → notifications and start on login → done. Finishing saves the settings and the
// token; the running app starts polling from SettingsStore::changed and Credentials::changed.

#include "SetupServices.h"

#include <QWizard>

namespace relayq {

class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    explicit FirstRunWizard(const SetupServices &services, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

private:
    SetupServices m_services;
};

} // namespace relayq
