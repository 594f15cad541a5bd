#include "FirstRunWizard.h"

namespace relayq {

FirstRunWizard::FirstRunWizard(const SetupServices &services, QWidget *parent)
    : QWizard(parent), m_services(services)
{ }

FirstRunWizard::~FirstRunWizard() = default;

} // namespace relayq
