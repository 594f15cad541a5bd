#pragma once
// Data roles the status window's models share, so one view helper can open any row's page and
// keep the selection on the same thing across refreshes.

#include <Qt>

namespace relayq {

enum ItemRole {
    UrlRole = Qt::UserRole + 1, // QString: the row's page on GitHub (may be empty)
    KeyRole, // QString: stable identity of the row ("runner:acme/app:42", …)
    AlertIdRole, // QString: the alert id (alerts list only)
};

} // namespace relayq
