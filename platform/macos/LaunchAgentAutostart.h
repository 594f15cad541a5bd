#pragma once
// Start on login on macOS: a per-user LaunchAgent, ~/Library/LaunchAgents/io.relayq.tray.plist,
// which launchd runs at the next login (RunAtLoad, not kept alive: quitting RelayQ Tray means
// quit). Plain file writing, so it builds and is tested on every OS; only macOS uses it.

#include "Autostart.h"

#include <QByteArray>
#include <QString>

namespace relayq {

class LaunchAgentAutostart : public Autostart
{
public:
    static constexpr const char *kLabel = "io.relayq.tray";

    // `launchAgentsDir` empty: ~/Library/LaunchAgents. Tests pass a scratch folder.
    explicit LaunchAgentAutostart(const QString &executablePath,
                                  const QString &launchAgentsDir = QString());

    bool isEnabled() const override;
    std::optional<QString> setEnabled(bool enabled) override;
    QString location() const override { return m_filePath; }

    // The property list written for `program`.
    static QByteArray propertyList(const QString &program);

private:
    QString m_executablePath;
    QString m_filePath;
};

} // namespace relayq
