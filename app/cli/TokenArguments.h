#pragma once
// relayqctl never takes a token on its command line: argv is visible to every user of the
// machine (ps, /proc) and lands in shell history. An argument that looks like a GitHub token is
// refused before anything else runs, with a message that does not repeat it.

#include <QString>
#include <QStringList>

#include <optional>

namespace relayq::cli {

// Whether `text` has the shape of a GitHub token: ghp_/gho_/ghu_/ghs_/ghr_…, github_pat_…, or
// the 40 hex digits of an old classic token.
bool looksLikeToken(const QString &text);

// The refusal in words when an argument (or the value after "--option=") looks like a token,
// or is --with-token=VALUE; nothing otherwise. `arguments` excludes the program name.
std::optional<QString> refuseTokenArguments(const QStringList &arguments);

} // namespace relayq::cli
