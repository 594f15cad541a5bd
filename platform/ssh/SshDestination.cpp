#include "ssh/SshDestination.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace relayq {

namespace {

// Characters a shell would give a meaning to; none belongs in a user or host name.
const QString kShellCharacters = QStringLiteral("`$;&|<>()\\\"'*?{}!#~^=,/");

QString checkWhole(const QString &text)
{
    if (text.isEmpty())
        return SshDestination::tr("No SSH host is given: write it as [user@]host[:port].");
    if (text.startsWith(QLatin1Char('-')))
        return SshDestination::tr(
                   "“%1” starts with a dash, which ssh would read as an option, not a host. Write "
                   "the host as [user@]host[:port].")
            .arg(text);
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return SshDestination::tr(
                "The SSH destination contains a space or a control character. Write it as "
                "[user@]host[:port], without spaces.");
        if (kShellCharacters.contains(c))
            return SshDestination::tr(
                       "“%1” contains “%2”, which a shell would interpret. An SSH destination only "
                       "holds letters, digits and . _ - (written [user@]host[:port]).")
                .arg(text, c);
    }
    if (text.count(QLatin1Char('@')) > 1)
        return SshDestination::tr(
                   "“%1” contains more than one @. Write the host as [user@]host[:port].")
            .arg(text);
    return {};
}

bool isName(const QString &text)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]*$"));
    return name.match(text).hasMatch();
}

bool isIpv6(const QString &text)
{
    static const QRegularExpression v6(
        QStringLiteral("^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[A-Za-z0-9._-]+)?$"));
    return v6.match(text).hasMatch();
}

// 0 when not a port number.
int portOf(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    if (!digits.match(text).hasMatch())
        return 0;
    const int port = text.toInt();
    return port <= 65535 ? port : 0;
}

} // namespace

SshDestination SshDestination::parse(const QString &input)
{
    SshDestination result;
    const QString text = input.trimmed();
    result.m_error = checkWhole(text);
    if (!result.m_error.isEmpty())
        return result;

    QString rest = text;
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        result.m_user = text.left(at);
        rest = text.mid(at + 1);
        if (!isName(result.m_user)) {
            result.m_error = tr("The user name “%1” may only contain letters, digits and . _ - "
                                "and cannot start with a dash or a dot.")
                                 .arg(result.m_user);
            return result;
        }
    }

    QString portText;
    bool hasPort = false;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        const QString after = close < 0 ? QString() : rest.mid(close + 1);
        if (close < 0 || !(after.isEmpty() || after.startsWith(QLatin1Char(':')))) {
            result.m_error = tr("“%1” is not written as [IPv6 address]:port.").arg(rest);
            return result;
        }
        result.m_host = rest.mid(1, close - 1);
        hasPort = !after.isEmpty();
        portText = after.mid(1);
        if (!isIpv6(result.m_host)) {
            result.m_error = tr("“%1” is not an IPv6 address.").arg(result.m_host);
            return result;
        }
    } else if (rest.count(QLatin1Char(':')) >= 2) {
        // A bare v6 address: without brackets a port cannot be told from the address.
        result.m_host = rest;
        if (!isIpv6(rest)) {
            result.m_error = tr("“%1” is not an IPv6 address; put an IPv6 address with a port in "
                                "brackets: [address]:port.")
                                 .arg(rest);
            return result;
        }
    } else {
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        hasPort = colon >= 0;
        result.m_host = hasPort ? rest.left(colon) : rest;
        portText = hasPort ? rest.mid(colon + 1) : QString();
        if (result.m_host.isEmpty()) {
            result.m_error = tr("“%1” names no host. Write it as [user@]host[:port].").arg(text);
            return result;
        }
        if (!isName(result.m_host)) {
            result.m_error = tr("The host name “%1” may only contain letters, digits and . _ - "
                                "and cannot start with a dash or a dot.")
                                 .arg(result.m_host);
            return result;
        }
    }

    if (hasPort) {
        result.m_port = portOf(portText);
        if (result.m_port == 0) {
            result.m_error = tr("“%1” is not a port number (1 to 65535).").arg(portText);
            return result;
        }
    }
    return result;
}

QString SshDestination::sshTarget() const
{
    return m_user.isEmpty() ? m_host : m_user + QLatin1Char('@') + m_host;
}

QString SshDestination::toString() const
{
    const bool v6 = m_host.contains(QLatin1Char(':'));
    QString text = m_user.isEmpty() ? QString() : m_user + QLatin1Char('@');
    if (m_port == 0)
        return text + m_host;
    text += v6 ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    return text + QLatin1Char(':') + QString::number(m_port);
}

} // namespace relayq
