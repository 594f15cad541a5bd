#include "RedactingSink.h"

namespace relayq {

RedactingSink::RedactingSink(std::shared_ptr<const SecretRedaction> redaction)
    : m_redaction(std::move(redaction))
{ }

void RedactingSink::sink_it_(const spdlog::details::log_msg &message)
{
    // Only the message is redacted: the time, level and logger name around it hold no secret.
    const QString text
        = QString::fromUtf8(message.payload.data(), qsizetype(message.payload.size()));
    const QString redacted = m_redaction->redact(text);
    if (redacted == text) {
        dist_sink::sink_it_(message);
        return;
    }
    const QByteArray bytes = redacted.toUtf8();
    spdlog::details::log_msg masked = message;
    masked.payload = spdlog::string_view_t(bytes.constData(), std::size_t(bytes.size()));
    dist_sink::sink_it_(masked);
}

} // namespace relayq
