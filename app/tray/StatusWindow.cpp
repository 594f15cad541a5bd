#include "StatusWindow.h"

#include "ActivityModel.h"
#include "AlertModel.h"
#include "AuditModel.h"
#include "ItemRoles.h"
#include "RunnerModel.h"
#include "TrayIconPainter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace relayq {

namespace {
const QLatin1String kGeometryKey("statusWindow/geometry");
const QLatin1String kSplitterKey("statusWindow/splitter");

QString currentKey(const QTreeView *view)
{
    return view->currentIndex().siblingAtColumn(0).data(KeyRole).toString();
}

// The models update in place, so the current row normally stays where it was. Where it went
// anyway (a reset after rows moved, a runner shown under another target), put it back on the
// same thing so a keyboard user reading the list is not thrown to the top.
void restoreCurrent(QTreeView *view, const QString &key)
{
    if (key.isEmpty() || currentKey(view) == key)
        return;
    QAbstractItemModel *model = view->model();
    const QModelIndexList found
        = model->match(model->index(0, 0), KeyRole, key, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (!found.isEmpty())
        view->setCurrentIndex(found.first());
}

// Columns fit the first data shown; after that they stay where the user dragged them.
void fitColumnsOnce(QTreeView *view)
{
    if (view->property("columnsFitted").toBool() || view->model()->rowCount() == 0)
        return;
    for (int column = 0; column + 1 < view->model()->columnCount(); ++column)
        view->resizeColumnToContents(column);
    view->setProperty("columnsFitted", true);
}

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().time(), QLocale::LongFormat);
}
} // namespace

StatusWindow::StatusWindow(const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_runnerModel(new RunnerModel(this))
    , m_activityModel(new ActivityModel(this))
    , m_alertModel(new AlertModel(this))
    , m_auditModel(new AuditModel(this))
{
    setObjectName(QStringLiteral("statusWindow"));
    setWindowTitle(tr("RelayQ — runner status"));
    setAccessibleName(tr("RelayQ runner status"));

    m_headline = new QLabel(tr("Waiting for the first check…"));
    m_headline->setObjectName(QStringLiteral("headline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setAccessibleName(tr("Fleet status"));

    m_setupMessage = new QLabel;
    m_setupMessage->setObjectName(QStringLiteral("setupMessage"));
    m_setupMessage->setWordWrap(true);
    m_setupMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_setupMessage->setAccessibleName(tr("What to set up"));
    m_setupMessage->hide();

    m_notices = new QLabel;
    m_notices->setObjectName(QStringLiteral("settingsNotice"));
    m_notices->setWordWrap(true);
    m_notices->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notices->setAccessibleName(tr("Problems with the settings"));
    m_notices->hide();

    m_runners = makeView(QStringLiteral("runnerView"), tr("Runners by target"));
    m_runners->setModel(m_runnerModel);
    m_activity = makeView(QStringLiteral("activityView"), tr("Active runs and queued jobs"));
    m_activity->setModel(m_activityModel);
    m_alerts = makeView(QStringLiteral("alertView"), tr("Alerts"));
    m_alerts->setModel(m_alertModel);
    m_alerts->setRootIsDecorated(false);
    m_alerts->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_alerts->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StatusWindow::updateAlertButtons);
    expandArrivals(m_runners);
    expandArrivals(m_activity);

    m_connection = new QLabel(tr("Not checked yet."));
    m_connection->setObjectName(QStringLiteral("connectionLine"));
    m_connection->setWordWrap(true);
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connection->setAccessibleName(tr("Connection to GitHub"));

    m_account = new QLabel;
    m_account->setObjectName(QStringLiteral("accountLine"));
    m_account->setWordWrap(true);
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_account->setAccessibleName(tr("GitHub token"));
    m_account->hide();

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setChildrenCollapsible(false);
    m_audit = makeView(QStringLiteral("auditView"), tr("Actions taken"));
    m_audit->setModel(m_auditModel);
    m_audit->setRootIsDecorated(false);

    m_splitter->addWidget(section(tr("&Runners"), m_runners, runnerSection()));
    m_splitter->addWidget(section(tr("Active runs and &queued jobs"), m_activity));
    m_splitter->addWidget(section(tr("&Alerts"), m_alerts, alertButtons()));
    m_splitter->addWidget(section(tr("Ac&tions"), m_audit));

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(header());
    layout->addWidget(m_setupMessage);
    layout->addWidget(m_notices);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_connection);
    layout->addWidget(m_account);
    setCentralWidget(central);
    setTabOrder(m_runners, m_activity);
    setTabOrder(m_activity, m_alerts);
    setTabOrder(m_alerts, m_acknowledge);
    setTabOrder(m_acknowledge, m_snooze);
    setTabOrder(m_snooze, m_snoozeTomorrow);
    setTabOrder(m_snoozeTomorrow, m_openAlert);
    setTabOrder(m_openAlert, m_audit);

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(920, 640);
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    updateAlertButtons();
}

StatusWindow::~StatusWindow()
{
    saveGeometry(); // a window still open at quit gets no hide event
}

QTreeView *StatusWindow::makeView(const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTreeView;
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setAllColumnsShowFocus(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->header()->setStretchLastSection(true);
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    // activated: double-click, or Enter/Return on the current row.
    connect(view, &QTreeView::activated, this, &StatusWindow::openIndex);
    return view;
}

QWidget *StatusWindow::section(const QString &title, QTreeView *view, QWidget *below)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title);
    label->setBuddy(view); // Alt+letter jumps into the list
    layout->addWidget(label);
    layout->addWidget(view, 1);
    if (below)
        layout->addWidget(below);
    return box;
}

