#pragma once
// Reading and checking one value of the settings table (SettingsSchema): what QSettings handed
// back is turned into the key's stored form, and a stored form is checked against the key's
// range or rules, with every problem said in words that name the setting and what it allows.

#include "SettingsSchema.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace relayq {

class SettingsValue
{
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
};

} // namespace relayq
