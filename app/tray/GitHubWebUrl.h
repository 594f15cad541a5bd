#pragma once
// Where a target lives on the GitHub website, derived from the API base the app talks to:
// https://api.github.com → https://github.com, https://HOST/api/v3 → https://HOST (GHES).
// A loopback simulator has no website: its targets link to github.com like the demo's job URLs.

#include "Target.h"

#include <QUrl>

namespace relayq {

class GitHubWebUrl
{
public:
    static QUrl webBase(const QUrl &apiBase);
    // https://github.com/owner/repo or https://github.com/org
    static QUrl targetPage(const QUrl &apiBase, const Target &target);
};

} // namespace relayq
