#include "LaunchAgentAutostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace relayq {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("relayq::LaunchAgentAutostart", text);
}

void writeKey(QXmlStreamWriter &xml, const QString &key)
{
    xml.writeTextElement(QStringLiteral("key"), key);
}

void writeBool(QXmlStreamWriter &xml, const QString &key, bool value)
{
    writeKey(xml, key);
    xml.writeEmptyElement(value ? QStringLiteral("true") : QStringLiteral("false"));
}

void writeString(QXmlStreamWriter &xml, const QString &key, const QString &value)
{
    writeKey(xml, key);
    xml.writeTextElement(QStringLiteral("string"), value);
}

} // namespace

LaunchAgentAutostart::LaunchAgentAutostart(const QString &executablePath,
                                           const QString &launchAgentsDir)
    : m_executablePath(executablePath)
{
    const QString folder = launchAgentsDir.isEmpty()
        ? QDir::homePath() + QStringLiteral("/Library/LaunchAgents")
        : launchAgentsDir;
    m_filePath = folder + QLatin1Char('/') + QLatin1String(kLabel) + QStringLiteral(".plist");
}

bool LaunchAgentAutostart::isEnabled() const
{
    return QFileInfo::exists(m_filePath);
}

std::optional<QString> LaunchAgentAutostart::setEnabled(bool enabled)
{
    if (!enabled) {
        QFile file(m_filePath);
        if (file.exists() && !file.remove()) {
            return tr("RelayQ Tray could not stop starting on login: %1 could not be removed "
                      "(%2).")
                .arg(m_filePath, file.errorString());
        }
        return std::nullopt;
    }
    if (m_executablePath.isEmpty())
        return tr("RelayQ Tray could not set itself to start on login: its program path is "
                  "unknown.");
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(folder)) {
        return tr("RelayQ Tray could not set itself to start on login: the folder %1 could not "
                  "be created.")
            .arg(folder);
    }
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(propertyList(m_executablePath)) < 0
        || !file.commit()) {
        return tr("RelayQ Tray could not set itself to start on login: %1 could not be written "
                  "(%2).")
            .arg(m_filePath, file.errorString());
    }
    return std::nullopt;
}

QByteArray LaunchAgentAutostart::propertyList(const QString &program)
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    xml.writeStartElement(QStringLiteral("plist"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    xml.writeStartElement(QStringLiteral("dict"));
    writeString(xml, QStringLiteral("Label"), QLatin1String(kLabel));
    writeKey(xml, QStringLiteral("ProgramArguments"));
    xml.writeStartElement(QStringLiteral("array"));
    xml.writeTextElement(QStringLiteral("string"), program);
    xml.writeEndElement();
    writeBool(xml, QStringLiteral("RunAtLoad"), true);
    writeBool(xml, QStringLiteral("KeepAlive"), false);
    // A tray app belongs to the graphical login only, with a user's priority.
    writeString(xml, QStringLiteral("LimitLoadToSessionType"), QStringLiteral("Aqua"));
    writeString(xml, QStringLiteral("ProcessType"), QStringLiteral("Interactive"));
    xml.writeEndElement(); // dict
    xml.writeEndElement(); // plist
    xml.writeEndDocument();
    return data;
}

} // namespace relayq
