#pragma once
// relayq-tray's command line: --demo, or the same target options as relayqctl (--repo, --org,
// --api-url; the token from GH_TOKEN / GITHUB_TOKEN). Settings replace most of this later.

#include "Target.h"

#include <QStringList>
#include <QUrl>

#include <optional>

namespace relayq {

struct TrayCommandLine
{
    TargetList targets;
    QUrl apiUrl;
    bool demo = false;

    // On --help / --version prints and sets `exitNow`; on a mistake sets `error`.
    static TrayCommandLine parse(const QStringList &arguments, std::optional<int> *exitNow,
                                 QString *error);
};

} // namespace relayq
