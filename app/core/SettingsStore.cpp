#include "SettingsStore.h"

#include "SettingsMigration.h"
#include "SettingsSchema.h"
#include "SettingsValue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

namespace relayq {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("relayq::SettingsStore", text);
}

const QString kVersionKey = QStringLiteral("meta/schema_version");

QString defaultInWords(const SettingsKey &key)
{
    switch (key.type) {
    case SettingType::Seconds: return SettingsValue::durationInWords(key.defaultValue.toInt());
    case SettingType::Switch: return key.defaultValue.toBool() ? tr("on") : tr("off");
    case SettingType::Language: return tr("the system's language");
    default: return SettingsValue::shown(key.defaultValue);
    }
}

// QSettings keeps changes it could not write in a process-wide cache, where the next reader of
// the same file would see them: so nothing is handed to it that it cannot write. (Root ignores
// permission bits, and so does this check, rightly.)
bool isWritable(const QString &filePath)
{
    const QFileInfo file(filePath);
    const QFileInfo folder(file.absolutePath());
    return folder.isDir() && folder.isWritable()
        && (!file.exists() || (file.isFile() && file.isWritable()));
}

QString notWritable(const QString &filePath)
{
    return tr("The settings could not be saved: %1 is read-only or its folder cannot be written. "
              "Make them writable and try again.")
        .arg(QDir::toNativeSeparators(filePath));
}

void say(QStringList *warnings, const QString &warning)
{
    spdlog::warn("Settings: {}", warning.toStdString());
    *warnings << warning;
}

} // namespace

SettingsStore::SettingsStore(const QString &filePath, QObject *parent)
    : QObject(parent), m_filePath(filePath.isEmpty() ? defaultFilePath() : filePath)
{ }

SettingsStore::~SettingsStore() = default;

QString SettingsStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/relayq-tray/settings.ini");
}

AppSettings SettingsStore::load(QStringList *warnings)
{
    QStringList said;
    m_current = QFileInfo::exists(m_filePath) ? readFile(&said) : read(QString(), &said);
    if (warnings)
        *warnings << said;
    return m_current;
}

AppSettings SettingsStore::readFile(QStringList *warnings)
{
    int version = kSchemaVersion;
    {
        QSettings probe(m_filePath, QSettings::IniFormat);
        if (probe.status() != QSettings::NoError) {
            say(warnings,
                tr("The settings file %1 could not be read; the defaults are used and the file "
                   "is left as it is.")
                    .arg(QDir::toNativeSeparators(m_filePath)));
            return read(QString(), warnings);
        }
        version = SettingsMigration::versionOf(probe);
    }
    if (version > kSchemaVersion) {
        say(warnings,
            tr("The settings file %1 was written by a newer RelayQ Tray (settings version %2). "
               "The settings this version knows are used; the file is not changed.")
                .arg(QDir::toNativeSeparators(m_filePath))
                .arg(version));
    }
    if (version >= kSchemaVersion)
        return read(m_filePath, warnings);

    QString problem;
    if (!isWritable(m_filePath)) {
        problem = tr("The settings file %1 cannot be written, so it was not brought up to date.")
                      .arg(QDir::toNativeSeparators(m_filePath));
    } else if (const auto backup = SettingsMigration::backUp(m_filePath, version, &problem)) {
        QSettings file(m_filePath, QSettings::IniFormat);
        for (const QString &line : SettingsMigration::migrateFromVersion1(file))
            say(warnings, line);
        file.sync();
        spdlog::info("Settings: migrated {} from version {} (backup {})", m_filePath.toStdString(),
                     version, backup->toStdString());
        return read(m_filePath, warnings);
    }
    // Read-only file or no backup: migrate a scratch copy and leave the file as it is.
    say(warnings, problem + QLatin1Char(' ') + tr("Its settings were read all the same."));
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("settings.ini"));
    QFile::copy(m_filePath, copy);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    {
        QSettings file(copy, QSettings::IniFormat);
        for (const QString &line : SettingsMigration::migrateFromVersion1(file))
            say(warnings, line);
    }
    return read(copy, warnings);
}

