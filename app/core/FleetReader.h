#pragma once
// Reads GitHub's list answers into fleet values for FleetPoller, and remembers each request's
// last reading: an answer served from the ETag cache (every page a 304) whose list is the one
// read last time (GitHubClient hands back the very document it keeps) gives the same values
// again without reading them anew. In a quiet fleet nearly every answer is such a 304, and
// reading was most of what was left of a poll's CPU time once 304s were no longer parsed again.
// A list that did change is read with the last reading at hand, so that only the items that
// changed in it are read (GitHubJson::EarlierReading).

#include "ApiResult.h"
#include "GitHubJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace relayq {

class FleetReader
{
public:
    // As GitHubJson::parseRunners etc. on `answer.json`; `path` names the request.
    Parsed<Runner> runners(const QString &path, const ApiResult &answer, const QString &target);
    Parsed<WorkflowRun> workflowRuns(const QString &path, const ApiResult &answer,
                                     const QString &target);
    Parsed<Job> jobs(const QString &path, const ApiResult &answer, const QString &target);

    // Forgets the readings of requests not read since the last call (the jobs of runs that
    // ended, targets no longer watched), so what is remembered stays one poll's worth.
    void forgetUnused();
    qsizetype size() const { return m_runners.size() + m_runs.size() + m_jobs.size(); }

private:
    template<typename T> struct Reading
    {
        QString target;
        QJsonArray list; // shared with the document read: comparing it is a pointer compare
        QJsonValue totalCount;
        Parsed<T> parsed;
        bool used = true;
    };
    template<typename T>
    static Parsed<T> read(QHash<QString, Reading<T>> &readings, const QString &path,
                          const ApiResult &answer, const QString &target, QLatin1String key,
                          Parsed<T> (*parse)(const QJsonDocument &, const QString &,
                                             const EarlierReading<T> *));
    template<typename T> static void forgetUnused(QHash<QString, Reading<T>> &readings);

    QHash<QString, Reading<Runner>> m_runners;
    QHash<QString, Reading<WorkflowRun>> m_runs;
    QHash<QString, Reading<Job>> m_jobs;
};

} // namespace relayq
