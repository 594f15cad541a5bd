#pragma once
// A small hand-built fleet for the GUI tests: one repository with an idle, a busy and an
// offline runner, one active run with a running and a queued job, and the alerts the health
// rules would raise for it.

#include "Alert.h"
#include "FleetSnapshot.h"
#include "HealthRules.h"

#include <QDateTime>

namespace relayq::gui {

inline const QDateTime kNow(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

inline Runner makeRunner(qint64 id, const QString &name, Runner::Status status, bool busy,
                         const QStringList &labels)
{
    Runner r;
    r.id = id;
    r.name = name;
    r.status = status;
    r.busy = busy;
    r.labels = labels;
    r.os = QStringLiteral("Linux");
    r.version = QStringLiteral("2.321.0");
    r.target = QStringLiteral("acme/app");
    return r;
}

inline FleetSnapshot fleet()
{
    FleetSnapshot s;
    s.takenAt = kNow;
    TargetState state;
    state.target = Target::repository(QStringLiteral("acme"), QStringLiteral("app"));
    state.lastSuccess = kNow;
    s.targets.append(state);
    const QString sh = QStringLiteral("self-hosted");
    s.runners = { makeRunner(1, QStringLiteral("linux-1"), Runner::Status::Online, false,
                             { sh, QStringLiteral("linux") }),
                  makeRunner(2, QStringLiteral("linux-2"), Runner::Status::Online, true,
                             { sh, QStringLiteral("linux") }),
                  makeRunner(3, QStringLiteral("rpi4-runner"), Runner::Status::Offline, false,
                             { sh, QStringLiteral("arm64"), QStringLiteral("gpu") }) };
    WorkflowRun run;
    run.id = 100;
    run.name = QStringLiteral("Build");
    run.runNumber = 42;
    run.status = ActionStatus::InProgress;
    run.headBranch = QStringLiteral("main");
    run.createdAt = kNow.addSecs(-300);
    run.runStartedAt = kNow.addSecs(-300);
    run.htmlUrl = QStringLiteral("https://github.com/acme/app/actions/runs/100");
    run.target = QStringLiteral("acme/app");
    s.runs.append(run);
    Job running;
    running.id = 11;
    running.runId = 100;
    running.name = QStringLiteral("compile");
    running.workflowName = QStringLiteral("Build");
    running.status = ActionStatus::InProgress;
    running.labels = { sh, QStringLiteral("linux") };
    running.runnerId = 2;
    running.runnerName = QStringLiteral("linux-2");
    running.startedAt = kNow.addSecs(-240);
    running.htmlUrl = QStringLiteral("https://github.com/acme/app/actions/runs/100/job/11");
    running.target = QStringLiteral("acme/app");
    Job queued = running;
    queued.id = 12;
    queued.name = QStringLiteral("render");
    queued.status = ActionStatus::Queued;
    queued.labels = { sh, QStringLiteral("gpu") };
    queued.runnerId.reset();
    queued.runnerName.clear();
    queued.startedAt = QDateTime();
    queued.createdAt = kNow.addSecs(-180);
    queued.htmlUrl = QStringLiteral("https://github.com/acme/app/actions/runs/100/job/12");
    s.jobs = { running, queued };
    return s;
}

inline AlertList alerts()
{
    Alert offline;
    offline.id = HealthRules::alertId(AlertKind::RunnerOffline, QStringLiteral("acme/app"),
                                      QStringLiteral("3"));
    offline.kind = AlertKind::RunnerOffline;
    offline.severity = Severity::Critical;
    offline.subject = QStringLiteral("rpi4-runner");
    offline.message = QStringLiteral("Runner rpi4-runner is offline.");
    offline.since = kNow.addSecs(-600);
    offline.target = QStringLiteral("acme/app");
    Alert noRunner;
    noRunner.id = HealthRules::alertId(AlertKind::NoMatchingRunner, QStringLiteral("acme/app"),
                                       QStringLiteral("gpu,self-hosted"));
    noRunner.kind = AlertKind::NoMatchingRunner;
    noRunner.severity = Severity::Critical;
    noRunner.subject = QStringLiteral("self-hosted, gpu");
    noRunner.message = QStringLiteral("No online runner has the labels self-hosted, gpu; "
                                      "rpi4-runner would, but it is offline.");
    noRunner.since = kNow.addSecs(-180);
    noRunner.target = QStringLiteral("acme/app");
    noRunner.url = QStringLiteral("https://github.com/acme/app/actions/runs/100/job/12");
    return { offline, noRunner };
}

} // namespace relayq::gui
