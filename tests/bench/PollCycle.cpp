#include "PollCycle.h"

#include "GitHubJson.h"
#include "PagedList.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>
#include <ctime>

namespace relayq::bench {

namespace {
qint64 threadCpuNanoseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// A benchmark over answers the parsers reject would time the wrong thing: stop at once.
template<typename T> QList<T> itemsOf(const Parsed<T> &parsed, const Page &page)
{
    if (!parsed.ok())
        qFatal("PollCycle: %s: %s", qPrintable(page.path), qPrintable(parsed.error));
    return parsed.items;
}
} // namespace

PollCycle::PollCycle(const QStringList &repositories, ManualClock &clock)
    : m_clock(clock), m_monitor(clock, MonitorSettings {}), m_policy(clock)
{
    for (const QString &name : repositories)
        m_targets.append(*Target::parse(name));
    QObject::connect(&m_monitor, &FleetMonitor::alertRaised,
                     [this](const Alert &alert) { m_raised.append(alert); });
    QObject::connect(&m_monitor, &FleetMonitor::alertCleared,
                     [this](const Alert &alert) { m_cleared.append(alert); });
    QObject::connect(&m_monitor, &FleetMonitor::notice,
                     [this](const Alert &alert) { m_notices.append(alert); });
    QObject::connect(&m_policy, &NotificationPolicy::notify,
                     [this](const Notification &) { ++m_notifications; });
}

QList<ServedPage> PollCycle::serve(const QList<Page> &pages)
{
    const QString api = QStringLiteral("https://api.github.com");
    QList<ServedPage> served;
    served.reserve(pages.size());
    for (const Page &page : pages) {
        const QByteArray hash = QCryptographicHash::hash(page.body, QCryptographicHash::Sha1);
        served.append(ServedPage { &page, QUrl(api + page.path), '"' + hash.toHex() + '"' });
    }
    return served;
}

// As GitHubClient: the ETag it holds for the URL is sent; when it is the page's, the answer is
// a 304 and the document comes from the cache; else the body is parsed and kept.
QJsonDocument PollCycle::answer(const ServedPage &page, bool *fromCache)
{
    if (const EtagCache::Entry *entry = m_cache.find(page.url); entry && entry->etag == page.etag) {
        ++m_notModified;
        *fromCache = true;
        return entry->document;
    }
    *fromCache = false;
    const QByteArray &body = page.page->body;
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("PollCycle: page %s is not JSON", qPrintable(page.page->path));
    m_cache.store(page.url,
                  { page.etag, QByteArray(), doc, QByteArray(),
                    body.size() * EtagCache::kParsedBytesPerByte });
    return doc;
}

// Then, as GitHubClient, the pages of one list merged by PagedList. Lists of one request here
// are one page each except the runners of a large repository.
QList<PollCycle::Answer> PollCycle::decode(const QList<ServedPage> &pages)
{
    QList<Answer> answers;
    answers.reserve(pages.size());
    m_notModified = 0;
    for (qsizetype i = 0; i < pages.size();) {
        const Page &first = *pages[i].page;
        PagedList list(first.arrayKey);
        const QString next = first.path + QStringLiteral("&page=");
        do {
            bool fromCache = false;
            const QJsonDocument doc = answer(pages[i], &fromCache);
            if (list.addPage(doc.object(), fromCache))
                qFatal("PollCycle: page %s is not a list", qPrintable(pages[i].page->path));
            ++i;
        } while (i < pages.size() && pages[i].page->path.startsWith(next));
        answers.append(Answer { &first,
                                ApiResult { ConnectionStatus::ok(), list.document(),
                                            list.allFromCache(), list.pages(), false } });
    }
    m_lastNotModified = m_notModified;
    m_lastPages = int(pages.size());
    return answers;
}

// As FleetPoller: the values of every target, runs de-duplicated by id and newest first.
FleetSnapshot PollCycle::read(const QList<Answer> &answers)
{
    FleetSnapshot snapshot;
    snapshot.takenAt = m_clock.now();
    QHash<QString, QHash<qint64, WorkflowRun>> runsByTarget;
    for (const Answer &answer : answers) {
        const Page &first = *answer.first;
        const ApiResult &result = answer.result;
        if (first.arrayKey == QLatin1String("runners")) {
            snapshot.runners.append(
                itemsOf(m_reader.runners(first.path, result, first.repository), first));
        } else if (first.arrayKey == QLatin1String("jobs")) {
            snapshot.jobs.append(
                itemsOf(m_reader.jobs(first.path, result, first.repository), first));
        } else {
            QHash<qint64, WorkflowRun> &runs = runsByTarget[first.repository];
            const auto parsed = m_reader.workflowRuns(first.path, result, first.repository);
            for (const WorkflowRun &run : itemsOf(parsed, first))
                runs.insert(run.id, run);
        }
    }
    for (const Target &target : m_targets) {
        snapshot.targets.append(
            TargetState { target, ConnectionStatus::ok(), false, snapshot.takenAt });
        QList<WorkflowRun> runs = runsByTarget.value(target.name()).values();
        std::sort(runs.begin(), runs.end(), [](const WorkflowRun &a, const WorkflowRun &b) {
            return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
        });
        snapshot.runs.append(runs);
    }
    m_reader.forgetUnused();
    return snapshot;
}

CycleTimes PollCycle::warmUp(const QList<ServedPage> &pages)
{
    return cycle(pages);
}

CycleTimes PollCycle::run(const QList<ServedPage> &pages)
{
    return cycle(pages);
}

CycleTimes PollCycle::cycle(const QList<ServedPage> &pages)
{
    const qint64 cpuStart = threadCpuNanoseconds();
    CycleTimes times;
    QElapsedTimer timer;
    timer.start();
    const QList<Answer> answers = decode(pages);
    times.decode = timer.nsecsElapsed();

    timer.restart();
    const FleetSnapshot snapshot = read(answers);
    times.read = timer.nsecsElapsed();

    timer.restart();
    m_raised.clear();
    m_cleared.clear();
    m_notices.clear();
    m_monitor.update(snapshot);
    times.monitor = timer.nsecsElapsed();

    timer.restart();
    m_policy.pollFinished(snapshot.connection(), m_raised, m_cleared, m_notices);
    times.notify = timer.nsecsElapsed();
    times.cpu = threadCpuNanoseconds() - cpuStart;
    m_raisedTotal += m_raised.size();
    m_clearedTotal += m_cleared.size();
    return times;
}

} // namespace relayq::bench
