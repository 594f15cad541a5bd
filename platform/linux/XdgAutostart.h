#pragma once
// Start on login on Linux desktops: an XDG autostart entry, relayq-tray.desktop in
// $XDG_CONFIG_HOME/autostart (~/.config/autostart), which GNOME, KDE, Xfce and the rest run
// when the user logs in. Enabled means the file is there and not switched off inside
// (Hidden=true, X-GNOME-Autostart-enabled=false); disabling removes it.

#include "AutostartFile.h"

#include <QString>

namespace relayq {

class XdgAutostart : public AutostartFile
{
public:
    // `configDir` empty: $XDG_CONFIG_HOME, else ~/.config. Tests pass a scratch folder.
    explicit XdgAutostart(const QString &executablePath, const QString &configDir = QString());

    bool isEnabled() const override;

    // The Exec= value that runs `program`: quoted where the Desktop Entry specification
    // requires it, '%' doubled, then escaped as a desktop-file string.
    static QString execValue(const QString &program);
    // The whole entry written for `program`.
    static QByteArray entry(const QString &program);

protected:
    QByteArray contents(const QString &program) const override { return entry(program); }
};

} // namespace relayq
