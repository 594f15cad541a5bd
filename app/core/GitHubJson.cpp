#include "GitHubJson.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QTimeZone>

#include <climits>
#include <cmath>
#include <optional>

namespace relayq::GitHubJson {
namespace {

// Messages in words; QT_TRANSLATE_NOOP lets lupdate find them, translated() translates at use.
#define RELAYQ_MESSAGE(text) QT_TRANSLATE_NOOP("relayq::GitHubJson", text)
const char *const notAnObjectMessage = RELAYQ_MESSAGE("the answer is not a JSON object");
const char *const itemNotAnObject = RELAYQ_MESSAGE("%1 is not an object");
const char *const missingNumber = RELAYQ_MESSAGE("%1 is missing or not a number");
const char *const notWholeNumber = RELAYQ_MESSAGE("%1 is not a whole number between 0 and 2^53");
const char *const missingString = RELAYQ_MESSAGE("%1 is missing or not a string");
const char *const notString = RELAYQ_MESSAGE("%1 is not a string");
const char *const missingBool = RELAYQ_MESSAGE("%1 is missing or not true or false");
const char *const missingDate = RELAYQ_MESSAGE("%1 is missing or not a date");
const char *const missingList = RELAYQ_MESSAGE("%1 is missing or not a list");
#undef RELAYQ_MESSAGE

QString translated(const char *message)
{
    return QCoreApplication::translate("relayq::GitHubJson", message);
}

// JSON numbers arrive as doubles: above 2^53 two ids could collapse into one, so such a value
// is refused rather than rounded.
constexpr double maxExactInteger = 9007199254740992.0; // 2^53

std::optional<qint64> wholeNumber(const QJsonValue &value, double max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < 0 || number > max || std::floor(number) != number)
        return std::nullopt;
    // toInteger() keeps the exact value when the text was an integer Qt stored as qint64; that
    // value is checked again, as 2^53 + 1 rounds to 2^53 as a double (found by fuzzing).
    const qint64 exact = value.toInteger(static_cast<qint64>(number));
    if (exact < 0 || exact > static_cast<qint64>(max))
        return std::nullopt;
    return exact;
}

// Reads the fields of one JSON object. The first failure is kept in *error (with the field's
// path, e.g. "runners[3].id") and later reads return defaults, so a reader function can read
// every field straight through and the caller checks once. The path is built only on failure.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QLatin1String listKey, qsizetype index, QString *error)
        : m_object(object), m_listKey(listKey), m_index(index), m_error(error)
    { }

    qint64 id(QLatin1String key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isDouble()) {
            fail(key, missingNumber);
            return 0;
        }
        const std::optional<qint64> number = wholeNumber(value, maxExactInteger);
        if (!number)
            fail(key, notWholeNumber);
        return number.value_or(0);
    }

    QString string(QLatin1String key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isString())
            fail(key, missingString);
        return value.toString();
    }

    // Present, but GitHub's description allows null (read as an empty string).
    QString nullableString(QLatin1String key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isString() && !value.isNull())
            fail(key, missingString);
        return value.toString();
    }

    bool boolean(QLatin1String key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isBool())
            fail(key, missingBool);
        return value.toBool();
    }

    QDateTime date(QLatin1String key)
    {
        const QDateTime result = parseTimestamp(string(key));
        if (!result.isValid())
            fail(key, missingDate);
        return result;
    }

    // Runner labels: objects {id, name, type}; only the name is required (runner-label schema).
    QStringList labelNames(QLatin1String key)
    {
        QStringList names;
        const QJsonArray labels = array(key);
        names.reserve(labels.size());
        for (qsizetype i = 0; i < labels.size() && ok(); ++i) {
            const QJsonValue name = labels.at(i).toObject().value(QLatin1String("name"));
            if (!name.isString())
                failAt(key, i, ".name", missingString);
            names.append(name.toString());
        }
        return names;
    }

    // Job labels: plain strings (the job's runs-on).
    QStringList strings(QLatin1String key)
    {
        QStringList result;
        const QJsonArray values = array(key);
        result.reserve(values.size());
        for (qsizetype i = 0; i < values.size() && ok(); ++i) {
            if (!values.at(i).isString())
                failAt(key, i, "", notString);
            result.append(values.at(i).toString());
        }
        return result;
    }

    // Optional fields: missing, null or of an unexpected type all read as "not given".
    std::optional<qint64> optionalId(QLatin1String key) const
    {
        return wholeNumber(m_object.value(key), maxExactInteger);
    }
    qint64 optionalNumber(QLatin1String key, qint64 fallback, double max = maxExactInteger) const
    {
        return wholeNumber(m_object.value(key), max).value_or(fallback);
    }
    QString optionalString(QLatin1String key) const { return m_object.value(key).toString(); }
    bool optionalBool(QLatin1String key) const { return m_object.value(key).toBool(false); }
    QDateTime optionalDate(QLatin1String key) const
    {
        return parseTimestamp(m_object.value(key).toString());
    }

