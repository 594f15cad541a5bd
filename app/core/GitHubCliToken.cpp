#include "GitHubCliToken.h"

#include <QCoreApplication>

namespace relayq {

namespace {

QString firstLine(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes).trimmed();
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

// gh's answer in words. stdout carries the token, so it only ever becomes `token`.
GitHubCliTokenResult interpret(const ProcessOutcome &outcome, const QString &host, int timeoutMs)
{
    GitHubCliTokenResult result;
    const QString login = QStringLiteral("gh auth login --hostname %1").arg(host);
    if (!outcome.started) {
        result.message = GitHubCliToken::tr(
                             "The GitHub CLI (gh) is not installed or could not be started (%1). "
                             "Install it from https://cli.github.com and run “%2”, or paste a "
                             "token instead.")
                             .arg(outcome.errorText, login);
        return result;
    }
    if (outcome.timedOut) {
        result.message = GitHubCliToken::tr(
                             "The GitHub CLI (gh) gave no answer within %1 seconds. Run “gh auth "
                             "token --hostname %2” in a terminal to see what it waits for, or "
                             "paste a token instead.")
                             .arg(qMax(1, timeoutMs / 1000))
                             .arg(host);
        return result;
    }
    const QString printed = QString::fromUtf8(outcome.standardOutput).trimmed();
    if (outcome.crashed || outcome.exitCode != 0) {
        QString said = firstLine(outcome.standardError);
        if (!printed.isEmpty() && said.contains(printed))
            said.clear(); // never repeat what might be a token
        if (said.isEmpty())
            said = GitHubCliToken::tr("exit code %1").arg(outcome.exitCode);
        result.message
            = GitHubCliToken::tr("The GitHub CLI (gh) is not logged in to %1 (gh said: %2). Run "
                                 "“%3”, or paste a token instead.")
                  .arg(host, said, login);
        return result;
    }
    if (printed.isEmpty() || printed.contains(QLatin1Char(' '))
        || printed.contains(QLatin1Char('\n'))) {
        result.message = GitHubCliToken::tr(
                             "The GitHub CLI (gh) printed no token for %1. Run “%2”, or paste a "
                             "token instead.")
                             .arg(host, login);
        return result;
    }
    result.token = printed;
    return result;
}

} // namespace

GitHubCliToken::GitHubCliToken(ProcessRunner &processes, QString program)
    : m_processes(processes), m_program(std::move(program))
{ }

QString GitHubCliToken::webHostFor(const QString &apiHost)
{
    if (apiHost.isEmpty()
        || apiHost.compare(QLatin1String("api.github.com"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("github.com");
    return apiHost; // GitHub Enterprise Server serves its API on the web host (/api/v3)
}

void GitHubCliToken::fetch(const QString &host, QObject *context,
                           std::function<void(const GitHubCliTokenResult &)> done)
{
    ProcessRequest request;
    request.program = m_program;
    request.arguments
        = { QStringLiteral("auth"), QStringLiteral("token"), QStringLiteral("--hostname"), host };
    request.timeoutMs = m_timeoutMs;
    const int timeoutMs = m_timeoutMs;
    m_processes.run(request, context,
                    [host, timeoutMs, done = std::move(done)](const ProcessOutcome &outcome) {
                        done(interpret(outcome, host, timeoutMs));
                    });
}

} // namespace relayq
