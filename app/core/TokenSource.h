#pragma once
// Where the GitHub token comes from, in the order gh uses: GH_TOKEN, then GITHUB_TOKEN.
// (The OS keychain joins this list with the settings work.) The token itself is never logged;
// `source` is what the UI and `auth status` may show.

#include <QString>

#include <optional>

namespace relayq {

struct FoundToken
{
    QString token;
    QString source; // e.g. "GH_TOKEN"
};

std::optional<FoundToken> tokenFromEnvironment();

} // namespace relayq
