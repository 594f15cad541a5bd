#include "AuditLog.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <optional>

namespace relayq {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kGroupOrOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;
constexpr qint64 kTailChunk = 64 * 1024;

QByteArray toLine(const AuditEntry &entry)
{
    const QJsonObject object {
        { QStringLiteral("when"), entry.when.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("action"), entry.action },
        { QStringLiteral("subject"), entry.subject },
        { QStringLiteral("succeeded"), entry.succeeded },
        { QStringLiteral("message"), entry.message },
        { QStringLiteral("helperOutput"), entry.helperOutput },
        { QStringLiteral("origin"), entry.origin },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// A line is kept only when it is an object with a time and an action: a line cut short by a
// crash, or edited by hand into nonsense, is skipped rather than shown half-understood.
std::optional<AuditEntry> fromLine(const QByteArray &line)
{
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject object = doc.object();
    AuditEntry entry;
    entry.when
        = QDateTime::fromString(object.value(QStringLiteral("when")).toString(), Qt::ISODateWithMs);
    entry.action = object.value(QStringLiteral("action")).toString();
    if (!entry.when.isValid() || entry.action.isEmpty())
        return std::nullopt;
    entry.when = entry.when.toUTC();
    entry.subject = object.value(QStringLiteral("subject")).toString();
    entry.succeeded = object.value(QStringLiteral("succeeded")).toBool();
    entry.message = object.value(QStringLiteral("message")).toString();
    entry.helperOutput = object.value(QStringLiteral("helperOutput")).toString();
    entry.origin = object.value(QStringLiteral("origin")).toString();
    return entry;
}

QList<AuditEntry> parseLines(const QByteArray &data)
{
    QList<AuditEntry> entries;
    for (const QByteArray &line : data.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (auto entry = fromLine(line))
            entries.append(*entry);
    }
    return entries;
}

// The last `count` readable entries of one file, reading backwards in growing chunks so a
// large file is not read whole for the last few lines.
QList<AuditEntry> tailOf(const QString &path, int count)
{
    QFile file(path);
    if (count <= 0 || !file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    for (qint64 chunk = kTailChunk;; chunk *= 2) {
        const qint64 from = std::max<qint64>(0, size - chunk);
        file.seek(from);
        QByteArray data = file.read(size - from);
        if (from > 0)
            data = data.mid(data.indexOf('\n') + 1); // the first line is probably cut
        QList<AuditEntry> entries = parseLines(data);
        if (entries.size() >= count || from == 0)
            return entries.mid(std::max<qsizetype>(0, entries.size() - count));
    }
}

} // namespace

AuditLog::AuditLog(const Clock &clock, const QString &filePath)
    : m_clock(clock), m_filePath(filePath.isEmpty() ? defaultPath() : filePath)
{ }

QString AuditLog::defaultPath()
{
    // One log for both faces: relayq-tray and relayqctl have different application names, so
    // AppDataLocation would give each its own file. The product's folder in the generic data
    // location is where backups and recent dispatches live too.
    const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return (generic.isEmpty() ? QDir::homePath() : generic)
        + QLatin1String("/relayq-tray/audit.log");
}

bool AuditLog::append(AuditEntry entry)
{
    m_problem.clear();
    if (!entry.when.isValid())
        entry.when = m_clock.now();
    if (!ensureFolder() || !rotateIfFull())
        return false;
    return writeLine(toLine(entry));
}

QList<AuditEntry> AuditLog::recent(int count) const
{
    QList<AuditEntry> entries = tailOf(m_filePath, count);
    if (entries.size() < count)
        entries = tailOf(rotatedPath(), count - int(entries.size())) + entries;
    return entries;
}

bool AuditLog::ensureFolder()
{
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (QFileInfo(folder).isDir())
        return true;
    if (!QDir().mkpath(folder)) {
        m_problem = tr("Could not create the folder %1 for the audit log.")
                        .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    // Helper output can name hosts and paths: the folder is the user's alone, like the file.
    QFile::setPermissions(folder, kOwnerOnly | QFileDevice::ExeOwner);
    return true;
}

bool AuditLog::rotateIfFull()
{
    const QFileInfo info(m_filePath);
    if (!info.exists() || info.size() < m_maxBytes)
        return true;
    QFile::remove(rotatedPath());
    if (!QFile::rename(m_filePath, rotatedPath())) {
        m_problem = tr("Could not move the full audit log %1 aside.")
                        .arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }
    return true;
}

bool AuditLog::writeLine(const QByteArray &line)
{
    QFile file(m_filePath);
    // Created 0600 in the same call that creates it: never readable by others, not even briefly.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append, kOwnerOnly)) {
        m_problem = tr("Could not open the audit log %1: %2")
                        .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    if (file.permissions() & kGroupOrOthers)
        file.setPermissions(kOwnerOnly); // an older file made by hand with wider rights
    // One write of the whole line, then flush: a crash loses at most this line.
    if (file.write(line) != line.size() || !file.flush()) {
        m_problem = tr("Could not write to the audit log %1: %2")
                        .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    return true;
}

} // namespace relayq
