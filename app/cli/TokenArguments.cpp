#include "TokenArguments.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace relayq::cli {

bool looksLikeToken(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(
        "^(gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{20,}|[0-9a-fA-F]{40})$"));
    return shape.match(text.trimmed()).hasMatch();
}

std::optional<QString> refuseTokenArguments(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        const qsizetype equals = argument.indexOf(u'=');
        const bool optionWithValue = argument.startsWith(u'-') && equals > 0;
        const QString value = optionWithValue ? argument.mid(equals + 1) : argument;
        const bool withTokenValue
            = optionWithValue && argument.left(equals) == QLatin1String("--with-token");
        if (withTokenValue || looksLikeToken(value)) {
            return QCoreApplication::translate(
                "relayqctl",
                "relayqctl does not take a token on the command line: other users can read "
                "it in the process list, and it stays in your shell history. Give it on "
                "standard input instead:\n"
                "  relayqctl auth login --with-token < token.txt\n"
                "or set GH_TOKEN (or GITHUB_TOKEN) in the environment.");
        }
    }
    return std::nullopt;
}

} // namespace relayq::cli
