#include "SettingsStore.h"

namespace relayq {
// STUB (being written)
SettingsStore::SettingsStore(const QString &filePath, QObject *parent)
    : QObject(parent), m_filePath(filePath)
{ }
SettingsStore::~SettingsStore() = default;
QString SettingsStore::defaultFilePath()
{
    return {};
}
AppSettings SettingsStore::load(QStringList *)
{
    return m_current;
}
std::optional<QString> SettingsStore::save(const AppSettings &settings)
{
    m_current = settings;
    emit changed(m_current);
    return std::nullopt;
}
std::optional<QString> SettingsStore::validate(const AppSettings &)
{
    return std::nullopt;
}
} // namespace relayq
