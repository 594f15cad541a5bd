#include "RunnerConfigReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <optional>

namespace relayq {

namespace {
// .NET's File.WriteAllText(…, Encoding.UTF8) starts the file with a BOM; QJsonDocument refuses it.
QByteArray withoutBom(const QByteArray &bytes)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    return bytes.startsWith(bom) ? bytes.mid(bom.size()) : bytes;
}

// actions/runner writes camelCase ("agentId"); hand-written files use "AgentId". Both count.
QHash<QString, QJsonValue> keysFolded(const QJsonObject &object)
{
    QHash<QString, QJsonValue> folded;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        folded.insert(it.key().toLower(), it.value());
    return folded;
}

class Fields
{
public:
    Fields(const QJsonObject &object, QStringList *problems)
        : m_values(keysFolded(object)), m_problems(problems)
    { }

    // A whole number ≥ 0; `name` as the user reads it in the file.
    void number(const char *name, qint64 *into)
    {
        const QJsonValue value = m_values.value(QString::fromLatin1(name).toLower());
        if (value.isUndefined() || value.isNull())
            return missing(name);
        const double d = value.toDouble(-1);
        if (!value.isDouble() || d < 0 || d > 9e15 || std::floor(d) != d)
            return wrong(name, RunnerConfigReader::tr("%1 in .runner is not a whole number"));
        *into = qint64(d);
    }

    void text(const char *name, QString *into)
    {
        const QJsonValue value = m_values.value(QString::fromLatin1(name).toLower());
        if (value.isUndefined() || value.isNull())
            return missing(name);
        if (!value.isString())
            return wrong(name, RunnerConfigReader::tr("%1 in .runner is not text"));
        *into = value.toString();
        if (into->trimmed().isEmpty())
            missing(name);
    }

    // Optional: actions/runner writes it only for ephemeral runners.
    void flag(const char *name, bool *into)
    {
        const QJsonValue value = m_values.value(QString::fromLatin1(name).toLower());
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isBool())
            return wrong(name, RunnerConfigReader::tr("%1 in .runner is not true or false"));
        *into = value.toBool();
    }

private:
    void missing(const char *name)
    {
        m_problems->append(RunnerConfigReader::tr("no %1 in .runner").arg(QLatin1String(name)));
    }
    void wrong(const char *name, const QString &message)
    {
        m_problems->append(message.arg(QLatin1String(name)));
    }

    QHash<QString, QJsonValue> m_values;
    QStringList *m_problems;
};

// The file's bytes, or nullopt with a problem in words.
std::optional<QByteArray> readFile(const QString &path, const QString &shownName,
                                   QStringList *problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(
            RunnerConfigReader::tr("cannot read %1: %2").arg(shownName, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}
} // namespace

void RunnerConfigReader::parseRunnerFile(const QByteArray &bytes, LocalRunner *runner)
{
    const QByteArray json = withoutBom(bytes);
    if (json.trimmed().isEmpty()) {
        runner->problems.append(tr("malformed .runner: the file is empty"));
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        runner->problems.append(
            tr("malformed .runner: %1 at byte %2").arg(error.errorString()).arg(error.offset));
        return;
    }
    if (!document.isObject()) {
        runner->problems.append(tr("malformed .runner: not a JSON object"));
        return;
    }
    Fields fields(document.object(), &runner->problems);
    fields.number("AgentId", &runner->agentId);
    fields.text("AgentName", &runner->agentName);
    fields.number("PoolId", &runner->poolId);
    fields.text("ServerUrl", &runner->serverUrl);
    fields.text("GitHubUrl", &runner->gitHubUrl);
    fields.text("WorkFolder", &runner->workFolder);
    fields.flag("Ephemeral", &runner->ephemeral);
}

QString RunnerConfigReader::parseServiceFile(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(withoutBom(bytes));
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

LocalRunner RunnerConfigReader::readDirectory(const QString &directory)
{
    LocalRunner runner;
    const QDir dir(directory);
    runner.directory = QDir::cleanPath(dir.absolutePath());
    if (!dir.exists()) {
        runner.problems.append(tr("no such directory"));
        return runner;
    }
    const QString runnerFile = dir.filePath(QStringLiteral(".runner"));
    if (!QFileInfo::exists(runnerFile)) {
        runner.problems.append(tr("no .runner file: not a configured runner directory"));
        return runner;
    }
    if (const auto bytes = readFile(runnerFile, QStringLiteral(".runner"), &runner.problems))
        parseRunnerFile(*bytes, &runner);

    // No `.service`: the runner is started by hand (run.sh) or by something else.
    const QString serviceFile = dir.filePath(QStringLiteral(".service"));
    if (QFileInfo::exists(serviceFile)) {
        if (const auto bytes
            = readFile(serviceFile, QStringLiteral(".service"), &runner.problems)) {
            runner.serviceName = parseServiceFile(*bytes);
            if (runner.serviceName.isEmpty())
                runner.problems.append(tr(".service is empty"));
        }
    }
    return runner;
}

} // namespace relayq
