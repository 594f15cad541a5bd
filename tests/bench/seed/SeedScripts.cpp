#include "SeedScripts.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>

#include <sys/resource.h>

namespace relayq::bench {

namespace {

// A check of 50 runners starts about a hundred processes; on a loaded machine that takes a while.
constexpr int kTimeLimitMs = 5 * 60 * 1000;

qint64 childrenCpuMilliseconds()
{
    rusage usage {};
    if (::getrusage(RUSAGE_CHILDREN, &usage) != 0)
        return 0;
    const auto ms = [](const timeval &t) { return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

} // namespace

SeedScripts::SeedScripts(const QUrl &apiBase, const QString &token)
    : m_apiBase(apiBase), m_token(token)
{ }

QString SeedScripts::directory()
{
    return QStringLiteral(RELAYQ_SEED_DIR);
}

SeedScripts::Outcome SeedScripts::healthCheck(const QString &repository,
                                              const QStringList &runnerNames) const
{
    return run(QStringLiteral("runner_health_check.sh"), repository, runnerNames);
}

SeedScripts::Outcome SeedScripts::monitorJobs(const QString &repository) const
{
    return run(QStringLiteral("monitor_jobs.sh"), repository, {});
}

SeedScripts::Outcome SeedScripts::run(const QString &script, const QString &repository,
                                      const QStringList &arguments) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GH_API_URL"), m_apiBase.toString(QUrl::StripTrailingSlash));
    env.insert(QStringLiteral("GH_TOKEN"), m_token);
    env.remove(QStringLiteral("GITHUB_TOKEN"));
    env.insert(QStringLiteral("SEED_REPO"), repository);
    // The seed restarts runners named *mac* / *pi* with sudo; a benchmark never does.
    env.insert(QStringLiteral("SEED_RESTART_MAC"), QStringLiteral("true"));
    env.insert(QStringLiteral("SEED_RESTART_PI"), QStringLiteral("true"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));

    QProcess process;
    process.setProcessEnvironment(env);
    process.setProgram(QStringLiteral("/bin/bash"));
    process.setArguments(QStringList { directory() + QLatin1Char('/') + script } + arguments);

    Outcome outcome;
    const qint64 cpuBefore = childrenCpuMilliseconds();
    // The simulator answers the script's requests from this thread: wait in the event loop.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!process.waitForStarted()) {
        outcome.errors = process.errorString();
        return outcome;
    }
    outcome.finished = finished.wait(kTimeLimitMs);
    if (!outcome.finished) {
        process.kill();
        process.waitForFinished();
    }
    outcome.cpuMilliseconds = childrenCpuMilliseconds() - cpuBefore;
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    outcome.errors = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

} // namespace relayq::bench
