#pragma once
// Turns GitHub's JSON answers into fleet values. Tolerant where GitHub's description allows
// (nulls, missing optional fields, unknown status strings, empty lists), strict where it does
// not: a required field that is missing or of the wrong type makes the whole answer malformed,
// so a half-understood answer never raises or clears an alert.

#include "Job.h"
#include "Runner.h"
#include "WorkflowRun.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>

namespace relayq {

template<typename T> struct Parsed
{
    QList<T> items;
    int totalCount = 0;
    QString error; // empty when the answer was understood; else names the field, in words

    bool ok() const { return error.isEmpty(); }
};

// An earlier reading of the same list for the same target: the list read and the values read
// from it, one per item and in its order (as a successful parse gives them). When a list
// changed, most of its items usually did not (a few runners of a hundred went offline): an
// item equal to the one at the same place in `list` takes its value from `items` instead of
// being read again.
template<typename T> struct EarlierReading
{
    QJsonArray list;
    QList<T> items;
};

namespace GitHubJson {

// Each list parser also comes with an EarlierReading (null: none) of the same list.
// {"total_count": n, "runners": [...]}
Parsed<Runner> parseRunners(const QJsonDocument &doc, const QString &target);
Parsed<Runner> parseRunners(const QJsonDocument &doc, const QString &target,
                            const EarlierReading<Runner> *earlier);
// {"total_count": n, "workflow_runs": [...]}
Parsed<WorkflowRun> parseWorkflowRuns(const QJsonDocument &doc, const QString &target);
Parsed<WorkflowRun> parseWorkflowRuns(const QJsonDocument &doc, const QString &target,
                                      const EarlierReading<WorkflowRun> *earlier);
// {"total_count": n, "jobs": [...]}
Parsed<Job> parseJobs(const QJsonDocument &doc, const QString &target);
Parsed<Job> parseJobs(const QJsonDocument &doc, const QString &target,
                      const EarlierReading<Job> *earlier);

// One resource (GET …/runners/{id}, …/runs/{id}, …/jobs/{id}): on success exactly one item and
// totalCount 1. Same field rules as the lists; the error path starts at the field ("id is …").
Parsed<Runner> parseRunner(const QJsonDocument &doc, const QString &target);
Parsed<WorkflowRun> parseWorkflowRun(const QJsonDocument &doc, const QString &target);
Parsed<Job> parseJob(const QJsonDocument &doc, const QString &target);

// GitHub's ISO 8601 timestamps ("2020-01-22T19:33:08Z", "…09:42:40.000-08:00") as UTC. A
// string without offset is read as UTC. Invalid QDateTime for anything else.
QDateTime parseTimestamp(const QString &text);

// queued, in_progress, completed, waiting, requested, pending, action_required; else Unknown.
ActionStatus parseActionStatus(const QString &text);
// online, offline; else Unknown (never Offline: an unknown word is not a fault).
Runner::Status parseRunnerStatus(const QString &text);

} // namespace GitHubJson
} // namespace relayq
