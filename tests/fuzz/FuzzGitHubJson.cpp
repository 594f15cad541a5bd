// Fuzz target: GitHub's runner, workflow run and job answers, read as the monitor reads them.
// Each input is decoded as GitHubClient decodes a body (QJsonDocument, then PagedList for a
// list) and handed to every GitHubJson parser. The checks are what callers rely on: a parse
// fails with a reason and no items, or succeeds with every item tagged with its target, ids in
// range and timestamps in UTC; two pages of the same list read like one, twice the items; and
// a list read with an earlier reading at hand (FleetReader's way) reads like one read afresh.

#include "FuzzCheck.h"
#include "GitHubJson.h"
#include "PagedList.h"

#include <QJsonObject>
#include <QJsonParseError>

using namespace relayq;
using relayq::fuzz::check;

namespace {

constexpr qint64 maxExactInteger = qint64(1) << 53;

QString target()
{
    return QStringLiteral("acme/media");
}

void checkTimestamp(const QDateTime &time)
{
    check(!time.isValid() || time.timeSpec() == Qt::UTC, "a timestamp is read as UTC");
}

void checkItem(const Runner &runner)
{
    check(runner.id >= 0 && runner.id <= maxExactInteger, "runner id in range");
}

void checkItem(const WorkflowRun &run)
{
    check(run.id >= 0 && run.id <= maxExactInteger, "run id in range");
    check(run.createdAt.isValid(), "a run that parsed has created_at");
    check(run.runAttempt >= 0, "run attempt is not negative");
    for (const QDateTime &time : { run.createdAt, run.updatedAt, run.runStartedAt })
        checkTimestamp(time);
}

void checkItem(const Job &job)
{
    check(job.id >= 0 && job.runId >= 0, "job ids are not negative");
    check(!job.runnerId || *job.runnerId >= 0, "job runner id is not negative");
    for (const QDateTime &time : { job.createdAt, job.startedAt, job.completedAt })
        checkTimestamp(time);
}

template<typename T> void checkParsed(const Parsed<T> &parsed, bool single)
{
    if (!parsed.ok()) {
        check(parsed.items.isEmpty(), "a failed parse returns no items");
        return;
    }
    check(parsed.totalCount >= 0, "total_count is not negative");
    if (single)
        check(parsed.items.size() == 1 && parsed.totalCount == 1, "one resource, one item");
    for (const T &item : parsed.items) {
        check(item.target == target(), "every item carries its target");
        checkItem(item);
    }
}

template<typename T> using Parser = Parsed<T> (*)(const QJsonDocument &, const QString &);
template<typename T>
using ParserWithEarlier
    = Parsed<T> (*)(const QJsonDocument &, const QString &, const EarlierReading<T> *);

// What a caller reads from an item: an item taken over from an earlier reading must be the one
// a fresh read gives.
bool sameItem(const Runner &a, const Runner &b)
{
    return a.id == b.id && a.name == b.name && a.os == b.os && a.status == b.status
        && a.statusText == b.statusText && a.busy == b.busy && a.ephemeral == b.ephemeral
        && a.labels == b.labels && a.runnerGroupId == b.runnerGroupId && a.version == b.version
        && a.target == b.target;
}

bool sameItem(const WorkflowRun &a, const WorkflowRun &b)
{
    return a.id == b.id && a.name == b.name && a.displayTitle == b.displayTitle
        && a.status == b.status && a.statusText == b.statusText && a.conclusion == b.conclusion
        && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt
        && a.runStartedAt == b.runStartedAt && a.htmlUrl == b.htmlUrl && a.target == b.target;
}

bool sameItem(const Job &a, const Job &b)
{
    return a.id == b.id && a.runId == b.runId && a.name == b.name && a.status == b.status
        && a.statusText == b.statusText && a.conclusion == b.conclusion && a.labels == b.labels
        && a.runnerId == b.runnerId && a.runnerName == b.runnerName && a.createdAt == b.createdAt
        && a.startedAt == b.startedAt && a.completedAt == b.completedAt && a.target == b.target;
}

template<typename T> void checkSameReading(const Parsed<T> &fresh, const Parsed<T> &withEarlier)
{
    check(fresh.ok() == withEarlier.ok() && fresh.error == withEarlier.error
              && fresh.totalCount == withEarlier.totalCount,
          "an earlier reading changes nothing but the work");
    check(fresh.items.size() == withEarlier.items.size(), "an earlier reading keeps every item");
    for (qsizetype i = 0; i < std::min(fresh.items.size(), withEarlier.items.size()); ++i)
        check(sameItem(fresh.items.at(i), withEarlier.items.at(i)),
              "an item taken from an earlier reading is the one read afresh");
}

// The list through PagedList, as GitHubClient merges pages: the same page twice (once from the
// network, once from the cache) must read like the page alone, with twice the items.
// With last time's reading of the page at hand, as FleetReader reads a changed list: the two
// pages' first half matches it item for item (taken over), the second half is read.
template<typename T>
void checkList(const QJsonDocument &doc, QLatin1String key, Parser<T> parseList, Parser<T> parseOne,
               ParserWithEarlier<T> parseListAgain)
{
    const Parsed<T> page = parseList(doc, target());
    checkParsed(page, false);
    checkParsed(parseOne(doc, target()), true);
    if (!doc.isObject())
        return;
    PagedList list { QString(key) };
    if (list.addPage(doc.object(), false))
        return; // no list under the key: GitHubClient calls the answer malformed
    check(!list.addPage(doc.object(), true), "a page that was accepted once is accepted again");
    const Parsed<T> merged = parseList(list.document(), target());
    checkParsed(merged, false);
    check(merged.ok() == page.ok(), "two pages parse like one");
    if (!page.ok())
        return;
    check(merged.items.size() == 2 * page.items.size(), "two pages hold twice the items");
    const EarlierReading<T> earlier { doc.object().value(key).toArray(), page.items };
    checkSameReading(merged, parseListAgain(list.document(), target(), &earlier));
    checkSameReading(page, parseListAgain(doc, target(), &earlier));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    // Short inputs double as timestamps: the date parser is where odd text meets Qt's own parser.
    if (size <= 64)
        checkTimestamp(GitHubJson::parseTimestamp(QString::fromUtf8(bytes)));

    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return 0; // GitHubClient stops here too ("the answer is not JSON")
    checkList<Runner>(doc, QLatin1String("runners"), &GitHubJson::parseRunners,
                      &GitHubJson::parseRunner, &GitHubJson::parseRunners);
    checkList<WorkflowRun>(doc, QLatin1String("workflow_runs"), &GitHubJson::parseWorkflowRuns,
                           &GitHubJson::parseWorkflowRun, &GitHubJson::parseWorkflowRuns);
    checkList<Job>(doc, QLatin1String("jobs"), &GitHubJson::parseJobs, &GitHubJson::parseJob,
                   &GitHubJson::parseJobs);
    return 0;
}
