#include "SimTlsFront.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QTcpSocket>

namespace relayq::sim {

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

SimTlsFront::SimTlsFront(QObject *parent) : QObject(parent)
{
    // QSslServer queues a connection only once its handshake is done.
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            relay(qobject_cast<QSslSocket *>(socket));
    });
    connect(&m_server, &QSslServer::errorOccurred, this,
            [this](QSslSocket *, QAbstractSocket::SocketError) { ++m_failedHandshakes; });
}

bool SimTlsFront::makeSelfSigned(const QString &workDir, QSslCertificate *certificate, QSslKey *key,
                                 QString *why)
{
    const QDir dir(workDir);
    const QString certPath = dir.filePath(QStringLiteral("sim-cert.pem"));
    const QString keyPath = dir.filePath(QStringLiteral("sim-key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                    QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                    QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                    QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath });
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        *why = QStringLiteral("openssl could not make a certificate: ") + openssl.errorString()
            + QLatin1Char(' ') + QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    *certificate = QSslCertificate(readFile(certPath), QSsl::Pem);
    *key = QSslKey(readFile(keyPath), QSsl::Rsa, QSsl::Pem);
    if (certificate->isNull() || key->isNull()) {
        *why = QStringLiteral("openssl made a certificate or key Qt cannot read");
        return false;
    }
    return true;
}

bool SimTlsFront::listen(const QSslCertificate &certificate, const QSslKey &key,
                         quint16 backendPort)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(configuration);
    m_backendPort = backendPort;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 SimTlsFront::port() const
{
    return m_server.serverPort();
}

QUrl SimTlsFront::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:") + QString::number(port()));
}

// Plain bytes both ways until either side hangs up (the simulator's HTTP needs nothing more).
void SimTlsFront::relay(QSslSocket *client)
{
    if (!client)
        return;
    client->setParent(this);
    auto *backend = new QTcpSocket(client);
    connect(client, &QIODevice::readyRead, backend,
            [client, backend] { backend->write(client->readAll()); });
    connect(backend, &QIODevice::readyRead, client,
            [client, backend] { client->write(backend->readAll()); });
    connect(backend, &QAbstractSocket::disconnected, client,
            [client] { client->disconnectFromHost(); });
    connect(client, &QAbstractSocket::disconnected, client, [client, backend] {
        backend->disconnectFromHost();
        client->deleteLater();
    });
    backend->connectToHost(QHostAddress::LocalHost, m_backendPort);
    if (client->bytesAvailable() > 0)
        backend->write(client->readAll());
}

} // namespace relayq::sim
