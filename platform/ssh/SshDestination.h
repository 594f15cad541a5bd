#pragma once
// Where an SSH-bound runner's service lives: "[user@]host[:port]" as the user typed it
// ("[v6addr]:port" and "user@[v6addr]:port" for IPv6 with a port, a bare v6 address without
// one). Validated strictly, because it ends up on ssh's command line: nothing that could read as
// an option (a leading '-'), no whitespace, control characters or shell metacharacters.

#include <QCoreApplication>
#include <QString>

namespace relayq {

class SshDestination
{
    Q_DECLARE_TR_FUNCTIONS(relayq::SshDestination)

public:
    SshDestination() = default;

    // Never throws: an unusable text gives !isValid() and errorText() in words.
    static SshDestination parse(const QString &text);

    bool isValid() const { return m_error.isEmpty() && !m_host.isEmpty(); }
    QString errorText() const { return m_error; }

    QString user() const { return m_user; } // empty: ssh's default (config or the local user)
    QString host() const { return m_host; } // without brackets
    int port() const { return m_port; } // 0: ssh's default (config or 22)

    // What ssh gets as its destination argument: "user@host" or "host" (a v6 address bare; the
    // port travels separately with -p).
    QString sshTarget() const;
    // "[user@]host[:port]" again, v6 addresses bracketed when a port follows: for messages.
    QString toString() const;

private:
    QString m_user;
    QString m_host;
    int m_port = 0;
    QString m_error;
};

} // namespace relayq
