#include "SettingsMigration.h"

#include "SettingsSchema.h"
#include "SettingsStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace relayq {

namespace {

// A version 1 key that moves to one version 2 key, its number multiplied by `factor`
// (minutes → seconds, percent → fraction); factor 0 carries the value as it is.
struct Move
{
    const char *from;
    const char *to;
    double factor;
    bool fraction; // the new key holds a fraction, not whole seconds or a count
};

constexpr Move kMoves[] = {
    { "interval", "monitor/poll_interval", 0, false },
    { "offline_after", "monitor/offline_polls", 0, false },
    { "queued_minutes", "monitor/queued_too_long", 60, false },
    { "stuck_hours", "monitor/stuck", 60 * 60, false },
    { "failure_threshold", "monitor/failure_rate", 0.01, true },
    { "labels", "monitor/pool_labels", 0, false },
    { "runner_dirs", "runners/directories", 0, false },
    { "autostart", "app/start_on_login", 0, false },
    { "lang", "app/language", 0, false },
};

QVariant converted(const QVariant &value, const Move &move)
{
    if (move.factor == 0)
        return value;
    bool ok = false;
    const double number = value.toString().trimmed().toDouble(&ok);
    if (!ok)
        return value; // carried as written; reading it names the key and the value
    if (move.fraction)
        return number * move.factor;
    return static_cast<int>(std::lround(number * move.factor));
}

std::optional<bool> switchValue(const QVariant &value)
{
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no"))
        return false;
    return std::nullopt;
}

QStringList entries(const QVariant &value)
{
    QStringList list;
    const QStringList raw = value.toStringList();
    for (const QString &entry : raw) {
        if (!entry.trimmed().isEmpty())
            list << entry.trimmed();
    }
    return list;
}

void moveTargets(QSettings &file)
{
    if (!file.contains(QStringLiteral("repos")) && !file.contains(QStringLiteral("orgs")))
        return;
    const QStringList targets = entries(file.value(QStringLiteral("repos")))
        + entries(file.value(QStringLiteral("orgs")));
    file.setValue(QStringLiteral("targets/list"), targets);
    file.remove(QStringLiteral("repos"));
    file.remove(QStringLiteral("orgs"));
}

// api_url wins; the older enterprise_host named only the host of a GitHub Enterprise Server.
void moveApiUrl(QSettings &file)
{
    const QString apiUrl = QStringLiteral("api_url");
    const QString host = QStringLiteral("enterprise_host");
    if (file.contains(apiUrl)) {
        file.setValue(QStringLiteral("github/api_url"), file.value(apiUrl));
    } else if (file.contains(host)) {
        QString name = file.value(host).toString().trimmed();
        name.remove(QStringLiteral("https://")).remove(QStringLiteral("http://"));
        while (name.endsWith(QLatin1Char('/')))
            name.chop(1);
        const bool dotCom = name.isEmpty() || name == QLatin1String("github.com")
            || name == QLatin1String("api.github.com");
        file.setValue(QStringLiteral("github/api_url"),
                      dotCom ? QStringLiteral("https://api.github.com")
                             : QStringLiteral("https://%1/api/v3").arg(name));
    }
    file.remove(apiUrl);
    file.remove(host);
}

// notify=false silenced everything: every alert kind and the connection news.
std::optional<QString> moveNotify(QSettings &file)
{
    const QString key = QStringLiteral("notify");
    if (!file.contains(key))
        return std::nullopt;
    const auto on = switchValue(file.value(key));
    if (!on) {
        return SettingsMigration::tr(
                   "notify = \"%1\" is not true or false, so it was left as it was.")
            .arg(file.value(key).toString());
    }
    if (!*on) {
        QStringList kinds;
        for (AlertKind kind : SettingsSchema::alertKinds())
            kinds << alertKindKey(kind);
        file.setValue(QStringLiteral("notifications/disabled_kinds"), kinds);
        file.setValue(QStringLiteral("notifications/connection"), false);
    }
    file.remove(key);
    return std::nullopt;
}

std::optional<QString> moveDebug(QSettings &file)
{
    const QString key = QStringLiteral("debug");
    if (!file.contains(key))
        return std::nullopt;
    const auto on = switchValue(file.value(key));
    if (!on) {
        return SettingsMigration::tr(
                   "debug = \"%1\" is not true or false, so it was left as it was.")
            .arg(file.value(key).toString());
    }
    file.setValue(QStringLiteral("app/log_level"),
                  *on ? QStringLiteral("debug") : QStringLiteral("info"));
    file.remove(key);
    return std::nullopt;
}

} // namespace

int SettingsMigration::versionOf(QSettings &file)
{
    const QString key = QStringLiteral("meta/schema_version");
    if (!file.contains(key))
        return 1;
    bool ok = false;
    const int version = file.value(key).toString().trimmed().toInt(&ok);
    return ok && version > 0 ? version : 1;
}

QStringList SettingsMigration::migrateFromVersion1(QSettings &file)
{
    QStringList notCarried;
    moveTargets(file);
    moveApiUrl(file);
    for (const Move &move : kMoves) {
        const QString from = QLatin1String(move.from);
        if (!file.contains(from))
            continue;
        file.setValue(QLatin1String(move.to), converted(file.value(from), move));
        file.remove(from);
    }
    if (const auto problem = moveNotify(file))
        notCarried << *problem;
    if (const auto problem = moveDebug(file))
        notCarried << *problem;
    file.setValue(QStringLiteral("meta/schema_version"), SettingsStore::kSchemaVersion);
    return notCarried;
}

std::optional<QString> SettingsMigration::backUp(const QString &filePath, int version,
                                                 QString *error)
{
    const QString stem = filePath + QStringLiteral(".v") + QString::number(version);
    QString backup = stem + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = stem + QLatin1Char('-') + QString::number(n) + QStringLiteral(".bak");
    QFile original(filePath);
    if (!original.copy(backup)) {
        *error = tr("The old settings file %1 could not be copied to %2 (%3).")
                     .arg(filePath, backup, original.errorString());
        return std::nullopt;
    }
    // A hand-added token must not live on in the copy either.
    QSettings copy(backup, QSettings::IniFormat);
    bool scrubbed = false;
    const QStringList keys = copy.allKeys();
    for (const QString &key : keys) {
        if (SettingsSchema::looksLikeSecret(key)) {
            copy.remove(key);
            scrubbed = true;
        }
    }
    if (scrubbed)
        copy.sync();
    return backup;
}

} // namespace relayq
