#pragma once
// First-run page 1: which GitHub to talk to. GitHub.com, or a GitHub Enterprise Server whose
// address the user may type loosely ("ghe.example.com", "https://ghe.example.com/acme"): it
// becomes the API root https://HOST/api/v3, and what was made of it is shown as they type.

#include <QUrl>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace relayq {

class WizardHostPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardHostPage(QWidget *parent = nullptr);

    // Preselects the API the settings already name.
    void setApiUrl(const QUrl &apiUrl);
    // The API root chosen; invalid while the typed Enterprise address cannot be used.
    QUrl apiUrl() const;
    bool isComplete() const override;
    // QWizard::next() does not ask isComplete(): Next by keyboard or code is held here too.
    bool validatePage() override { return isComplete(); }

    // The API root for what the user typed as their Enterprise Server, or an invalid URL with
    // the reason in `problem`. A loopback address (a local simulator) is kept as typed.
    static QUrl enterpriseApiUrl(const QString &typed, QString *problem = nullptr);

private:
    void update();

    QRadioButton *m_github = nullptr;
    QRadioButton *m_enterprise = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace relayq
