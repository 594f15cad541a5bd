#pragma once
// The status window: runners by target, active runs and queued jobs (with why they wait), the
// alerts with Acknowledge / Snooze 1 h, and a connection line. Opened from the tray icon, or as
// the main window where there is no tray. It only shows what it is given and says what the user
// asked for through signals; TraySession wires those to the policy and the browser.
// While hidden (most of a tray app's life) it only keeps the latest poll result and brings its
// lists up to date when shown: a 1,000-runner fleet is not laid out every 30 s for nobody.

#include "Alert.h"
#include "AuditLog.h"
#include "Clock.h"
#include "ConnectionStatus.h"
#include "FleetSnapshot.h"
#include "RateLimitState.h"
#include "RunnerMenu.h"
#include "StatusSummary.h"

#include <QMainWindow>
#include <QUrl>

#include <functional>
#include <optional>

class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QTreeView;

namespace relayq {

class ActivityModel;
class AlertModel;
class AuditModel;
class RunnerModel;

class StatusWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit StatusWindow(const Clock &clock, QWidget *parent = nullptr);
    ~StatusWindow() override;

    void setApiBase(const QUrl &apiBase);
    // Shows the poll result now if the window is visible, else when it is next shown.
    void showFleet(const FleetSnapshot &snapshot, const AlertList &alerts);
    void showSummary(const StatusSummary &summary);
    void showConnection(const ConnectionStatus &connection, const QDateTime &lastSuccess,
                        const QDateTime &nextPoll, const RateLimitState &rateLimit);
    // A problem that stops monitoring altogether (no token, no targets): says what to set.
    void showSetupMessage(const QString &message);
    // Where the token came from and, in words, why the OS keychain could not be used.
    void showAccount(const QString &text);
    // Settings that could not be used as written (refused values, an API URL refused).
    void showSettingsNotices(const QStringList &notices);
    // "Settings…" where there are settings (not in the demo); "Set up…" while incomplete.
    void offerSetup(bool hasSettings, bool setupIncomplete);

    // When "Snooze until tomorrow" ends: tomorrow 08:00 in the local time zone (as UTC).
    static QDateTime tomorrowMorning(const QDateTime &now);
    // Marks alerts silenced elsewhere (a notification's Snooze button).
    void showSnoozed(const QStringList &alertIds, const QDateTime &until);

    // Runner actions: `lookup` says what can be done to a runner (by its name on GitHub); the
    // runner list's context menu offers it and emits runnerCommandRequested.
    void setRunnerChoices(std::function<RunnerChoice(const QString &runnerName)> lookup);
    // The context menu for the runner row at `index` (null on a target row); the caller owns it.
    QMenu *runnerMenu(const QModelIndex &index);
    // What the last action on a runner is doing or how it ended, under the runner list.
    void showActionStatus(const QString &text, bool problem);
    QString actionStatus() const;
    // The "Actions" list: the recent audit log, oldest first.
    void showAudit(const QList<AuditEntry> &entries);

    void toggle();
    void bringForward();

signals:
    void openUrlRequested(const QUrl &url);
    void acknowledgeRequested(const QStringList &alertIds);
    void snoozeRequested(const QStringList &alertIds, const QDateTime &until);
    void settingsRequested();
    void setupRequested();
    void runnerCommandRequested(relayq::RunnerCommand command, const QString &runnerName);

protected:
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Fleet
    {
        FleetSnapshot snapshot;
        AlertList alerts;
    };

    void updateFleet(const FleetSnapshot &snapshot, const AlertList &alerts);
    void expandArrivals(QTreeView *view);
    QWidget *section(const QString &title, QTreeView *view, QWidget *below = nullptr);
    QTreeView *makeView(const QString &objectName, const QString &accessibleName);
    QWidget *alertButtons();
    QWidget *header();
    void openIndex(const QModelIndex &index);
    QStringList selectedAlertIds() const;
    void updateAlertButtons();
    void acknowledgeSelected();
    void snoozeSelected(const QDateTime &until);
    void openSelectedAlert();
    void saveGeometry() const;
    QWidget *runnerSection();
    void showRunnerMenu(const QPoint &position);

    const Clock &m_clock;
    RunnerModel *m_runnerModel;
    ActivityModel *m_activityModel;
    AlertModel *m_alertModel;
    AuditModel *m_auditModel;
    std::function<RunnerChoice(const QString &)> m_runnerChoices;
    QLabel *m_actionStatus = nullptr;
    QTreeView *m_audit = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_setupMessage = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_notices = nullptr;
    QPushButton *m_setupButton = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QTreeView *m_runners = nullptr;
    QTreeView *m_activity = nullptr;
    QTreeView *m_alerts = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_snooze = nullptr;
    QPushButton *m_snoozeTomorrow = nullptr;
    QPushButton *m_openAlert = nullptr;
    QSplitter *m_splitter = nullptr;
    std::optional<Fleet> m_unshown; // the latest poll result, received while hidden
};

} // namespace relayq
