#include "SettingsFile.h"

#include "SettingsStore.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace relayq::cli {

QString settingsFilePath(const CommandLine &commandLine)
{
    if (!commandLine.configFile.isEmpty())
        return commandLine.configFile;
    const QString fromEnvironment = qEnvironmentVariable("RELAYQ_CONFIG");
    return fromEnvironment.isEmpty() ? SettingsStore::defaultFilePath() : fromEnvironment;
}

std::optional<AppSettings> readSettings(const CommandLine &commandLine, QString *error)
{
    const QString path = settingsFilePath(commandLine);
    const bool named
        = !commandLine.configFile.isEmpty() || qEnvironmentVariableIsSet("RELAYQ_CONFIG");
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        if (named) {
            *error
                = QCoreApplication::translate("relayqctl", "No settings file at %1 (named by %2).")
                      .arg(path,
                           commandLine.configFile.isEmpty() ? QStringLiteral("RELAYQ_CONFIG")
                                                            : QStringLiteral("--config"));
            return std::nullopt;
        }
        spdlog::debug("no settings file at {}: using the defaults", path.toStdString());
        return AppSettings();
    }
    SettingsStore store(path);
    QStringList warnings;
    const AppSettings settings = store.load(&warnings);
    for (const QString &warning : warnings)
        spdlog::warn("{}: {}", path.toStdString(), warning.toStdString());
    spdlog::debug("settings read from {}", path.toStdString());
    return settings;
}

} // namespace relayq::cli
