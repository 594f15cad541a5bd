#pragma once
// relayq-tray's command line: --demo, --config FILE, --no-setup, --verbose, and the same target
// options as relayqctl (--repo, --org, --api-url), which override the settings file for this run
// only.

#include "Target.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace relayq {

struct TrayCommandLine
{
    // Its messages are filed under "relayq::TrayCommandLine", for lupdate and at run time alike.
    Q_DECLARE_TR_FUNCTIONS(relayq::TrayCommandLine)
public:
    TargetList targets; // empty: the settings' targets
    QUrl apiUrl; // empty: the settings' API URL
    bool demo = false;
    QString configFile; // empty: $RELAYQ_CONFIG, else SettingsStore::defaultFilePath()
    bool noSetup = false; // never open the first-run wizard by itself (tests, kiosks)
    bool verbose = false; // log at least at debug level, whatever the settings say

    // On --help / --version prints and sets `exitNow`; on a mistake sets `error`.
    static TrayCommandLine parse(const QStringList &arguments, std::optional<int> *exitNow,
                                 QString *error);
};

} // namespace relayq