QWidget *StatusWindow::alertButtons()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_acknowledge = new QPushButton(tr("A&cknowledge"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_acknowledge->setToolTip(
        tr("No more notifications about the selected alerts while they last"));
    m_snooze = new QPushButton(tr("&Snooze 1 h"));
    m_snooze->setObjectName(QStringLiteral("snoozeButton"));
    m_snooze->setToolTip(tr("No notifications about the selected alerts for one hour"));
    m_snoozeTomorrow = new QPushButton(tr("Snooze until &tomorrow"));
    m_snoozeTomorrow->setObjectName(QStringLiteral("snoozeTomorrowButton"));
    m_snoozeTomorrow->setToolTip(
        tr("No notifications about the selected alerts until tomorrow at 08:00"));
    m_openAlert = new QPushButton(tr("&Open on GitHub"));
    m_openAlert->setObjectName(QStringLiteral("openAlertButton"));
    for (QPushButton *button : { m_acknowledge, m_snooze, m_snoozeTomorrow, m_openAlert }) {
        button->setAutoDefault(false);
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
        layout->addWidget(button);
    }
    layout->addStretch(1);
    connect(m_acknowledge, &QPushButton::clicked, this, &StatusWindow::acknowledgeSelected);
    connect(m_snooze, &QPushButton::clicked, this,
            [this] { snoozeSelected(m_clock.now().addSecs(3600)); });
    connect(m_snoozeTomorrow, &QPushButton::clicked, this,
            [this] { snoozeSelected(tomorrowMorning(m_clock.now())); });
    connect(m_openAlert, &QPushButton::clicked, this, &StatusWindow::openSelectedAlert);
    return row;
}

// The headline, with the way into setup and settings beside it (the only way where the
// desktop has no tray and so no menu).
QWidget *StatusWindow::header()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline, 1);
    m_setupButton = new QPushButton(tr("Set &up…"));
    m_setupButton->setObjectName(QStringLiteral("setupButton"));
    m_setupButton->setToolTip(tr("Give RelayQ a GitHub token and choose what to watch"));
    m_settingsButton = new QPushButton(tr("S&ettings…"));
    m_settingsButton->setObjectName(QStringLiteral("settingsButton"));
    for (QPushButton *button : { m_setupButton, m_settingsButton }) {
        button->setAutoDefault(false);
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
        layout->addWidget(button);
    }
    connect(m_setupButton, &QPushButton::clicked, this, &StatusWindow::setupRequested);
    connect(m_settingsButton, &QPushButton::clicked, this, &StatusWindow::settingsRequested);
    offerSetup(false, false);
    return row;
}

void StatusWindow::offerSetup(bool hasSettings, bool setupIncomplete)
{
    m_settingsButton->setVisible(hasSettings);
    m_setupButton->setVisible(hasSettings && setupIncomplete);
}

