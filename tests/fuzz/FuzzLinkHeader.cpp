// Fuzz target: GitHub's pagination header (LinkHeader), the one header whose content decides
// which URL the client fetches next. Each input is a Link value, parsed against the URL of the
// answer that carried it as GitHubClient does, and without one. The checks: every link found is
// a valid URL, absolute when there was an absolute context, and lookups are case-insensitive.

#include "FuzzCheck.h"
#include "LinkHeader.h"

using namespace relayq;
using relayq::fuzz::check;

namespace {

const char *const rels[] = { "next", "last", "prev", "first" };

void checkLinks(const LinkHeader &header, bool absoluteContext)
{
    check(header.isEmpty() == (header.size() == 0), "empty means no links");
    for (const char *rel : rels) {
        const QUrl url = header.link(QLatin1String(rel));
        if (url.isEmpty())
            continue;
        check(url.isValid(), "a link found is a valid URL");
        check(!absoluteContext || !url.isRelative(), "a link is resolved against its answer");
        check(header.link(QLatin1String(rel).toString().toUpper()) == url,
              "relation types match case-insensitively");
    }
    check(header.next() == header.link(QStringLiteral("next")), "next() is rel=\"next\"");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value = fuzz::bytesOf(data, size);
    const QUrl answer(
        QStringLiteral("https://api.github.com/repos/acme/media/actions/runners?per_page=100"));
    checkLinks(LinkHeader::parse(value, answer), true);
    checkLinks(LinkHeader::parse(value), false);
    return 0;
}
