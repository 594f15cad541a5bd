#include "KeychainTokenStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace relayq {

namespace {

// QtKeychain reports "no Secret Service" and "locked" as OtherError on Linux; its message is
// the only way to tell them apart.
TokenStoreResult::Error classify(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoError: return TokenStoreResult::Error::None;
    case QKeychain::EntryNotFound: return TokenStoreResult::Error::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return TokenStoreResult::Error::NoKeychain;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return TokenStoreResult::Error::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: break;
    }
    const auto has = [&detail](const char *text) {
        return detail.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    // No session bus ("Cannot autolaunch D-Bus", "Could not connect") or no Secret Service
    // on it ("org.freedesktop.secrets was not provided by any .service files").
    if (has("autolaunch") || has("Could not connect") || has("org.freedesktop.secrets")
        || has("D-Bus"))
        return TokenStoreResult::Error::NoKeychain;
    if (has("locked"))
        return TokenStoreResult::Error::AccessDenied;
    return TokenStoreResult::Error::Other;
}

QString describe(TokenStoreResult::Error error, const QString &host, const QString &detail)
{
    switch (error) {
    case TokenStoreResult::Error::None: return {};
    case TokenStoreResult::Error::NotFound:
        return KeychainTokenStore::tr("No token for %1 is stored in the OS keychain.").arg(host);
    case TokenStoreResult::Error::NoKeychain:
        return KeychainTokenStore::tr(
                   "No OS keychain is available: the Secret Service (gnome-keyring or KWallet) is "
                   "not running. Start it, or keep the token in memory for this session only. "
                   "(Keychain said: %1)")
            .arg(detail);
    case TokenStoreResult::Error::AccessDenied:
        return KeychainTokenStore::tr(
                   "The OS keychain refused access: it is locked or access was denied. Unlock it "
                   "(for example by logging in to your desktop keyring) and try again, or keep "
                   "the token in memory for this session only. (Keychain said: %1)")
            .arg(detail);
    case TokenStoreResult::Error::Other: break;
    }
    return KeychainTokenStore::tr(
               "The OS keychain failed: %1. Try again, or keep the token in memory for this "
               "session only.")
        .arg(detail);
}

// Runs `job` and hands its answer to `done`, unless `context` was given and is gone by then.
template<typename JobType, typename Extract>
void runJob(JobType *job, const QString &host, QObject *context, TokenStore::Done done,
            Extract extract)
{
    const bool guarded = context != nullptr;
    QPointer<QObject> alive(context);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(host);
    QObject::connect(
        job, &QKeychain::Job::finished, job,
        [job, host, guarded, alive, done = std::move(done), extract](QKeychain::Job *) {
            if (guarded && !alive)
                return;
            TokenStoreResult result;
            result.error = classify(job->error(), job->errorString());
            result.message = describe(result.error, host, job->errorString());
            if (result.isOk())
                extract(*job, result);
            done(result);
        });
    job->start();
}

} // namespace

void KeychainTokenStore::read(const QString &host, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    runJob(job, host, context, std::move(done),
           [](QKeychain::ReadPasswordJob &finished, TokenStoreResult &result) {
               result.token = finished.textData();
               if (result.token.isEmpty()) {
                   result.error = TokenStoreResult::Error::NotFound;
                   result.message = describe(result.error, finished.key(), {});
               }
           });
}

void KeychainTokenStore::write(const QString &host, const QString &token, QObject *context,
                               Done done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setTextData(token);
    runJob(job, host, context, std::move(done),
           [](QKeychain::WritePasswordJob &, TokenStoreResult &) {});
}

void KeychainTokenStore::remove(const QString &host, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    runJob(job, host, context, std::move(done),
           [](QKeychain::DeletePasswordJob &, TokenStoreResult &) {});
}

QString KeychainTokenStore::location() const
{
    return tr("the OS keychain");
}

} // namespace relayq
