#include "DispatchDialog.h"

#include "DispatchInputForm.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace relayq {

DispatchDialog::DispatchDialog(const TargetList &targets, WorkflowDispatch &dispatch,
                               RecentDispatches *recent,
                               const std::optional<RecentDispatch> &preset, QWidget *parent)
    : QDialog(parent)
    , m_dispatch(dispatch)
    , m_recent(recent)
    , m_preset(preset)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setWindowTitle(m_preset ? tr("Dispatch again") : tr("Dispatch a workflow"));
    buildLayout();
    // The inputs arrive after the workflow file is read: open at a size that fits a typical
    // form instead of the empty dialog's, so the window does not jump when they appear.
    resize(sizeHint().expandedTo(QSize(560, 420)));
    for (const Target &target : targets)
        if (target.isRepository())
            m_repository->addItem(target.name());
    if (m_preset) {
        // A repository no longer watched can still be dispatched again.
        int index = m_repository->findText(m_preset->repository, Qt::MatchFixedString);
        if (index < 0) {
            m_repository->addItem(m_preset->repository);
            index = m_repository->count() - 1;
        }
        m_repository->setCurrentIndex(index);
    }
    connect(m_repository, &QComboBox::currentIndexChanged, this, &DispatchDialog::reload);
    connect(m_workflow, &QComboBox::currentIndexChanged, this, &DispatchDialog::chooseWorkflow);
    reload();
}

