#include "StatusSummary.h"

#include <QCoreApplication>

#include <algorithm>

namespace relayq {

namespace {

QString sep()
{
    return QStringLiteral(" · ");
}

// The short line for one alert: what the user would say about it out loud.
QString alertHeadline(const Alert &alert)
{
    switch (alert.kind) {
    case AlertKind::RunnerOffline: return StatusSummary::tr("%1 is offline").arg(alert.subject);
    case AlertKind::RunnerRemoved: return StatusSummary::tr("%1 was removed").arg(alert.subject);
    case AlertKind::NoMatchingRunner:
        return StatusSummary::tr("No online runner for %1").arg(alert.subject);
    case AlertKind::JobQueuedTooLong:
        return StatusSummary::tr("%1 has been queued too long").arg(alert.subject);
    case AlertKind::JobStuck: return StatusSummary::tr("%1 looks stuck").arg(alert.subject);
    case AlertKind::LongRunning: return StatusSummary::tr("%1 is running long").arg(alert.subject);
    case AlertKind::FailureRate:
        return StatusSummary::tr("Many runs fail in %1").arg(alert.subject);
    case AlertKind::PoolEmpty:
        return StatusSummary::tr("No online runner in pool %1").arg(alert.subject);
    }
    return alert.message;
}

void countFleet(const FleetSnapshot &snapshot, const QDateTime &now, StatusSummary *s)
{
    s->runnersTotal = int(snapshot.runners.size());
    for (const Runner &runner : snapshot.runners) {
        s->runnersOnline += runner.isOnline() ? 1 : 0;
        s->runnersOffline += runner.isOffline() ? 1 : 0;
    }
    for (const Job &job : snapshot.jobs) {
        if (job.isInProgress())
            ++s->jobsRunning;
        if (!job.isQueued())
            continue;
        ++s->jobsQueued;
        if (job.createdAt.isValid())
            s->longestQueuedSeconds
                = std::max(s->longestQueuedSeconds, std::max<qint64>(0, job.createdAt.secsTo(now)));
    }
}

// Problem alerts (warning and worse), worst first, in the order given otherwise.
AlertList problems(const AlertList &alerts)
{
    AlertList out;
    for (const Alert &a : alerts) {
        if (a.severity != Severity::Info)
            out.append(a);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Alert &a, const Alert &b) { return a.severity > b.severity; });
    return out;
}

QString connectedHeadline(const StatusSummary &s, const AlertList &worstFirst)
{
    if (!worstFirst.isEmpty()) {
        const QString first = alertHeadline(worstFirst.first());
        if (worstFirst.size() == 1)
            return first;
        // English plurals without a loaded translation: two source strings, not "(s)".
        return worstFirst.size() == 2 ? StatusSummary::tr("%1 and 1 more problem").arg(first)
                                      : StatusSummary::tr("%1 and %2 more problems")
                                            .arg(first, QString::number(worstFirst.size() - 1));
    }
    if (s.jobsRunning > 0)
        return s.jobsRunning == 1 ? StatusSummary::tr("1 job running")
                                  : StatusSummary::tr("%1 jobs running").arg(s.jobsRunning);
    if (s.runnersTotal == 0)
        return StatusSummary::tr("No self-hosted runners registered");
    if (s.runnersOnline == s.runnersTotal)
        return s.runnersTotal == 1 ? StatusSummary::tr("The only runner is online")
                                   : StatusSummary::tr("All %1 runners online").arg(s.runnersTotal);
    return StatusSummary::tr("%1/%2 runners online").arg(s.runnersOnline).arg(s.runnersTotal);
}

QString nextCheck(const QDateTime &now, const QDateTime &nextPoll)
{
    if (!nextPoll.isValid())
        return {};
    const qint64 seconds = now.secsTo(nextPoll);
    if (seconds <= 0)
        return StatusSummary::tr("checking now");
    return StatusSummary::tr("next check in %1").arg(StatusSummary::formatDuration(seconds));
}

// The facts line while connected: runners, jobs, queue.
QStringList fleetFacts(const StatusSummary &s)
{
    QStringList parts;
    if (s.runnersTotal == 0)
        parts << StatusSummary::tr("no runners");
    else
        parts << StatusSummary::tr("%1/%2 runners online").arg(s.runnersOnline).arg(s.runnersTotal);
    if (s.jobsRunning > 0)
        parts << StatusSummary::tr("%1 running").arg(s.jobsRunning);
    if (s.jobsQueued == 1)
        parts << StatusSummary::tr("1 queued %1")
                     .arg(StatusSummary::formatDuration(s.longestQueuedSeconds));
    else if (s.jobsQueued > 1)
        parts << StatusSummary::tr("%1 queued, longest %2")
                     .arg(s.jobsQueued)
                     .arg(StatusSummary::formatDuration(s.longestQueuedSeconds));
    return parts;
}

// While disconnected the counts are old news; say how old instead.
QStringList outageFacts(const FleetSnapshot *snapshot)
{
    QDateTime lastSuccess;
    if (snapshot) {
        for (const TargetState &t : snapshot->targets) {
            if (t.lastSuccess.isValid() && (!lastSuccess.isValid() || t.lastSuccess > lastSuccess))
                lastSuccess = t.lastSuccess;
        }
    }
    if (!lastSuccess.isValid())
        return { StatusSummary::tr("no data yet") };
    return { StatusSummary::tr("last update %1")
                 .arg(lastSuccess.toLocalTime().toString(QStringLiteral("HH:mm"))) };
}

} // namespace

