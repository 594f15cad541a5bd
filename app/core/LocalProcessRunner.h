#pragma once
// ProcessRunner on this machine through QProcess: no shell, stdin written then closed, killed
// at the timeout.

#include "ProcessRunner.h"

namespace relayq {

class LocalProcessRunner : public ProcessRunner
{
public:
    void run(const ProcessRequest &request, QObject *context, Done done) override;
};

} // namespace relayq
