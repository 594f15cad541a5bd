#include "LaunchAgentAutostart.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamWriter>

namespace relayq {

namespace {

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

namespace {
QString launchAgentPath(const QString &launchAgentsDir)
{
    const QString folder = launchAgentsDir.isEmpty()
        ? QDir::homePath() + QStringLiteral("/Library/LaunchAgents")
        : launchAgentsDir;
    return folder + QLatin1Char('/') + QLatin1String(LaunchAgentAutostart::kLabel)
        + QStringLiteral(".plist");
}
} // namespace

LaunchAgentAutostart::LaunchAgentAutostart(const QString &executablePath,
                                           const QString &launchAgentsDir)
    : AutostartFile(executablePath, launchAgentPath(launchAgentsDir))
{ }

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
