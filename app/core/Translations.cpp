#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace relayq {

namespace {
// Where qt_add_translations puts the compiled .qm files in the resources (its default prefix).
const char kResourceFolder[] = ":/i18n";

// The locale a language setting stands for (the system's when empty).
QLocale localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}
} // namespace

Translations::Translations() = default;

Translations::~Translations()
{
    for (QTranslator *translator : { m_relayq.get(), m_qt.get() }) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
}

QString Translations::install(const QString &language)
{
    const QLocale locale = localeFor(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale); // dates and numbers follow the chosen language too
    const QString name = QLocale::languageToString(locale.language());
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QStringLiteral("%1 (%2): built in").arg(name, locale.name());
    QStringList loaded;
    // QTranslator::load(QLocale, …) walks the locale's UI languages ("de-AT" → "de"), so a
    // regional setting still finds the language's file.
    auto relayq = std::make_unique<QTranslator>();
    if (relayq->load(locale, QStringLiteral("relayq"), QStringLiteral("_"),
                     QString::fromLatin1(kResourceFolder))) {
        QCoreApplication::installTranslator(relayq.get());
        m_relayq = std::move(relayq);
        loaded << QStringLiteral("RelayQ");
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
        loaded << QStringLiteral("Qt");
    }
    return QStringLiteral("%1 (%2): %3")
        .arg(name, locale.name(),
             loaded.isEmpty() ? QStringLiteral("no translation, English is used")
                              : loaded.join(QStringLiteral(" and ")));
}

} // namespace relayq
