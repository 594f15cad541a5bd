#include "TokenSource.h"

#include <QtGlobal>

namespace relayq {

std::optional<FoundToken> tokenFromEnvironment()
{
    for (const char *name : { "GH_TOKEN", "GITHUB_TOKEN" }) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return FoundToken { value, QString::fromLatin1(name) };
    }
    return std::nullopt;
}

} // namespace relayq
