#pragma once
// Tokens kept in this process's memory only, for users who opt in when no keychain is usable.
// Gone when the app quits; never written anywhere.

#include "TokenStore.h"

#include <QHash>

namespace relayq {

class SessionTokenStore : public TokenStore
{
    Q_OBJECT
public:
    using TokenStore::TokenStore;

    void read(const QString &host, QObject *context, Done done) override;
    void write(const QString &host, const QString &token, QObject *context, Done done) override;
    void remove(const QString &host, QObject *context, Done done) override;
    QString location() const override;

private:
    QHash<QString, QString> m_tokens;
};

} // namespace relayq
