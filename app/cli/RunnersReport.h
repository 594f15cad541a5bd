#pragma once
// `relayqctl runners`' words and JSON: each runner found on this machine next to what GitHub
// says about it. Matching is by the id in `.runner` (unique on one GitHub), then by name.

#include "LocalRunner.h"
#include "Runner.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace relayq::cli {

struct LocalRunnerStatus
{
    enum class GitHub { Unknown, Online, Offline, Busy, NotFound };

    LocalRunner local;
    GitHub github = GitHub::Unknown;
    QString reason; // why the status is unknown
    qint64 remoteId = 0; // the runner GitHub listed; 0 when none matched
    QString remoteTarget;

    // Something to look at: a problem in the directory, offline, or unknown to GitHub.
    bool needsAttention() const;
};

// The service helper that starts it on this OS: "systemd", "launchd", "windows service", "none".
QString helperName(const LocalRunner &runner);

// Every local runner with GitHub's status unknown, for `reason`.
QList<LocalRunnerStatus> withoutGitHub(const QList<LocalRunner> &local, const QString &reason);
// Every local runner matched among `remote`; `byNameOnly` where ids are not comparable (the
// demo fleet's ids are its own).
QList<LocalRunnerStatus> matchedWith(const QList<LocalRunner> &local, const QList<Runner> &remote,
                                     bool byNameOnly);

QString runnersText(const QList<LocalRunnerStatus> &runners);
QJsonArray runnersJson(const QList<LocalRunnerStatus> &runners);

} // namespace relayq::cli
