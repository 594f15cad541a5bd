#pragma once
// Turns GitHub's JSON answers into fleet values. Tolerant where GitHub's description allows
// (nulls, missing optional fields, unknown status strings, empty lists), strict where it does
// not: a required field that is missing or of the wrong type makes the whole answer malformed,
// so a half-understood answer never raises or clears an alert.

#include "Job.h"
#include "Runner.h"
#include "WorkflowRun.h"

#include <QJsonDocument>
#include <QList>
#include <QString>

namespace relayq {

template<typename T>
struct Parsed
{
    QList<T> items;
    int totalCount = 0;
    QString error; // empty when the answer was understood; else names the field, in words

    bool ok() const { return error.isEmpty(); }
};

namespace GitHubJson {

// {"total_count": n, "runners": [...]}
Parsed<Runner> parseRunners(const QJsonDocument &doc, const QString &target);
// {"total_count": n, "workflow_runs": [...]}
Parsed<WorkflowRun> parseWorkflowRuns(const QJsonDocument &doc, const QString &target);
// {"total_count": n, "jobs": [...]}
Parsed<Job> parseJobs(const QJsonDocument &doc, const QString &target);

ActionStatus parseActionStatus(const QString &text);
Runner::Status parseRunnerStatus(const QString &text);

} // namespace GitHubJson
} // namespace relayq
