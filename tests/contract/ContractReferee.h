#pragma once
// GitHub's official OpenAPI description, served and enforced by Prism, as the referee of the
// contract tests: where the tools are, how Prism is started, what GitHub's examples say, and
// how to read Prism's verdict from its log. Paths come from tests/contract/CMakeLists.txt.

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QtTest>

namespace relayq::contract {

// A program run to its end (relayqctl).
struct ProgramRun
{
    bool finished = false; // false: did not start or timed out (then killed)
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    QString describe() const; // for failure messages
};

class ContractReferee
{
public:
    // What is missing to run Prism and how to get it; empty when everything is there.
    static QString missingTools();
    // CI must run every contract test: there a missing tool is a failure, not a skip.
    static bool inCi();

    static QString nodeProgram();
    static QString trimmedSpecPath();
    static QStringList mockArguments(quint16 port);
    static QStringList proxyArguments(const QUrl &upstream, quint16 port);
    // Prism's "Prism is listening on http://127.0.0.1:PORT" line; group 1 is the URL.
    static QRegularExpression listeningLine();
    static int startTimeoutMs() { return 120000; }

    // A port nobody listened on a moment ago.
    static quint16 freeLoopbackPort();

    // The trimmed description Prism serves (loaded once).
    static const QJsonObject &spec();
    // The "default" example of a JSON answer in the spec, e.g. ("/user", "get", "200").
    static QJsonValue example(const QString &path, const QString &method, const QString &status);

    // Prism's log lines that report a request (Requests) or also a response (Everything)
    // breaking the description. `prism mock` checks its own answers too, and GitHub's examples
    // do not always match GitHub's schemas: against the mock only requests are the client's.
    enum class Scope { Requests, Everything };
    static QStringList violations(const QString &prismOutput, Scope scope);
    // Prism's log lines that show it received a request for `path` (method lower case).
    static bool received(const QString &prismOutput, const QString &method, const QString &path);

    // The headers RelayQ's client sends (Prism only negotiates application/json, so the
    // q=0.9 fallback is what lets GitHub's own media type through).
    static QList<QPair<QByteArray, QByteArray>> clientHeaders();

    // Runs a program to its end while the event loop keeps serving the child servers' output.
    static ProgramRun run(const QString &program, const QStringList &arguments,
                          const QProcessEnvironment &environment, int timeoutMs = 90000);
    // Environment for relayqctl: a dummy token and private config/cache directories.
    static QProcessEnvironment cliEnvironment(const QString &scratchDir);
};

} // namespace relayq::contract

// A missing tool fails in CI (CI=true) and skips locally, saying what to install.
#define RELAYQ_CONTRACT_REQUIRE(missingText)                                                       \
    do {                                                                                           \
        const QString relayqMissing_ = (missingText);                                              \
        if (!relayqMissing_.isEmpty()) {                                                           \
            if (relayq::contract::ContractReferee::inCi())                                         \
                QFAIL(                                                                             \
                    qPrintable(relayqMissing_ + QStringLiteral(" (CI=true: nothing may skip)")));  \
            QSKIP(qPrintable(relayqMissing_));                                                     \
        }                                                                                          \
    } while (false)
