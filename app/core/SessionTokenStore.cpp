#include "SessionTokenStore.h"

namespace relayq {
// STUB (being written)
void SessionTokenStore::read(const QString &, QObject *, Done) { }
void SessionTokenStore::write(const QString &, const QString &, QObject *, Done) { }
void SessionTokenStore::remove(const QString &, QObject *, Done) { }
QString SessionTokenStore::location() const
{
    return {};
}
} // namespace relayq
