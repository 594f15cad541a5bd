#include "GitHubCliToken.h"

namespace relayq {
// STUB (being written)
GitHubCliToken::GitHubCliToken(ProcessRunner &processes, QString program)
    : m_processes(processes), m_program(std::move(program))
{ }
void GitHubCliToken::fetch(const QString &, QObject *,
                           std::function<void(const GitHubCliTokenResult &)>)
{ }
} // namespace relayq
