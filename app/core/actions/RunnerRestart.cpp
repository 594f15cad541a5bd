#include "RunnerRestart.h"

#include "AuditLog.h"
#include "Clock.h"
#include "GitHubClient.h"
#include "GitHubJson.h"
#include "ServiceControl.h"

#include <QTimer>
#include <QUrl>

namespace relayq {

namespace {
// The timer only wakes the clock comparisons up; what is due is decided by the clock.
constexpr int kTickMs = 1000;
} // namespace

struct RunnerRestart::Flight
{
    RestartRequest request;
    bool waiting = false; // the helper succeeded; waiting for GitHub
    bool asking = false; // a request to GitHub is in flight
    QDateTime waitStarted;
    QDateTime nextCheck;
    QDateTime deadline;
    QString serviceMessage;
    QString helperOutput;
    ConnectionStatus lastFailure; // Ok when the last check was answered
    bool listed = true; // GitHub listed the runner in its last answer
    int answers = 0; // checks that came back, answered or failed
};

RunnerRestart::RunnerRestart(GitHubClient &client, const Clock &clock, AuditLog *audit,
                             QObject *parent)
    : QObject(parent), m_client(client), m_clock(clock), m_audit(audit), m_timer(new QTimer(this))
{
    qRegisterMetaType<relayq::RestartOutcome>();
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &RunnerRestart::checkNow);
}

RunnerRestart::~RunnerRestart() = default;

QString RunnerRestart::keyOf(const QString &runnerName)
{
    return runnerName.toLower();
}

bool RunnerRestart::isRestarting(const QString &runnerName) const
{
    return m_flights.contains(keyOf(runnerName));
}

QDateTime RunnerRestart::coolDownUntil(const QString &runnerName) const
{
    const QDateTime until = m_coolDowns.value(keyOf(runnerName));
    return until.isValid() && until > m_clock.now() ? until : QDateTime();
}

std::optional<QString> RunnerRestart::restart(const RestartRequest &request)
{
    const QString name = request.runnerName;
    if (name.isEmpty() || !request.service)
        return tr("RelayQ does not know how to reach the service of %1: bind the runner to its "
                  "service in the settings first.")
            .arg(name.isEmpty() ? tr("this runner") : name);
    if (isRestarting(name))
        return tr("%1 is already being restarted; wait for that restart to finish.").arg(name);
    if (const QDateTime until = coolDownUntil(name); until.isValid())
        return tr("%1 was restarted a moment ago; try again at %2.")
            .arg(name, until.toLocalTime().toString(QStringLiteral("HH:mm:ss")));

    auto flight = std::make_shared<Flight>();
    flight->request = request;
    const QString key = keyOf(name);
    m_flights.insert(key, flight);
    emit started(name);
    emit progress(
        name, tr("Restarting the service of %1 (%2)…").arg(name, request.service->helperName()));
    // The flight holds the service, so it lives until its answer arrives.
    request.service->run(ServiceAction::Restart, this, [this, key](const ServiceOutcome &outcome) {
        onServiceDone(key, outcome.ok, outcome.message, outcome.helperOutput);
    });
    return std::nullopt;
}

void RunnerRestart::onServiceDone(const QString &key, bool ok, const QString &message,
                                  const QString &output)
{
    const auto flight = m_flights.value(key);
    if (!flight)
        return;
    flight->serviceMessage = message;
    flight->helperOutput = output;
    const QString name = flight->request.runnerName;
    if (!ok) {
        finish(key, false, RestartOutcome::Stage::Service,
               tr("Could not restart %1: %2").arg(name, message));
        return;
    }
    // Only a restart that happened starts the cool-down: a refused password prompt may be
    // tried again at once.
    m_coolDowns.insert(key, m_clock.now().addSecs(m_coolDownSeconds));
    const QDateTime now = m_clock.now();
    flight->waiting = true;
    flight->waitStarted = now;
    // The first look comes one interval later: right after the restart GitHub may still show
    // the runner's state from before it.
    flight->nextCheck = now.addSecs(m_pollSeconds);
    flight->deadline = now.addSecs(m_deadlineSeconds);
    emit progress(name,
                  tr("The service of %1 restarted; waiting up to %2 s for GitHub to report it "
                     "online…")
                      .arg(name)
                      .arg(m_deadlineSeconds));
    m_timer->start();
}

void RunnerRestart::checkNow()
{
    const QDateTime now = m_clock.now();
    const QStringList keys = m_flights.keys();
    for (const QString &key : keys) {
        const auto flight = m_flights.value(key);
        if (!flight || !flight->waiting || flight->asking)
            continue;
        // Never "still offline" without having asked: the deadline ends a wait only after at
        // least one check came back.
        if (now >= flight->deadline && flight->answers > 0)
            timeOut(key);
        else if (now >= flight->nextCheck)
            ask(*flight);
    }
}

