#include "RestartCommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace relayq::cli {

void runRestart(const CommandLine &, CliSession &, std::function<void(int)> done)
{
    QTextStream(stderr) << QCoreApplication::translate("relayqctl", "Not available yet.")
                        << Qt::endl;
    done(ExitUsage);
}

} // namespace relayq::cli
