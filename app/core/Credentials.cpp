#include "Credentials.h"

#include "TokenSource.h"

#include <QMetaObject>
#include <QPointer>

namespace relayq {

Credentials::Credentials(TokenStore &keychain, TokenStore &session, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_session(session)
    , m_host(QStringLiteral("api.github.com"))
{ }

void Credentials::setHost(const QString &host)
{
    if (host == m_host)
        return;
    ++m_generation;
    m_host = host;
    const bool had = hasToken();
    m_problem.clear();
    if (!useEnvironment()) {
        m_token.clear();
        m_origin = Origin::None;
    }
    if (had != hasToken())
        emit changed();
}

// Takes GH_TOKEN / GITHUB_TOKEN when set; they win over every store, as in gh.
bool Credentials::useEnvironment()
{
    const auto found = tokenFromEnvironment();
    if (!found)
        return false;
    m_token = found->token;
    m_origin = found->source == QLatin1String("GH_TOKEN") ? Origin::GhTokenVariable
                                                          : Origin::GithubTokenVariable;
    return true;
}

void Credentials::load()
{
    const quint64 generation = ++m_generation;
    if (tokenFromEnvironment()) {
        // Answer on the event loop like the stores do, so listeners see one way of working.
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation != m_generation)
                    return;
                m_problem.clear();
                useEnvironment();
                emit changed();
            },
            Qt::QueuedConnection);
        return;
    }
    m_keychain.read(m_host, this, [this, generation](const TokenStoreResult &result) {
        if (generation != m_generation)
            return;
        if (result.isOk()) {
            applyLoaded(generation, result.token, Origin::Keychain, {});
            return;
        }
        // A missing entry is the normal "not saved yet"; anything else is worth telling.
        const bool problem = result.error != TokenStoreResult::Error::NotFound;
        readSession(generation, problem ? result.message : QString());
    });
}

void Credentials::readSession(quint64 generation, const QString &problem)
{
    m_session.read(m_host, this, [this, generation, problem](const TokenStoreResult &result) {
        if (generation != m_generation)
            return;
        if (result.isOk())
            applyLoaded(generation, result.token, Origin::SessionMemory, problem);
        else
            applyLoaded(generation, {}, Origin::None, problem);
    });
}

void Credentials::applyLoaded(quint64 generation, const QString &token, Origin origin,
                              const QString &problem)
{
    if (generation != m_generation)
        return;
    m_token = token;
    m_origin = token.isEmpty() ? Origin::None : origin;
    m_problem = problem;
    emit changed();
}

QString Credentials::originText() const
{
    return originText(m_origin);
}

QString Credentials::originText(Origin origin)
{
    switch (origin) {
    case Origin::GhTokenVariable: return tr("the GH_TOKEN environment variable");
    case Origin::GithubTokenVariable: return tr("the GITHUB_TOKEN environment variable");
    case Origin::Keychain: return tr("the OS keychain");
    case Origin::SessionMemory: return tr("memory (this session only)");
    case Origin::None: break;
    }
    return tr("no token");
}

void Credentials::save(const QString &token, Storage where, QObject *context, Done done)
{
    const QString trimmed = token.trimmed();
    const quint64 generation = ++m_generation;
    TokenStore &store = where == Storage::Keychain ? m_keychain : m_session;
    const Origin origin = where == Storage::Keychain ? Origin::Keychain : Origin::SessionMemory;
    if (trimmed.isEmpty()) {
        TokenStoreResult result;
        result.error = TokenStoreResult::Error::Other;
        result.message = tr("The token is empty: paste the whole token.");
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    const QString host = m_host;
    const QPointer<QObject> alive(context);
    const bool guarded = context != nullptr;
    store.write(host, trimmed, this,
                [this, generation, trimmed, origin, host, where, alive, guarded,
                 done = std::move(done)](const TokenStoreResult &written) {
                    TokenStoreResult result = written;
                    if (result.isOk() && generation == m_generation) {
                        m_problem.clear();
                        if (useEnvironment()) {
                            result.message = tr("Saved in %1, but %2 is set and wins: unset it "
                                                "to use the saved token.")
                                                 .arg(originText(origin), originText());
                        } else {
                            m_token = trimmed;
                            m_origin = origin;
                        }
                        // One place per token: a keychain copy replaces a session-only one.
                        if (where == Storage::Keychain)
                            m_session.remove(host, this, [](const TokenStoreResult &) {});
                        emit changed();
                    }
                    if (!guarded || alive)
                        done(result);
                });
}

void Credentials::forget(QObject *context, Done done)
{
    const quint64 generation = ++m_generation;
    const QString host = m_host;
    const QPointer<QObject> alive(context);
    const bool guarded = context != nullptr;
    m_keychain.remove(host, this,
                      [=, this, done = std::move(done)](const TokenStoreResult &removed) {
                          m_session.remove(host, this, [=, this](const TokenStoreResult &) {
                              TokenStoreResult result = removed;
                              if (result.error == TokenStoreResult::Error::NotFound)
                                  result = {};
                              if (generation == m_generation) {
                                  if (!useEnvironment()) {
                                      m_token.clear();
                                      m_origin = Origin::None;
                                  }
                                  m_problem = result.isOk() ? QString() : result.message;
                                  emit changed();
                              }
                              if (!guarded || alive)
                                  done(result);
                          });
                      });
}

} // namespace relayq
