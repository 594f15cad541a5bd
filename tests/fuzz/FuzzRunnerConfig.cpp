// Fuzz target: a runner directory's `.runner` (JSON written by actions/runner's config.sh, or
// by hand) and `.service` (one line), read by RunnerConfigReader from bytes; the directory
// itself is never touched. The checks: a file read without problems yields a configured runner
// with its names, numbers are never negative, the service name is one trimmed line.

#include "FuzzCheck.h"
#include "RunnerConfigReader.h"

using namespace relayq;
using relayq::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);

    LocalRunner runner;
    RunnerConfigReader::parseRunnerFile(bytes, &runner);
    check(runner.agentId >= 0 && runner.poolId >= 0, "ids are not negative");
    if (runner.problems.isEmpty()) {
        // Every required field was there as text that is not blank.
        check(!runner.agentName.trimmed().isEmpty(), "a runner without problems has a name");
        check(!runner.gitHubUrl.trimmed().isEmpty(), "a runner without problems has a URL");
        check(runner.isConfigured(), "a runner without problems is configured");
    }
    for (const QString &problem : runner.problems)
        check(!problem.isEmpty(), "a problem is said in words");

    const QString service = RunnerConfigReader::parseServiceFile(bytes);
    check(!service.contains(QLatin1Char('\n')), "the service name is one line");
    check(service == service.trimmed(), "the service name is trimmed");
    return 0;
}
