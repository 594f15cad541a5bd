#pragma once
// The JSON relayqctl prints (`status --json`, `watch --json`): a stable, documented shape that
// scripts can rely on. Field names follow GitHub's where they mean the same thing.

#include "Alert.h"
#include "FleetSnapshot.h"
#include "RateLimitState.h"

#include <QJsonObject>

namespace relayq::cli {

QJsonObject connectionJson(const ConnectionStatus &status);
QJsonObject alertJson(const Alert &alert);
QJsonObject statusJson(const FleetSnapshot &snapshot, const AlertList &alerts,
                       const RateLimitState &rateLimit);
// One line of `watch --json`: {"time", "event": raised|cleared|notice, "alert"}.
QJsonObject alertEventJson(const QString &event, const Alert &alert, const QDateTime &time);
// {"time", "event": "connection", "connection"}.
QJsonObject connectionEventJson(const ConnectionStatus &status, const QDateTime &time);

} // namespace relayq::cli
