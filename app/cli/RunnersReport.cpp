#include "RunnersReport.h"

#include "Relayqctl.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QTextStream>

namespace relayq::cli {

namespace {
const Runner *findRemote(const LocalRunner &local, const QList<Runner> &remote, bool byNameOnly)
{
    if (!byNameOnly && local.agentId > 0) {
        for (const Runner &runner : remote) {
            if (runner.id == local.agentId)
                return &runner;
        }
    }
    if (local.agentName.isEmpty())
        return nullptr;
    // GitHub keeps runner names unique regardless of case.
    for (const Runner &runner : remote) {
        if (runner.name.compare(local.agentName, Qt::CaseInsensitive) == 0)
            return &runner;
    }
    return nullptr;
}

LocalRunnerStatus matchOne(const LocalRunner &local, const QList<Runner> &remote, bool byNameOnly)
{
    LocalRunnerStatus status;
    status.local = local;
    if (!local.isConfigured()) {
        status.reason = Relayqctl::tr("the directory does not say which runner it is");
        return status;
    }
    const Runner *match = findRemote(local, remote, byNameOnly);
    if (!match) {
        status.github = LocalRunnerStatus::GitHub::NotFound;
        return status;
    }
    status.remoteId = match->id;
    status.remoteTarget = match->target;
    if (match->isOffline())
        status.github = LocalRunnerStatus::GitHub::Offline;
    else if (match->isOnline())
        status.github
            = match->busy ? LocalRunnerStatus::GitHub::Busy : LocalRunnerStatus::GitHub::Online;
    else
        status.reason = Relayqctl::tr("GitHub reports the status \"%1\"").arg(match->statusText);
    return status;
}

QString statusKey(LocalRunnerStatus::GitHub github)
{
    switch (github) {
    case LocalRunnerStatus::GitHub::Online: return QStringLiteral("online");
    case LocalRunnerStatus::GitHub::Offline: return QStringLiteral("offline");
    case LocalRunnerStatus::GitHub::Busy: return QStringLiteral("busy");
    case LocalRunnerStatus::GitHub::NotFound: return QStringLiteral("not_found");
    case LocalRunnerStatus::GitHub::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString statusWords(const LocalRunnerStatus &status)
{
    QString words;
    switch (status.github) {
    case LocalRunnerStatus::GitHub::Online: words = Relayqctl::tr("online"); break;
    case LocalRunnerStatus::GitHub::Offline: words = Relayqctl::tr("OFFLINE"); break;
    case LocalRunnerStatus::GitHub::Busy: words = Relayqctl::tr("online, busy"); break;
    case LocalRunnerStatus::GitHub::NotFound:
        return Relayqctl::tr("not found on GitHub (looked for id %1, name %2)")
            .arg(status.local.agentId)
            .arg(status.local.agentName);
    case LocalRunnerStatus::GitHub::Unknown: return Relayqctl::tr("unknown: %1").arg(status.reason);
    }
    return Relayqctl::tr("%1 (id %2 in %3)")
        .arg(words)
        .arg(status.remoteId)
        .arg(status.remoteTarget);
}
} // namespace

bool LocalRunnerStatus::needsAttention() const
{
    return !local.problems.isEmpty() || github == GitHub::Offline || github == GitHub::NotFound;
}

QString helperName(const LocalRunner &runner)
{
    if (runner.serviceName.isEmpty())
        return QStringLiteral("none");
#if defined(Q_OS_MACOS)
    return QStringLiteral("launchd");
#elif defined(Q_OS_WIN)
    return QStringLiteral("windows service");
#else
    return QStringLiteral("systemd");
#endif
}

QList<LocalRunnerStatus> withoutGitHub(const QList<LocalRunner> &local, const QString &reason)
{
    QList<LocalRunnerStatus> result;
    for (const LocalRunner &runner : local) {
        LocalRunnerStatus status;
        status.local = runner;
        status.reason = runner.isConfigured()
            ? reason
            : Relayqctl::tr("the directory does not say which runner it is");
        result.append(status);
    }
    return result;
}

QList<LocalRunnerStatus> matchedWith(const QList<LocalRunner> &local, const QList<Runner> &remote,
                                     bool byNameOnly)
{
    QList<LocalRunnerStatus> result;
    for (const LocalRunner &runner : local)
        result.append(matchOne(runner, remote, byNameOnly));
    return result;
}

QString runnersText(const QList<LocalRunnerStatus> &runners)
{
    QString text;
    QTextStream out(&text);
    if (runners.isEmpty())
        out << Relayqctl::tr(
            "No runners found on this machine (looked in the --runner-dir and settings "
            "folders, ~/actions-runner*, /opt/actions-runner*).")
            << '\n';
    for (const LocalRunnerStatus &status : runners) {
        const LocalRunner &local = status.local;
        out << local.displayName() << '\n';
        // The labels are padded so the values line up; a translation may pad its own way.
        out << "  " << Relayqctl::tr("directory: %1").arg(QDir::toNativeSeparators(local.directory))
            << '\n';
        out << "  "
            << Relayqctl::tr("service:   %1 (helper: %2)")
                   .arg(local.serviceName.isEmpty() ? Relayqctl::tr("none") : local.serviceName,
                        helperName(local))
            << '\n';
        out << "  " << Relayqctl::tr("GitHub:    %1").arg(statusWords(status)) << '\n';
        for (const QString &problem : local.problems)
            out << "  " << Relayqctl::tr("problem:   %1").arg(problem) << '\n';
    }
    out.flush();
    return text;
}

QJsonArray runnersJson(const QList<LocalRunnerStatus> &runners)
{
    QJsonArray array;
    for (const LocalRunnerStatus &status : runners) {
        const LocalRunner &local = status.local;
        const QJsonObject github {
            { QStringLiteral("status"), statusKey(status.github) },
            { QStringLiteral("reason"), status.reason },
            { QStringLiteral("id"), status.remoteId ? QJsonValue(status.remoteId) : QJsonValue() },
            { QStringLiteral("target"), status.remoteTarget },
        };
        array.append(QJsonObject {
            { QStringLiteral("name"), local.agentName },
            { QStringLiteral("directory"), local.directory },
            { QStringLiteral("agentId"), local.agentId },
            { QStringLiteral("poolId"), local.poolId },
            { QStringLiteral("gitHubUrl"), local.gitHubUrl },
            { QStringLiteral("serverUrl"), local.serverUrl },
            { QStringLiteral("workFolder"), local.workFolder },
            { QStringLiteral("ephemeral"), local.ephemeral },
            { QStringLiteral("serviceName"), local.serviceName },
            { QStringLiteral("helper"), helperName(local) },
            { QStringLiteral("problems"), QJsonArray::fromStringList(local.problems) },
            { QStringLiteral("github"), github },
        });
    }
    return array;
}

} // namespace relayq::cli
