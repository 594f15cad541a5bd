// SettingsStore: the table of defaults, every setting through the file and back, invalid values
// refused in words with nothing written, version 1 files migrated (backed up, nothing lost),
// files from a newer version left alone, and no token ever in the file.

#include "SettingsSchema.h"
#include "SettingsStore.h"
#include "SettingsValue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <unistd.h>

using namespace relayq;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString dataFile(const char *name)
{
    return QStringLiteral(RELAYQ_TEST_DATA "/settings/") + QLatin1String(name);
}

// Every setting away from its default, with the awkward cases lists must survive.
AppSettings everythingChanged()
{
    AppSettings s;
    s.apiUrl = QUrl(QStringLiteral("https://ghe.acme.example/api/v3"));
    s.targets = { Target::repository(QStringLiteral("acme"), QStringLiteral("app")),
                  Target::organization(QStringLiteral("acme-infra")) };
    s.monitor.pollIntervalSeconds = 90;
    s.monitor.offlinePollsBeforeAlert = 4;
    s.monitor.queuedTooLongSeconds = 1200;
    s.monitor.stuckSeconds = 3 * 3600;
    s.monitor.stuckSecondsPerWorkflow
        = { { QStringLiteral("Nightly build"), 8 * 3600 },
            { QStringLiteral("Build, test = ship"), 3600 },
            { QStringLiteral(".github/workflows/deploy.yml"), 1800 } };
    s.monitor.longRunningSeconds = 5400;
    s.monitor.failureRateThreshold = 0.35;
    s.monitor.failureRateWindow = 50;
    s.monitor.failureRateMinimumRuns = 10;
    s.monitor.poolLabels = { QStringLiteral("gpu"), QStringLiteral("arm64") };
    s.notifications.disabledKinds = { AlertKind::LongRunning, AlertKind::RunnerRemoved };
    s.notifications.flapWindowSeconds = 1800;
    s.notifications.connectionNotifications = false;
    s.runnerDirectories
        = { QStringLiteral("/opt/actions-runner"), QStringLiteral("/home/ci/runner, with comma") };
    s.startOnLogin = true;
    s.language = QStringLiteral("pt_BR");
    s.logLevel = QStringLiteral("debug");
    s.trayIconTone = QStringLiteral("dark");
    return s;
}

void compareSettings(const AppSettings &actual, const AppSettings &expected)
{
    QCOMPARE(actual.apiUrl, expected.apiUrl);
    QCOMPARE(actual.targets, expected.targets);
    QCOMPARE(actual.monitor.pollIntervalSeconds, expected.monitor.pollIntervalSeconds);
    QCOMPARE(actual.monitor.offlinePollsBeforeAlert, expected.monitor.offlinePollsBeforeAlert);
    QCOMPARE(actual.monitor.queuedTooLongSeconds, expected.monitor.queuedTooLongSeconds);
    QCOMPARE(actual.monitor.stuckSeconds, expected.monitor.stuckSeconds);
    QCOMPARE(actual.monitor.stuckSecondsPerWorkflow, expected.monitor.stuckSecondsPerWorkflow);
    QCOMPARE(actual.monitor.longRunningSeconds, expected.monitor.longRunningSeconds);
    QCOMPARE(actual.monitor.failureRateThreshold, expected.monitor.failureRateThreshold);
    QCOMPARE(actual.monitor.failureRateWindow, expected.monitor.failureRateWindow);
    QCOMPARE(actual.monitor.failureRateMinimumRuns, expected.monitor.failureRateMinimumRuns);
    QCOMPARE(actual.monitor.poolLabels, expected.monitor.poolLabels);
    QCOMPARE(actual.notifications.disabledKinds, expected.notifications.disabledKinds);
    QCOMPARE(actual.notifications.flapWindowSeconds, expected.notifications.flapWindowSeconds);
    QCOMPARE(actual.notifications.connectionNotifications,
             expected.notifications.connectionNotifications);
    QCOMPARE(actual.runnerDirectories, expected.runnerDirectories);
    QCOMPARE(actual.runnerBindings, expected.runnerBindings);
    QCOMPARE(actual.startOnLogin, expected.startOnLogin);
    QCOMPARE(actual.language, expected.language);
    QCOMPARE(actual.logLevel, expected.logLevel);
    QCOMPARE(actual.trayIconTone, expected.trayIconTone);
}