void StatusWindow::showAccount(const QString &text)
{
    m_account->setText(text);
    m_account->setVisible(!text.isEmpty());
}

void StatusWindow::showSettingsNotices(const QStringList &notices)
{
    m_notices->setText(notices.join(QLatin1Char('\n')));
    m_notices->setVisible(!notices.isEmpty());
}

void StatusWindow::setApiBase(const QUrl &apiBase)
{
    m_runnerModel->setApiBase(apiBase);
}

// Targets and runs are shown expanded when they appear; one the user collapsed stays so.
void StatusWindow::expandArrivals(QTreeView *view)
{
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, view,
            [view, model](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    view->expand(model->index(row, 0));
            });
    connect(model, &QAbstractItemModel::modelReset, view, &QTreeView::expandAll);
}

void StatusWindow::showFleet(const FleetSnapshot &snapshot, const AlertList &alerts)
{
    if (!isVisible()) {
        m_unshown = Fleet { snapshot, alerts }; // shared copies: no work until shown
        return;
    }
    m_unshown.reset();
    updateFleet(snapshot, alerts);
}

void StatusWindow::showEvent(QShowEvent *event)
{
    if (m_unshown) {
        const Fleet fleet = std::move(*m_unshown);
        m_unshown.reset();
        updateFleet(fleet.snapshot, fleet.alerts);
    }
    QMainWindow::showEvent(event);
}

void StatusWindow::updateFleet(const FleetSnapshot &snapshot, const AlertList &alerts)
{
    const QDateTime now = m_clock.now();
    const QString runner = currentKey(m_runners);
    const QString activity = currentKey(m_activity);
    const QString alert = currentKey(m_alerts);
    m_runnerModel->setFleet(snapshot);
    m_activityModel->setFleet(snapshot, alerts, now);
    m_alertModel->setAlerts(alerts, now);
    restoreCurrent(m_runners, runner);
    restoreCurrent(m_activity, activity);
    restoreCurrent(m_alerts, alert);
    for (QTreeView *view : { m_runners, m_activity, m_alerts })
        fitColumnsOnce(view);
    updateAlertButtons();
}

void StatusWindow::showSummary(const StatusSummary &summary)
{
    // While nothing is watched the setup message is the news, not "waiting for a check".
    if (!summary.headline.isEmpty() && m_setupMessage->text().isEmpty())
        m_headline->setText(summary.headline);
    setWindowIcon(TrayIconPainter::dot(TrayIconPainter::stateColor(summary.state)));
}

void StatusWindow::showConnection(const ConnectionStatus &connection, const QDateTime &lastSuccess,
                                  const QDateTime &nextPoll, const RateLimitState &rateLimit)
{
    QStringList parts;
    parts.append(lastSuccess.isValid() ? tr("Last successful check %1").arg(timeText(lastSuccess))
                                       : tr("No successful check yet"));
    if (nextPoll.isValid())
        parts.append(tr("next check %1").arg(timeText(nextPoll)));
    if (rateLimit.isKnown())
        parts.append(tr("%1 of %2 API requests left this hour")
                         .arg(rateLimit.remaining)
                         .arg(rateLimit.limit));
    QString text = parts.join(QStringLiteral(" · "));
    if (!connection.isOk()) {
        const QString problem = connection.message.isEmpty()
            ? tr("GitHub did not answer as expected (%1).")
                  .arg(connectionStateKey(connection.state))
            : connection.message;
        text = problem + QLatin1Char('\n') + text;
    }
    m_connection->setText(text);
    m_connection->setAccessibleDescription(text);
}

void StatusWindow::showSetupMessage(const QString &message)
{
    m_setupMessage->setText(message);
    m_setupMessage->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        m_headline->setText(tr("Not watching anything yet"));
}

// Under the runner list: what the last runner action is doing or how it ended; the runner
// list's context menu offers the actions.
QWidget *StatusWindow::runnerSection()
{
    m_actionStatus = new QLabel;
    m_actionStatus->setObjectName(QStringLiteral("actionStatus"));
    m_actionStatus->setWordWrap(true);
    m_actionStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionStatus->setAccessibleName(tr("Last action on a runner"));
    m_actionStatus->hide();
    m_runners->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_runners, &QWidget::customContextMenuRequested, this, &StatusWindow::showRunnerMenu);
    return m_actionStatus;
}

