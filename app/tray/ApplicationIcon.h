#pragma once
// The application's own icon (windows, dialogs, notifications without a state): the one the
// icon theme has under the application id — the installed hicolor icon, or a theme's own — and
// the copy built into the binary when no theme has it (a build run from its folder). An icon
// installed into hicolor where hicolor itself is missing (no index.theme) is still used.

#include <QIcon>
#include <QString>

namespace relayq {

class ApplicationIcon
{
public:
    static QIcon icon();
    // Where icon() came from, in words for the log: "icon theme hicolor:
    // /usr/share/icons/hicolor/scalable/apps/io.github.relayq.RelayQTray.svg", "icon theme
    // Adwaita" when the theme has it but its file cannot be named, "file … (no icon theme index
    // found)" when installed where Qt sees no theme, or "built in (…)".
    static QString source();
    // The theme's file for the icon: the scalable SVG, else the largest PNG; empty when none.
    static QString themeFile();
    // The copy inside the binary.
    static QString builtInPath();

private:
    static bool themeHasIcon();
};

} // namespace relayq
