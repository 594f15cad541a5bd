#include "FleetReader.h"

#include <QJsonObject>

#include <optional>

namespace relayq {

// A fresh answer is read. One from the cache is compared with the list read last time: QJsonArray's
// == compares the shared data first, so the same array is recognised at once; an equal copy
// (the cache entry was refreshed by another request meanwhile) is compared item by item, still
// right, only slower.
template<typename T>
Parsed<T> FleetReader::read(QHash<QString, Reading<T>> &readings, const QString &path,
                            const ApiResult &answer, const QString &target, QLatin1String key,
                            Parsed<T> (*parse)(const QJsonDocument &, const QString &,
                                               const EarlierReading<T> *))
{
    const QJsonDocument &doc = answer.json;
    const QJsonObject top = doc.object();
    const QJsonValue list = top.value(key);
    const QJsonValue totalCount = top.value(QLatin1String("total_count"));
    const auto it = readings.find(path);
    if (answer.notModified && it != readings.end() && doc.isObject() && list.isArray()
        && it->target == target && it->totalCount == totalCount && it->list == list.toArray()) {
        it->used = true;
        return it->parsed;
    }
    // A changed list is read with last time's values at hand: only its changed items are read.
    std::optional<EarlierReading<T>> earlier;
    if (it != readings.end() && it->target == target)
        earlier = EarlierReading<T> { it->list, it->parsed.items };
    Parsed<T> parsed = parse(doc, target, earlier ? &*earlier : nullptr);
    if (parsed.ok())
        readings.insert(path, Reading<T> { target, list.toArray(), totalCount, parsed, true });
    else if (it != readings.end())
        readings.erase(it);
    return parsed;
}

template<typename T> void FleetReader::forgetUnused(QHash<QString, Reading<T>> &readings)
{
    for (auto it = readings.begin(); it != readings.end();) {
        if (!it->used) {
            it = readings.erase(it);
        } else {
            it->used = false;
            ++it;
        }
    }
}

Parsed<Runner> FleetReader::runners(const QString &path, const ApiResult &answer,
                                    const QString &target)
{
    return read(m_runners, path, answer, target, QLatin1String("runners"),
                GitHubJson::parseRunners);
}

Parsed<WorkflowRun> FleetReader::workflowRuns(const QString &path, const ApiResult &answer,
                                              const QString &target)
{
    return read(m_runs, path, answer, target, QLatin1String("workflow_runs"),
                GitHubJson::parseWorkflowRuns);
}

Parsed<Job> FleetReader::jobs(const QString &path, const ApiResult &answer, const QString &target)
{
    return read(m_jobs, path, answer, target, QLatin1String("jobs"), GitHubJson::parseJobs);
}

void FleetReader::forgetUnused()
{
    forgetUnused(m_runners);
    forgetUnused(m_runs);
    forgetUnused(m_jobs);
}

} // namespace relayq
