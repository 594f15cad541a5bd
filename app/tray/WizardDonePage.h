#pragma once
// First-run page 5: what was chosen, and — when Finish could not keep it — what went wrong.
// When the OS keychain refused the token it offers keeping it in memory for this session.

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace relayq {

class WizardDonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardDonePage(QWidget *parent = nullptr);

    void showSummary(const QString &summary);
    // `problem` empty: clears it. `offerSessionOnly`: the keychain was the problem.
    void showProblem(const QString &problem, bool offerSessionOnly = false);
    void setSessionOnly(bool sessionOnly);

signals:
    void sessionOnlyToggled(bool sessionOnly);

private:
    QLabel *m_summary;
    QLabel *m_problem;
    QCheckBox *m_sessionOnly;
};

} // namespace relayq
