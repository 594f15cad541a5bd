#include "ContractReferee.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>

namespace relayq::contract {

namespace {
const QString kContractDir = QStringLiteral(RELAYQ_CONTRACT_DIR);
const QString kNode = QStringLiteral(RELAYQ_NODE);
const QString kPrismJs = QStringLiteral(RELAYQ_PRISM_JS);
const QString kTrimmedSpec = QStringLiteral(RELAYQ_TRIMMED_SPEC);

QString installHint()
{
    return QStringLiteral("Install Node.js >= 18.20 (Debian: apt-get install nodejs npm), run "
                          "`npm ci` in %1, then re-run cmake and build.")
        .arg(kContractDir);
}
} // namespace

QString ProgramRun::describe() const
{
    return QStringLiteral("finished=%1 exit=%2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(finished ? QStringLiteral("yes") : QStringLiteral("no"))
        .arg(exitCode)
        .arg(QString::fromUtf8(standardOutput.left(6000)),
             QString::fromUtf8(standardError.left(6000)));
}

QString ContractReferee::missingTools()
{
    if (kNode.isEmpty() || !QFileInfo(kNode).isExecutable())
        return QStringLiteral("Node.js was not found when cmake ran. ") + installHint();
    if (!QFileInfo::exists(kPrismJs))
        return QStringLiteral("Prism is not installed (%1 missing). ").arg(kPrismJs)
            + installHint();
    if (!QFileInfo::exists(kTrimmedSpec))
        return QStringLiteral("The trimmed OpenAPI description %1 was not generated. ")
                   .arg(kTrimmedSpec)
            + installHint();
    return {};
}

bool ContractReferee::inCi()
{
    return qEnvironmentVariable("CI").compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
}

QString ContractReferee::nodeProgram()
{
    return kNode;
}

QString ContractReferee::trimmedSpecPath()
{
    return kTrimmedSpec;
}

QStringList ContractReferee::mockArguments(quint16 port)
{
    return { kPrismJs,
             QStringLiteral("mock"),
             QStringLiteral("-h"),
             QStringLiteral("127.0.0.1"),
             QStringLiteral("-p"),
             QString::number(port),
             kTrimmedSpec };
}

QStringList ContractReferee::proxyArguments(const QUrl &upstream, quint16 port)
{
    return { kPrismJs,
             QStringLiteral("proxy"),
             kTrimmedSpec,
             upstream.toString(QUrl::StripTrailingSlash),
             QStringLiteral("-h"),
             QStringLiteral("127.0.0.1"),
             QStringLiteral("-p"),
             QString::number(port),
             QStringLiteral("--errors") };
}

QRegularExpression ContractReferee::listeningLine()
{
    return QRegularExpression(QStringLiteral("Prism is listening on (http://[^\\s]+)\\r?\\n"));
}

quint16 ContractReferee::freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

const QJsonObject &ContractReferee::spec()
{
    static const QJsonObject loaded = [] {
        QFile file(kTrimmedSpec);
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return loaded;
}

QJsonValue ContractReferee::example(const QString &path, const QString &method,
                                    const QString &status)
{
    const QJsonObject content
        = spec()[QStringLiteral("paths")][path][method][QStringLiteral("responses")][status]
                [QStringLiteral("content")][QStringLiteral("application/json")]
                    .toObject();
    return content[QStringLiteral("examples")][QStringLiteral("default")][QStringLiteral("value")];
}

QStringList ContractReferee::violations(const QString &prismOutput, Scope scope)
{
    // A broken request: "[VALIDATOR] ⚠  warning   Request did not pass the validation rules",
    // then "[VALIDATOR] ✖  error     Request query parameter per_page must be integer", and
    // "[HTTP SERVER] … ✖  error     Request terminated with error: …UNPROCESSABLE_ENTITY".
    // A broken response: "[VALIDATOR] ✖  error     Violation: response.body.jobs.0 …" (and,
    // behind `proxy --errors`, "Request terminated with error: …#VIOLATIONS").
    static const QRegularExpression request(
        QStringLiteral("did not pass the validation rules|VALIDATOR\\].*\\berror\\s+"
                       "(Request |Violation: request)|Request terminated with error"));
    static const QRegularExpression any(
        QStringLiteral("did not pass the validation rules|VALIDATOR\\].*\\berror\\b|"
                       "Request terminated with error|Violation:"));
    const QRegularExpression &violation = scope == Scope::Requests ? request : any;
    QStringList lines;
    for (const QString &line : prismOutput.split(QLatin1Char('\n'))) {
        if (violation.match(line).hasMatch())
            lines.append(line.trimmed());
    }
    return lines;
}

bool ContractReferee::received(const QString &prismOutput, const QString &method,
                               const QString &path)
{
    // "[HTTP SERVER] get /repos/octocat/Hello-World/actions/runners ℹ  info      Request received"
    const QString marker = QStringLiteral("[HTTP SERVER] ") + method + QLatin1Char(' ') + path;
    for (const QString &line : prismOutput.split(QLatin1Char('\n'))) {
        if (line.contains(marker) && line.contains(QStringLiteral("Request received"))) {
            const qsizetype after = line.indexOf(marker) + marker.size();
            if (after < line.size()
                && (line[after] == QLatin1Char(' ') || line[after] == QLatin1Char('?')))
                return true;
        }
    }
    return false;
}

QList<QPair<QByteArray, QByteArray>> ContractReferee::clientHeaders()
{
    return { { "Accept", "application/vnd.github+json, application/json;q=0.9" },
             { "X-GitHub-Api-Version", "2022-11-28" },
             { "Authorization", "Bearer x" },
             { "User-Agent", "relayq-contract-tests" } };
}

ProgramRun ContractReferee::run(const QString &program, const QStringList &arguments,
                                const QProcessEnvironment &environment, int timeoutMs)
{
    ProgramRun result;
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.standardError = process.errorString().toUtf8();
        return result;
    }
    // Waiting on the event loop, not blocking: Prism's log pipe must keep being read.
    result.finished = finished.wait(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitCode();
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

QProcessEnvironment ContractReferee::cliEnvironment(const QString &scratchDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GITHUB_TOKEN"));
    env.insert(QStringLiteral("GH_TOKEN"), QStringLiteral("ghp_contracttest"));
    env.insert(QStringLiteral("HOME"), scratchDir);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), scratchDir + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), scratchDir + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), scratchDir + QStringLiteral("/data"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

} // namespace relayq::contract
