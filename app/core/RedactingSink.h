#pragma once
// An spdlog sink in front of the real ones (the log file, stderr): every line passes through
// SecretRedaction before any of them sees it, so no sink can be set up without it. Being a
// dist_sink, a later spdlog::set_pattern() reaches the sinks behind it and keeps the redaction.

#include "SecretRedaction.h"

#include <memory>
#include <mutex>
#include <spdlog/sinks/dist_sink.h>

namespace relayq {

class RedactingSink : public spdlog::sinks::dist_sink<std::mutex>
{
public:
    explicit RedactingSink(std::shared_ptr<const SecretRedaction> redaction);

protected:
    void sink_it_(const spdlog::details::log_msg &message) override;

private:
    std::shared_ptr<const SecretRedaction> m_redaction;
};

} // namespace relayq
