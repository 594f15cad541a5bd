#include "RecentDispatches.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace relayq {

namespace {
constexpr int fileVersion = 1;
constexpr int labelInputsLength = 60; // a menu entry stays readable

QJsonObject toJson(const RecentDispatch &dispatch)
{
    QJsonObject inputs;
    for (auto it = dispatch.inputs.cbegin(); it != dispatch.inputs.cend(); ++it)
        inputs.insert(it.key(), it.value());
    return QJsonObject {
        { QStringLiteral("repository"), dispatch.repository },
        { QStringLiteral("workflowFile"), dispatch.workflowFile },
        { QStringLiteral("workflowId"), dispatch.workflowId },
        { QStringLiteral("workflowName"), dispatch.workflowName },
        { QStringLiteral("ref"), dispatch.ref },
        { QStringLiteral("inputs"), inputs },
        { QStringLiteral("when"), dispatch.when.toUTC().toString(Qt::ISODateWithMs) },
    };
}

// An entry without repository, workflow or ref cannot be sent again: nothing.
std::optional<RecentDispatch> fromJson(const QJsonObject &object)
{
    RecentDispatch dispatch;
    dispatch.repository = object.value(QStringLiteral("repository")).toString();
    dispatch.workflowFile = object.value(QStringLiteral("workflowFile")).toString();
    dispatch.workflowId = object.value(QStringLiteral("workflowId")).toInteger();
    dispatch.workflowName = object.value(QStringLiteral("workflowName")).toString();
    dispatch.ref = object.value(QStringLiteral("ref")).toString();
    const QJsonObject inputs = object.value(QStringLiteral("inputs")).toObject();
    for (auto it = inputs.constBegin(); it != inputs.constEnd(); ++it)
        dispatch.inputs.insert(it.key(), it.value().toString());
    dispatch.when
        = QDateTime::fromString(object.value(QStringLiteral("when")).toString(), Qt::ISODateWithMs);
    if (dispatch.repository.isEmpty() || dispatch.ref.isEmpty()
        || (dispatch.workflowFile.isEmpty() && dispatch.workflowId == 0))
        return std::nullopt;
    return dispatch;
}
} // namespace

bool RecentDispatch::sameDispatchAs(const RecentDispatch &other) const
{
    const bool sameWorkflow = (workflowId != 0 && other.workflowId != 0)
        ? workflowId == other.workflowId
        : workflowFile == other.workflowFile;
    return repository.compare(other.repository, Qt::CaseInsensitive) == 0 && sameWorkflow
        && ref == other.ref && inputs == other.inputs;
}

QString RecentDispatch::label() const
{
    const QString workflow = !workflowName.isEmpty() ? workflowName
        : !workflowFile.isEmpty()                    ? workflowFile
                                                     : QString::number(workflowId);
    QString text = RecentDispatches::tr("%1 on %2 — %3").arg(workflow, ref, repository);
    if (inputs.isEmpty())
        return text;
    QStringList pairs;
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it)
        pairs << it.key() + QLatin1Char('=') + it.value();
    QString shown = pairs.join(QStringLiteral(", "));
    if (shown.size() > labelInputsLength)
        shown = shown.left(labelInputsLength - 1) + QChar(0x2026);
    return text + QStringLiteral(" (") + shown + QLatin1Char(')');
}

RecentDispatches::RecentDispatches(const Clock &clock, const QString &filePath)
    : m_clock(clock), m_filePath(filePath.isEmpty() ? defaultPath() : filePath)
{
    reload();
}

QString RecentDispatches::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/relayq-tray/recent-dispatches.json");
}

bool RecentDispatches::reload()
{
    m_entries.clear();
    m_problem.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = tr("The recent dispatches in %1 could not be read: %2.")
                        .arg(m_filePath, file.errorString());
        return false;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || !root.value(QStringLiteral("dispatches")).isArray()) {
        m_problem = tr("The recent dispatches in %1 could not be read: the file is damaged; the "
                       "list starts empty.")
                        .arg(m_filePath);
        return false;
    }
    const QJsonArray list = root.value(QStringLiteral("dispatches")).toArray();
    for (const QJsonValue &value : list)
        if (const auto dispatch = fromJson(value.toObject());
            dispatch && m_entries.size() < maxEntries)
            m_entries << *dispatch;
    return true;
}

bool RecentDispatches::record(RecentDispatch dispatch)
{
    reload(); // a damaged file is replaced: its entries are lost already
    if (!dispatch.when.isValid())
        dispatch.when = m_clock.now();
    dispatch.when = dispatch.when.toUTC();
    m_entries.removeIf([&](const RecentDispatch &old) { return old.sameDispatchAs(dispatch); });
    m_entries.prepend(dispatch);
    while (m_entries.size() > maxEntries)
        m_entries.removeLast();
    return save();
}

bool RecentDispatches::clear()
{
    m_entries.clear();
    m_problem.clear();
    return save();
}

bool RecentDispatches::save()
{
    QJsonArray list;
    for (const RecentDispatch &dispatch : std::as_const(m_entries))
        list.append(toJson(dispatch));
    const QJsonObject root { { QStringLiteral("version"), fileVersion },
                             { QStringLiteral("dispatches"), list } };
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_problem = tr("The recent dispatches could not be saved to %1: %2.")
                        .arg(m_filePath, file.errorString());
        return false;
    }
    // Inputs may name hosts or versions the user keeps to themselves; only they read the file.
    QFile::setPermissions(m_filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace relayq
