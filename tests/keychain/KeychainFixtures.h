#pragma once
// Shared by the keychain tests: waiting for a token store's answer, and searching a directory
// tree for a token's bytes.

#include "TokenStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

#include <functional>
#include <optional>

namespace relayq::test {

// Runs one asynchronous store call and waits (on the event loop) for its answer. Empty when
// no answer came within `timeoutMs` — the Secret Service answers in milliseconds.
inline std::optional<TokenStoreResult> awaitStore(const std::function<void(TokenStore::Done)> &call,
                                                  int timeoutMs = 30000)
{
    std::optional<TokenStoreResult> answer;
    call([&answer](const TokenStoreResult &result) { answer = result; });
    QDeadlineTimer deadline(timeoutMs);
    while (!answer && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return answer;
}

// Every regular file under `root` (hidden ones included) whose bytes contain `needle` in
// UTF-8 or UTF-16, except the paths in `except`.
inline QStringList filesContaining(const QString &root, const QString &needle,
                                   const QStringList &except = {})
{
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()),
                           needle.size() * qsizetype(sizeof(char16_t)));
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (except.contains(path) || !it.fileInfo().isFile())
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets, fifos
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found << path;
    }
    return found;
}

// Every regular file under `root`, for messages and "nothing was written" checks.
inline QStringList allFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

inline const char *kindName(TokenStoreResult::Error error)
{
    switch (error) {
    case TokenStoreResult::Error::None: return "None";
    case TokenStoreResult::Error::NotFound: return "NotFound";
    case TokenStoreResult::Error::NoKeychain: return "NoKeychain";
    case TokenStoreResult::Error::AccessDenied: return "AccessDenied";
    case TokenStoreResult::Error::Other: break;
    }
    return "Other";
}

} // namespace relayq::test
