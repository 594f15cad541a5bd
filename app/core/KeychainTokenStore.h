#pragma once
// Tokens in the OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows
// Credential Manager): service "relayq-tray", key = API host. Errors come back in words that
// say which keychain failed and what to do; nothing ever falls back to a file.

#include "TokenStore.h"

namespace relayq {

class KeychainTokenStore : public TokenStore
{
    Q_OBJECT
public:
    using TokenStore::TokenStore;

    static QString serviceName() { return QStringLiteral("relayq-tray"); }

    void read(const QString &host, QObject *context, Done done) override;
    void write(const QString &host, const QString &token, QObject *context, Done done) override;
    void remove(const QString &host, QObject *context, Done done) override;
    QString location() const override;
};

} // namespace relayq
