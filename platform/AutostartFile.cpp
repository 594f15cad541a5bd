#include "AutostartFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace relayq {

AutostartFile::AutostartFile(const QString &executablePath, const QString &filePath)
    : m_executablePath(executablePath), m_filePath(filePath)
{ }

bool AutostartFile::isEnabled() const
{
    return QFileInfo::exists(m_filePath);
}

std::optional<QString> AutostartFile::setEnabled(bool enabled)
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
    // QSaveFile: a half-written entry never reaches the desktop's login.
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents(m_executablePath)) < 0
        || !file.commit()) {
        return tr("RelayQ Tray could not set itself to start on login: %1 could not be written "
                  "(%2).")
            .arg(m_filePath, file.errorString());
    }
    return std::nullopt;
}

} // namespace relayq
