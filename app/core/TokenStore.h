#pragma once
// Somewhere a GitHub token can be kept, keyed by API host ("api.github.com", or the GitHub
// Enterprise host). KeychainTokenStore is the OS keychain (QtKeychain); SessionTokenStore keeps
// it in memory for this session only, when the user opts in because no keychain is usable.
// There is deliberately no file-backed store.

#include <QObject>
#include <QString>

#include <functional>

namespace relayq {

struct TokenStoreResult
{
    enum class Error { None, NotFound, NoKeychain, AccessDenied, Other };

    Error error = Error::None;
    QString token; // read() only
    QString message; // in words, with what to do; empty on success. Never contains the token.

    bool isOk() const { return error == Error::None; }
};

class TokenStore : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const TokenStoreResult &)>;
    using QObject::QObject;
    ~TokenStore() override = default;

    // Asynchronous; `done` runs once on the event loop unless `context` is destroyed first.
    virtual void read(const QString &host, QObject *context, Done done) = 0;
    virtual void write(const QString &host, const QString &token, QObject *context, Done done) = 0;
    virtual void remove(const QString &host, QObject *context, Done done) = 0;
    // Where tokens end up, in words: "the OS keychain", "memory (this session only)".
    virtual QString location() const = 0;
};

} // namespace relayq
