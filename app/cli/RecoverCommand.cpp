#include "RecoverCommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace relayq::cli {

void runRecover(const CommandLine &, CliSession &, std::function<void(int)> done)
{
    QTextStream(stderr) << QCoreApplication::translate("relayqctl", "Not available yet.")
                        << Qt::endl;
    done(ExitUsage);
}

} // namespace relayq::cli
