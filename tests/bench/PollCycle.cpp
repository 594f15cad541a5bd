#include "PollCycle.h"

#include "GitHubJson.h"
#include "PagedList.h"

#include <QHash>

#include <algorithm>

namespace relayq::bench {

namespace {
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

// As GitHubClient: each page parsed, then the pages of one list merged by PagedList. Lists of
// one request here are one page each except the runners of a large repository.
QList<PollCycle::Answer> PollCycle::decode(const QList<Page> &pages) const
{
    QList<Answer> answers;
    for (qsizetype i = 0; i < pages.size();) {
        const Page &first = pages[i];
        PagedList list(first.arrayKey);
        const QString next = first.path + QStringLiteral("&page=");
        do {
            QJsonParseError error {};
            const QJsonDocument page = QJsonDocument::fromJson(pages[i].body, &error);
            if (error.error != QJsonParseError::NoError || list.addPage(page.object(), false))
                qFatal("PollCycle: page %s is not a list", qPrintable(pages[i].path));
            ++i;
        } while (i < pages.size() && pages[i].path.startsWith(next));
        answers.append(Answer { &first, list.document() });
    }
    return answers;
}

// As FleetPoller: the values of every target, runs de-duplicated by id and newest first.
FleetSnapshot PollCycle::read(const QList<Answer> &answers) const
{
    FleetSnapshot snapshot;
    snapshot.takenAt = m_clock.now();
    QHash<QString, QHash<qint64, WorkflowRun>> runsByTarget;
    for (const Answer &answer : answers) {
        const Page &first = *answer.first;
        const QJsonDocument &doc = answer.document;
        if (first.arrayKey == QLatin1String("runners")) {
            snapshot.runners.append(
                itemsOf(GitHubJson::parseRunners(doc, first.repository), first));
        } else if (first.arrayKey == QLatin1String("jobs")) {
            snapshot.jobs.append(itemsOf(GitHubJson::parseJobs(doc, first.repository), first));
        } else {
            QHash<qint64, WorkflowRun> &runs = runsByTarget[first.repository];
            const auto parsed = GitHubJson::parseWorkflowRuns(doc, first.repository);
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
    return snapshot;
}

CycleTimes PollCycle::run(const QList<Page> &pages)
{
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
    m_raisedTotal += m_raised.size();
    m_clearedTotal += m_cleared.size();
    return times;
}

} // namespace relayq::bench
