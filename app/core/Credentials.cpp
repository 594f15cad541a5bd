#include "Credentials.h"

namespace relayq {
// STUB (being written)
Credentials::Credentials(TokenStore &keychain, TokenStore &session, QObject *parent)
    : QObject(parent), m_keychain(keychain), m_session(session)
{ }
void Credentials::setHost(const QString &host)
{
    m_host = host;
}
void Credentials::load() { }
QString Credentials::originText() const
{
    return {};
}
void Credentials::save(const QString &, Storage, QObject *, Done) { }
void Credentials::forget(QObject *, Done) { }
} // namespace relayq
