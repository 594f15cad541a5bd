#pragma once
// Reading and checking one value of the settings table (SettingsSchema): what QSettings handed
// back is turned into the key's stored form, and a stored form is checked against the key's
// range or rules, with every problem said in words that name the setting and what it allows.

#include "SettingsSchema.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace relayq {

// What is wrong with one runner binding, and which of its fields is to blame, so a form can show
// the message next to that field.
struct BindingProblem
{
    enum class Field { RunnerName, Kind, Directory, SshDestination, StartCommand, StopCommand };

    Field field;
    QString message; // a sentence about the field; it does not repeat the runner's name

    bool operator==(const BindingProblem &) const = default;
};

class SettingsValue
{
    Q_DECLARE_TR_FUNCTIONS(relayq::SettingsValue)

public:
    // The stored form of `raw`, or nothing with `notUnderstood` saying what was expected
    // ("a whole number"). List entries that fail their check are left out, each with its
    // message in `dropped`; what remains passes check().
    static std::optional<QVariant> read(const SettingsKey &key, const QVariant &raw,
                                        QString *notUnderstood, QStringList *dropped);
    // The problem with a stored-form value (range, format, duplicates) in words, or nothing.
    static std::optional<QString> check(const SettingsKey &key, const QVariant &value);
    // "10 seconds", "1 hour", "7 days": how range limits are spelled in messages.
    static QString durationInWords(qint64 seconds);
    // A stored form as a message shows it ("5", "https://x", "a, b").
    static QString shown(const QVariant &value);
    // "Poll interval": the key's label in the user's language.
    static QString label(const SettingsKey &key);

    // The first problem with one runner binding: a blank runner name, an unknown kind, a local
    // folder that is not a full path, an SSH binding without a destination (or one ssh would
    // read as an option, or with spaces) or without a folder or service on that host, own
    // commands without a start and a stop command. Only the kind's own fields are checked.
    static std::optional<BindingProblem> checkBinding(const RunnerBinding &binding);
    // Every binding's first problem, "Runner NAME: …", and each runner bound once (GitHub
    // names are case-insensitive).
    static std::optional<QString> checkBindings(const RunnerBindingList &bindings);
    // The message for a runner bound a second time.
    static QString boundTwice(const QString &runnerName);
    // The message for a kind that is not local, ssh or commands.
    static QString unknownBindingKind(const QString &given);
};

} // namespace relayq
