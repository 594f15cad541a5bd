#pragma once
// First-run page 4: when to speak up, in three plain switches (runner problems, slow work,
// GitHub unreachable; finer ones live in the settings dialog), and start on login where this
// platform has it.

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace relayq {

class Autostart;
struct AppSettings;

class WizardNotificationsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardNotificationsPage(Autostart *autostart, QWidget *parent = nullptr);

    // Shows what `settings` say (start on login: on by default where it is available).
    void showSettings(const AppSettings &settings);
    // Writes the choices into `settings`, leaving everything this page does not show alone.
    void apply(AppSettings *settings) const;
    bool startOnLogin() const;

private:
    QCheckBox *m_problems;
    QCheckBox *m_slowWork;
    QCheckBox *m_connection;
    QCheckBox *m_startOnLogin;
    QLabel *m_startOnLoginNote;
};

} // namespace relayq
