#pragma once
// Picks how this operating system starts RelayQ Tray on login: an XDG autostart entry on Linux,
// a LaunchAgent on macOS, the Run key on Windows; nullptr elsewhere (the UI then hides the
// switch).

#include "Autostart.h"

#include <QString>

#include <memory>

namespace relayq {

// `executablePath`: the program to start, normally QCoreApplication::applicationFilePath().
// On Linux, inside an AppImage ($APPIMAGE set), the AppImage itself is started instead: the
// running path lies in a mount that is gone after logout.
std::unique_ptr<Autostart> makeSystemAutostart(const QString &executablePath);

} // namespace relayq
