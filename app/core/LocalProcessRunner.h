#pragma once
// ProcessRunner on this machine through QProcess: no shell, stdin written then closed, killed
// at the timeout. The children are RelayQ's own: one still running when this runner goes (the
// app quits in the middle of a restart) is stopped, never left behind on its own.

#include "ProcessRunner.h"

#include <QCoreApplication>

#include <memory>

namespace relayq {

class LocalProcessRunner : public ProcessRunner
{
    Q_DECLARE_TR_FUNCTIONS(relayq::LocalProcessRunner)

public:
    LocalProcessRunner();
    // Asks each child still running to end (SIGTERM on Unix), waits up to stopGraceMs for all
    // of them, then kills those left; their `done` is not called.
    ~LocalProcessRunner() override;
    LocalProcessRunner(const LocalProcessRunner &) = delete;
    LocalProcessRunner &operator=(const LocalProcessRunner &) = delete;

    void run(const ProcessRequest &request, QObject *context, Done done) override;

    static constexpr int stopGraceMs = 3000;

private:
    std::unique_ptr<QObject> m_children; // parent of every QProcess until it is deleted
};

} // namespace relayq