// One binding of each kind, with the awkward cases the file must carry: a local runner found by
// its name only, quotes and commas in commands, auto-recovery on and off.
RunnerBindingList bindingsOfEachKind()
{
    RunnerBinding local;
    local.runnerName = QStringLiteral("build-1");
    local.kind = RunnerBinding::Kind::Local;
    local.directory = QStringLiteral("/opt/actions-runner");
    local.autoRecovery = true;
    RunnerBinding byName;
    byName.runnerName = QStringLiteral("build-2");
    RunnerBinding ssh;
    ssh.runnerName = QStringLiteral("gpu-box");
    ssh.kind = RunnerBinding::Kind::Ssh;
    ssh.sshDestination = QStringLiteral("ci@gpu.example.com");
    ssh.directory = QStringLiteral("/home/ci/actions-runner");
    ssh.serviceName = QStringLiteral("actions.runner.acme-app.gpu-box.service");
    RunnerBinding commands;
    commands.runnerName = QStringLiteral("docker-1");
    commands.kind = RunnerBinding::Kind::Commands;
    commands.startCommand = QStringLiteral("docker start \"runner one\"");
    commands.stopCommand = QStringLiteral("docker stop --time=30 runner-1, runner-2");
    commands.statusCommand = QStringLiteral("docker inspect -f {{.State.Status}} runner-1");
    commands.autoRecovery = true;
    return { local, byName, ssh, commands };
}

} // namespace

