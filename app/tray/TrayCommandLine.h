#pragma once
// relayq-tray's command line: --demo, --config FILE, --no-setup, and the same target options as
// relayqctl (--repo, --org, --api-url), which override the settings file for this run only.

#include "Target.h"

#include <QStringList>
#include <QUrl>

#include <optional>

namespace relayq {

struct TrayCommandLine
{
    TargetList targets; // empty: the settings' targets
    QUrl apiUrl; // empty: the settings' API URL
    bool demo = false;
    QString configFile; // empty: $RELAYQ_CONFIG, else SettingsStore::defaultFilePath()
    bool noSetup = false; // never open the first-run wizard by itself (tests, kiosks)

    // On --help / --version prints and sets `exitNow`; on a mistake sets `error`.
    static TrayCommandLine parse(const QStringList &arguments, std::optional<int> *exitNow,
                                 QString *error);
};

} // namespace relayq
