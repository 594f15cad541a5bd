#pragma once
// Masks secrets in text that is about to be logged: GitHub tokens recognised by their shape
// (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_), credentials by where they stand
// ("Authorization: Bearer …", "…TOKEN=…" as in ACTIONS_RUNNER_INPUT_TOKEN, a JSON "token"
// field, "--token X" in a command line) and any secret registered while the app runs (the
// token in use, a runner registration token). A secret keeps at most its first 4 characters:
// "ghp_…[redacted]" still tells which kind of token a line was about.
// Log lines come from any thread, so every member is safe to call from any thread.

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <mutex>

namespace relayq {

class SecretRedaction
{
public:
    SecretRedaction();

    // Masks `secret` wherever it appears from now on. Values shorter than kMinimumSecretLength
    // are ignored: masking "demo" would blank out every "relayq-demo" in the log.
    void addSecret(const QString &secret);
    // `text` with every secret masked; `text` itself when there is nothing to mask.
    QString redact(const QString &text) const;

    // The masked form of `secret`: its first characters (4 at most, fewer for short ones so
    // most of it stays hidden) and "…[redacted]".
    static QString mask(QStringView secret);

    static constexpr qsizetype kMinimumSecretLength = 8;
    // Registered secrets are few (a token or two per host, the odd runner token); the oldest
    // is dropped past this many so a long session cannot grow the list without end.
    static constexpr qsizetype kMaximumSecrets = 32;

private:
    using Span = std::pair<qsizetype, qsizetype>; // [start, end) in the text

    QList<Span> findSecrets(const QString &text) const;

    QList<QRegularExpression> m_shapes; // each names the secret part "secret"
    QStringList m_secrets;
    mutable std::mutex m_mutex;
};

} // namespace relayq
