#include "SimDemoScript.h"

#include "SimFleet.h"

#include <algorithm>

namespace relayq::sim {

SimDemoScript::SimDemoScript(SimFleet &fleet, quint32 seed) : m_fleet(fleet), m_random(seed)
{
    for (int offset = kArrivalSeconds; offset <= kCycleSeconds; offset += kArrivalSeconds)
        m_steps.append({ offset, Action::Arrival });
    m_steps.append({ 20, Action::Rpi4Offline });
    m_steps.append({ 40, Action::GpuQueued });
    m_steps.append({ 60, Action::JobStuck });
    m_steps.append({ 150, Action::Rpi4Online });
    m_steps.append({ 180, Action::GpuCancelled });
    m_steps.append({ 210, Action::StuckCompleted });
    // GitHub itself has a bad half minute: the tray must show "can't reach GitHub", never
    // "runners offline", and say once when it is back.
    m_steps.append({ 240, Action::OutageBegins });
    m_steps.append({ 275, Action::OutageEnds });
    std::stable_sort(m_steps.begin(), m_steps.end(),
                     [](const Step &a, const Step &b) { return a.offset < b.offset; });
}

void SimDemoScript::load(const QDateTime &start)
{
    m_start = start;
    const QString repo = repository();
    m_fleet.addRepository(QStringLiteral("relayq-demo"), QStringLiteral("media-jobs"));
    m_fleet.addRunner(repo, QStringLiteral("macmini-runner"),
                      { QStringLiteral("self-hosted"), QStringLiteral("macOS"),
                        QStringLiteral("ARM64"), QStringLiteral("macmini"), QStringLiteral("audio"),
                        QStringLiteral("heavy") },
                      QStringLiteral("macOS"));
    m_fleet.addRunner(repo, QStringLiteral("rpi4-runner"),
                      { QStringLiteral("self-hosted"), QStringLiteral("Linux"),
                        QStringLiteral("ARM64"), QStringLiteral("rpi4"), QStringLiteral("audio"),
                        QStringLiteral("light") });
    m_fleet.addRunner(repo, QStringLiteral("rpi3-runner"),
                      { QStringLiteral("self-hosted"), QStringLiteral("Linux"),
                        QStringLiteral("ARM"), QStringLiteral("rpi3"), QStringLiteral("overflow"),
                        QStringLiteral("verylight") });
    const QString selfHosted = QStringLiteral("self-hosted");
    m_fleet.addWorkflow(repo, QStringLiteral("Transcribe audio"),
                        QStringLiteral("transcribe_audio.yml"),
                        { selfHosted, QStringLiteral("audio") });
    m_fleet.addWorkflow(repo, QStringLiteral("Summarize"), QStringLiteral("summarize.yml"),
                        { selfHosted, QStringLiteral("light") });
    m_fleet.addWorkflow(repo, QStringLiteral("Cleanup"), QStringLiteral("cleanup.yml"),
                        { selfHosted, QStringLiteral("verylight") });
    m_fleet.addWorkflow(repo, QStringLiteral("Render video"), QStringLiteral("render_video.yml"),
                        { selfHosted, QStringLiteral("gpu") });
    m_fleet.addCompletedRuns(repo, 40, 4);
}

QDateTime SimDemoScript::nextTime() const
{
    if (!m_start.isValid() || m_steps.isEmpty())
        return {};
    const qint64 cycle = m_stepIndex / m_steps.size();
    const Step &step = m_steps.at(m_stepIndex % m_steps.size());
    return m_start.addSecs(cycle * kCycleSeconds + step.offset);
}

void SimDemoScript::runNext()
{
    const Action action = m_steps.at(m_stepIndex % m_steps.size()).action;
    ++m_stepIndex;
    apply(action);
}

void SimDemoScript::apply(Action action)
{
    const QString repo = repository();
    const qint64 rpi4 = m_fleet.runnerId(QStringLiteral("rpi4-runner"));
    switch (action) {
    case Action::Arrival: queueArrival(); break;
    case Action::Rpi4Offline: m_fleet.setRunnerOnline(rpi4, false); break;
    case Action::Rpi4Online: m_fleet.setRunnerOnline(rpi4, true); break;
    case Action::GpuQueued:
        m_gpuRun = m_fleet.queueJob(repo, QStringLiteral("Render video"),
                                    { QStringLiteral("self-hosted"), QStringLiteral("gpu") });
        break;
    case Action::GpuCancelled: m_fleet.cancelRun(m_gpuRun); break;
    case Action::JobStuck: {
        // In progress for 6 h 30 min already, so the client's 6 h job_stuck rule fires.
        m_stuckRun
            = m_fleet.queueJob(repo, QStringLiteral("Cleanup"),
                               { QStringLiteral("self-hosted"), QStringLiteral("verylight") });
        m_fleet.startJobOn(m_stuckRun, m_fleet.runnerId(QStringLiteral("rpi3-runner")),
                           m_fleet.now().addSecs(-(6 * 3600 + 30 * 60)));
        m_fleet.stickJob(m_stuckRun);
        break;
    }
    case Action::StuckCompleted: m_fleet.completeRun(m_stuckRun, QStringLiteral("success")); break;
    case Action::OutageBegins: m_fleet.setUnavailable(true); break;
    case Action::OutageEnds: m_fleet.setUnavailable(false); break;
    }
}

void SimDemoScript::queueArrival()
{
    // Weighted: transcription is the bread and butter, cleanup the odd job.
    static const QStringList names
        = { QStringLiteral("Transcribe audio"), QStringLiteral("Transcribe audio"),
            QStringLiteral("Transcribe audio"), QStringLiteral("Summarize"),
            QStringLiteral("Summarize"),        QStringLiteral("Cleanup") };
    const QString name = names.at(int(m_random.bounded(int(names.size()))));
    QStringList labels = { QStringLiteral("self-hosted") };
    for (const SimWorkflow &candidate : m_fleet.workflows(repository()))
        if (candidate.name == name)
            labels = candidate.labels;
    m_fleet.queueJob(repository(), name, labels);
}

} // namespace relayq::sim
