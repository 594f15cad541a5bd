#pragma once
// Start on login on macOS: a per-user LaunchAgent, ~/Library/LaunchAgents/io.relayq.tray.plist,
// which launchd runs at the next login (RunAtLoad, not kept alive: quitting RelayQ Tray means
// quit). Plain file writing, so it builds and is tested on every OS; only macOS uses it.

#include "AutostartFile.h"

#include <QByteArray>
#include <QString>

namespace relayq {

class LaunchAgentAutostart : public AutostartFile
{
public:
    static constexpr const char *kLabel = "io.relayq.tray";

    // `launchAgentsDir` empty: ~/Library/LaunchAgents. Tests pass a scratch folder.
    explicit LaunchAgentAutostart(const QString &executablePath,
                                  const QString &launchAgentsDir = QString());

    // The property list written for `program`.
    static QByteArray propertyList(const QString &program);

protected:
    QByteArray contents(const QString &program) const override { return propertyList(program); }
};

} // namespace relayq
