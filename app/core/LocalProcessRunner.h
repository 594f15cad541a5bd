#pragma once
// ProcessRunner on this machine through QProcess: no shell, stdin written then closed, killed
// at the timeout.

#include "ProcessRunner.h"

#include <QCoreApplication>

namespace relayq {

class LocalProcessRunner : public ProcessRunner
{
    Q_DECLARE_TR_FUNCTIONS(relayq::LocalProcessRunner)

public:
    void run(const ProcessRequest &request, QObject *context, Done done) override;
};

} // namespace relayq
