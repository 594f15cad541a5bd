#include "KeychainTokenStore.h"

namespace relayq {
// STUB (being written)
void KeychainTokenStore::read(const QString &, QObject *, Done) { }
void KeychainTokenStore::write(const QString &, const QString &, QObject *, Done) { }
void KeychainTokenStore::remove(const QString &, QObject *, Done) { }
QString KeychainTokenStore::location() const
{
    return {};
}
} // namespace relayq
