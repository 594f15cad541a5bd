#include "AuthCommand.h"

#include "AccountCheck.h"
#include "AccountReport.h"
#include "ApiHost.h"
#include "CliSession.h"
#include "Credentials.h"
#include "Relayqctl.h"
#include "TokenSource.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <memory>
#include <spdlog/spdlog.h>

namespace relayq::cli {

namespace {
using Done = std::function<void(int)>;

void printError(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

// GH_TOKEN / GITHUB_TOKEN win over the keychain: say so whenever the keychain changes.
void noteEnvironmentToken(bool afterLogout)
{
    const auto found = tokenFromEnvironment();
    if (!found)
        return;
    printError(afterLogout
                   ? Relayqctl::tr(
                         "%1 is still set and provides a token; unset it to stop using that token.")
                         .arg(found->source)
                   : Relayqctl::tr(
                         "Note: %1 is set and wins over the keychain; unset it to use the stored "
                         "token.")
                         .arg(found->source));
}

// One line from stdin, trimmed: the token. Nothing when there is none or it cannot be one.
std::optional<QString> readTokenFromStdin()
{
    QTextStream in(stdin);
    const QString token = in.readLine().trimmed();
    if (token.isEmpty()) {
        printError(Relayqctl::tr("No token on standard input. Pipe it in:\n"
                                 "  relayqctl auth login --with-token < token.txt\n"
                                 "  gh auth token | relayqctl auth login --with-token"));
        return std::nullopt;
    }
    const bool plain = std::all_of(token.cbegin(), token.cend(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f;
    });
    if (!plain) {
        // Not repeated: it may still be a secret.
        printError(
            Relayqctl::tr("The first line of standard input is not a token (it contains spaces or "
                          "unusual characters). Nothing was stored."));
        return std::nullopt;
    }
    return token;
}

void store(const QString &token, const QString &host, const QString &login, CliSession &session,
           const Done &done)
{
    Credentials &credentials = session.credentials();
    credentials.setHost(host);
    credentials.save(
        token, Credentials::Storage::Keychain, session.context(),
        [host, login, done](const TokenStoreResult &result) {
            if (!result.isOk()) {
                printError(result.message + QLatin1Char('\n')
                           + Relayqctl::tr("Nothing was stored. Without a keychain, give "
                                           "relayqctl the token in GH_TOKEN (or GITHUB_TOKEN) "
                                           "instead."));
                return done(ExitTemporary);
            }
            QTextStream(stdout) << Relayqctl::tr("Logged in to %1 as %2; the token is in the OS "
                                                 "keychain.")
                                       .arg(host, login)
                                << Qt::endl;
            if (!result.message.isEmpty())
                printError(result.message); // saved, but a variable wins
            else
                noteEnvironmentToken(false);
            done(ExitHealthy);
        });
}

void login(const CommandLine &commandLine, CliSession &session, const Done &done)
{
    const auto token = readTokenFromStdin();
    if (!token)
        return done(ExitUsage);
    const QString host = apiHostKey(commandLine.apiUrl);
    AccountCheck &check = session.accountCheck();
    if (const auto refused = check.setApiBase(commandLine.apiUrl)) {
        printError(*refused);
        return done(ExitUsage);
    }
    check.setToken(*token);
    spdlog::info("asking {} whose the token is before storing it", host.toStdString());
    // Storing a token GitHub rejects helps nobody: ask first.
    check.checkIdentity(
        session.context(), [token = *token, host, &session, done](const TokenIdentity &identity) {
            if (identity.status.state == ConnectionState::AuthFailed) {
                printError(
                    Relayqctl::tr("The token was rejected by %1 (401 Bad credentials); nothing was "
                                  "stored.")
                        .arg(host));
                return done(ExitUsage);
            }
            if (!identity.status.isOk()) {
                printError(identity.status.message + QLatin1Char('\n')
                           + Relayqctl::tr("Could not check the token with %1; nothing was stored.")
                                 .arg(host));
                return done(exitCodeFor(identity.status.state));
            }
            store(token, host, identity.login, session, done);
        });
}

void forget(const QString &host, CliSession &session, const Done &done)
{
    session.credentials().setHost(host);
    session.credentials().forget(session.context(), [host, done](const TokenStoreResult &result) {
        if (!result.isOk()) {
            printError(result.message);
            return done(ExitTemporary);
        }
        QTextStream(stdout)
            << Relayqctl::tr("Removed the token for %1 from the OS keychain.").arg(host)
            << Qt::endl;
        noteEnvironmentToken(true);
        done(ExitHealthy);
    });
}

void logout(const CommandLine &commandLine, CliSession &session, const Done &done)
{
    const QString host = apiHostKey(commandLine.apiUrl);
    // Asked first, so the user learns whether there was anything to remove.
    session.keychain().read(
        host, session.context(), [host, &session, done](const TokenStoreResult &result) {
            if (result.error == TokenStoreResult::Error::NotFound) {
                QTextStream(stdout) << Relayqctl::tr("There was no token for %1 in the "
                                                     "OS keychain; nothing to remove.")
                                           .arg(host)
                                    << Qt::endl;
                noteEnvironmentToken(true);
                return done(ExitHealthy);
            }
            if (!result.isOk()) {
                printError(result.message);
                return done(ExitTemporary);
            }
            forget(host, session, done);
        });
}

void print(const AccountReport &report, bool json)
{
    QTextStream out(stdout);
    if (json)
        out << QJsonDocument(report.json()).toJson(QJsonDocument::Indented);
    else
        out << report.text();
    out.flush();
}

// Each target is checked at once; the report is printed when the last one has answered.
void checkTargets(const std::shared_ptr<AccountReport> &report, const TargetList &targets,
                  bool json, CliSession &session, const Done &done)
{
    if (targets.isEmpty()) {
        print(*report, json);
        return done(report->exitCode());
    }
    report->targets.resize(targets.size());
    auto waiting = std::make_shared<qsizetype>(targets.size());
    for (qsizetype i = 0; i < targets.size(); ++i) {
        session.accountCheck().checkTarget(
            targets.at(i), session.context(),
            [report, waiting, i, json, done](const TargetCheck &check) {
                report->targets[i] = check;
                if (--*waiting == 0) {
                    print(*report, json);
                    done(report->exitCode());
                }
            });
    }
}

void status(const CommandLine &commandLine, CliSession &session, const Done &done)
{
    const QString host = apiHostKey(commandLine.apiUrl);
    session.loadCredentials(commandLine.apiUrl, [commandLine, host, &session, done] {
        const Credentials &credentials = session.credentials();
        if (!credentials.hasToken()) {
            printError(session.noTokenMessage(host));
            return done(ExitUsage);
        }
        auto report = std::make_shared<AccountReport>();
        report->host = host;
        report->apiUrl = commandLine.apiUrl;
        report->origin = credentials.origin();
        report->originText = credentials.originText();
        AccountCheck &check = session.accountCheck();
        if (const auto refused = check.setApiBase(commandLine.apiUrl)) {
            printError(*refused);
            return done(ExitUsage);
        }
        check.setToken(credentials.token());
        check.checkIdentity(session.context(),
                            [report, commandLine, &session, done](const TokenIdentity &identity) {
                                report->identity = identity;
                                if (!identity.status.isOk()) {
                                    print(*report, commandLine.json);
                                    return done(report->exitCode());
                                }
                                checkTargets(report, commandLine.targets, commandLine.json, session,
                                             done);
                            });
    });
}
} // namespace

void runAuth(const CommandLine &commandLine, CliSession &session, const Done &done)
{
    if (commandLine.subcommand == QLatin1String("login"))
        login(commandLine, session, done);
    else if (commandLine.subcommand == QLatin1String("logout"))
        logout(commandLine, session, done);
    else
        status(commandLine, session, done);
}

} // namespace relayq::cli
