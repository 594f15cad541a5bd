#pragma once
// Settings page "General": start on login, the language of the app, how much it logs, and
// whether the tray icon is drawn for a light or a dark panel.

#include "AppSettings.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;

namespace relayq {

class Autostart;

class GeneralPage : public QWidget
{
    Q_OBJECT
public:
    // `autostart` may be null where this platform has none: the switch is then disabled.
    explicit GeneralPage(Autostart *autostart, QWidget *parent = nullptr);

    void load(const AppSettings &settings);
    std::optional<QString> apply(AppSettings &settings) const;

private:
    QCheckBox *m_startOnLogin = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_logLevel = nullptr;
    QComboBox *m_trayIconTone = nullptr;
};

} // namespace relayq
