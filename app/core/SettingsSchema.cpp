#include "SettingsSchema.h"

#include <QRegularExpression>
#include <QSet>

namespace relayq {

namespace {

constexpr int kMinute = 60;
constexpr int kHour = 60 * kMinute;
constexpr int kDay = 24 * kHour;

const QList<AlertKind> kAllKinds
    = { AlertKind::RunnerOffline,    AlertKind::RunnerRemoved, AlertKind::NoMatchingRunner,
        AlertKind::JobQueuedTooLong, AlertKind::JobStuck,      AlertKind::LongRunning,
        AlertKind::FailureRate,      AlertKind::PoolEmpty };

QStringList targetNames(const TargetList &targets)
{
    QStringList names;
    for (const Target &target : targets)
        names << target.name();
    return names;
}

TargetList targetsFromNames(const QStringList &names)
{
    TargetList targets;
    for (const QString &name : names) {
        if (const auto target = Target::parse(name))
            targets << *target;
    }
    return targets;
}

QStringList kindKeys(const QSet<AlertKind> &kinds)
{
    QStringList keys;
    for (AlertKind kind : kAllKinds) { // table order, so the file does not reshuffle
        if (kinds.contains(kind))
            keys << alertKindKey(kind);
    }
    return keys;
}

QSet<AlertKind> kindsFromKeys(const QStringList &keys)
{
    QSet<AlertKind> kinds;
    for (const QString &key : keys) {
        if (const auto kind = SettingsSchema::alertKind(key))
            kinds.insert(*kind);
    }
    return kinds;
}

QStringList workflowEntries(const QHash<QString, int> &seconds)
{
    QStringList entries;
    for (auto it = seconds.cbegin(); it != seconds.cend(); ++it)
        entries << it.key() + QLatin1Char('=') + QString::number(it.value());
    entries.sort();
    return entries;
}

QHash<QString, int> workflowsFromEntries(const QStringList &entries)
{
    QHash<QString, int> seconds;
    for (const QString &entry : entries) {
        if (const auto parsed = SettingsSchema::workflowEntry(entry))
            seconds.insert(parsed->first, parsed->second);
    }
    return seconds;
}

const QStringList kLogLevels
    = { QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
        QStringLiteral("warn"), QStringLiteral("error") };

const QStringList kTrayIconTones
    = { QStringLiteral("auto"), QStringLiteral("light"), QStringLiteral("dark") };

// Accessors as plain functions so the table stays one readable list.
#define RELAYQ_FIELD(expr, convert)                                                                \
    [](const AppSettings &s) -> QVariant { return QVariant(expr); },                               \
        [](AppSettings &s, const QVariant &v) { expr = convert; }

QList<SettingsKey> buildKeys()
{
    using T = SettingType;
    const QStringList none;
    return {
        { "github/api_url", QT_TRANSLATE_NOOP("relayq::SettingsStore", "API address"), T::ApiUrl,
          QStringLiteral("https://api.github.com"), 0, 0, none,
          [](const AppSettings &s) -> QVariant { return s.apiUrl.toString(); },
          [](AppSettings &s, const QVariant &v) { s.apiUrl = QUrl(v.toString()); } },
        { "targets/list", QT_TRANSLATE_NOOP("relayq::SettingsStore", "Targets"), T::Targets,
          QStringList(), 0, 0, none,
          [](const AppSettings &s) -> QVariant { return targetNames(s.targets); },
          [](AppSettings &s, const QVariant &v) {
              s.targets = targetsFromNames(v.toStringList());
          } },
        { "monitor/poll_interval", QT_TRANSLATE_NOOP("relayq::SettingsStore", "Poll interval"),
          T::Seconds, 30, 10, kHour, none, RELAYQ_FIELD(s.monitor.pollIntervalSeconds, v.toInt()) },
        { "monitor/offline_polls",
          QT_TRANSLATE_NOOP("relayq::SettingsStore", "Missed polls before a runner is offline"),
          T::Count, 2, 1, 10, none, RELAYQ_FIELD(s.monitor.offlinePollsBeforeAlert, v.toInt()) },
        { "monitor/queued_too_long",
          QT_TRANSLATE_NOOP("relayq::SettingsStore", "Queued-too-long time"), T::Seconds,
          10 * kMinute, kMinute, kDay, none,
          RELAYQ_FIELD(s.monitor.queuedTooLongSeconds, v.toInt()) },
        { "monitor/stuck", QT_TRANSLATE_NOOP("relayq::SettingsStore", "Stuck time"), T::Seconds,
          6 * kHour, 10 * kMinute, 7 * kDay, none,
          RELAYQ_FIELD(s.monitor.stuckSeconds, v.toInt()) },
        { "monitor/stuck_per_workflow",
          QT_TRANSLATE_NOOP("relayq::SettingsStore", "Stuck time for a workflow"),
          T::SecondsPerWorkflow, QStringList(), 10 * kMinute, 7 * kDay, none,
          [](const AppSettings &s) -> QVariant {
              return workflowEntries(s.monitor.stuckSecondsPerWorkflow);
          },
          [](AppSettings &s, const QVariant &v) {
              s.monitor.stuckSecondsPerWorkflow = workflowsFromEntries(v.toStringList());
          } },
        { "monitor/long_running", QT_TRANSLATE_NOOP("relayq::SettingsStore", "Long-running time"),
          T::Seconds, 2 * kHour, kMinute, 7 * kDay, none,
          RELAYQ_FIELD(s.monitor.longRunningSeconds, v.toInt()) },
        { "monitor/failure_rate",
          QT_TRANSLATE_NOOP("relayq::SettingsStore", "Failure-rate threshold"), T::Fraction, 0.20,
          0, 1, none, RELAYQ_FIELD(s.monitor.failureRateThreshold, v.toDouble()) },
        { "monitor/failure_window",
          QT_TRANSLATE_NOOP("relayq::SettingsStore", "Failure-rate window"), T::Count, 100, 10,
          1000, none, RELAYQ_FIELD(s.monitor.failureRateWindow, v.toInt()) },
        { "monitor/failure_minimum_runs",
          QT_TRANSLATE_NOOP("relayq::SettingsStore", "Minimum runs for a failure rate"), T::Count,
          5, 1, 1000, none, RELAYQ_FIELD(s.monitor.failureRateMinimumRuns, v.toInt()) },
        { "monitor/pool_labels", QT_TRANSLATE_NOOP("relayq::SettingsStore", "Pool labels"),
          T::Labels, QStringList(), 0, 0, none,
          RELAYQ_FIELD(s.monitor.poolLabels, v.toStringList()) },
        { "notifications/disabled_kinds",
          QT_TRANSLATE_NOOP("relayq::SettingsStore", "Silenced alert kinds"), T::AlertKinds,
          QStringList(), 0, 0, none,
          [](const AppSettings &s) -> QVariant { return kindKeys(s.notifications.disabledKinds); },
          [](AppSettings &s, const QVariant &v) {
              s.notifications.disabledKinds = kindsFromKeys(v.toStringList());
          } },
        { "notifications/flap_window", QT_TRANSLATE_NOOP("relayq::SettingsStore", "Flap window"),
          T::Seconds, 10 * kMinute, kMinute, kDay, none,
          RELAYQ_FIELD(s.notifications.flapWindowSeconds, v.toInt()) },
        { "notifications/connection",
          QT_TRANSLATE_NOOP("relayq::SettingsStore", "Connection notifications"), T::Switch, true,
          0, 0, none, RELAYQ_FIELD(s.notifications.connectionNotifications, v.toBool()) },
        { "runners/directories", QT_TRANSLATE_NOOP("relayq::SettingsStore", "Runner folders"),
          T::Folders, QStringList(), 0, 0, none,
          RELAYQ_FIELD(s.runnerDirectories, v.toStringList()) },
        { "app/start_on_login", QT_TRANSLATE_NOOP("relayq::SettingsStore", "Start on login"),
          T::Switch, false, 0, 0, none, RELAYQ_FIELD(s.startOnLogin, v.toBool()) },
        { "app/language", QT_TRANSLATE_NOOP("relayq::SettingsStore", "Language"), T::Language,
          QString(), 0, 0, none, RELAYQ_FIELD(s.language, v.toString()) },
        { "app/log_level", QT_TRANSLATE_NOOP("relayq::SettingsStore", "Log level"), T::Choice,
          QStringLiteral("info"), 0, 0, kLogLevels, RELAYQ_FIELD(s.logLevel, v.toString()) },
        { "app/tray_icon_tone", QT_TRANSLATE_NOOP("relayq::SettingsStore", "Tray icon"), T::Choice,
          QStringLiteral("auto"), 0, 0, kTrayIconTones,
          RELAYQ_FIELD(s.trayIconTone, v.toString()) },
    };
}

#undef RELAYQ_FIELD

} // namespace

const QList<SettingsKey> &SettingsSchema::keys()
{
    static const QList<SettingsKey> table = buildKeys();
    return table;
}

const SettingsKey *SettingsSchema::find(const QString &name)
{
    for (const SettingsKey &key : keys()) {
        if (name == QLatin1String(key.name))
            return &key;
    }
    return nullptr;
}

const QList<AlertKind> &SettingsSchema::alertKinds()
{
    return kAllKinds;
}

std::optional<AlertKind> SettingsSchema::alertKind(const QString &key)
{
    for (AlertKind kind : kAllKinds) {
        if (alertKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

std::optional<std::pair<QString, int>> SettingsSchema::workflowEntry(const QString &entry)
{
    const qsizetype equals = entry.lastIndexOf(QLatin1Char('='));
    if (equals < 0)
        return std::nullopt;
    bool ok = false;
    const int seconds = entry.mid(equals + 1).trimmed().toInt(&ok);
    if (!ok)
        return std::nullopt;
    return std::make_pair(entry.left(equals).trimmed(), seconds);
}

bool SettingsSchema::looksLikeSecret(const QString &keyName)
{
    static const QRegularExpression secret(QStringLiteral("token|secret|passw|credential|api_?key"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(keyName).hasMatch();
}

QString SettingsSchema::bindingKindKey(RunnerBinding::Kind kind)
{
    switch (kind) {
    case RunnerBinding::Kind::Local: return QStringLiteral("local");
    case RunnerBinding::Kind::Ssh: return QStringLiteral("ssh");
    case RunnerBinding::Kind::Commands: return QStringLiteral("commands");
    }
    return QString::number(static_cast<int>(kind)); // a value no version of the file uses
}

std::optional<RunnerBinding::Kind> SettingsSchema::bindingKind(const QString &key)
{
    for (RunnerBinding::Kind kind :
         { RunnerBinding::Kind::Local, RunnerBinding::Kind::Ssh, RunnerBinding::Kind::Commands }) {
        if (bindingKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

} // namespace relayq
