#pragma once
// The GitHub token the app uses right now and where it came from. The order is gh's:
// GH_TOKEN, then GITHUB_TOKEN, then the OS keychain (key = API host), then a token the user
// chose to keep in memory for this session only. The token is held in memory and handed to
// GitHubClient; it is never logged, written to a file or passed to a child process.

#include "TokenStore.h"

#include <QObject>
#include <QString>

#include <functional>

namespace relayq {

class Credentials : public QObject
{
    Q_OBJECT
public:
    enum class Origin { None, GhTokenVariable, GithubTokenVariable, Keychain, SessionMemory };
    enum class Storage { Keychain, SessionOnly };
    using Done = std::function<void(const TokenStoreResult &)>;

    // `keychain` and `session` must outlive this object.
    Credentials(TokenStore &keychain, TokenStore &session, QObject *parent = nullptr);

    // The API host the token belongs to ("api.github.com", "ghe.example.com"); the key in the
    // stores. Changing it forgets the current token until load() runs again.
    void setHost(const QString &host);
    QString host() const { return m_host; }

    // Looks in the environment, then the keychain, then session memory; emits changed() when
    // done (also when nothing was found: hasToken() false, problem() may say why).
    void load();

    bool hasToken() const { return !m_token.isEmpty(); }
    QString token() const { return m_token; }
    Origin origin() const { return m_origin; }
    // Where the token came from, in words for the UI and `relayqctl auth status`.
    QString originText() const;
    // Why the keychain could not be used (empty when it could). Shown to the user as is.
    QString problem() const { return m_problem; }

    // Keeps `token` for host() in `where` and uses it; `done` reports the store's answer.
    // When GH_TOKEN or GITHUB_TOKEN is set, the saved token is kept but the variable's token
    // stays in use: the result is a success whose message says so.
    void save(const QString &token, Storage where, QObject *context, Done done);
    // Removes the token for host() from the keychain and session memory. A token from the
    // environment stays in use. Fails only when the keychain could not be asked.
    void forget(QObject *context, Done done);

    // Where a token from `origin` comes from, in words ("the OS keychain", "no token" …).
    static QString originText(Origin origin);

signals:
    void changed();

private:
    TokenStore &m_keychain;
    TokenStore &m_session;
    QString m_host;
    QString m_token;
    Origin m_origin = Origin::None;
    QString m_problem;
    // Bumped by load(), save(), forget() and setHost(): an answer for an older generation is
    // stale (another host, or a newer token) and is not applied.
    quint64 m_generation = 0;

    void applyLoaded(quint64 generation, const QString &token, Origin origin,
                     const QString &problem);
    void readSession(quint64 generation, const QString &problem);
    bool useEnvironment();
};

} // namespace relayq
