#include "SessionTokenStore.h"

#include <QCoreApplication>
#include <QPointer>

namespace relayq {

namespace {

// Answers on the event loop, like the keychain, so callers cannot come to rely on a
// synchronous answer that the real store never gives.
void deliver(QObject *receiver, QObject *context, TokenStore::Done done, TokenStoreResult result)
{
    const bool guarded = context != nullptr;
    QPointer<QObject> alive(context);
    QMetaObject::invokeMethod(
        receiver,
        [guarded, alive, done = std::move(done), result = std::move(result)] {
            if (guarded && !alive)
                return;
            done(result);
        },
        Qt::QueuedConnection);
}

} // namespace

void SessionTokenStore::read(const QString &host, QObject *context, Done done)
{
    TokenStoreResult result;
    const auto found = m_tokens.constFind(host);
    if (found == m_tokens.cend()) {
        result.error = TokenStoreResult::Error::NotFound;
        result.message
            = QCoreApplication::translate("relayq::SessionTokenStore",
                                          "No token for %1 is kept in memory for this session.")
                  .arg(host);
    } else {
        result.token = *found;
    }
    deliver(this, context, std::move(done), std::move(result));
}

void SessionTokenStore::write(const QString &host, const QString &token, QObject *context,
                              Done done)
{
    m_tokens.insert(host, token);
    deliver(this, context, std::move(done), {});
}

void SessionTokenStore::remove(const QString &host, QObject *context, Done done)
{
    TokenStoreResult result;
    if (m_tokens.remove(host) == 0) {
        result.error = TokenStoreResult::Error::NotFound;
        result.message
            = QCoreApplication::translate("relayq::SessionTokenStore",
                                          "No token for %1 is kept in memory for this session.")
                  .arg(host);
    }
    deliver(this, context, std::move(done), std::move(result));
}

QString SessionTokenStore::location() const
{
    return QCoreApplication::translate("relayq::SessionTokenStore", "memory (this session only)");
}

} // namespace relayq
