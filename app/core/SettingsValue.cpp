#include "SettingsValue.h"

#include "ApiBase.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace relayq {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

bool isList(SettingType type)
{
    switch (type) {
    case SettingType::Targets:
    case SettingType::AlertKinds:
    case SettingType::Labels:
    case SettingType::Folders:
    case SettingType::SecondsPerWorkflow: return true;
    default: return false;
    }
}

QString bound(const SettingsKey &key, double value)
{
    if (key.type == SettingType::Seconds || key.type == SettingType::SecondsPerWorkflow)
        return SettingsValue::durationInWords(static_cast<qint64>(value));
    return QString::number(value);
}

QString outOfRange(const SettingsKey &key, const QString &given)
{
    return SettingsValue::tr("%1 must be between %2 and %3; %4 was given.")
        .arg(SettingsValue::label(key), bound(key, key.minimum), bound(key, key.maximum), given);
}

// The problem with one entry of a list, given the entries before it (for duplicates).
std::optional<QString> entryProblem(const SettingsKey &key, const QString &entry,
                                    QSet<QString> *seen)
{
    const QString label = SettingsValue::label(key);
    switch (key.type) {
    case SettingType::Targets: {
        const auto target = Target::parse(entry);
        if (!target || target->name() != entry) {
            return SettingsValue::tr(
                       "%1 must be repositories (owner/repo) or organisations (org); \"%2\" was "
                       "given.")
                .arg(label, entry);
        }
        // GitHub names are case-insensitive: ACME/app and acme/app are one repository.
        if (seen->contains(entry.toLower()))
            return SettingsValue::tr("%1 must each be listed once; %2 was given twice.")
                .arg(label, entry);
        seen->insert(entry.toLower());
        return std::nullopt;
    }
    case SettingType::AlertKinds: {
        if (SettingsSchema::alertKind(entry))
            return std::nullopt;
        QStringList known;
        for (AlertKind kind : SettingsSchema::alertKinds())
            known << alertKindKey(kind);
        return SettingsValue::tr("%1 must be among %2; \"%3\" was given.")
            .arg(label, known.join(QStringLiteral(", ")), entry);
    }
    case SettingType::Labels:
        if (entry.trimmed().isEmpty() || entry.trimmed() != entry)
            return SettingsValue::tr(
                       "%1 must not be blank or start or end with a space; \"%2\" was given.")
                .arg(label, entry);
        return std::nullopt;
    case SettingType::Folders:
        if (entry.isEmpty() || !QDir::isAbsolutePath(entry))
            return SettingsValue::tr("%1 must be full paths; \"%2\" was given.").arg(label, entry);
        return std::nullopt;
    case SettingType::SecondsPerWorkflow: {
        const auto parsed = SettingsSchema::workflowEntry(entry);
        if (!parsed)
            return SettingsValue::tr("%1 must be written workflow=seconds; \"%2\" was given.")
                .arg(label, entry);
        if (parsed->first.isEmpty())
            return SettingsValue::tr("%1 needs the name of a workflow; \"%2\" was given.")
                .arg(label, entry);
        if (parsed->second < key.minimum || parsed->second > key.maximum) {
            return SettingsValue::tr("%1 must be between %2 and %3; %4 was given for \"%5\".")
                .arg(label, bound(key, key.minimum), bound(key, key.maximum),
                     QString::number(parsed->second), parsed->first);
        }
        if (seen->contains(parsed->first))
            return SettingsValue::tr("%1 must name each workflow once; \"%2\" was given twice.")
                .arg(label, parsed->first);
        seen->insert(parsed->first);
        return std::nullopt;
    }
    default: return std::nullopt;
    }
}