class TestSettingsStore : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("relayq-tray/settings.ini")); }
    void placeFile(const char *dataName)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
        QVERIFY(QFile::copy(dataFile(dataName), path()));
        QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner));
    }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void defaultsTableMatchesAppSettings()
    {
        const AppSettings defaults;
        QSet<QString> names;
        for (const SettingsKey &key : SettingsSchema::keys()) {
            const QString name = QLatin1String(key.name);
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QVERIFY2(key.get(defaults) == key.defaultValue, qPrintable(name));
            QVERIFY2(!SettingsValue::check(key, key.defaultValue), qPrintable(name));
            AppSettings written;
            key.set(written, key.defaultValue);
            QVERIFY2(key.get(written) == key.defaultValue, qPrintable(name));
        }
        QCOMPARE(names.size(), 20);
        QVERIFY(!SettingsStore::validate(defaults));
    }

    void defaultPathIsTheConfigFolder()
    {
        QVERIFY(
            SettingsStore::defaultFilePath().endsWith(QStringLiteral("/relayq-tray/settings.ini")));
        QCOMPARE(SettingsStore().filePath(), SettingsStore::defaultFilePath());
    }

    void missingFileGivesDefaultsAndWritesNothing()
    {
        SettingsStore store(path());
        QStringList warnings;
        compareSettings(store.load(&warnings), AppSettings());
        QVERIFY(warnings.isEmpty());
        QVERIFY(!QFileInfo::exists(path()));
        QVERIFY(store.current().needsSetup());
    }

    void everySettingSurvivesSaveAndLoad()
    {
        const AppSettings changed = everythingChanged();
        for (const SettingsKey &key : SettingsSchema::keys()) // a new key must join this test
            QVERIFY2(key.get(changed) != key.defaultValue, key.name);

        SettingsStore store(path());
        QSignalSpy spy(&store, &SettingsStore::changed);
        QCOMPARE(store.save(changed), std::nullopt);
        QCOMPARE(spy.count(), 1);
        compareSettings(spy.at(0).at(0).value<AppSettings>(), changed);
        compareSettings(store.current(), changed);

        SettingsStore reader(path());
        QStringList warnings;
        compareSettings(reader.load(&warnings), changed);
        QCOMPARE(warnings, QStringList());
        QCOMPARE(QSettings(path(), QSettings::IniFormat).value("meta/schema_version").toInt(), 2);
    }

    void emptyListsSurvive()
    {
        AppSettings settings = everythingChanged();
        settings.targets.clear();
        settings.monitor.poolLabels = { QStringLiteral("only-one") };
        settings.runnerDirectories.clear();
        settings.notifications.disabledKinds.clear();
        settings.monitor.stuckSecondsPerWorkflow.clear();
        SettingsStore store(path());
        QCOMPARE(store.save(settings), std::nullopt);
        SettingsStore reader(path());
        QStringList warnings;
        compareSettings(reader.load(&warnings), settings);
        QCOMPARE(warnings, QStringList());
        const QByteArray written = contents(path());
        QVERIFY2(written.contains("\nlist=\n"), written.constData()); // plain, not @Invalid()
        QVERIFY(!written.contains("@Invalid"));
    }

    void invalidValuesAreRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("message");
        const auto add = [](const char *name, int which, const char *message) {
            QTest::newRow(name) << which << QString::fromUtf8(message);
        };
        add("poll too short", 0,
            "Poll interval must be between 10 seconds and 1 hour; 5 was given.");
        add("poll too long", 1,
            "Poll interval must be between 10 seconds and 1 hour; 3601 was given.");
        add("offline polls", 2,
            "Missed polls before a runner is offline must be between 1 and 10; 0 was given.");
        add("failure rate", 3, "Failure-rate threshold must be between 0 and 1; 1.5 was given.");
        add("stuck", 4, "Stuck time must be between 10 minutes and 7 days; 60 was given.");
        add("plain http", 5,
            "RelayQ refuses to send the token over plain http to github.example.com: anyone on "
            "the way could read it. Use the https:// address of the API instead.");
        add("duplicate target", 6, "Targets must each be listed once; acme/app was given twice.");
        add("broken target", 7,
            "Targets must be repositories (owner/repo) or organisations (org); \"acme/\" was "
            "given.");
        add("log level", 8,
            "Log level must be one of trace, debug, info, warn, error; \"loud\" was given.");
        add("language", 9,
            "Language must be empty (follow the system) or a language name such as de or pt_BR; "
            "\"Deutsch!\" was given.");
        add("workflow stuck", 10,
            "Stuck time for a workflow must be between 10 minutes and 7 days; 5 was given for "
            "\"deploy\".");
        add("relative runner folder", 11,
            "Runner folders must be full paths; \"runner\" was given.");
        add("blank pool label", 12,
            "Pool labels must not be blank or start or end with a space; \"\" was given.");
        add("minimum runs", 13,
            "Minimum runs for a failure rate must not be more than the failure-rate window (100 "
            "runs); 150 was given.");
        add("flap window", 14, "Flap window must be between 1 minute and 1 day; 86401 was given.");
        add("tray icon", 15, "Tray icon must be one of auto, light, dark; \"purple\" was given.");
    }

    void invalidValuesAreRefusedAndNothingIsWritten()
    {
        QFETCH(int, which);
        QFETCH(QString, message);
        const std::function<void(AppSettings &)> spoil[] = {
            [](AppSettings &s) { s.monitor.pollIntervalSeconds = 5; },
            [](AppSettings &s) { s.monitor.pollIntervalSeconds = 3601; },
            [](AppSettings &s) { s.monitor.offlinePollsBeforeAlert = 0; },
            [](AppSettings &s) { s.monitor.failureRateThreshold = 1.5; },
            [](AppSettings &s) { s.monitor.stuckSeconds = 60; },
            [](AppSettings &s) { s.apiUrl = QUrl(QStringLiteral("http://github.example.com")); },
            [](AppSettings &s) {
                s.targets = { Target::repository(QStringLiteral("acme"), QStringLiteral("app")),
                              Target::repository(QStringLiteral("acme"), QStringLiteral("app")) };
            },
            [](AppSettings &s) { s.targets = { Target::repository(QStringLiteral("acme"), {}) }; },
            [](AppSettings &s) { s.logLevel = QStringLiteral("loud"); },
            [](AppSettings &s) { s.language = QStringLiteral("Deutsch!"); },
            [](AppSettings &s) {
                s.monitor.stuckSecondsPerWorkflow = { { QStringLiteral("deploy"), 5 } };
            },
            [](AppSettings &s) { s.runnerDirectories = { QStringLiteral("runner") }; },
            [](AppSettings &s) { s.monitor.poolLabels = { QString() }; },
            [](AppSettings &s) { s.monitor.failureRateMinimumRuns = 150; },
            [](AppSettings &s) { s.notifications.flapWindowSeconds = 86401; },
            [](AppSettings &s) { s.trayIconTone = QStringLiteral("purple"); },
        };
        SettingsStore store(path());
        const AppSettings good = everythingChanged();
        QCOMPARE(store.save(good), std::nullopt);
        const QByteArray before = contents(path());
        QVERIFY(!before.isEmpty());

        AppSettings bad = AppSettings();
        spoil[which](bad);
        QSignalSpy spy(&store, &SettingsStore::changed);
        QCOMPARE(SettingsStore::validate(bad), std::optional<QString>(message));
        QCOMPARE(store.save(bad), std::optional<QString>(message));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(contents(path()), before);
        compareSettings(store.current(), good);
    }

    void loopbackMayUsePlainHttp()
    {
        for (const char *url : { "http://127.0.0.1:8080", "http://localhost:9000/api/v3",
                                 "http://[::1]:8443", "https://ghe.example.com/api/v3" }) {
            AppSettings settings;
            settings.apiUrl = QUrl(QString::fromLatin1(url));
            QVERIFY2(!SettingsStore::validate(settings), url);
        }
    }

    void migratesVersion1File()
    {
        placeFile("v1.ini");
        const QByteArray original = contents(path());
        SettingsStore store(path());
        QStringList warnings;
        const AppSettings s = store.load(&warnings);
        QCOMPARE(warnings, QStringList());

        QCOMPARE(s.apiUrl, QUrl(QStringLiteral("https://ghe.acme.example/api/v3")));
        QCOMPARE(s.targets,
                 TargetList({ Target::repository(QStringLiteral("acme"), QStringLiteral("app")),
                              Target::repository(QStringLiteral("acme"), QStringLiteral("web")),
                              Target::organization(QStringLiteral("acme-infra")) }));
        QCOMPARE(s.monitor.pollIntervalSeconds, 60);
        QCOMPARE(s.monitor.offlinePollsBeforeAlert, 3);
        QCOMPARE(s.monitor.queuedTooLongSeconds, 15 * 60);
        QCOMPARE(s.monitor.stuckSeconds, 4 * 3600);
        QCOMPARE(s.monitor.failureRateThreshold, 0.25);
        QCOMPARE(s.monitor.poolLabels,
                 QStringList({ QStringLiteral("gpu"), QStringLiteral("arm64") }));
        QCOMPARE(s.notifications.disabledKinds.size(), SettingsSchema::alertKinds().size());
        QCOMPARE(s.notifications.connectionNotifications, false);
        QCOMPARE(s.runnerDirectories,
                 QStringList({ QStringLiteral("/opt/actions-runner"),
                               QStringLiteral("/home/ci/runner-2") }));
        QCOMPARE(s.startOnLogin, true);
        QCOMPARE(s.logLevel, QStringLiteral("debug"));
        QCOMPARE(s.language, QStringLiteral("de"));
        compareSettings(store.current(), s);

        // The original is kept byte for byte; the file now speaks version 2 and keeps what
        // this version does not know.
        QCOMPARE(contents(path() + QStringLiteral(".v1.bak")), original);
        QSettings file(path(), QSettings::IniFormat);
        QCOMPARE(file.value("meta/schema_version").toInt(), 2);
        QCOMPARE(file.value("window_geometry").toString(), QStringLiteral("800x600"));
        QCOMPARE(file.value("favourite_colour").toString(), QStringLiteral("teal"));
        QCOMPARE(file.value("experiments/fast_mode").toString(), QStringLiteral("on"));
        for (const char *old : { "repos", "orgs", "api_url", "interval", "notify", "debug",
                                 "stuck_hours", "runner_dirs", "autostart", "lang" })
            QVERIFY2(!file.contains(QLatin1String(old)), old);

        // A second load reads version 2 and migrates nothing again.
        const QByteArray migrated = contents(path());
        SettingsStore again(path());
        warnings.clear();
        compareSettings(again.load(&warnings), s);
        QCOMPARE(warnings, QStringList());
        QCOMPARE(contents(path()), migrated);
        QVERIFY(!QFileInfo::exists(path() + QStringLiteral(".v1-2.bak")));
    }

    void migrationNeverOverwritesABackup()
    {
        placeFile("v1.ini");
        const QByteArray original = contents(path());
        QFile earlier(path() + QStringLiteral(".v1.bak"));
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier backup\n");
        earlier.close();

        SettingsStore store(path());
        store.load();
        QCOMPARE(contents(path() + QStringLiteral(".v1.bak")), QByteArray("an earlier backup\n"));
        QCOMPARE(contents(path() + QStringLiteral(".v1-2.bak")), original);
    }

    void migratesEnterpriseHostOfOlderBuilds()
    {
        placeFile("v1-enterprise-host.ini");
        SettingsStore store(path());
        QStringList warnings;
        const AppSettings s = store.load(&warnings);
        QCOMPARE(warnings, QStringList());
        QCOMPARE(s.apiUrl, QUrl(QStringLiteral("https://ghe.acme.example/api/v3")));
        QCOMPARE(s.targets.size(), 1);
        QCOMPARE(s.logLevel, QStringLiteral("info"));
        QVERIFY(s.notifications.disabledKinds.isEmpty());
        QVERIFY(s.notifications.connectionNotifications);
    }

    void saveMigratesAnOldFileItWasNotAskedToLoad()
    {
        placeFile("v1.ini");
        const QByteArray original = contents(path());
        SettingsStore store(path());
        QCOMPARE(store.save(everythingChanged()), std::nullopt);
        QCOMPARE(contents(path() + QStringLiteral(".v1.bak")), original);
        QSettings file(path(), QSettings::IniFormat);
        QCOMPARE(file.value("favourite_colour").toString(), QStringLiteral("teal"));
        QVERIFY(!file.contains("repos"));
        compareSettings(SettingsStore(path()).load(), everythingChanged());
    }

    void newerFileIsReadButNotRewritten()
    {
        placeFile("v3-newer.ini");
        const QByteArray original = contents(path());
        SettingsStore store(path());
        QStringList warnings;
        const AppSettings s = store.load(&warnings);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(
            warnings.first().contains(QStringLiteral("newer RelayQ Tray (settings version 3)")),
            qPrintable(warnings.first()));
        QCOMPARE(s.monitor.pollIntervalSeconds, 45);
        QCOMPARE(s.targets.size(), 2);
        QCOMPARE(contents(path()), original);
        QVERIFY(!QFileInfo::exists(path() + QStringLiteral(".v3.bak")));

        // Saving writes this version's keys and keeps the newer ones and the newer version.
        QCOMPARE(store.save(s), std::nullopt);
        QSettings file(path(), QSettings::IniFormat);
        QCOMPARE(file.value("meta/schema_version").toInt(), 3);
        QCOMPARE(file.value("monitor/adaptive_polling").toString(), QStringLiteral("true"));
        QCOMPARE(file.value("future/shiny").toString(), QStringLiteral("yes"));
    }

    void unusableValuesFallBackToDefaultsWithWarnings()
    {
        placeFile("v2-out-of-range.ini");
        const QByteArray original = contents(path());
        SettingsStore store(path());
        QStringList warnings;
        const AppSettings s = store.load(&warnings);
        const QStringList expected = {
            QStringLiteral("github/api_url: RelayQ refuses to send the token over plain http to "
                           "github.example.com: anyone on the way could read it. Use the "
                           "https:// address of the API instead. The default "
                           "(https://api.github.com) is used instead."),
            QStringLiteral("targets/list: Targets must be repositories (owner/repo) or "
                           "organisations (org); \"not a target\" was given. That entry is left "
                           "out."),
            QStringLiteral("targets/list: Targets must each be listed once; acme/app was given "
                           "twice. That entry is left out."),
            QStringLiteral("monitor/poll_interval: Poll interval must be between 10 seconds and 1 "
                           "hour; 5 was given. The default (30 seconds) is used instead."),
            QStringLiteral("monitor/offline_polls: \"three\" is not a whole number. The default "
                           "(2) is used instead."),
            QStringLiteral("app/log_level: Log level must be one of trace, debug, info, warn, "
                           "error; \"loud\" was given. The default (info) is used instead."),
        };
        QCOMPARE(warnings, expected);
        QCOMPARE(s.apiUrl, AppSettings().apiUrl);
        QCOMPARE(s.targets,
                 TargetList({ Target::repository(QStringLiteral("acme"), QStringLiteral("app")),
                              Target::organization(QStringLiteral("acme")) }));
        QCOMPARE(s.monitor.pollIntervalSeconds, 30);
        QCOMPARE(s.monitor.offlinePollsBeforeAlert, 2);
        QCOMPARE(s.monitor.failureRateThreshold, 0.5);
        QCOMPARE(s.logLevel, QStringLiteral("info"));
        QCOMPARE(contents(path()), original); // load() reports, it does not repair
    }

    void unwritableFolderIsAProblemInWords()
    {
        QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString inside = blocker.fileName() + QStringLiteral("/settings.ini");
        SettingsStore store(inside);
        QSignalSpy spy(&store, &SettingsStore::changed);
        QCOMPARE(store.save(everythingChanged()),
                 std::optional<QString>(
                     QStringLiteral("The settings could not be saved: %1 is read-only or its "
                                    "folder cannot be written. Make them writable and try again.")
                         .arg(inside)));
        QCOMPARE(spy.count(), 0);
        compareSettings(store.current(), AppSettings());
    }

    void readOnlyFileIsAProblemInWords()
    {
        if (geteuid() == 0) {
            // File permissions do not stop root (CI runs as root): a folder standing where the
            // file should be cannot be written by anyone, so it stands in for a read-only file.
            const QString occupied = path() + QStringLiteral(".dir");
            QVERIFY(QDir().mkpath(occupied));
            SettingsStore store(occupied);
            const auto problem = store.save(everythingChanged());
            QVERIFY(problem.has_value());
            QVERIFY2(problem->contains(QStringLiteral("is read-only")), qPrintable(*problem));
            QVERIFY(QFileInfo(occupied).isDir());
            compareSettings(store.current(), AppSettings());
            return;
        }
        SettingsStore store(path());
        QCOMPARE(store.save(AppSettings()), std::nullopt);
        const QByteArray before = contents(path());
        QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner));
        const auto problem = store.save(everythingChanged());
        QVERIFY(problem.has_value());
        QVERIFY2(problem->contains(QStringLiteral("is read-only")), qPrintable(*problem));
        QCOMPARE(contents(path()), before);
        compareSettings(store.current(), AppSettings());
        compareSettings(SettingsStore(path()).load(), AppSettings());
    }

    void noTokenEverInTheFile()
    {
        static const QRegularExpression secret(QStringLiteral("token|secret|passw"),
                                               QRegularExpression::CaseInsensitiveOption);
        SettingsStore store(path());
        QCOMPARE(store.save(everythingChanged()), std::nullopt);
        const QStringList keys = QSettings(path(), QSettings::IniFormat).allKeys();
        QCOMPARE(keys.size(), 21); // the 20 settings and meta/schema_version
        for (const QString &key : keys)
            QVERIFY2(!secret.match(key).hasMatch(), qPrintable(key));

        // A token someone typed into the file is named (never shown) and removed on save.
        {
            QSettings file(path(), QSettings::IniFormat);
            file.setValue("github/token", QStringLiteral("ghp_SECRETVALUE123"));
        }
        QStringList warnings;
        SettingsStore reader(path());
        reader.load(&warnings);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QStringLiteral("github/token")));
        QVERIFY(!warnings.first().contains(QStringLiteral("ghp_")));
        QCOMPARE(reader.save(reader.current()), std::nullopt);
        QVERIFY(!contents(path()).contains("ghp_"));
    }

    void backupOfAFileHoldingATokenDropsIt()
    {
        placeFile("v1.ini");
        {
            QSettings file(path(), QSettings::IniFormat);
            file.setValue("token", QStringLiteral("ghp_SECRETVALUE123"));
        }
        SettingsStore store(path());
        store.load();
        QVERIFY(QFileInfo::exists(path() + QStringLiteral(".v1.bak")));
        QVERIFY(!contents(path() + QStringLiteral(".v1.bak")).contains("ghp_"));
        QSettings backup(path() + QStringLiteral(".v1.bak"), QSettings::IniFormat);
        QCOMPARE(backup.value("repos").toStringList(),
                 QStringList({ QStringLiteral("acme/app"), QStringLiteral("acme/web") }));
    }

    void runnerBindingsOfEachKindSurviveSaveAndLoad()
    {
        AppSettings settings = everythingChanged();
        settings.runnerBindings = bindingsOfEachKind();
        SettingsStore store(path());
        QSignalSpy spy(&store, &SettingsStore::changed);
        QCOMPARE(store.save(settings), std::nullopt);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(store.current().runnerBindings, settings.runnerBindings);

        SettingsStore reader(path());
        QStringList warnings;
        const AppSettings loaded = reader.load(&warnings);
        QCOMPARE(warnings, QStringList());
        QCOMPARE(loaded.runnerBindings, settings.runnerBindings);
        compareSettings(loaded, settings);

        // The array as the file holds it: kinds by name, empty fields left out.
        QSettings file(path(), QSettings::IniFormat);
        QCOMPARE(file.value("meta/schema_version").toInt(), 2);
        QCOMPARE(file.value("runner_bindings/size").toInt(), 4);
        QCOMPARE(file.value("runner_bindings/1/kind").toString(), QStringLiteral("local"));
        QCOMPARE(file.value("runner_bindings/2/kind").toString(), QStringLiteral("local"));
        QCOMPARE(file.value("runner_bindings/3/kind").toString(), QStringLiteral("ssh"));
        QCOMPARE(file.value("runner_bindings/3/ssh").toString(),
                 QStringLiteral("ci@gpu.example.com"));
        QCOMPARE(file.value("runner_bindings/4/kind").toString(), QStringLiteral("commands"));
        QCOMPARE(file.value("runner_bindings/1/auto_recovery").toBool(), true);
        QCOMPARE(file.value("runner_bindings/2/auto_recovery").toBool(), false);
        QVERIFY(!file.contains("runner_bindings/2/directory"));
        QVERIFY(!file.contains("runner_bindings/1/start"));
    }

    void removedRunnerBindingsLeaveNothingBehind()
    {
        AppSettings settings;
        settings.runnerBindings = bindingsOfEachKind();
        SettingsStore store(path());
        QCOMPARE(store.save(settings), std::nullopt);
        settings.runnerBindings = { bindingsOfEachKind().at(2) };
        QCOMPARE(store.save(settings), std::nullopt);
        QCOMPARE(SettingsStore(path()).load().runnerBindings, settings.runnerBindings);
        QSettings file(path(), QSettings::IniFormat);
        QCOMPARE(file.value("runner_bindings/size").toInt(), 1);
        QVERIFY(!file.contains("runner_bindings/2/runner"));
        QVERIFY(!file.contains("runner_bindings/4/start"));

        settings.runnerBindings.clear();
        QCOMPARE(store.save(settings), std::nullopt);
        QVERIFY(!contents(path()).contains("runner_bindings"));
        QVERIFY(SettingsStore(path()).load().runnerBindings.isEmpty());
    }

    void invalidRunnerBindingsAreRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("message");
        const auto add = [](const char *name, int which, const char *message) {
            QTest::newRow(name) << which << QString::fromUtf8(message);
        };
        add("unknown kind", 0,
            "Runner build-1: The way to reach the runner must be local, ssh or commands; \"7\" "
            "was given.");
        add("ssh without destination", 1,
            "Runner gpu-box: Type the SSH destination, such as ci@build-host.");
        add("ssh destination is an option", 2,
            "Runner gpu-box: The SSH destination must not start with '-'; "
            "\"-oProxyCommand=touch /tmp/x\" was given.");
        add("ssh destination with a space", 3,
            "Runner gpu-box: The SSH destination must not contain spaces; \"ci@gpu box\" was "
            "given.");
        add("ssh without folder or service", 4,
            "Runner gpu-box: Type the runner folder on that host, or the name of its service.");
        add("commands without start", 5,
            "Runner docker-1: Your own commands need a start command and a stop command.");
        add("commands without stop", 6,
            "Runner docker-1: Your own commands need a start command and a stop command.");
        add("same runner twice", 7,
            "Runner BUILD-1 is bound twice; RelayQ reaches each runner one way only.");
        add("relative local folder", 8,
            "Runner build-1: The runner folder must be a full path; \"actions-runner\" was "
            "given.");
        add("no runner name", 9, "A runner binding: Type the runner's name as GitHub shows it.");
    }

    void invalidRunnerBindingsAreRefusedAndNothingIsWritten()
    {
        QFETCH(int, which);
        QFETCH(QString, message);
        // Indexes into bindingsOfEachKind(): 0 local, 1 local by name, 2 ssh, 3 commands.
        const std::function<void(RunnerBindingList &)> spoil[] = {
            [](RunnerBindingList &b) { b[0].kind = static_cast<RunnerBinding::Kind>(7); },
            [](RunnerBindingList &b) { b[2].sshDestination.clear(); },
            [](RunnerBindingList &b) {
                b[2].sshDestination = QStringLiteral("-oProxyCommand=touch /tmp/x");
            },
            [](RunnerBindingList &b) { b[2].sshDestination = QStringLiteral("ci@gpu box"); },
            [](RunnerBindingList &b) {
                b[2].directory.clear();
                b[2].serviceName.clear();
            },
            [](RunnerBindingList &b) { b[3].startCommand = QStringLiteral("  "); },
            [](RunnerBindingList &b) { b[3].stopCommand.clear(); },
            [](RunnerBindingList &b) {
                b[1].runnerName = QStringLiteral("BUILD-1"); // GitHub names ignore case
            },
            [](RunnerBindingList &b) { b[0].directory = QStringLiteral("actions-runner"); },
            [](RunnerBindingList &b) { b[1].runnerName = QStringLiteral(" "); },
        };
        SettingsStore store(path());
        AppSettings good = everythingChanged();
        good.runnerBindings = bindingsOfEachKind();
        QCOMPARE(store.save(good), std::nullopt);
        const QByteArray before = contents(path());

        AppSettings bad = good;
        spoil[which](bad.runnerBindings);
        QSignalSpy spy(&store, &SettingsStore::changed);
        QCOMPARE(SettingsStore::validate(bad), std::optional<QString>(message));
        QCOMPARE(store.save(bad), std::optional<QString>(message));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(contents(path()), before);
        QCOMPARE(store.current().runnerBindings, good.runnerBindings);
    }

    void fieldsOfAnotherKindAreNotChecked()
    {
        // A folder typed for a local runner stays harmless once the binding is own commands.
        RunnerBinding binding = bindingsOfEachKind().at(3);
        binding.directory = QStringLiteral("relative");
        binding.sshDestination = QStringLiteral("-x");
        QCOMPARE(SettingsValue::checkBinding(binding), std::nullopt);
        binding.startCommand.clear();
        QCOMPARE(SettingsValue::checkBinding(binding)->field, BindingProblem::Field::StartCommand);
    }

    void version2FileWithoutBindingsHasNone()
    {
        placeFile("v2-without-bindings.ini");
        const QByteArray original = contents(path());
        SettingsStore store(path());
        QStringList warnings;
        const AppSettings s = store.load(&warnings);
        QCOMPARE(warnings, QStringList());
        QVERIFY(s.runnerBindings.isEmpty());
        QCOMPARE(s.runnerDirectories, QStringList { QStringLiteral("/opt/actions-runner") });
        QCOMPARE(s.logLevel, QStringLiteral("debug"));
        QCOMPARE(contents(path()), original);
        QVERIFY(!QFileInfo::exists(path() + QStringLiteral(".v2.bak"))); // nothing to migrate

        QCOMPARE(store.save(s), std::nullopt);
        QVERIFY(!contents(path()).contains("runner_bindings"));
        QCOMPARE(QSettings(path(), QSettings::IniFormat).value("meta/schema_version").toInt(), 2);
    }

    void unusableRunnerBindingsAreLeftOutWithWarnings()
    {
        placeFile("v2-runner-bindings.ini");
        const QByteArray original = contents(path());
        SettingsStore store(path());
        QStringList warnings;
        const AppSettings s = store.load(&warnings);
        const QStringList expected = {
            QStringLiteral("runner_bindings/4: Runner podman-1: The way to reach the runner must "
                           "be local, ssh or commands; \"podman\" was given. That binding is left "
                           "out."),
            QStringLiteral("runner_bindings/5: Runner sneaky: The SSH destination must not start "
                           "with '-'; \"-oProxyCommand=touch /tmp/pwned\" was given. That binding "
                           "is left out."),
            QStringLiteral("runner_bindings/6: Runner BUILD-1 is bound twice; RelayQ reaches each "
                           "runner one way only. That binding is left out."),
            QStringLiteral("runner_bindings/7: Runner relative: The runner folder must be a full "
                           "path; \"actions-runner\" was given. That binding is left out."),
            QStringLiteral("runner_bindings/8: Runner half: auto_recovery must be true or false; "
                           "\"maybe\" was given. That binding is left out."),
        };
        QCOMPARE(warnings, expected);
        QCOMPARE(s.runnerBindings.size(), 3);
        const RunnerBinding &local = s.runnerBindings.at(0);
        QCOMPARE(local.runnerName, QStringLiteral("build-1"));
        QCOMPARE(local.kind, RunnerBinding::Kind::Local);
        QCOMPARE(local.directory, QStringLiteral("/opt/actions-runner"));
        QVERIFY(local.autoRecovery);
        const RunnerBinding &ssh = s.runnerBindings.at(1);
        QCOMPARE(ssh.kind, RunnerBinding::Kind::Ssh); // "SSH" in the file
        QCOMPARE(ssh.sshDestination, QStringLiteral("ci@gpu.example.com"));
        QCOMPARE(ssh.directory, QStringLiteral("/home/ci/actions-runner"));
        QCOMPARE(ssh.serviceName, QStringLiteral("actions.runner.acme-app.gpu-box.service"));
        QVERIFY(!ssh.autoRecovery);
        const RunnerBinding &commands = s.runnerBindings.at(2);
        QCOMPARE(commands.kind, RunnerBinding::Kind::Commands);
        QCOMPARE(commands.startCommand, QStringLiteral("docker start runner-1"));
        QCOMPARE(commands.stopCommand, QStringLiteral("docker stop runner-1"));
        QCOMPARE(commands.statusCommand,
                 QStringLiteral("docker inspect -f {{.State.Status}},x runner-1"));
        QVERIFY(!commands.autoRecovery);
        QCOMPARE(contents(path()), original); // load() reports, it does not repair
    }

    void runnerBindingsWithoutASizeAreStillRead()
    {
        QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[meta]\nschema_version=2\n\n[runner_bindings]\n1\\runner=a\n1\\kind=local\n"
                   "2\\runner=b\n2\\kind=commands\n2\\start=run b\n2\\stop=halt b\n");
        file.close();
        QStringList warnings;
        const RunnerBindingList bindings = SettingsStore(path()).load(&warnings).runnerBindings;
        QCOMPARE(warnings, QStringList());
        QCOMPARE(bindings.size(), 2);
        QCOMPARE(bindings.at(1).stopCommand, QStringLiteral("halt b"));
    }

    void durationsInWords()
    {
        QCOMPARE(SettingsValue::durationInWords(1), QStringLiteral("1 second"));
        QCOMPARE(SettingsValue::durationInWords(10), QStringLiteral("10 seconds"));
        QCOMPARE(SettingsValue::durationInWords(90), QStringLiteral("90 seconds"));
        QCOMPARE(SettingsValue::durationInWords(600), QStringLiteral("10 minutes"));
        QCOMPARE(SettingsValue::durationInWords(3600), QStringLiteral("1 hour"));
        QCOMPARE(SettingsValue::durationInWords(6 * 3600), QStringLiteral("6 hours"));
        QCOMPARE(SettingsValue::durationInWords(7 * 86400), QStringLiteral("7 days"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "TestSettingsStore.moc"
