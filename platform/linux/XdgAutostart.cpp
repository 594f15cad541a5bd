#include "XdgAutostart.h"

#include "AppIdentity.h"

#include <QFile>
#include <QStandardPaths>

namespace relayq {

namespace {

// Characters the Desktop Entry specification ("The Exec key") allows only inside quotes.
bool needsQuoting(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (argument.isEmpty())
        return true;
    for (QChar c : argument) {
        if (reserved.contains(c))
            return true;
    }
    return false;
}

// Within the entry, the value is a "string": backslash and control characters are escaped.
QString escapedString(const QString &value)
{
    QString escaped;
    for (QChar c : value) {
        if (c == QLatin1Char('\\'))
            escaped += QStringLiteral("\\\\");
        else if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            escaped += QStringLiteral("\\t");
        else if (c == QLatin1Char('\r'))
            escaped += QStringLiteral("\\r");
        else
            escaped += c;
    }
    return escaped;
}

// Whether the [Desktop Entry] group switches the entry off.
bool isSwitchedOff(const QByteArray &contents)
{
    bool inEntry = false;
    const QList<QByteArray> lines = contents.split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith('[')) {
            inEntry = line == "[Desktop Entry]";
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (!inEntry || equals < 0)
            continue;
        const QByteArray key = line.left(equals).trimmed();
        const QByteArray value = line.mid(equals + 1).trimmed();
        if (key == "Hidden" && value == "true")
            return true;
        if (key == "X-GNOME-Autostart-enabled" && value == "false")
            return true;
    }
    return false;
}

} // namespace

namespace {
QString autostartFilePath(const QString &configDir)
{
    const QString config = configDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        : configDir;
    return config + QStringLiteral("/autostart/relayq-tray.desktop");
}
} // namespace

XdgAutostart::XdgAutostart(const QString &executablePath, const QString &configDir)
    : AutostartFile(executablePath, autostartFilePath(configDir))
{ }

bool XdgAutostart::isEnabled() const
{
    QFile file(location());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return !isSwitchedOff(file.readAll());
}

QString XdgAutostart::execValue(const QString &program)
{
    QString argument = program;
    argument.replace(QLatin1Char('%'), QStringLiteral("%%"));
    if (needsQuoting(argument)) {
        QString quoted;
        for (QChar c : std::as_const(argument)) {
            if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$')
                || c == QLatin1Char('\\'))
                quoted += QLatin1Char('\\');
            quoted += c;
        }
        argument = QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return escapedString(argument);
}

QByteArray XdgAutostart::entry(const QString &program)
{
    QString text;
    text += QStringLiteral("[Desktop Entry]\n");
    text += QStringLiteral("Type=Application\n");
    text += QStringLiteral("Name=RelayQ Tray\n");
    text += QStringLiteral("Comment=Watch self-hosted GitHub Actions runners from the tray\n");
    text += QStringLiteral("Exec=") + execValue(program) + QLatin1Char('\n');
    text
        += QStringLiteral("Icon=") + QLatin1String(AppIdentity::kApplicationId) + QLatin1Char('\n');
    text += QStringLiteral("Terminal=false\n");
    text += QStringLiteral("X-GNOME-Autostart-enabled=true\n");
    return text.toUtf8();
}

} // namespace relayq
