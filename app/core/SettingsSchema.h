#pragma once
// The one table of settings: every key of the settings file (version 2) with its type, default,
// allowed range or values and where it lives in AppSettings. SettingsStore reads, checks and
// writes through it, so a new setting is one new row here and nowhere else.
//
// Values travel between AppSettings and the file in a "stored form": bool for switches, int for
// counts and seconds, double for fractions, QString for text, QStringList for lists (targets as
// names, alert kinds as ids, per-workflow times as "workflow=seconds").

#include "AppSettings.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <utility>

namespace relayq {

enum class SettingType {
    Switch, // bool
    Count, // int, plain number
    Seconds, // int, a duration in seconds
    Fraction, // double
    Choice, // QString, one of `choices`
    Language, // QString, empty or a locale name
    ApiUrl, // QString, an API base ApiBase::check accepts
    Targets, // QStringList of Target::name()
    AlertKinds, // QStringList of alertKindKey()
    Labels, // QStringList of non-empty words
    Folders, // QStringList of absolute paths
    SecondsPerWorkflow, // QStringList of "workflow=seconds"
};

struct SettingsKey
{
    const char *name; // "monitor/poll_interval": group/key in the INI file
    const char *label; // "Poll interval": how messages name it (translated on use)
    SettingType type;
    QVariant defaultValue; // stored form
    double minimum = 0; // Count, Seconds, Fraction, SecondsPerWorkflow (inclusive)
    double maximum = 0;
    QStringList choices; // Choice
    QVariant (*get)(const AppSettings &) = nullptr; // stored form of the value in `settings`
    void (*set)(AppSettings &, const QVariant &) = nullptr; // takes a checked stored form
};

class SettingsSchema
{
public:
    static const QList<SettingsKey> &keys();
    static const SettingsKey *find(const QString &name);

    // Every alert kind in a fixed order, and the kind with id `key` ("runner_offline").
    static const QList<AlertKind> &alertKinds();
    static std::optional<AlertKind> alertKind(const QString &key);
    // "Nightly build=28800" → ("Nightly build", 28800): the last '=' splits, so a workflow
    // name may hold one. Nothing when the seconds are not a whole number.
    static std::optional<std::pair<QString, int>> workflowEntry(const QString &entry);
    // Key names that look like a secret (token, secret, password): never kept in the file.
    static bool looksLikeSecret(const QString &keyName);

    // Runner bindings are not rows of the table: they are a list of records, the INI array
    // [runner_bindings] (see SettingsStore.h). How a binding's kind is written there:
    // "local", "ssh", "commands"; nothing for a kind the file names that this version does not
    // know.
    static QString bindingKindKey(RunnerBinding::Kind kind);
    static std::optional<RunnerBinding::Kind> bindingKind(const QString &key);
};

} // namespace relayq