private:
    bool ok() const { return m_error->isEmpty(); }

    QJsonArray array(QLatin1String key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isArray())
            fail(key, missingList);
        return value.toArray();
    }

    QString path(QLatin1String key) const
    {
        if (m_index < 0)
            return key;
        return QStringLiteral("%1[%2].%3").arg(m_listKey).arg(m_index).arg(key);
    }

    void fail(QLatin1String key, const char *message)
    {
        if (ok())
            *m_error = translated(message).arg(path(key));
    }

    void failAt(QLatin1String key, qsizetype i, const char *suffix, const char *message)
    {
        if (ok())
            *m_error = translated(message).arg(
                QStringLiteral("%1[%2]%3").arg(path(key)).arg(i).arg(QLatin1String(suffix)));
    }

    const QJsonObject &m_object;
    QLatin1String m_listKey;
    qsizetype m_index; // -1 for a single resource
    QString *m_error;
};

Runner readRunner(FieldReader &r)
{
    Runner runner;
    runner.id = r.id(QLatin1String("id"));
    runner.name = r.string(QLatin1String("name"));
    runner.os = r.string(QLatin1String("os"));
    runner.statusText = r.string(QLatin1String("status"));
    runner.status = parseRunnerStatus(runner.statusText);
    runner.busy = r.boolean(QLatin1String("busy"));
    runner.labels = r.labelNames(QLatin1String("labels"));
    runner.ephemeral = r.optionalBool(QLatin1String("ephemeral"));
    runner.runnerGroupId = r.optionalId(QLatin1String("runner_group_id"));
    runner.version = r.optionalString(QLatin1String("version"));
    return runner;
}

// Strict only on what the monitor cannot work without: which run (id), its state (status,
// which GitHub may send as null), where to open it (html_url) and its age (created_at).
WorkflowRun readWorkflowRun(FieldReader &r)
{
    WorkflowRun run;
    run.id = r.id(QLatin1String("id"));
    run.statusText = r.nullableString(QLatin1String("status"));
    run.status = parseActionStatus(run.statusText);
    run.htmlUrl = r.string(QLatin1String("html_url"));
    run.createdAt = r.date(QLatin1String("created_at"));
    run.name = r.optionalString(QLatin1String("name"));
    run.displayTitle = r.optionalString(QLatin1String("display_title"));
    run.conclusion = r.optionalString(QLatin1String("conclusion"));
    run.updatedAt = r.optionalDate(QLatin1String("updated_at"));
    run.runStartedAt = r.optionalDate(QLatin1String("run_started_at"));
    run.runAttempt = int(r.optionalNumber(QLatin1String("run_attempt"), 1, INT_MAX));
    run.runNumber = r.optionalNumber(QLatin1String("run_number"), 0);
    run.event = r.optionalString(QLatin1String("event"));
    run.headBranch = r.optionalString(QLatin1String("head_branch"));
    run.workflowId = r.optionalNumber(QLatin1String("workflow_id"), 0);
    run.path = r.optionalString(QLatin1String("path"));
    return run;
}

// Strict on id, run_id, status and labels (what queue matching needs). created_at stays
// optional although the schema requires it: GitHub's own job examples leave it out.
Job readJob(FieldReader &r)
{
    Job job;
    job.id = r.id(QLatin1String("id"));
    job.runId = r.id(QLatin1String("run_id"));
    job.statusText = r.string(QLatin1String("status"));
    job.status = parseActionStatus(job.statusText);
    job.labels = r.strings(QLatin1String("labels"));
    job.name = r.optionalString(QLatin1String("name"));
    job.workflowName = r.optionalString(QLatin1String("workflow_name"));
    job.conclusion = r.optionalString(QLatin1String("conclusion"));
    job.runnerId = r.optionalId(QLatin1String("runner_id"));
    job.runnerName = r.optionalString(QLatin1String("runner_name"));
    job.runnerGroupName = r.optionalString(QLatin1String("runner_group_name"));
    job.createdAt = r.optionalDate(QLatin1String("created_at"));
    job.startedAt = r.optionalDate(QLatin1String("started_at"));
    job.completedAt = r.optionalDate(QLatin1String("completed_at"));
    job.htmlUrl = r.optionalString(QLatin1String("html_url"));
    job.headBranch = r.optionalString(QLatin1String("head_branch"));
    return job;
}

QString notAnObject()
{
    return translated(notAnObjectMessage);
}

// Equal JSON, told cheaply: QCborValue (which QJsonValue wraps, sharing its data) compares the
// two trees element by element, where QJsonValue's == looks up every key of one object in the
// other (six times dearer on a runner). Keys come sorted from the parser, so equal objects
// compare equal here; objects built in another key order would only be read again.
bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    return QCborValue::fromJsonValue(a) == QCborValue::fromJsonValue(b);
}

