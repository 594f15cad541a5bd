#pragma once
// Start on login on Linux desktops: an XDG autostart entry, relayq-tray.desktop in
// $XDG_CONFIG_HOME/autostart (~/.config/autostart), which GNOME, KDE, Xfce and the rest run
// when the user logs in. Enabled means the file is there and not switched off inside
// (Hidden=true, X-GNOME-Autostart-enabled=false); disabling removes it.

#include "Autostart.h"

#include <QString>

namespace relayq {

class XdgAutostart : public Autostart
{
public:
    // `configDir` empty: $XDG_CONFIG_HOME, else ~/.config. Tests pass a scratch folder.
    explicit XdgAutostart(const QString &executablePath, const QString &configDir = QString());

    bool isEnabled() const override;
    std::optional<QString> setEnabled(bool enabled) override;
    QString location() const override { return m_filePath; }

    // The Exec= value that runs `program`: quoted where the Desktop Entry specification
    // requires it, '%' doubled, then escaped as a desktop-file string.
    static QString execValue(const QString &program);
    // The whole entry written for `program`.
    static QByteArray entry(const QString &program);

private:
    QString m_executablePath;
    QString m_filePath;
};

} // namespace relayq
