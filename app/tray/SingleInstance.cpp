#include "SingleInstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QThread>

namespace relayq {

namespace {
const QByteArray kShowRequest("show\n");

// Next to the socket when the name is a path (the session's runtime directory), else in /tmp.
QString lockFilePath(const QString &serverName)
{
    if (serverName.contains(QLatin1Char('/')))
        return serverName + QStringLiteral(".lock");
    return QDir(QDir::tempPath()).filePath(serverName + QStringLiteral(".lock"));
}
} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
    , m_server(new QLocalServer(this))
    , m_lock(lockFilePath(serverName))
{
    // Held for the whole session, so never stale by age; a crashed holder's lock is still taken
    // over, as QLockFile checks whether its process lives.
    m_lock.setStaleLockTime(0);
    // Only this user may talk to it.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameForUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QDir::home().dirName();
    user.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString name = QStringLiteral("relayq-tray-") + user;
    // The session's private runtime directory where there is one: instances of one user in two
    // sessions (or a test's private desktop) do not meet, and nobody else can reach the socket.
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty() && QDir(runtimeDir).exists())
        return QDir(runtimeDir).filePath(name + QStringLiteral(".socket"));
    return name;
}

bool SingleInstance::askRunningToShow(int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kShowRequest);
    const bool sent = socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    return sent;
}

bool SingleInstance::handOver(int patienceMs) const
{
    // The holder of the lock may still be starting (settings, translations) before it listens.
    const QDeadlineTimer deadline(patienceMs);
    while (!askRunningToShow(100)) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    return true;
}

bool SingleInstance::listen()
{
    m_anotherRuns = false;
    if (!m_lock.isLocked() && !m_lock.tryLock(0)) {
        m_anotherRuns = m_lock.error() == QLockFile::LockFailedError;
        return false;
    }
    if (m_server->listen(m_serverName))
        return true;
    if (m_server->serverError() != QAbstractSocket::AddressInUseError)
        return false;
    // We hold the lock, so no live instance owns the socket file: it is a leftover of a crash.
    QLocalServer::removeServer(m_serverName);
    return m_server->listen(m_serverName);
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto readRequest = [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() == kShowRequest)
                emit showRequested();
            socket->disconnectFromServer();
        };
        connect(socket, &QLocalSocket::readyRead, this, readRequest);
        readRequest(); // the request may have arrived with the connection
    }
}

} // namespace relayq