// Reads every key of the table from `path` (empty: no file, all defaults).
AppSettings SettingsStore::read(const QString &path, QStringList *warnings) const
{
    AppSettings settings;
    std::optional<QSettings> file;
    if (!path.isEmpty())
        file.emplace(path, QSettings::IniFormat);
    for (const SettingsKey &key : SettingsSchema::keys()) {
        const QString name = QLatin1String(key.name);
        key.set(settings, key.defaultValue);
        if (!file || !file->contains(name))
            continue;
        const QVariant raw = file->value(name);
        QString notUnderstood;
        QStringList dropped;
        std::optional<QVariant> value = SettingsValue::read(key, raw, &notUnderstood, &dropped);
        for (const QString &line : std::as_const(dropped))
            say(warnings, tr("%1: %2 That entry is left out.").arg(name, line));
        if (!value) {
            // An API address is not repeated: it might carry a user name and password.
            const QString shown
                = key.type == SettingType::ApiUrl ? QStringLiteral("…") : SettingsValue::shown(raw);
            say(warnings,
                tr("%1: \"%2\" is not %3. The default (%4) is used instead.")
                    .arg(name, shown, notUnderstood, defaultInWords(key)));
        } else if (const auto problem = SettingsValue::check(key, *value)) {
            say(warnings,
                tr("%1: %2 The default (%3) is used instead.")
                    .arg(name, *problem, defaultInWords(key)));
            value.reset();
        }
        if (value)
            key.set(settings, *value);
    }
    if (settings.monitor.failureRateMinimumRuns > settings.monitor.failureRateWindow) {
        say(warnings,
            tr("monitor/failure_minimum_runs: %1 is more than the failure-rate window of %2 runs; "
               "%2 is used instead.")
                .arg(settings.monitor.failureRateMinimumRuns)
                .arg(settings.monitor.failureRateWindow));
        settings.monitor.failureRateMinimumRuns = settings.monitor.failureRateWindow;
    }
    if (file) {
        const QStringList keys = file->allKeys();
        for (const QString &key : keys) {
            if (SettingsSchema::looksLikeSecret(key)) {
                say(warnings,
                    tr("The settings file holds %1, which looks like a secret. RelayQ Tray keeps "
                       "the token only in the system keychain and removes %1 from the file when "
                       "settings are next saved.")
                        .arg(key));
            }
        }
    }
    return settings;
}

std::optional<QString> SettingsStore::save(const AppSettings &settings)
{
    if (const auto problem = validate(settings))
        return problem;
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(folder) || !isWritable(m_filePath))
        return notWritable(m_filePath);
    if (const auto problem = migrateBeforeSaving())
        return problem;
    {
        QSettings file(m_filePath, QSettings::IniFormat);
        const int version = file.contains(kVersionKey)
            ? std::max(SettingsMigration::versionOf(file), kSchemaVersion)
            : kSchemaVersion;
        for (const SettingsKey &key : SettingsSchema::keys()) {
            QVariant value = key.get(settings);
            // QSettings writes an empty list as "@Invalid()"; "key=" reads as well and is plain.
            if (value.typeId() == QMetaType::QStringList && value.toStringList().isEmpty())
                value = QString();
            file.setValue(QLatin1String(key.name), value);
        }
        const QStringList keys = file.allKeys();
        for (const QString &key : keys) {
            if (SettingsSchema::looksLikeSecret(key))
                file.remove(key);
        }
        file.setValue(kVersionKey, version);
        file.sync();
        if (file.status() != QSettings::NoError)
            return notWritable(m_filePath);
    }
    m_current = settings;
    emit changed(m_current);
    return std::nullopt;
}

// An old file written over without migrating would lose its old values: back it up and move
// them first, exactly as load() would have.
std::optional<QString> SettingsStore::migrateBeforeSaving()
{
    if (!QFileInfo::exists(m_filePath))
        return std::nullopt;
    QSettings file(m_filePath, QSettings::IniFormat);
    const int version = SettingsMigration::versionOf(file);
    if (version >= kSchemaVersion)
        return std::nullopt;
    QString problem;
    if (!SettingsMigration::backUp(m_filePath, version, &problem)) {
        return problem + QLatin1Char(' ')
            + tr("The settings were not saved, so the old file is not lost.");
    }
    SettingsMigration::migrateFromVersion1(file);
    file.sync();
    if (file.status() != QSettings::NoError)
        return notWritable(m_filePath);
    return std::nullopt;
}

std::optional<QString> SettingsStore::validate(const AppSettings &settings)
{
    for (const SettingsKey &key : SettingsSchema::keys()) {
        if (const auto problem = SettingsValue::check(key, key.get(settings)))
            return problem;
    }
    if (settings.monitor.failureRateMinimumRuns > settings.monitor.failureRateWindow) {
        return QCoreApplication::translate(
                   "relayq::SettingsStore",
                   "Minimum runs for a failure rate must not be more than the failure-rate window "
                   "(%1 runs); %2 was given.")
            .arg(settings.monitor.failureRateWindow)
            .arg(settings.monitor.failureRateMinimumRuns);
    }
    return std::nullopt;
}

} // namespace relayq
