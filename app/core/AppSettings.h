#pragma once
// Everything the user configures, as one value: where GitHub is, what to watch, how to judge
// it, when to speak up, which runners live on this machine, and how the app itself behaves.
// SettingsStore reads and writes it; every face (tray, relayqctl) starts from it.

#include "MonitorSettings.h"
#include "NotificationPolicy.h"
#include "RunnerBinding.h"
#include "Target.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace relayq {

struct AppSettings
{
    // https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server.
    QUrl apiUrl = QUrl(QStringLiteral("https://api.github.com"));
    TargetList targets;
    MonitorSettings monitor;
    NotificationSettings notifications;
    QStringList runnerDirectories; // runner folders on this machine (actions use them)
    RunnerBindingList runnerBindings; // how each runner's service is reached; auto-recovery
    bool startOnLogin = false;
    QString language; // empty: follow the system; else a locale name such as "de"
    QString logLevel = QStringLiteral("info"); // trace, debug, info, warn, error
    // The tray icon drawn for a "light" or a "dark" panel, or "auto": as the desktop's palette.
    QString trayIconTone = QStringLiteral("auto");

    // What the first-run wizard is for: nothing to watch yet.
    bool needsSetup() const { return targets.isEmpty(); }
};

} // namespace relayq