void RunnerRestart::ask(Flight &flight)
{
    flight.asking = true;
    const RestartRequest &request = flight.request;
    // The list filtered by name rather than GET …/runners/{id}: it works when only the name is
    // known, and a runner missing from it is told apart from a failed request.
    QString path = request.target.apiPath() + QLatin1String("/actions/runners?per_page=100");
    if (!request.runnerName.isEmpty())
        path += QLatin1String("&name=")
            + QString::fromLatin1(QUrl::toPercentEncoding(request.runnerName));
    const QString key = keyOf(request.runnerName);
    m_client.getList(path, QStringLiteral("runners"), this, [this, key](const ApiResult &result) {
        onAnswer(key, result.status, result.json);
    });
}

void RunnerRestart::onAnswer(const QString &key, const ConnectionStatus &status,
                             const QJsonDocument &json)
{
    const auto flight = m_flights.value(key);
    if (!flight)
        return;
    flight->asking = false;
    ++flight->answers;
    const QDateTime now = m_clock.now();
    flight->nextCheck = now.addSecs(m_pollSeconds);
    const RestartRequest &request = flight->request;
    const Parsed<Runner> parsed = GitHubJson::parseRunners(json, request.target.name());
    if (status.isOk() && !parsed.ok()) {
        flight->lastFailure.state = ConnectionState::Malformed;
        flight->lastFailure.message = parsed.error;
    } else if (status.isOk()) {
        flight->lastFailure = ConnectionStatus::ok();
        flight->listed = false;
        for (const Runner &runner : parsed.items) {
            const bool same = request.runnerId > 0
                ? runner.id == request.runnerId
                : runner.name.compare(request.runnerName, Qt::CaseInsensitive) == 0;
            if (!same)
                continue;
            flight->listed = true;
            if (runner.isOnline()) {
                finish(key, true, RestartOutcome::Stage::BackOnline,
                       tr("%1 is back online.").arg(request.runnerName));
                return;
            }
        }
    } else {
        flight->lastFailure = status;
        if (!isTemporary(status.state)) { // asking again will not help: say so now
            finish(key, false, RestartOutcome::Stage::Confirming,
                   tr("The service of %1 restarted, but RelayQ could not confirm it is back: %2")
                       .arg(request.runnerName, status.message));
            return;
        }
    }
    const qint64 waited = flight->waitStarted.secsTo(now);
    emit progress(
        request.runnerName,
        flight->lastFailure.isOk()
            ? tr("GitHub does not show %1 online yet (%2 s).").arg(request.runnerName).arg(waited)
            : tr("Could not ask GitHub about %1 (%2); trying again.")
                  .arg(request.runnerName, flight->lastFailure.message));
    if (now >= flight->deadline)
        timeOut(key);
}

void RunnerRestart::timeOut(const QString &key)
{
    const auto flight = m_flights.value(key);
    const QString name = flight->request.runnerName;
    const qint64 waited = flight->waitStarted.secsTo(m_clock.now());
    QString message;
    if (!flight->lastFailure.isOk())
        message = tr("The service of %1 restarted, but RelayQ could not confirm it is back: "
                     "GitHub unreachable (%2).")
                      .arg(name, flight->lastFailure.message);
    else if (!flight->listed)
        message = tr("The service of %1 restarted, but GitHub does not list the runner any more.")
                      .arg(name);
    else
        message = tr("The service of %1 restarted, but GitHub still shows it offline after %2 s.")
                      .arg(name)
                      .arg(waited);
    finish(key, false, RestartOutcome::Stage::Confirming, message);
}

void RunnerRestart::finish(const QString &key, bool succeeded, RestartOutcome::Stage stage,
                           const QString &message)
{
    const auto flight = m_flights.take(key);
    if (m_flights.isEmpty())
        m_timer->stop();
    RestartOutcome outcome;
    outcome.runnerName = flight->request.runnerName;
    outcome.succeeded = succeeded;
    outcome.message = message;
    outcome.helperOutput = flight->helperOutput;
    outcome.stage = stage;
    outcome.origin = flight->request.origin;
    outcome.gitHub = flight->lastFailure;
    if (m_audit) {
        AuditEntry entry;
        entry.when = m_clock.now();
        entry.action = QStringLiteral("restart");
        entry.subject = outcome.runnerName;
        entry.succeeded = succeeded;
        entry.message = message;
        entry.helperOutput = outcome.helperOutput;
        entry.origin = outcome.origin;
        m_audit->append(entry); // a log that cannot be written does not undo the restart
    }
    emit finished(outcome);
}

} // namespace relayq
