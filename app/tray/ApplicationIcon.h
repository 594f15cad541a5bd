#pragma once
// The application's own icon (windows, dialogs, notifications without a state): the one the
// icon theme has under the application id — the installed hicolor icon, or a theme's own — and
// the copy built into the binary when no theme has it (a build run from its folder).

#include <QIcon>
#include <QString>

namespace relayq {

class ApplicationIcon
{
public:
    static QIcon icon();
    // Where icon() came from, in words for the log: "icon theme (hicolor)" or "built in".
    static QString source();
};

} // namespace relayq
