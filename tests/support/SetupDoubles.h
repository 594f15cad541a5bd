#pragma once
// Stand-ins for the parts of the desktop the setup dialogs reach (start on login, child
// processes), for GUI tests that are about what the user sees. The real ones have their own
// tests (TestAutostart, TestLocalProcessRunner, TestGitHubCliToken).

#include "Autostart.h"
#include "ProcessRunner.h"

#include <QList>
#include <QTimer>

#include <cstdlib>
#include <optional>

namespace relayq::test {

// Records what is asked of start on login, without touching the desktop; `failure` makes
// setEnabled fail with that message.
class RecordingAutostart : public Autostart
{
public:
    bool isEnabled() const override { return enabled; }
    std::optional<QString> setEnabled(bool on) override
    {
        calls.append(on);
        if (failure)
            return failure;
        enabled = on;
        return std::nullopt;
    }
    QString location() const override { return QStringLiteral("/fake/relayq-tray.desktop"); }

    bool enabled = false;
    QList<bool> calls;
    std::optional<QString> failure;
};

// Answers every run with `outcome` on the event loop and remembers what was asked.
class ScriptedProcessRunner : public ProcessRunner
{
public:
    void run(const ProcessRequest &request, QObject *context, Done done) override
    {
        requests.append(request);
        QTimer::singleShot(0, context, [result = outcome, done] { done(result); });
    }

    ProcessOutcome outcome;
    QList<ProcessRequest> requests;
};

// For tests in which nothing may start a child process: one that tried fails loudly.
class NoProcesses : public ProcessRunner
{
public:
    void run(const ProcessRequest &request, QObject *, Done) override
    {
        qFatal("unexpected child process %s", qPrintable(request.program));
    }
};

} // namespace relayq::test