std::optional<QString> singleProblem(const SettingsKey &key, const QVariant &value)
{
    const QString label = SettingsValue::label(key);
    switch (key.type) {
    case SettingType::Count:
    case SettingType::Seconds:
        if (value.toInt() < key.minimum || value.toInt() > key.maximum)
            return outOfRange(key, QString::number(value.toInt()));
        return std::nullopt;
    case SettingType::Fraction: {
        const double fraction = value.toDouble();
        if (!std::isfinite(fraction) || fraction < key.minimum || fraction > key.maximum)
            return outOfRange(key, QString::number(fraction));
        return std::nullopt;
    }
    case SettingType::Choice:
        if (key.choices.contains(value.toString()))
            return std::nullopt;
        return SettingsValue::tr("%1 must be one of %2; \"%3\" was given.")
            .arg(label, key.choices.join(QStringLiteral(", ")), value.toString());
    case SettingType::Language: {
        static const QRegularExpression locale(
            QStringLiteral("^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"));
        if (value.toString().isEmpty() || locale.match(value.toString()).hasMatch())
            return std::nullopt;
        return SettingsValue::tr(
                   "%1 must be empty (follow the system) or a language name such as de or "
                   "pt_BR; \"%2\" was given.")
            .arg(label, value.toString());
    }
    case SettingType::ApiUrl: return ApiBase::check(QUrl(value.toString(), QUrl::StrictMode));
    default: return std::nullopt;
    }
}

std::optional<bool> readSwitch(const QVariant &raw)
{
    if (raw.typeId() == QMetaType::Bool)
        return raw.toBool();
    const QString text = raw.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes")
        || text == QLatin1String("on"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no")
        || text == QLatin1String("off"))
        return false;
    return std::nullopt;
}

std::optional<BindingProblem> localProblem(const RunnerBinding &binding)
{
    // Empty: the runner is found among the runner folders by its name.
    if (!binding.directory.isEmpty() && !QDir::isAbsolutePath(binding.directory)) {
        return BindingProblem { BindingProblem::Field::Directory,
                                SettingsValue::tr(
                                    "The runner folder must be a full path; \"%1\" was given.")
                                    .arg(binding.directory) };
    }
    return std::nullopt;
}

std::optional<BindingProblem> sshProblem(const RunnerBinding &binding)
{
    using Field = BindingProblem::Field;
    const QString &destination = binding.sshDestination;
    if (destination.trimmed().isEmpty())
        return BindingProblem { Field::SshDestination,
                                SettingsValue::tr(
                                    "Type the SSH destination, such as ci@build-host.") };
    // ssh would take "-oProxyCommand=…" for an option, and run what it names.
    if (destination.startsWith(QLatin1Char('-'))) {
        return BindingProblem {
            Field::SshDestination,
            SettingsValue::tr("The SSH destination must not start with '-'; \"%1\" was given.")
                .arg(destination)
        };
    }
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (destination.contains(space)) {
        return BindingProblem {
            Field::SshDestination,
            SettingsValue::tr("The SSH destination must not contain spaces; \"%1\" was given.")
                .arg(destination)
        };
    }
    if (binding.directory.trimmed().isEmpty() && binding.serviceName.trimmed().isEmpty()) {
        return BindingProblem { Field::Directory,
                                SettingsValue::tr(
                                    "Type the runner folder on that host, or the name of its "
                                    "service.") };
    }
    return std::nullopt;
}

std::optional<BindingProblem> commandsProblem(const RunnerBinding &binding)
{
    using Field = BindingProblem::Field;
    const QString both
        = SettingsValue::tr("Your own commands need a start command and a stop command.");
    if (binding.startCommand.trimmed().isEmpty())
        return BindingProblem { Field::StartCommand, both };
    if (binding.stopCommand.trimmed().isEmpty())
        return BindingProblem { Field::StopCommand, both };
    return std::nullopt;
}

} // namespace

QString SettingsValue::label(const SettingsKey &key)
{
    return QCoreApplication::translate("relayq::SettingsStore", key.label);
}

