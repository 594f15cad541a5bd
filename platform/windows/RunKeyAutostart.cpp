#include "RunKeyAutostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace relayq {

RunKeyAutostart::RunKeyAutostart(const QString &executablePath, const QString &runKey)
    : m_executablePath(executablePath)
    , m_runKey(runKey.isEmpty() ? QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\"
                                                 "CurrentVersion\\Run")
                                : runKey)
{ }

bool RunKeyAutostart::isEnabled() const
{
    const QSettings key(m_runKey, QSettings::NativeFormat);
    return key.contains(QLatin1String(kValueName));
}

std::optional<QString> RunKeyAutostart::setEnabled(bool enabled)
{
    QSettings key(m_runKey, QSettings::NativeFormat);
    if (enabled) {
        if (m_executablePath.isEmpty())
            return tr("RelayQ Tray could not set itself to start on login: its program path is "
                      "unknown.");
        // Quoted, so a path with spaces ("C:\Program Files\…") is one program, not several.
        key.setValue(QLatin1String(kValueName),
                     QLatin1Char('"') + QDir::toNativeSeparators(m_executablePath)
                         + QLatin1Char('"'));
    } else {
        key.remove(QLatin1String(kValueName));
    }
    key.sync();
    if (key.status() != QSettings::NoError) {
        return tr("RelayQ Tray could not change whether it starts on login: the registry key %1 "
                  "could not be written.")
            .arg(m_runKey);
    }
    return std::nullopt;
}

QString RunKeyAutostart::location() const
{
    return m_runKey + QLatin1Char('\\') + QLatin1String(kValueName);
}

} // namespace relayq
