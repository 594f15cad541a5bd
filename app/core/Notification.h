#pragma once
// A desktop notification as the policy decided it: what to say and which buttons to offer.
// How it reaches the screen is the Notifier's business (D-Bus on Linux, the tray elsewhere).

#include "Alert.h"

#include <QList>
#include <QString>

namespace relayq {

struct NotificationAction
{
    QString key; // stable, e.g. "open", "snooze-1h"
    QString label; // translated button text
};

struct Notification
{
    // One live notification per category (e.g. "connection", "alerts"): a new one with the same
    // category replaces the last instead of stacking.
    QString category;
    QString summary;
    QString body;
    Severity severity = Severity::Info;
    QString url; // what "open" opens; empty when there is nothing to open
    QList<NotificationAction> actions;
    QStringList alertIds; // the alerts it speaks of (for snooze / acknowledge)
};

} // namespace relayq
