#pragma once
// Puts the app's words into the user's language: RelayQ's own translations (translations/*.ts,
// compiled into the binary by qt_add_translations) and Qt's (standard buttons, --help) from the
// system's Qt translations folder. Called once at start, before the first text is made: Qt
// widgets do not retranslate themselves, so a new choice applies from the next start.

#include <QString>

#include <memory>

class QTranslator;

namespace relayq {

class Translations
{
public:
    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // `language`: a locale name ("de", "es_MX") from the settings, or empty for the system's
    // (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix). English needs no translation.
    // Returns what happened in words for the log, e.g. "German (de): RelayQ and Qt".
    QString install(const QString &language);

private:
    std::unique_ptr<QTranslator> m_relayq;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace relayq
