#include "ServerProcess.h"

#include <QEventLoop>
#include <QTimer>

namespace relayq::contract {

ServerProcess::ServerProcess(const QString &name, const QRegularExpression &readyLine,
                             QObject *parent)
    : QObject(parent), m_name(name), m_readyLine(readyLine)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyRead, this, &ServerProcess::readOutput);
    connect(&m_process, &QProcess::finished, this, [this] {
        readOutput();
        emit exited();
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit exited();
    });
}

ServerProcess::~ServerProcess()
{
    stop();
}

void ServerProcess::start(const QString &program, const QStringList &arguments,
                          const QProcessEnvironment &environment)
{
    m_output.clear();
    m_url.clear();
    m_commandLine = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
    m_process.setProcessEnvironment(environment);
    m_process.start(program, arguments);
}

bool ServerProcess::waitUntilReady(int timeoutMs)
{
    if (isReady())
        return true;
    if (!isRunning())
        return false;
    // Whichever comes first: the ready line, the process ending, or the timeout.
    QEventLoop loop;
    connect(this, &ServerProcess::ready, &loop, &QEventLoop::quit);
    connect(this, &ServerProcess::exited, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return isReady();
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString ServerProcess::describe() const
{
    QString text = m_name + QStringLiteral(" (") + m_commandLine + QStringLiteral(")");
    if (m_process.state() == QProcess::NotRunning) {
        text += m_process.error() == QProcess::FailedToStart
            ? QStringLiteral(" failed to start: ") + m_process.errorString()
            : QStringLiteral(" exited with code %1").arg(m_process.exitCode());
    }
    const QString tail = m_output.right(4000);
    return text + QStringLiteral("; last output:\n") + tail;
}

void ServerProcess::readOutput()
{
    m_output += QString::fromUtf8(m_process.readAll());
    if (isReady())
        return;
    const QRegularExpressionMatch match = m_readyLine.match(m_output);
    if (match.hasMatch()) {
        m_url = QUrl(match.captured(1));
        emit ready();
    }
}

} // namespace relayq::contract