template<typename T>
Parsed<T> parseList(const QJsonDocument &doc, QLatin1String key, const QString &target,
                    T (*readItem)(FieldReader &), const EarlierReading<T> *earlier)
{
    Parsed<T> result;
    if (!doc.isObject()) {
        result.error = notAnObject();
        return result;
    }
    const QJsonObject top = doc.object();
    const QJsonValue list = top.value(key);
    if (!list.isArray()) {
        result.error = translated(missingList).arg(key);
        return result;
    }
    const QJsonArray items = list.toArray();
    result.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (earlier && i < earlier->items.size() && i < earlier->list.size()
            && sameJson(item, earlier->list.at(i))) {
            result.items.append(earlier->items.at(i));
            result.items.last().target = target;
            continue;
        }
        if (!item.isObject()) {
            result.error
                = translated(itemNotAnObject).arg(QStringLiteral("%1[%2]").arg(key).arg(i));
            break;
        }
        const QJsonObject object = item.toObject();
        FieldReader reader(object, key, i, &result.error);
        T value = readItem(reader);
        if (!result.ok())
            break;
        value.target = target;
        result.items.append(std::move(value));
    }
    if (!result.ok()) {
        result.items.clear();
        return result;
    }
    result.totalCount = int(wholeNumber(top.value(QLatin1String("total_count")), INT_MAX)
                                .value_or(result.items.size()));
    return result;
}

template<typename T>
Parsed<T> parseOne(const QJsonDocument &doc, const QString &target, T (*readItem)(FieldReader &))
{
    Parsed<T> result;
    if (!doc.isObject()) {
        result.error = notAnObject();
        return result;
    }
    const QJsonObject object = doc.object();
    FieldReader reader(object, QLatin1String(), -1, &result.error);
    T value = readItem(reader);
    if (!result.ok())
        return result;
    value.target = target;
    result.items.append(std::move(value));
    result.totalCount = 1;
    return result;
}

} // namespace

Parsed<Runner> parseRunners(const QJsonDocument &doc, const QString &target)
{
    return parseRunners(doc, target, nullptr);
}

Parsed<Runner> parseRunners(const QJsonDocument &doc, const QString &target,
                            const EarlierReading<Runner> *earlier)
{
    return parseList<Runner>(doc, QLatin1String("runners"), target, readRunner, earlier);
}

Parsed<WorkflowRun> parseWorkflowRuns(const QJsonDocument &doc, const QString &target)
{
    return parseWorkflowRuns(doc, target, nullptr);
}

Parsed<WorkflowRun> parseWorkflowRuns(const QJsonDocument &doc, const QString &target,
                                      const EarlierReading<WorkflowRun> *earlier)
{
    return parseList<WorkflowRun>(doc, QLatin1String("workflow_runs"), target, readWorkflowRun,
                                  earlier);
}

Parsed<Job> parseJobs(const QJsonDocument &doc, const QString &target)
{
    return parseJobs(doc, target, nullptr);
}

Parsed<Job> parseJobs(const QJsonDocument &doc, const QString &target,
                      const EarlierReading<Job> *earlier)
{
    return parseList<Job>(doc, QLatin1String("jobs"), target, readJob, earlier);
}

Parsed<Runner> parseRunner(const QJsonDocument &doc, const QString &target)
{
    return parseOne<Runner>(doc, target, readRunner);
}

Parsed<WorkflowRun> parseWorkflowRun(const QJsonDocument &doc, const QString &target)
{
    return parseOne<WorkflowRun>(doc, target, readWorkflowRun);
}

Parsed<Job> parseJob(const QJsonDocument &doc, const QString &target)
{
    return parseOne<Job>(doc, target, readJob);
}

QDateTime parseTimestamp(const QString &text)
{
    // Far longer than any ISO 8601 timestamp: not worth handing to the date parser.
    if (text.isEmpty() || text.size() > 40)
        return {};
    const QDateTime result = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!result.isValid())
        return {};
    // Without an offset Qt reads local time; GitHub means UTC, and the answer must not depend
    // on the machine's time zone.
    if (result.timeSpec() == Qt::LocalTime)
        return QDateTime(result.date(), result.time(), QTimeZone::utc()).toUTC();
    return result.toUTC();
}

ActionStatus parseActionStatus(const QString &text)
{
    static const struct
    {
        const char *text;
        ActionStatus status;
    } known[] = {
        { "queued", ActionStatus::Queued },
        { "in_progress", ActionStatus::InProgress },
        { "completed", ActionStatus::Completed },
        { "waiting", ActionStatus::Waiting },
        { "requested", ActionStatus::Requested },
        { "pending", ActionStatus::Pending },
        { "action_required", ActionStatus::ActionRequired },
    };
    for (const auto &entry : known) {
        if (text == QLatin1String(entry.text))
            return entry.status;
    }
    return ActionStatus::Unknown;
}

Runner::Status parseRunnerStatus(const QString &text)
{
    if (text == QLatin1String("online"))
        return Runner::Status::Online;
    if (text == QLatin1String("offline"))
        return Runner::Status::Offline;
    return Runner::Status::Unknown;
}

} // namespace relayq::GitHubJson