std::optional<QVariant> SettingsValue::read(const SettingsKey &key, const QVariant &raw,
                                            QString *notUnderstood, QStringList *dropped)
{
    if (isList(key.type)) {
        QStringList entries = raw.toStringList();
        if (raw.typeId() != QMetaType::QStringList && raw.toString().trimmed().isEmpty())
            entries.clear(); // "key=" is an empty list, not a list of one empty entry
        QStringList kept;
        QSet<QString> seen;
        for (const QString &entry : std::as_const(entries)) {
            const QString trimmed = entry.trimmed();
            if (const auto problem = entryProblem(key, trimmed, &seen))
                *dropped << *problem;
            else
                kept << trimmed;
        }
        return kept;
    }
    if (raw.typeId() == QMetaType::QStringList) { // the file held "a, b" where one value belongs
        *notUnderstood = tr("a single value");
        return std::nullopt;
    }
    const QString text = raw.toString().trimmed();
    bool ok = false;
    switch (key.type) {
    case SettingType::Switch:
        if (const auto on = readSwitch(raw))
            return *on;
        *notUnderstood = tr("true or false");
        return std::nullopt;
    case SettingType::Count:
    case SettingType::Seconds: {
        const int number = text.toInt(&ok);
        if (ok)
            return number;
        *notUnderstood = tr("a whole number");
        return std::nullopt;
    }
    case SettingType::Fraction: {
        const double number = text.toDouble(&ok); // C locale: "0.2" everywhere
        if (ok && std::isfinite(number))
            return number;
        *notUnderstood = tr("a number such as 0.2");
        return std::nullopt;
    }
    case SettingType::Choice: return text.toLower();
    default: return text;
    }
}

std::optional<QString> SettingsValue::check(const SettingsKey &key, const QVariant &value)
{
    if (!isList(key.type))
        return singleProblem(key, value);
    QSet<QString> seen;
    const QStringList entries = value.toStringList();
    for (const QString &entry : entries) {
        if (const auto problem = entryProblem(key, entry, &seen))
            return problem;
    }
    return std::nullopt;
}

std::optional<BindingProblem> SettingsValue::checkBinding(const RunnerBinding &binding)
{
    using Field = BindingProblem::Field;
    if (binding.runnerName.trimmed().isEmpty())
        return BindingProblem { Field::RunnerName,
                                tr("Type the runner's name as GitHub shows it.") };
    if (binding.runnerName.trimmed() != binding.runnerName) {
        return BindingProblem { Field::RunnerName,
                                tr("The runner's name must not start or end with a space.") };
    }
    switch (binding.kind) {
    case RunnerBinding::Kind::Local: return localProblem(binding);
    case RunnerBinding::Kind::Ssh: return sshProblem(binding);
    case RunnerBinding::Kind::Commands: return commandsProblem(binding);
    }
    return BindingProblem { Field::Kind,
                            unknownBindingKind(SettingsSchema::bindingKindKey(binding.kind)) };
}

std::optional<QString> SettingsValue::checkBindings(const RunnerBindingList &bindings)
{
    QSet<QString> seen;
    for (const RunnerBinding &binding : bindings) {
        if (const auto problem = checkBinding(binding)) {
            const QString name = binding.runnerName.trimmed();
            return name.isEmpty() ? tr("A runner binding: %1").arg(problem->message)
                                  : tr("Runner %1: %2").arg(name, problem->message);
        }
        if (seen.contains(binding.runnerName.toLower()))
            return boundTwice(binding.runnerName);
        seen.insert(binding.runnerName.toLower());
    }
    return std::nullopt;
}

QString SettingsValue::boundTwice(const QString &runnerName)
{
    return tr("Runner %1 is bound twice; RelayQ reaches each runner one way only.").arg(runnerName);
}

QString SettingsValue::unknownBindingKind(const QString &given)
{
    return tr("The way to reach the runner must be local, ssh or commands; \"%1\" was given.")
        .arg(given);
}

QString SettingsValue::durationInWords(qint64 seconds)
{
    if (seconds != 0 && seconds % kDay == 0)
        return seconds == kDay ? tr("1 day") : tr("%1 days").arg(seconds / kDay);
    if (seconds != 0 && seconds % kHour == 0)
        return seconds == kHour ? tr("1 hour") : tr("%1 hours").arg(seconds / kHour);
    if (seconds != 0 && seconds % kMinute == 0)
        return seconds == kMinute ? tr("1 minute") : tr("%1 minutes").arg(seconds / kMinute);
    return seconds == 1 ? tr("1 second") : tr("%1 seconds").arg(seconds);
}

QString SettingsValue::shown(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble());
    return value.toString();
}

} // namespace relayq
