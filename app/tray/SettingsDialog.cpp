#include "SettingsDialog.h"

namespace relayq {

SettingsDialog::SettingsDialog(const SetupServices &services, QWidget *parent)
    : QDialog(parent), m_services(services)
{ }

SettingsDialog::~SettingsDialog() = default;

} // namespace relayq
