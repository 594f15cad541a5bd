#pragma once
// The names RelayQ Tray is known by on a desktop. The application id (reverse DNS, as AppStream
// and the freedesktop specifications want it) names the desktop file, the AppStream metainfo and
// the icon in the hicolor theme, so menus, notifications and software centres find all three.

namespace relayq::AppIdentity {

// io.github.relayq.RelayQTray.desktop, io.github.relayq.RelayQTray.metainfo.xml, and the icon
// io.github.relayq.RelayQTray.svg / .png in hicolor.
inline constexpr char kApplicationId[] = "io.github.relayq.RelayQTray";

} // namespace relayq::AppIdentity
