// Fuzz target: GitHub's runner, workflow run and job answers, read as the monitor reads them.
// Each input is decoded as GitHubClient decodes a body (QJsonDocument, then PagedList for a
// list) and handed to every GitHubJson parser. The checks are what callers rely on: a parse
// fails with a reason and no items, or succeeds with every item tagged with its target, ids in
// range and timestamps in UTC; two pages of the same list read like one, twice the items.

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

// The list through PagedList, as GitHubClient merges pages: the same page twice (once from the
// network, once from the cache) must read like the page alone, with twice the items.
template<typename T>
void checkList(const QJsonDocument &doc, QLatin1String key, Parser<T> parseList, Parser<T> parseOne)
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
    if (page.ok())
        check(merged.items.size() == 2 * page.items.size(), "two pages hold twice the items");
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
    checkList(doc, QLatin1String("runners"), &GitHubJson::parseRunners, &GitHubJson::parseRunner);
    checkList(doc, QLatin1String("workflow_runs"), &GitHubJson::parseWorkflowRuns,
              &GitHubJson::parseWorkflowRun);
    checkList(doc, QLatin1String("jobs"), &GitHubJson::parseJobs, &GitHubJson::parseJob);
    return 0;
}