void DispatchDialog::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    auto *choice = new QFormLayout;
    m_repository = new QComboBox(this);
    m_repository->setObjectName(QStringLiteral("repository"));
    choice->addRow(tr("&Repository:"), m_repository);
    m_workflow = new QComboBox(this);
    m_workflow->setObjectName(QStringLiteral("workflow"));
    choice->addRow(tr("&Workflow:"), m_workflow);
    m_fileProblems = new QLabel(this);
    m_fileProblems->setObjectName(QStringLiteral("fileProblems"));
    m_fileProblems->setWordWrap(true);
    m_fileProblems->setTextFormat(Qt::PlainText);
    m_fileProblems->hide();
    choice->addRow(QString(), m_fileProblems);
    m_ref = new QLineEdit(this);
    m_ref->setObjectName(QStringLiteral("ref"));
    m_ref->setToolTip(tr("The branch or tag whose workflow file runs."));
    choice->addRow(tr("Branch or &tag:"), m_ref);
    layout->addLayout(choice);

    auto *inputs = new QGroupBox(tr("Inputs"), this);
    auto *inputsLayout = new QVBoxLayout(inputs);
    auto *scroll = new QScrollArea(inputs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new DispatchInputForm(scroll);
    m_form->setObjectName(QStringLiteral("inputForm"));
    scroll->setWidget(m_form);
    inputsLayout->addWidget(scroll);
    layout->addWidget(inputs, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dispatchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_retry = buttons->addButton(tr("Re&try"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retry"));
    m_retry->hide();
    m_openRun = buttons->addButton(tr("&Open run"), QDialogButtonBox::ActionRole);
    m_openRun->setObjectName(QStringLiteral("openRun"));
    m_openRun->hide();
    m_send = buttons->addButton(tr("&Dispatch"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("dispatch"));
    m_send->setDefault(true);
    // Only Dispatch answers Enter: Retry or Close must never be pressed by it.
    m_retry->setAutoDefault(false);
    m_openRun->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    // AcceptRole would close the dialog: Dispatch keeps it open to show the outcome.
    disconnect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &DispatchDialog::send);
    connect(m_retry, &QPushButton::clicked, this, &DispatchDialog::reload);
    connect(m_openRun, &QPushButton::clicked, this, [this] {
        if (m_outcome && m_outcome->runUrl.isValid())
            m_openUrl(m_outcome->runUrl);
    });
    connect(m_form, &DispatchInputForm::edited, this, [this] { m_form->showProblems({}); });
    layout->addWidget(buttons);
}

void DispatchDialog::setUrlOpener(UrlOpener opener)
{
    m_openUrl = std::move(opener);
}

QString DispatchDialog::repository() const
{
    return m_repository->currentText();
}

QString DispatchDialog::statusText() const
{
    return m_status->text();
}

void DispatchDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void DispatchDialog::updateButtons()
{
    m_send->setEnabled(!m_sending && !m_listing && currentWorkflow() != nullptr);
    m_repository->setEnabled(!m_sending);
    m_workflow->setEnabled(!m_sending && !m_listing && !m_workflows.workflows.isEmpty());
    m_ref->setEnabled(!m_sending);
    m_form->setEnabled(!m_sending);
}

void DispatchDialog::reload()
{
    const int generation = ++m_listingGeneration;
    m_workflows = WorkflowListing();
    m_workflow->clear();
    m_form->setDefinition(WorkflowDefinition());
    m_fileProblems->hide();
    m_retry->hide();
    const QString repo = repository();
    if (repo.isEmpty()) {
        m_listing = false;
        setStatus(tr("None of the watched targets is a repository. Watch a repository in "
                     "Settings to dispatch its workflows."),
                  true);
        updateButtons();
        return;
    }
    m_listing = true;
    setStatus(tr("Reading the workflows of %1…").arg(repo), false);
    updateButtons();
    QPointer<DispatchDialog> self(this);
    m_dispatch.listDispatchable(repo, [self, generation](const WorkflowListing &listing) {
        if (self && generation == self->m_listingGeneration)
            self->showListing(listing);
    });
}

void DispatchDialog::showListing(const WorkflowListing &listing)
{
    m_listing = false;
    const QString repo = repository();
    if (!listing.isOk()) {
        setStatus(tr("Could not list the workflows of %1: %2").arg(repo, listing.status.message),
                  true);
        m_retry->show();
        updateButtons();
        return;
    }
    m_workflows = listing;
    QStringList unread;
    for (const WorkflowFileProblem &problem : listing.problems)
        unread << tr("%1: %2").arg(problem.path, problem.problem);
    m_fileProblems->setText(tr("Not listed because their files could not be read:\n%1")
                                .arg(unread.join(QLatin1Char('\n'))));
    m_fileProblems->setVisible(!unread.isEmpty());
    const bool presetHere
        = m_preset && m_preset->repository.compare(repo, Qt::CaseInsensitive) == 0;
    m_ref->setText(presetHere && !m_preset->ref.isEmpty() ? m_preset->ref : listing.defaultBranch);
    int chosen = 0;
    const QSignalBlocker blocker(m_workflow);
    for (qsizetype i = 0; i < listing.workflows.size(); ++i) {
        const DispatchableWorkflow &workflow = listing.workflows.at(i);
        m_workflow->addItem(tr("%1 (%2)").arg(workflow.name, workflow.fileName()));
        if (presetHere
            && (workflow.fileName() == m_preset->workflowFile
                || (m_preset->workflowId != 0 && workflow.id == m_preset->workflowId)))
            chosen = int(i);
    }
    if (listing.workflows.isEmpty()) {
        setStatus(tr("%1 has no workflow that can be dispatched by hand (none has a "
                     "workflow_dispatch trigger).")
                      .arg(repo),
                  false);
    } else {
        setStatus(QString(), false);
        m_workflow->setCurrentIndex(chosen);
        chooseWorkflow(chosen);
        if (presetHere)
            m_form->setValues(m_preset->inputs);
    }
    if (presetHere)
        m_preset.reset(); // once: later reloads start from the file's defaults
    updateButtons();
}

const DispatchableWorkflow *DispatchDialog::currentWorkflow() const
{
    const int index = m_workflow->currentIndex();
    if (index < 0 || index >= m_workflows.workflows.size())
        return nullptr;
    return &m_workflows.workflows.at(index);
}

void DispatchDialog::chooseWorkflow(int index)
{
    Q_UNUSED(index);
    const DispatchableWorkflow *workflow = currentWorkflow();
    m_form->setDefinition(workflow ? workflow->definition : WorkflowDefinition());
    m_workflow->setToolTip(workflow ? workflow->definition.warnings.join(QLatin1Char('\n'))
                                    : QString());
    updateButtons();
}

RecentDispatch DispatchDialog::describe(const DispatchableWorkflow &workflow) const
{
    RecentDispatch sent;
    sent.repository = repository();
    sent.workflowFile = workflow.fileName();
    sent.workflowId = workflow.id;
    sent.workflowName = workflow.name;
    sent.ref = m_ref->text().trimmed();
    // What went out, not what the form holds: inputs left to their defaults are not repeated.
    const QMap<QString, QString> values = m_form->values();
    const QJsonObject inputs = workflow.definition.dispatchInputs(values);
    for (auto it = inputs.begin(); it != inputs.end(); ++it)
        sent.inputs.insert(it.key(), values.value(it.key()));
    return sent;
}

void DispatchDialog::send()
{
    const DispatchableWorkflow *workflow = currentWorkflow();
    if (m_sending || m_listing || !workflow)
        return;
    const QMap<QString, QString> values = m_form->values();
    QStringList problems = workflow->definition.check(values);
    if (m_ref->text().trimmed().isEmpty())
        problems.prepend(tr("Say which branch or tag to run the workflow on."));
    if (!problems.isEmpty()) {
        m_form->showProblems(problems);
        setStatus(tr("Nothing was sent: correct the values below first."), true);
        return;
    }
    m_form->showProblems({});
    m_openRun->hide();
    const RecentDispatch sent = describe(*workflow);
    DispatchRequest request;
    request.repo = sent.repository;
    request.workflow = sent.workflowFile;
    request.ref = sent.ref;
    request.values = values;
    request.definition = workflow->definition;
    m_sending = true;
    updateButtons();
    setStatus(tr("Dispatching %1 on %2…").arg(workflow->name, sent.ref), false);
    QPointer<DispatchDialog> self(this);
    m_dispatch.dispatch(request, [self, sent](const DispatchOutcome &outcome) {
        if (self)
            self->showOutcome(outcome, sent);
    });
}

void DispatchDialog::showOutcome(const DispatchOutcome &outcome, const RecentDispatch &sent)
{
    m_sending = false;
    m_outcome = outcome;
    updateButtons();
    if (!outcome.succeeded) {
        if (!outcome.inputProblems.isEmpty())
            m_form->showProblems(outcome.inputProblems);
        setStatus(outcome.message, true);
        return;
    }
    QString text = outcome.message;
    if (m_recent && !m_recent->record(sent))
        text += QLatin1Char('\n')
            + tr("It could not be kept for Dispatch again: %1").arg(m_recent->problem());
    setStatus(text, false);
    m_openRun->setVisible(outcome.runUrl.isValid());
    emit dispatched(outcome, sent);
}

} // namespace relayq
