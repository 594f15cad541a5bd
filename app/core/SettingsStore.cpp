#include "SettingsStore.h"

#include "SettingsMigration.h"
#include "SettingsSchema.h"
#include "SettingsValue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

namespace relayq {

namespace {

const QString kVersionKey = QStringLiteral("meta/schema_version");

QString defaultInWords(const SettingsKey &key)
{
    switch (key.type) {
    case SettingType::Seconds: return SettingsValue::durationInWords(key.defaultValue.toInt());
    case SettingType::Switch:
        return key.defaultValue.toBool() ? SettingsStore::tr("on") : SettingsStore::tr("off");
    case SettingType::Language: return SettingsStore::tr("the system's language");
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
    return SettingsStore::tr(
               "The settings could not be saved: %1 is read-only or its folder cannot be written. "
               "Make them writable and try again.")
        .arg(QDir::toNativeSeparators(filePath));
}

void say(QStringList *warnings, const QString &warning)
{
    spdlog::warn("Settings: {}", warning.toStdString());
    *warnings << warning;
}

const QString kBindingsGroup = QStringLiteral("runner_bindings");

// A value as text; a comma the file did not quote made QSettings split it into a list.
QString text(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString().trimmed();
}

std::optional<bool> readSwitch(const QString &value)
{
    const QString word = value.toLower();
    if (word == QLatin1String("true") || word == QLatin1String("1") || word == QLatin1String("yes")
        || word == QLatin1String("on"))
        return true;
    if (word == QLatin1String("false") || word == QLatin1String("0") || word == QLatin1String("no")
        || word == QLatin1String("off") || word.isEmpty())
        return false;
    return std::nullopt;
}

// Entry `prefix` ("runner_bindings/2/") of the file, or nothing with the reason in `problem`.
std::optional<RunnerBinding> readBinding(QSettings &file, const QString &prefix, QString *problem)
{
    const auto field
        = [&](const char *name) { return text(file.value(prefix + QLatin1String(name))); };
    RunnerBinding binding;
    binding.runnerName = field("runner");
    const QString name
        = binding.runnerName.isEmpty() ? SettingsStore::tr("(no name)") : binding.runnerName;
    const auto kind = SettingsSchema::bindingKind(field("kind").toLower());
    if (!kind) {
        *problem = SettingsStore::tr("Runner %1: %2")
                       .arg(name, SettingsValue::unknownBindingKind(field("kind")));
        return std::nullopt;
    }
    binding.kind = *kind;
    binding.directory = field("directory");
    binding.sshDestination = field("ssh");
    binding.serviceName = field("service");
    binding.startCommand = field("start");
    binding.stopCommand = field("stop");
    binding.statusCommand = field("status");
    const auto autoRecovery = readSwitch(field("auto_recovery"));
    if (!autoRecovery) {
        *problem
            = SettingsStore::tr("Runner %1: auto_recovery must be true or false; \"%2\" was given.")
                  .arg(name, field("auto_recovery"));
        return std::nullopt;
    }
    binding.autoRecovery = *autoRecovery;
    if (const auto bad = SettingsValue::checkBinding(binding)) {
        *problem = SettingsStore::tr("Runner %1: %2").arg(name, bad->message);
        return std::nullopt;
    }
    return binding;
}

// How many entries the array holds: its size, or (size missing or unreadable, as in a file
// edited by hand) the highest entry number present.
int bindingCount(QSettings &file)
{
    bool ok = false;
    const int size = file.value(kBindingsGroup + QStringLiteral("/size")).toString().toInt(&ok);
    if (ok && size >= 0)
        return size;
    file.beginGroup(kBindingsGroup);
    const QStringList entries = file.childGroups();
    file.endGroup();
    int highest = 0;
    for (const QString &entry : entries)
        highest = std::max(highest, entry.toInt());
    return highest;
}

RunnerBindingList readBindings(QSettings &file, QStringList *warnings)
{
    RunnerBindingList bindings;
    QSet<QString> seen;
    const int count = bindingCount(file);
    for (int i = 1; i <= count; ++i) {
        const QString prefix = QStringLiteral("%1/%2/").arg(kBindingsGroup).arg(i);
        QString problem;
        std::optional<RunnerBinding> binding = readBinding(file, prefix, &problem);
        if (binding && seen.contains(binding->runnerName.toLower()))
            problem = SettingsValue::boundTwice(binding->runnerName);
        if (!problem.isEmpty()) {
            say(warnings,
                SettingsStore::tr("%1/%2: %3 That binding is left out.")
                    .arg(kBindingsGroup)
                    .arg(i)
                    .arg(problem));
            continue;
        }
        seen.insert(binding->runnerName.toLower());
        bindings << *binding;
    }
    return bindings;
}

// The whole array anew, so a removed binding leaves nothing behind.
void writeBindings(QSettings &file, const RunnerBindingList &bindings)
{
    file.remove(kBindingsGroup);
    if (bindings.isEmpty())
        return;
    file.setValue(kBindingsGroup + QStringLiteral("/size"), bindings.size());
    for (int i = 0; i < bindings.size(); ++i) {
        const RunnerBinding &binding = bindings.at(i);
        const QString prefix = QStringLiteral("%1/%2/").arg(kBindingsGroup).arg(i + 1);
        const auto put = [&](const char *name, const QString &value) {
            if (!value.isEmpty())
                file.setValue(prefix + QLatin1String(name), value);
        };
        put("runner", binding.runnerName);
        put("kind", SettingsSchema::bindingKindKey(binding.kind));
        put("directory", binding.directory);
        put("ssh", binding.sshDestination);
        put("service", binding.serviceName);
        put("start", binding.startCommand);
        put("stop", binding.stopCommand);
        put("status", binding.statusCommand);
        file.setValue(prefix + QStringLiteral("auto_recovery"), binding.autoRecovery);
    }
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
    if (file)
        settings.runnerBindings = readBindings(*file, warnings);
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
        writeBindings(file, settings.runnerBindings);
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
    return SettingsValue::checkBindings(settings.runnerBindings);
}

} // namespace relayq