void StatusWindow::setRunnerChoices(std::function<RunnerChoice(const QString &)> lookup)
{
    m_runnerChoices = std::move(lookup);
}

QMenu *StatusWindow::runnerMenu(const QModelIndex &index)
{
    const QModelIndex first = index.siblingAtColumn(RunnerModel::NameColumn);
    if (!m_runnerChoices || !first.data(KeyRole).toString().startsWith(QLatin1String("runner:")))
        return nullptr;
    const QString name = first.data(Qt::DisplayRole).toString();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("runnerContextMenu"));
    menu->setTitle(name);
    RunnerMenu::addRunnerActions(menu, m_runnerChoices(name), [this, name](RunnerCommand command) {
        emit runnerCommandRequested(command, name);
    });
    return menu;
}

void StatusWindow::showRunnerMenu(const QPoint &position)
{
    QMenu *menu = runnerMenu(m_runners->indexAt(position));
    if (!menu)
        return;
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater, Qt::QueuedConnection);
    menu->popup(m_runners->viewport()->mapToGlobal(position));
}

void StatusWindow::showActionStatus(const QString &text, bool problem)
{
    m_actionStatus->setText(text);
    m_actionStatus->setProperty("problem", problem);
    m_actionStatus->setAccessibleDescription(text);
    m_actionStatus->setVisible(!text.isEmpty());
}

QString StatusWindow::actionStatus() const
{
    return m_actionStatus->text();
}

void StatusWindow::showAudit(const QList<AuditEntry> &entries)
{
    m_auditModel->setEntries(entries);
    fitColumnsOnce(m_audit);
}

void StatusWindow::showSnoozed(const QStringList &alertIds, const QDateTime &until)
{
    const QString current = currentKey(m_alerts);
    m_alertModel->markSnoozed(alertIds, until);
    restoreCurrent(m_alerts, current);
}

void StatusWindow::toggle()
{
    // Not isActiveWindow(): clicking the tray icon may take activation from the window.
    if (isVisible() && !isMinimized())
        hide();
    else
        bringForward();
}

void StatusWindow::bringForward()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void StatusWindow::hideEvent(QHideEvent *event)
{
    saveGeometry();
    QMainWindow::hideEvent(event);
}

void StatusWindow::saveGeometry() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, QMainWindow::saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void StatusWindow::openIndex(const QModelIndex &index)
{
    const QString url = index.siblingAtColumn(0).data(UrlRole).toString();
    if (!url.isEmpty())
        emit openUrlRequested(QUrl(url));
}

QStringList StatusWindow::selectedAlertIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_alerts->selectionModel()->selectedRows(0))
        ids.append(index.data(AlertIdRole).toString());
    return ids;
}

void StatusWindow::updateAlertButtons()
{
    const bool any = !selectedAlertIds().isEmpty();
    m_acknowledge->setEnabled(any);
    m_snooze->setEnabled(any);
    m_snoozeTomorrow->setEnabled(any);
    m_openAlert->setEnabled(
        any && !m_alerts->currentIndex().siblingAtColumn(0).data(UrlRole).toString().isEmpty());
}

void StatusWindow::acknowledgeSelected()
{
    const QStringList ids = selectedAlertIds();
    if (ids.isEmpty())
        return;
    const QString current = currentKey(m_alerts);
    m_alertModel->markAcknowledged(ids);
    restoreCurrent(m_alerts, current);
    emit acknowledgeRequested(ids);
}

QDateTime StatusWindow::tomorrowMorning(const QDateTime &now)
{
    // "Until tomorrow" means the start of the user's next working day, in their time zone.
    const QDateTime local = now.toLocalTime();
    return QDateTime(local.date().addDays(1), QTime(8, 0)).toUTC();
}

void StatusWindow::snoozeSelected(const QDateTime &until)
{
    const QStringList ids = selectedAlertIds();
    if (ids.isEmpty())
        return;
    const QString current = currentKey(m_alerts);
    m_alertModel->markSnoozed(ids, until);
    restoreCurrent(m_alerts, current);
    emit snoozeRequested(ids, until);
}

void StatusWindow::openSelectedAlert()
{
    openIndex(m_alerts->currentIndex());
}

} // namespace relayq
