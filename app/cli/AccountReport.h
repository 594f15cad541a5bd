#pragma once
// What `relayqctl auth status` prints: where the token comes from, whose it is, its kind,
// scopes and expiry, and per target what it may not do — as text for people and as JSON.
// Nothing here ever sees the token itself.

#include "AccountCheck.h"
#include "Credentials.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace relayq::cli {

struct AccountReport
{
    QString host; // "api.github.com"
    QUrl apiUrl;
    Credentials::Origin origin = Credentials::Origin::None;
    QString originText;
    TokenIdentity identity;
    QList<TargetCheck> targets;

    QString text() const;
    QJsonObject json() const;
    // 0 when the token works for every target; else the exit code of the worst problem
    // (3: rejected or a permission missing, 2: GitHub could not be asked right now).
    int exitCode() const;
};

// Stable machine names for --json: "GH_TOKEN", "GITHUB_TOKEN", "keychain", "session", "none".
QString originKey(Credentials::Origin origin);
// "classic", "fine_grained", "unknown".
QString kindKey(TokenIdentity::Kind kind);

} // namespace relayq::cli
