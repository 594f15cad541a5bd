#include "WizardHostPage.h"

#include "ApiBase.h"

#include <QButtonGroup>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace relayq {

namespace {
const QUrl kGitHubCom(QStringLiteral("https://api.github.com"));

bool isGitHubCom(const QString &host)
{
    return host.compare(QLatin1String("github.com"), Qt::CaseInsensitive) == 0
        || host.compare(QLatin1String("api.github.com"), Qt::CaseInsensitive) == 0
        || host.compare(QLatin1String("www.github.com"), Qt::CaseInsensitive) == 0;
}
} // namespace

WizardHostPage::WizardHostPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("hostPage"));
    setTitle(tr("Where is GitHub?"));
    setSubTitle(tr("RelayQ watches self-hosted runners on GitHub.com or on your company's "
                   "GitHub Enterprise Server."));
    m_github = new QRadioButton(tr("&GitHub.com"));
    m_github->setObjectName(QStringLiteral("githubComRadio"));
    m_enterprise = new QRadioButton(tr("GitHub &Enterprise Server:"));
    m_enterprise->setObjectName(QStringLiteral("enterpriseRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_github);
    group->addButton(m_enterprise);
    m_github->setChecked(true);

    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("enterpriseUrlInput"));
    m_address->setPlaceholderText(tr("github.example.com"));
    m_address->setAccessibleName(tr("GitHub Enterprise Server address"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("hostMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_github);
    layout->addWidget(m_enterprise);
    layout->addWidget(m_address);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_github, &QRadioButton::toggled, this, &WizardHostPage::update);
    connect(m_address, &QLineEdit::textChanged, this, [this] {
        if (!m_address->text().isEmpty())
            m_enterprise->setChecked(true); // typing an address means choosing it
        update();
    });
    update();
}

void WizardHostPage::setApiUrl(const QUrl &apiUrl)
{
    if (!apiUrl.isValid() || isGitHubCom(apiUrl.host())) {
        m_github->setChecked(true);
        return;
    }
    m_address->setText(ApiBase::isLoopbackHost(apiUrl.host()) ? apiUrl.toString() : apiUrl.host());
    m_enterprise->setChecked(true);
}

QUrl WizardHostPage::apiUrl() const
{
    return m_github->isChecked() ? kGitHubCom : enterpriseApiUrl(m_address->text());
}

bool WizardHostPage::isComplete() const
{
    return apiUrl().isValid();
}

QUrl WizardHostPage::enterpriseApiUrl(const QString &typed, QString *problem)
{
    const auto refuse = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return QUrl();
    };
    QString text = typed.trimmed();
    if (text.isEmpty())
        return refuse(tr("Type the address of your GitHub Enterprise Server, such as "
                         "github.example.com."));
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    const QUrl given(text, QUrl::StrictMode);
    if (!given.isValid() || given.host().isEmpty())
        return refuse(tr("\"%1\" is not a web address. Type the server's address, such as "
                         "github.example.com.")
                          .arg(typed.trimmed()));
    if (isGitHubCom(given.host()))
        return kGitHubCom;
    QUrl api;
    api.setScheme(given.scheme().toLower());
    api.setHost(given.host());
    api.setPort(given.port());
    // A local simulator serves the API at the path it was given; a real GHES always at /api/v3.
    if (ApiBase::isLoopbackHost(given.host()))
        api.setPath(given.path() == QLatin1String("/") ? QString() : given.path());
    else
        api.setPath(QStringLiteral("/api/v3"));
    if (const auto refused = ApiBase::check(api))
        return refuse(*refused);
    return api;
}

void WizardHostPage::update()
{
    QString problem;
    if (m_github->isChecked())
        m_message->clear();
    else if (const QUrl api = enterpriseApiUrl(m_address->text(), &problem); api.isValid())
        m_message->setText(tr("RelayQ will use the API at %1.").arg(api.toString()));
    else
        m_message->setText(m_address->text().trimmed().isEmpty() ? QString() : problem);
    emit completeChanged();
}

} // namespace relayq
