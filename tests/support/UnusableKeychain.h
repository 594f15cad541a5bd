#pragma once
// A keychain that is never usable, as when no Secret Service runs: every operation fails, from
// the event loop, with NoKeychain and message(). (The real failure is tested against a private
// gnome-keyring in tests/keychain; this stands in where a test is about what the user sees.)

#include "TokenStore.h"

#include <QMetaObject>

namespace relayq::test {

class UnusableKeychain : public TokenStore
{
public:
    static QString message()
    {
        return QStringLiteral("No OS keychain is available: the Secret Service is not running.");
    }

    void read(const QString &, QObject *context, Done done) override { fail(context, done); }
    void write(const QString &, const QString &, QObject *context, Done done) override
    {
        fail(context, done);
    }
    void remove(const QString &, QObject *context, Done done) override { fail(context, done); }
    QString location() const override { return QStringLiteral("the OS keychain"); }

private:
    void fail(QObject *context, const Done &done)
    {
        TokenStoreResult result;
        result.error = TokenStoreResult::Error::NoKeychain;
        result.message = message();
        QMetaObject::invokeMethod(
            context ? context : this, [done, result] { done(result); }, Qt::QueuedConnection);
    }
};

} // namespace relayq::test
