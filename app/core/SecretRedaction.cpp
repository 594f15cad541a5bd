#include "SecretRedaction.h"

#include <algorithm>

namespace relayq {

namespace {
constexpr QStringView kRedacted = u"…[redacted]";

QRegularExpression pattern(const char *text, bool ignoreCase)
{
    return QRegularExpression(QLatin1String(text),
                              ignoreCase ? QRegularExpression::CaseInsensitiveOption
                                         : QRegularExpression::NoPatternOption);
}
} // namespace

SecretRedaction::SecretRedaction()
{
    // Over-masking a harmless word costs a little reading; a token in a log file costs the
    // user their account. So the shapes lean towards masking.
    m_shapes = {
        // GitHub's token prefixes: personal (ghp_), OAuth (gho_), user-to-server (ghu_),
        // server-to-server (ghs_), refresh (ghr_) and fine-grained (github_pat_).
        pattern(R"re((?<secret>(?:gh[pousr]_|github_pat_)[A-Za-z0-9_]{8,}))re", false),
        // An HTTP header, also as a JSON or key=value dump: whatever credential follows.
        pattern(R"re(\bauthorization\b["']?\s*[:=]\s*["']?(?:(?:bearer|token|basic)\s+)?)re"
                R"re((?<secret>[^\s"',;]+))re",
                true),
        // GH_TOKEN=…, ACTIONS_RUNNER_INPUT_TOKEN=… (config.sh reads the runner token from the
        // environment), access_token=… in a URL.
        pattern(R"re(\b[A-Za-z0-9_]*token=["']?(?<secret>[^\s"'&,;]+))re", true),
        // A JSON body such as the registration-token answer: {"token":"…","expires_at":…}.
        pattern(R"re("[A-Za-z0-9_]*token"\s*:\s*"(?<secret>[^"]+)")re", true),
        // A command line: config.sh --token X, --token=X.
        pattern(R"re(--token(?:\s+|=)["']?(?<secret>[^\s"']+))re", false),
    };
}

void SecretRedaction::addSecret(const QString &secret)
{
    if (secret.size() < kMinimumSecretLength)
        return;
    const std::lock_guard lock(m_mutex);
    m_secrets.removeAll(secret);
    m_secrets.append(secret);
    while (m_secrets.size() > kMaximumSecrets)
        m_secrets.removeFirst();
}

QString SecretRedaction::mask(QStringView secret)
{
    const qsizetype kept = std::min<qsizetype>(4, secret.size() / 4);
    return secret.left(kept).toString().append(kRedacted);
}

QList<SecretRedaction::Span> SecretRedaction::findSecrets(const QString &text) const
{
    QList<Span> spans;
    for (const QRegularExpression &shape : m_shapes) {
        QRegularExpressionMatchIterator matches = shape.globalMatch(text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            // Already masked (a line logged twice through the redaction): leave it as it is.
            if (match.capturedView(u"secret").endsWith(kRedacted))
                continue;
            spans.append({ match.capturedStart(u"secret"), match.capturedEnd(u"secret") });
        }
    }
    for (const QString &secret : m_secrets) {
        for (qsizetype at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1))
            spans.append({ at, at + secret.size() });
    }
    return spans;
}

QString SecretRedaction::redact(const QString &text) const
{
    // One lock for the whole call: the secrets may change meanwhile, and the expressions are
    // shared with every thread that logs.
    const std::lock_guard lock(m_mutex);
    QList<Span> spans = findSecrets(text);
    if (spans.isEmpty())
        return text;
    std::sort(spans.begin(), spans.end());
    QString result;
    qsizetype done = 0; // text before this index is in `result`
    for (qsizetype i = 0; i < spans.size();) {
        // Overlapping finds ("Authorization: Bearer ghp_…" matches twice) make one span.
        const qsizetype start = std::max(spans[i].first, done);
        qsizetype end = spans[i].second;
        for (++i; i < spans.size() && spans[i].first < end; ++i)
            end = std::max(end, spans[i].second);
        if (end <= start)
            continue;
        result += QStringView(text).mid(done, start - done);
        result += mask(QStringView(text).mid(start, end - start));
        done = end;
    }
    result += QStringView(text).mid(done);
    return result;
}

} // namespace relayq
