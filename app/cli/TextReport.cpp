#include "TextReport.h"

#include "Relayqctl.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace relayq::cli {

namespace {
QString clockTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString runnerLine(const Runner &runner)
{
    const QString state = runner.isOnline()
        ? (runner.busy ? Relayqctl::tr("busy") : Relayqctl::tr("online"))
        : runner.isOffline() ? Relayqctl::tr("OFFLINE")
                             : runner.statusText;
    // Concatenation, not chained arg(): a name containing "%1" must print as it is.
    return QStringLiteral("  ") + (runner.isOnline() ? QStringLiteral("●") : QStringLiteral("○"))
        + QLatin1Char(' ') + runner.name.leftJustified(24) + QLatin1Char(' ')
        + state.leftJustified(8) + QLatin1Char(' ') + runner.labels.join(QStringLiteral(", "))
        + QLatin1Char('\n');
}

QString runLine(const WorkflowRun &run, const QList<Job> &jobs)
{
    QString line = QStringLiteral("  ")
        + (run.name.isEmpty() ? run.displayTitle : run.name).leftJustified(24) + QLatin1Char(' ')
        + run.statusText.leftJustified(12) + QLatin1Char(' ') + run.headBranch;
    for (const Job &job : jobs) {
        if (job.runId == run.id && isActive(job.status)) {
            line += QStringLiteral("\n      ") + job.name + QStringLiteral(": ") + job.statusText;
            if (!job.runnerName.isEmpty())
                line += Relayqctl::tr(" on %1").arg(job.runnerName);
            else if (job.isQueued())
                line += Relayqctl::tr(" (needs %1)").arg(job.labels.join(QStringLiteral(", ")));
        }
    }
    return line + QLatin1Char('\n');
}
} // namespace

QString fleetSummaryLine(const FleetSnapshot &snapshot)
{
    const auto count = [](const auto &items, auto predicate) {
        return int(std::count_if(items.cbegin(), items.cend(), predicate));
    };
    const int online = count(snapshot.runners, [](const Runner &r) { return r.isOnline(); });
    const int busy
        = count(snapshot.runners, [](const Runner &r) { return r.isOnline() && r.busy; });
    const int active = count(snapshot.runs, [](const WorkflowRun &r) { return r.isActive(); });
    const int queued = count(snapshot.jobs, [](const Job &j) { return j.isQueued(); });
    return Relayqctl::tr("%1 of %2 runners online (%3 busy) · %4 runs active · %5 jobs queued")
        .arg(online)
        .arg(snapshot.runners.size())
        .arg(busy)
        .arg(active)
        .arg(queued);
}

QString statusText(const FleetSnapshot &snapshot, const AlertList &alerts)
{
    QString text;
    QTextStream out(&text);
    for (const TargetState &target : snapshot.targets) {
        const QString name = target.target.name();
        out << name;
        if (!target.connection.isOk())
            out << "  — " << target.connection.message;
        out << '\n';
        int shown = 0;
        for (const Runner &runner : snapshot.runners) {
            if (runner.target == name) {
                out << runnerLine(runner);
                ++shown;
            }
        }
        if (shown == 0 && target.connection.isOk())
            out << Relayqctl::tr("  (no self-hosted runners)") << '\n';
        for (const WorkflowRun &run : snapshot.runs) {
            if (run.target == name && run.isActive())
                out << runLine(run, snapshot.jobs);
        }
    }
    out << '\n' << fleetSummaryLine(snapshot) << '\n';
    if (alerts.isEmpty()) {
        out << (snapshot.connection().isOk()
                    ? Relayqctl::tr("No alerts: the fleet is healthy.")
                    : Relayqctl::tr("No alerts (GitHub could not be checked fully)."))
            << '\n';
    }
    for (const Alert &alert : alerts) {
        out << severityKey(alert.severity).toUpper().leftJustified(8) << "  " << alert.message
            << '\n';
    }
    return text;
}

QString alertEventLine(const QString &event, const Alert &alert, const QDateTime &time)
{
    return clockTime(time) + QStringLiteral("  ") + event.toUpper().leftJustified(8)
        + QLatin1Char(' ') + severityKey(alert.severity).leftJustified(8) + QLatin1Char(' ')
        + alertKindKey(alert.kind).leftJustified(20) + QStringLiteral("  ")
        + (event == QLatin1String("cleared")
               ? Relayqctl::tr("%1: resolved (was: %2)").arg(alert.subject, alert.message)
               : alert.message);
}

QString connectionEventLine(const ConnectionStatus &status, const QDateTime &time)
{
    const QString what = status.isOk() ? Relayqctl::tr("GitHub answers again.") : status.message;
    return clockTime(time) + QStringLiteral("  CONNECTION ")
        + connectionStateKey(status.state).leftJustified(29) + QStringLiteral("  ") + what;
}

} // namespace relayq::cli
