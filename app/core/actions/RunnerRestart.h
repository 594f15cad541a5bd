#pragma once
// The one place a runner's service is restarted, whoever asks (tray menu, notification button,
// `relayqctl restart RUNNER`, auto-recovery): one restart per runner at a time, a cool-down
// after a restart, then waiting until GitHub reports the runner online again. The outcome says
// in words what happened, with the helper's output, and is written to the audit log.
//
// A GitHub connection failure while waiting is "could not confirm", never "still offline":
// only an answer from GitHub can say the runner is offline.

#include "ConnectionStatus.h"
#include "Target.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QTimer;

namespace relayq {

class AuditLog;
class Clock;
class GitHubClient;
class ServiceControl;

struct RestartRequest
{
    Target target; // where the runner is registered
    qint64 runnerId = 0; // its id on GitHub; 0 when only the name is known
    QString runnerName;
    // Shared: RunnerRestart keeps it alive until the restart has finished, so the caller may
    // drop its copy at once (a binding's service is built on demand by the platform).
    std::shared_ptr<ServiceControl> service;
    QString origin; // "tray", "notification", "relayqctl", "auto-recovery"
};

struct RestartOutcome
{
    // Where the restart ended.
    enum class Stage {
        Service, // the helper failed: the service was not restarted
        Confirming, // restarted, but GitHub did not (or could not) confirm it online in time
        BackOnline, // restarted and GitHub reports it online
    };

    QString runnerName;
    bool succeeded = false;
    QString message; // in words, as the user is told
    QString helperOutput; // what the helper ran and printed
    Stage stage = Stage::Service;
    QString origin; // as requested
    // While confirming: the last failure to reach GitHub (Ok when GitHub answered).
    ConnectionStatus gitHub;
};

class RunnerRestart : public QObject
{
    Q_OBJECT
public:
    // `audit` may be null (nothing is recorded); it must outlive this object otherwise.
    RunnerRestart(GitHubClient &client, const Clock &clock, AuditLog *audit = nullptr,
                  QObject *parent = nullptr);
    ~RunnerRestart() override;

    // Starts the restart. std::nullopt when it started (started(), then finished() follow);
    // otherwise the reason it was refused, in words, and nothing was run: a restart of that
    // runner is still going, the cool-down has not ended, or the request lacks a service.
    std::optional<QString> restart(const RestartRequest &request);
    bool isRestarting(const QString &runnerName) const;
    // When the cool-down of that runner ends; invalid when there is none.
    QDateTime coolDownUntil(const QString &runnerName) const;

    // Defaults: 60 s cool-down after a restart, ask GitHub every 5 s, give up after 120 s.
    void setCoolDownSeconds(int seconds) { m_coolDownSeconds = seconds; }
    void setPollIntervalSeconds(int seconds) { m_pollSeconds = seconds; }
    void setDeadlineSeconds(int seconds) { m_deadlineSeconds = seconds; }

    // Asks GitHub about every waiting runner whose next check is due by the clock, and ends
    // the waits whose deadline passed. A timer calls it every second; tests call it after
    // advancing their clock.
    void checkNow();

signals:
    void started(const QString &runnerName);
    void progress(const QString &runnerName, const QString &text);
    void finished(const relayq::RestartOutcome &outcome);

private:
    struct Flight;

    static QString keyOf(const QString &runnerName);
    void onServiceDone(const QString &key, bool ok, const QString &message, const QString &output);
    void ask(Flight &flight);
    void onAnswer(const QString &key, const ConnectionStatus &status, const QJsonDocument &json);
    void timeOut(const QString &key);
    void finish(const QString &key, bool succeeded, RestartOutcome::Stage stage,
                const QString &message);

    GitHubClient &m_client;
    const Clock &m_clock;
    AuditLog *m_audit = nullptr;
    QTimer *m_timer = nullptr;
    QHash<QString, std::shared_ptr<Flight>> m_flights; // by lower-case runner name
    QHash<QString, QDateTime> m_coolDowns;
    int m_coolDownSeconds = 60;
    int m_pollSeconds = 5;
    int m_deadlineSeconds = 120;
};

} // namespace relayq

#include <QMetaType>
Q_DECLARE_METATYPE(relayq::RestartOutcome)
