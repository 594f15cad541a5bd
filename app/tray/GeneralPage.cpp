#include "GeneralPage.h"

#include "Autostart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace relayq {

namespace {
void select(QComboBox *box, const QString &value, const QString &fallback)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : box->findData(fallback));
}
} // namespace

GeneralPage::GeneralPage(Autostart *autostart, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("generalPage"));
    m_startOnLogin = new QCheckBox(tr("&Start RelayQ when I log in"));
    m_startOnLogin->setObjectName(QStringLiteral("startOnLogin"));

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    // Each language is named in itself, so a user can find theirs in any UI language.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));

    m_logLevel = new QComboBox;
    m_logLevel->setObjectName(QStringLiteral("logLevel"));
    m_logLevel->addItem(tr("Trace (everything)"), QStringLiteral("trace"));
    m_logLevel->addItem(tr("Debug"), QStringLiteral("debug"));
    m_logLevel->addItem(tr("Info"), QStringLiteral("info"));
    m_logLevel->addItem(tr("Warnings"), QStringLiteral("warn"));
    m_logLevel->addItem(tr("Errors only"), QStringLiteral("error"));

    m_trayIconTone = new QComboBox;
    m_trayIconTone->setObjectName(QStringLiteral("trayIconTone"));
    m_trayIconTone->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_trayIconTone->addItem(tr("For light panels"), QStringLiteral("light"));
    m_trayIconTone->addItem(tr("For dark panels"), QStringLiteral("dark"));
    m_trayIconTone->setToolTip(
        tr("Automatic follows the desktop's colours. Choose one when the panel's colour differs "
           "from the windows'."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Log &level:"), m_logLevel);
    form->addRow(tr("&Tray icon:"), m_trayIconTone);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_startOnLogin);
    if (!autostart) {
        m_startOnLogin->setEnabled(false);
        auto *note = new QLabel(tr("Starting on login is not available on this system."));
        note->setObjectName(QStringLiteral("startOnLoginNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    } else {
        m_startOnLogin->setToolTip(autostart->location());
    }
    layout->addLayout(form);
    auto *restartNote = new QLabel(tr("A new language is used from the next start."));
    restartNote->setWordWrap(true);
    layout->addWidget(restartNote);
    layout->addStretch(1);
}

void GeneralPage::load(const AppSettings &settings)
{
    m_startOnLogin->setChecked(settings.startOnLogin);
    select(m_language, settings.language, QString());
    select(m_logLevel, settings.logLevel, AppSettings().logLevel);
    select(m_trayIconTone, settings.trayIconTone, AppSettings().trayIconTone);
}

std::optional<QString> GeneralPage::apply(AppSettings &settings) const
{
    settings.startOnLogin = m_startOnLogin->isChecked();
    settings.language = m_language->currentData().toString();
    settings.logLevel = m_logLevel->currentData().toString();
    settings.trayIconTone = m_trayIconTone->currentData().toString();
    return std::nullopt;
}

} // namespace relayq
