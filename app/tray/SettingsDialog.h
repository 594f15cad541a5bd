#pragma once
// The settings dialog: Account, Targets, Monitoring, Notifications, Runners on this machine,
// General. Applying saves through SettingsStore (which refuses invalid values with a message)
// and the running app picks the change up live from SettingsStore::changed.

#include "SetupServices.h"

#include <QDialog>

namespace relayq {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const SetupServices &services, QWidget *parent = nullptr);
    ~SettingsDialog() override;

private:
    SetupServices m_services;
};

} // namespace relayq
