#pragma once
// An HTTPS front door for the simulator: a TLS server on loopback that relays every decrypted
// byte to the simulator's plain HTTP port and back. Given a certificate the client does not
// trust (a self-signed one made at test time), it is the fault matrix's TLS failure; once the
// client trusts it, the same simulator answers over HTTPS.

#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QUrl>

namespace relayq::sim {

class SimTlsFront : public QObject
{
    Q_OBJECT
public:
    explicit SimTlsFront(QObject *parent = nullptr);

    // Makes a self-signed certificate for 127.0.0.1 (one day, RSA 2048) with the `openssl`
    // command in `workDir`. False, with the reason, when openssl is missing or fails.
    static bool makeSelfSigned(const QString &workDir, QSslCertificate *certificate, QSslKey *key,
                               QString *why);

    // Listens on a free loopback port and relays to 127.0.0.1:backendPort.
    bool listen(const QSslCertificate &certificate, const QSslKey &key, quint16 backendPort);
    quint16 port() const;
    QUrl baseUrl() const; // https://127.0.0.1:PORT

    // Handshakes that failed so far (the client refused the certificate, or spoke no TLS).
    int failedHandshakes() const { return m_failedHandshakes; }

private:
    void relay(QSslSocket *client);

    QSslServer m_server;
    quint16 m_backendPort = 0;
    int m_failedHandshakes = 0;
};

} // namespace relayq::sim
