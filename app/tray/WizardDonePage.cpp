#include "WizardDonePage.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace relayq {

WizardDonePage::WizardDonePage(QWidget *parent)
    : QWizardPage(parent)
    , m_summary(new QLabel)
    , m_problem(new QLabel)
    , m_sessionOnly(new QCheckBox(tr("Keep the token in memory for this session only")))
{
    setObjectName(QStringLiteral("donePage"));
    setTitle(tr("Ready to watch"));
    setSubTitle(tr("Finish saves this and starts watching. Everything can be changed later in "
                   "the settings."));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(QStringLiteral("finishMessage"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setAccessibleName(tr("Why setup could not be saved"));
    m_problem->hide();
    m_sessionOnly->setObjectName(QStringLiteral("finishSessionOnlyCheck"));
    m_sessionOnly->setToolTip(tr("RelayQ forgets the token when it quits; it is never written "
                                 "to disk."));
    m_sessionOnly->hide();
    connect(m_sessionOnly, &QCheckBox::toggled, this, &WizardDonePage::sessionOnlyToggled);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(m_sessionOnly);
    layout->addStretch(1);
}

void WizardDonePage::showSummary(const QString &summary)
{
    m_summary->setText(summary);
}

void WizardDonePage::showProblem(const QString &problem, bool offerSessionOnly)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (offerSessionOnly)
        m_sessionOnly->show();
}

void WizardDonePage::setSessionOnly(bool sessionOnly)
{
    m_sessionOnly->setChecked(sessionOnly);
}

} // namespace relayq
