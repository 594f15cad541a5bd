#pragma once
// The demo fleet and its scripted timeline (docs/simulator.md): relayq-demo/media-jobs with three
// runners and four workflows, jobs arriving every 15 s, and a 5-minute script that repeats
// (a runner goes offline and back, a job for an unserved label, a stuck job, a GitHub outage).

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>

namespace relayq::sim {

class SimFleet;

class SimDemoScript
{
public:
    static constexpr int kCycleSeconds = 300;
    static constexpr int kArrivalSeconds = 15;

    SimDemoScript(SimFleet &fleet, quint32 seed);

    // Creates the repository, runners, workflows and history; the script starts at start.
    void load(const QDateTime &start);
    QDateTime start() const { return m_start; }
    QDateTime nextTime() const; // of the next scripted step
    void runNext(); // runs it (the fleet's time is then nextTime())

    static QString repository() { return QStringLiteral("relayq-demo/media-jobs"); }

private:
    enum class Action {
        Arrival,
        Rpi4Offline,
        GpuQueued,
        JobStuck,
        Rpi4Online,
        GpuCancelled,
        StuckCompleted,
        OutageBegins,
        OutageEnds
    };
    struct Step
    {
        int offset = 0; // seconds into the cycle
        Action action = Action::Arrival;
    };

    void apply(Action action);
    void queueArrival();

    SimFleet &m_fleet;
    QRandomGenerator m_random;
    QDateTime m_start;
    QList<Step> m_steps;
    qint64 m_stepIndex = 0; // over all cycles
    qint64 m_gpuRun = 0;
    qint64 m_stuckRun = 0;
};

} // namespace relayq::sim
