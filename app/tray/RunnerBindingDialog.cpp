#include "RunnerBindingDialog.h"

#include "SettingsValue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace relayq {

namespace {

QLabel *note(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

} // namespace

RunnerBindingDialog::RunnerBindingDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("runnerBindingDialog"));
    setWindowTitle(tr("How RelayQ reaches a runner"));
    m_runnerName = field("bindingRunnerName", tr("Runner name"));
    m_runnerName->setPlaceholderText(tr("The runner's name as GitHub shows it"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("bindingKind"));
    m_kind->setAccessibleName(tr("Where the runner's service is"));
    m_kind->addItem(tr("This computer"), int(RunnerBinding::Kind::Local));
    m_kind->addItem(tr("Another computer over SSH"), int(RunnerBinding::Kind::Ssh));
    m_kind->addItem(tr("My own commands"), int(RunnerBinding::Kind::Commands));

    m_kindPages = new QStackedWidget;
    m_kindPages->setObjectName(QStringLiteral("bindingKindPages"));
    m_kindPages->addWidget(localPage());
    m_kindPages->addWidget(sshPage());
    m_kindPages->addWidget(commandsPage());

    m_autoRecovery = new QCheckBox(
        tr("Restart it &automatically when it stays offline (at most 3 times an hour)"));
    m_autoRecovery->setObjectName(QStringLiteral("bindingAutoRecovery"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("bindingButtons"));

    auto *top = new QFormLayout;
    top->addRow(tr("&Runner:"), m_runnerName);
    top->addRow(QString(), problemLabel(m_runnerName));
    top->addRow(tr("&Reached on:"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_kindPages);
    layout->addWidget(m_autoRecovery);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_problem.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_kindPages->setCurrentIndex(index);
        check();
    });
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits)
        connect(edit, &QLineEdit::textChanged, this, &RunnerBindingDialog::check);
    check();
}

QLineEdit *RunnerBindingDialog::field(const char *objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    return edit;
}

// The message under `field`, hidden until it has something to say.
QLabel *RunnerBindingDialog::problemLabel(QLineEdit *field)
{
    auto *label = new QLabel;
    label->setObjectName(field->objectName() + QStringLiteral("Problem"));
    label->setAccessibleName(tr("Problem with %1").arg(field->accessibleName()));
    label->setWordWrap(true);
    label->hide();
    m_problemLabels.insert(field, label);
    return label;
}

QWidget *RunnerBindingDialog::localPage()
{
    m_directory = field("bindingDirectory", tr("Runner folder"));
    m_directory->setPlaceholderText(tr("Empty: found among the runner folders by its name"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("bindingBrowseButton"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &RunnerBindingDialog::chooseDirectory);
    auto *row = new QHBoxLayout;
    row->addWidget(m_directory, 1);
    row->addWidget(browse);

    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Runner &folder:"), row);
    form->addRow(QString(), problemLabel(m_directory));
    form->addRow(note(tr("RelayQ reads the service's name from the folder's .service file.")));
    return page;
}

QWidget *RunnerBindingDialog::sshPage()
{
    m_sshDestination = field("bindingSshDestination", tr("SSH destination"));
    m_sshDestination->setPlaceholderText(tr("user@host"));
    m_remoteDirectory = field("bindingRemoteDirectory", tr("Runner folder on that host"));
    m_remoteDirectory->setPlaceholderText(QStringLiteral("/home/ci/actions-runner"));
    m_serviceName = field("bindingServiceName", tr("Service name"));
    m_serviceName->setPlaceholderText(tr("Empty: read from the folder's .service file"));

    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("SSH &destination:"), m_sshDestination);
    form->addRow(QString(), problemLabel(m_sshDestination));
    form->addRow(tr("Runner folder &there:"), m_remoteDirectory);
    form->addRow(QString(), problemLabel(m_remoteDirectory));
    form->addRow(tr("&Service name:"), m_serviceName);
    form->addRow(note(tr("RelayQ runs the system's ssh without asking anything: your own ssh "
                         "configuration, keys and agent are used and the host key is checked.")));
    return page;
}

QWidget *RunnerBindingDialog::commandsPage()
{
    m_startCommand = field("bindingStartCommand", tr("Start command"));
    m_stopCommand = field("bindingStopCommand", tr("Stop command"));
    m_statusCommand = field("bindingStatusCommand", tr("Status command"));
    m_statusCommand->setPlaceholderText(tr("Optional"));

    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("S&tart:"), m_startCommand);
    form->addRow(QString(), problemLabel(m_startCommand));
    form->addRow(tr("St&op:"), m_stopCommand);
    form->addRow(QString(), problemLabel(m_stopCommand));
    form->addRow(tr("Stat&us:"), m_statusCommand);
    form->addRow(note(tr("Each command runs as written, without a shell: no pipes, redirections "
                         "or variables. Put quotes around an argument that holds spaces.")));
    return page;
}