QString fleetStateKey(FleetState state)
{
    switch (state) {
    case FleetState::Unknown: return QStringLiteral("unknown");
    case FleetState::Healthy: return QStringLiteral("healthy");
    case FleetState::Busy: return QStringLiteral("busy");
    case FleetState::Warning: return QStringLiteral("warning");
    case FleetState::Critical: return QStringLiteral("critical");
    case FleetState::Disconnected: return QStringLiteral("disconnected");
    }
    return QStringLiteral("unknown");
}

QString StatusSummary::formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (hours == 0)
        return tr("%1 min").arg(minutes);
    if (minutes == 0)
        return tr("%1 h").arg(hours);
    return tr("%1 h %2 min").arg(hours).arg(minutes);
}

QString StatusSummary::connectionHeadline(const ConnectionStatus &connection)
{
    switch (connection.state) {
    case ConnectionState::Ok: return {};
    case ConnectionState::Unreachable: return tr("Can't reach GitHub");
    case ConnectionState::Timeout: return tr("GitHub is not answering");
    case ConnectionState::TlsError: return tr("Can't connect to GitHub securely");
    case ConnectionState::AuthFailed: return tr("GitHub rejected the token");
    case ConnectionState::Forbidden: return tr("The token lacks a permission");
    case ConnectionState::NotFound: return tr("A watched repository or organisation was not found");
    case ConnectionState::RateLimited:
        if (!connection.retryAt.isValid())
            return tr("Rate-limited by GitHub");
        return tr("Rate-limited until %1")
            .arg(connection.retryAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    case ConnectionState::ServerError: return tr("GitHub has a server problem");
    case ConnectionState::Malformed: return tr("GitHub sent an answer RelayQ does not understand");
    }
    return tr("Can't reach GitHub");
}

StatusSummary StatusSummary::of(const FleetSnapshot *snapshot, const AlertList &alerts,
                                const ConnectionStatus &connection, const QDateTime &now,
                                const QDateTime &nextPoll, bool notificationsPaused)
{
    StatusSummary s;
    s.notificationsPaused = notificationsPaused;
    if (snapshot)
        countFleet(*snapshot, now, &s);

    QStringList facts;
    if (!connection.isOk()) {
        s.state = FleetState::Disconnected;
        s.headline = connectionHeadline(connection);
        facts = outageFacts(snapshot);
    } else if (!snapshot) {
        s.state = FleetState::Unknown;
        s.headline = tr("Checking GitHub…");
    } else {
        const AlertList worstFirst = problems(alerts);
        if (!worstFirst.isEmpty())
            s.state = worstFirst.first().severity == Severity::Critical ? FleetState::Critical
                                                                        : FleetState::Warning;
        else
            s.state = s.jobsRunning > 0 ? FleetState::Busy : FleetState::Healthy;
        s.headline = connectedHeadline(s, worstFirst);
        facts = fleetFacts(s);
    }
    const QString check = nextCheck(now, nextPoll);
    if (!check.isEmpty())
        facts << check;
    if (notificationsPaused)
        facts << tr("notifications paused");
    s.tooltip = facts.join(sep());
    return s;
}

} // namespace relayq
