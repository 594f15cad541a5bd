#pragma once
// Runs the curl + jq port of the seed's scripts (runner_health_check.sh, monitor_jobs.sh in this
// directory) against an API base, one script at a time, while the caller's event loop keeps
// serving the in-process simulator: the benchmarks put the seed's checks next to RelayQ's polls
// against the same simulated fleet.

#include <QString>
#include <QStringList>
#include <QUrl>

namespace relayq::bench {

class SeedScripts
{
public:
    struct Outcome
    {
        bool finished = false; // ran to its end within the time limit
        int exitCode = -1;
        QStringList lines; // what it printed on stdout
        QString errors; // stderr
        qint64 cpuMilliseconds = 0; // user + system time of the script and its children
    };

    // token: sent as gh sends it (GH_TOKEN), never on a command line.
    SeedScripts(const QUrl &apiBase, const QString &token);

    // The directory holding the scripts (this source directory).
    static QString directory();

    // runner_health_check.sh: one `gh api …/actions/runners` per runner name, for this repository.
    Outcome healthCheck(const QString &repository, const QStringList &runnerNames) const;
    // monitor_jobs.sh for this repository.
    Outcome monitorJobs(const QString &repository) const;

private:
    Outcome run(const QString &script, const QString &repository,
                const QStringList &arguments) const;

    QUrl m_apiBase;
    QString m_token;
};

} // namespace relayq::bench