void RunnerBindingDialog::chooseDirectory()
{
    const QString start = m_directory->text().isEmpty() ? QDir::homePath() : m_directory->text();
    const QString path = QFileDialog::getExistingDirectory(this, tr("Runner folder"), start);
    if (!path.isEmpty())
        m_directory->setText(QDir::toNativeSeparators(path));
}

void RunnerBindingDialog::setBinding(const RunnerBinding &binding)
{
    m_runnerName->setText(binding.runnerName);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(binding.kind))));
    const bool ssh = binding.kind == RunnerBinding::Kind::Ssh;
    m_directory->setText(ssh ? QString() : binding.directory);
    m_remoteDirectory->setText(ssh ? binding.directory : QString());
    m_sshDestination->setText(binding.sshDestination);
    m_serviceName->setText(binding.serviceName);
    m_startCommand->setText(binding.startCommand);
    m_stopCommand->setText(binding.stopCommand);
    m_statusCommand->setText(binding.statusCommand);
    m_autoRecovery->setChecked(binding.autoRecovery);
    check();
}

RunnerBinding RunnerBindingDialog::binding() const
{
    RunnerBinding binding;
    binding.runnerName = m_runnerName->text().trimmed();
    binding.kind = static_cast<RunnerBinding::Kind>(m_kind->currentData().toInt());
    switch (binding.kind) {
    case RunnerBinding::Kind::Local: {
        const QString directory = m_directory->text().trimmed();
        binding.directory
            = QDir::isAbsolutePath(directory) ? QDir::cleanPath(directory) : directory;
        break;
    }
    case RunnerBinding::Kind::Ssh:
        binding.sshDestination = m_sshDestination->text().trimmed();
        binding.directory = m_remoteDirectory->text().trimmed();
        binding.serviceName = m_serviceName->text().trimmed();
        break;
    case RunnerBinding::Kind::Commands:
        binding.startCommand = m_startCommand->text().trimmed();
        binding.stopCommand = m_stopCommand->text().trimmed();
        binding.statusCommand = m_statusCommand->text().trimmed();
        break;
    }
    binding.autoRecovery = m_autoRecovery->isChecked();
    return binding;
}

void RunnerBindingDialog::setTakenNames(const QStringList &names)
{
    m_takenNames.clear();
    for (const QString &name : names)
        m_takenNames << name.toLower();
    check();
}

void RunnerBindingDialog::check()
{
    using Field = BindingProblem::Field;
    const RunnerBinding current = binding();
    std::optional<BindingProblem> problem = SettingsValue::checkBinding(current);
    if (!problem && m_takenNames.contains(current.runnerName.toLower())) {
        problem = BindingProblem { Field::RunnerName,
                                   tr("%1 is reached another way already; edit that binding "
                                      "instead.")
                                       .arg(current.runnerName) };
    }
    for (QLabel *label : std::as_const(m_problemLabels))
        label->hide();
    m_problem = problem ? problem->message : QString();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!problem);
    if (!problem)
        return;
    const bool ssh = current.kind == RunnerBinding::Kind::Ssh;
    QLineEdit *at = m_runnerName; // a kind the combo cannot choose is not the user's doing
    switch (problem->field) {
    case Field::RunnerName:
    case Field::Kind: break;
    case Field::Directory: at = ssh ? m_remoteDirectory : m_directory; break;
    case Field::SshDestination: at = m_sshDestination; break;
    case Field::StartCommand: at = m_startCommand; break;
    case Field::StopCommand: at = m_stopCommand; break;
    }
    QLabel *label = m_problemLabels.value(at);
    label->setText(problem->message);
    label->show();
}

} // namespace relayq
