// Quitting the real relayq-tray while work is in flight, on the private desktop
// run-with-desktop.sh starts: (a) a poll whose answer never comes, (b) a runner restart whose
// service helper is still running, (c) a dispatch whose POST is held — each quit once through
// the tray menu's Quit (clicked as the SNI host clicks it: a DBusMenu "clicked" event) and once
// with SIGTERM (logout, a service manager). After each: exit code 0 (within a generous bound
// that only guards against a hang), no process the tray started still alive, the
// single-instance socket and lock file gone, the settings, recent dispatches and audit log
// whole, nothing that looks like a crash and no token in what the tray printed or wrote.
// The tray talks to a simulator in this process (the demo fleet on loopback, a token required).

#include "Clock.h"
#include "SettingsStore.h"
#include "SimFault.h"
#include "SimFleet.h"
#include "Simulator.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <memory>
#include <optional>
#include <tuple>

using namespace relayq;

namespace {

const QString kTray = QStringLiteral(RELAYQ_TRAY_PATH);
// Shaped like a classic token, so a leak of it looks like one.
const QString kToken = QStringLiteral("ghp_Shutd0wnTestT0kenQ9zX7vK2mW4pL8rN6tY3");
const QString kRunner = QStringLiteral("rpi4-runner");
const int kQuitBoundMs = 10000; // a hang guard, not a timing target

QString artifact(const QString &name)
{
    return qEnvironmentVariable("RELAYQ_ARTIFACTS") + QLatin1Char('/') + name;
}

// One entry of a DBusMenu layout (com.canonical.dbusmenu GetLayout).
struct MenuEntry
{
    int id = 0;
    QString label; // mnemonics removed
    QList<MenuEntry> children;

    const MenuEntry *find(const QString &wanted) const
    {
        for (const MenuEntry &child : children)
            if (child.label.startsWith(wanted))
                return &child;
        return nullptr;
    }
};

MenuEntry readEntry(const QDBusArgument &argument)
{
    MenuEntry entry;
    QVariantMap properties;
    argument.beginStructure();
    argument >> entry.id >> properties;
    argument.beginArray();
    while (!argument.atEnd()) {
        QDBusVariant child;
        argument >> child;
        entry.children.append(readEntry(child.variant().value<QDBusArgument>()));
    }
    argument.endArray();
    argument.endStructure();
    entry.label = properties.value(QStringLiteral("label")).toString();
    entry.label.remove(QLatin1Char('_')).remove(QLatin1Char('&'));
    return entry;
}

// The tray's menu as the StatusNotifierItem host sees it.
class TrayMenuOnBus
{
public:
    TrayMenuOnBus(QString service, QString path) : m_service(std::move(service)), m_path(path) { }

    std::optional<MenuEntry> layout() const
    {
        QDBusMessage call = method(QStringLiteral("GetLayout"));
        call << 0 << -1 << QStringList();
        const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 5000);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() < 2)
            return std::nullopt;
        return readEntry(reply.arguments().at(1).value<QDBusArgument>());
    }
    // What the host sends before it shows a (sub)menu: Qt fills it in then (aboutToShow).
    void aboutToShow(int id) const
    {
        QDBusMessage call = method(QStringLiteral("AboutToShow"));
        call << id;
        QDBusConnection::sessionBus().call(call, QDBus::Block, 5000);
    }
    bool click(int id) const
    {
        QDBusMessage call = method(QStringLiteral("Event"));
        call << id << QStringLiteral("clicked") << QVariant::fromValue(QDBusVariant(QVariant(0)))
             << uint(QDateTime::currentSecsSinceEpoch());
        return QDBusConnection::sessionBus().call(call, QDBus::Block, 5000).type()
            == QDBusMessage::ReplyMessage;
    }
    // Opens the menus along `path` (labels) and returns the last entry's id, or 0.
    int open(const QStringList &path) const
    {
        aboutToShow(0);
        std::optional<MenuEntry> root = layout();
        const MenuEntry *entry = root ? &*root : nullptr;
        for (const QString &label : path) {
            if (!entry || !(entry = entry->find(label)))
                return 0;
            aboutToShow(entry->id);
            const int id = entry->id;
            root = layout(); // the menu may have been rebuilt on aboutToShow
            entry = root ? findId(*root, id) : nullptr;
        }
        return entry ? entry->id : 0;
    }

private:
    static const MenuEntry *findId(const MenuEntry &entry, int id)
    {
        if (entry.id == id)
            return &entry;
        for (const MenuEntry &child : entry.children)
            if (const MenuEntry *found = findId(child, id))
                return found;
        return nullptr;
    }
    QDBusMessage method(const QString &name) const
    {
        return QDBusMessage::createMethodCall(m_service, m_path,
                                              QStringLiteral("com.canonical.dbusmenu"), name);
    }

    QString m_service;
    QString m_path;
};

QVariant busProperty(const QString &service, const QString &path, const QString &interface,
                     const QString &name)
{
    QDBusMessage get = QDBusMessage::createMethodCall(
        service, path, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << interface << name;
    const QDBusMessage reply = QDBusConnection::sessionBus().call(get, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().first().value<QDBusVariant>().variant();
}

// The tray icon item registered by process `pid` ("service" or "service/path"), or empty.
QString itemOf(qint64 pid)
{
    const QStringList items = busProperty(QStringLiteral("org.kde.StatusNotifierWatcher"),
                                          QStringLiteral("/StatusNotifierWatcher"),
                                          QStringLiteral("org.kde.StatusNotifierWatcher"),
                                          QStringLiteral("RegisteredStatusNotifierItems"))
                                  .toStringList();
    for (const QString &item : items) {
        const QString service = item.section(QLatin1Char('/'), 0, 0);
        const QDBusReply<uint> owner
            = QDBusConnection::sessionBus().interface()->servicePid(service);
        if (owner.isValid() && qint64(owner.value()) == pid)
            return item;
    }
    return {};
}

// A process as /proc shows it: parent and start time (which tells a reused pid apart).
struct ProcessEntry
{
    qint64 pid = 0;
    qint64 parent = 0;
    QByteArray startTime;
    QByteArray command;
};

std::optional<ProcessEntry> readProcess(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    // After "pid (comm)": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt
    // utime stime cutime cstime priority nice threads itrealvalue starttime …
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (fields.size() < 20 || fields.at(0) == "Z")
        return std::nullopt; // a zombie has ended; its parent just has not reaped it yet
    ProcessEntry entry;
    entry.pid = pid;
    entry.parent = fields.at(1).toLongLong();
    entry.startTime = fields.at(19);
    entry.command = text.mid(text.indexOf('(') + 1, close - text.indexOf('(') - 1);
    return entry;
}

QList<ProcessEntry> allProcesses()
{
    QList<ProcessEntry> result;
    const QStringList names = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &name : names) {
        bool number = false;
        const qint64 pid = name.toLongLong(&number);
        if (number)
            if (const auto entry = readProcess(pid))
                result.append(*entry);
    }
    return result;
}

QList<ProcessEntry> descendantsOf(qint64 root)
{
    const QList<ProcessEntry> all = allProcesses();
    QList<qint64> parents { root };
    QList<ProcessEntry> found;
    for (qsizetype i = 0; i < parents.size(); ++i)
        for (const ProcessEntry &entry : all)
            if (entry.parent == parents.at(i)) {
                found.append(entry);
                parents.append(entry.pid);
            }
    return found;
}

bool stillAlive(const ProcessEntry &entry)
{
    const auto now = readProcess(entry.pid);
    return now && now->startTime == entry.startTime;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString visibleWindow(qint64 pid, const QString &name)
{
    QProcess search;
    search.start(QStringLiteral("xdotool"),
                 { QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                   QStringLiteral("--pid"), QString::number(pid), QStringLiteral("--name"), name });
    search.waitForFinished(5000);
    return QString::fromUtf8(search.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0);
}

} // namespace

class TestTrayShutdown : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void quitDuringHungPoll_data() { quitRows(); }
    void quitDuringHungPoll();
    void quitDuringRestart_data() { quitRows(); }
    void quitDuringRestart();
    void quitDuringHeldDispatch_data() { quitRows(); }
    void quitDuringHeldDispatch();

private:
    void quitRows();
    void writeSettings();
    void writeRecentDispatch();
    void startTray();
    bool trayShown();
    QString dataFile(const QString &name) const;
    void quitAndCheck();
    void checkFilesWhole();
    void checkOutput();
    int heldRequests(const QString &pathPart) const;

    SystemClock m_clock;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QProcess> m_tray;
    std::optional<TrayMenuOnBus> m_menu;
    QList<std::pair<QString, int>> m_served; // "METHOD path", status (0: held, no answer)
    QString m_logPath;
    QString m_settingsPath;
    QByteArray m_settingsBefore;
    QByteArray m_recentBefore;
    QString m_helperPidFile;
};

void TestTrayShutdown::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("RELAYQ_NOTIFY_LOG"))
        QFAIL("run me through tests/desktop/run-with-desktop.sh (CTest does)");
    QVERIFY2(!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"), "the private desktop sets it");
}

void TestTrayShutdown::quitRows()
{
    QTest::addColumn<bool>("viaMenu");
    QTest::newRow("menu Quit") << true;
    QTest::newRow("SIGTERM") << false;
}

void TestTrayShutdown::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_sim = std::make_unique<sim::Simulator>(m_clock);
    m_sim->fleet().loadDemoFleet();
    m_sim->setRequiredToken(kToken);
    m_served.clear();
    connect(m_sim.get(), &sim::Simulator::requestServed, this,
            [this](const QString &method, const QString &path, int status) {
                m_served.append({ method + QLatin1Char(' ') + path, status });
            });
    QVERIFY(m_sim->listen());
    m_settingsPath = m_home->filePath(QStringLiteral("config/relayq-tray/settings.ini"));
    m_helperPidFile = m_home->filePath(QStringLiteral("helper.pid"));
    m_recentBefore.clear();
    m_menu.reset();
    writeSettings();
}

void TestTrayShutdown::cleanup()
{
    if (m_tray && m_tray->state() != QProcess::NotRunning) {
        m_tray->kill();
        m_tray->waitForFinished(5000);
    }
    m_tray.reset();
    m_sim.reset();
    // A helper left behind by a failed run must not live on into the next one.
    if (const QByteArray pid = readAll(m_helperPidFile).trimmed(); !pid.isEmpty())
        ::kill(pid_t(pid.toLongLong()), SIGKILL);
    m_home.reset();
}

// The demo fleet's repository, a 10 s poll, and rpi4-runner bound to commands whose stop is a
// helper that takes a minute (it writes its pid first): a restart stays in flight.
void TestTrayShutdown::writeSettings()
{
    const QString helper = m_home->filePath(QStringLiteral("slow-stop"));
    QFile script(helper);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\n# A service's stop that takes long: pid to $1, then waits.\n"
                 "echo $$ > \"$1\"\nexec sleep 60\n");
    script.close();
    QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));

    AppSettings settings;
    settings.apiUrl = m_sim->baseUrl();
    settings.targets
        = { Target::repository(QStringLiteral("relayq-demo"), QStringLiteral("media-jobs")) };
    settings.monitor.pollIntervalSeconds = 10;
    settings.logLevel = QStringLiteral("debug");
    RunnerBinding binding;
    binding.runnerName = kRunner;
    binding.kind = RunnerBinding::Kind::Commands;
    binding.stopCommand = helper + QLatin1Char(' ') + m_helperPidFile;
    binding.startCommand = QStringLiteral("true");
    binding.statusCommand = QStringLiteral("true");
    settings.runnerBindings = { binding };
    SettingsStore store(m_settingsPath);
    const auto problem = store.save(settings);
    QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    m_settingsBefore = readAll(m_settingsPath);
    QVERIFY(!m_settingsBefore.isEmpty());
}

QString TestTrayShutdown::dataFile(const QString &name) const
{
    return m_home->filePath(QStringLiteral("data/relayq-tray/") + name);
}

// "Dispatch again" offers this: Render video (no inputs) on main.
void TestTrayShutdown::writeRecentDispatch()
{
    const QJsonObject entry {
        { QStringLiteral("repository"), QStringLiteral("relayq-demo/media-jobs") },
        { QStringLiteral("workflowFile"), QStringLiteral("render_video.yml") },
        { QStringLiteral("workflowId"), 0 },
        { QStringLiteral("workflowName"), QStringLiteral("Render video") },
        { QStringLiteral("ref"), QStringLiteral("main") },
        { QStringLiteral("inputs"), QJsonObject() },
        { QStringLiteral("when"), QStringLiteral("2026-11-28T10:00:00.000Z") }
    };
    const QJsonObject root { { QStringLiteral("dispatches"), QJsonArray { entry } } };
    QVERIFY(QDir().mkpath(QFileInfo(dataFile(QStringLiteral("x"))).absolutePath()));
    QFile file(dataFile(QStringLiteral("recent-dispatches.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    m_recentBefore = QJsonDocument(root).toJson();
    file.write(m_recentBefore);
}

void TestTrayShutdown::startTray()
{
    static int count = 0;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GH_TOKEN"), kToken);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), m_home->filePath(QStringLiteral("state")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    m_logPath = artifact(QStringLiteral("shutdown-%1-%2.log")
                             .arg(++count)
                             .arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_tray = std::make_unique<QProcess>();
    m_tray->setProcessEnvironment(environment);
    m_tray->setProgram(kTray);
    m_tray->setArguments({ QStringLiteral("--no-setup"), QStringLiteral("--verbose") });
    m_tray->setProcessChannelMode(QProcess::MergedChannels);
    m_tray->setStandardOutputFile(m_logPath);
    m_tray->start();
    QVERIFY2(m_tray->waitForStarted(), qPrintable(m_tray->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(trayShown(), 20000);
}

bool TestTrayShutdown::trayShown()
{
    const QString item = itemOf(m_tray->processId());
    if (item.isEmpty())
        return false;
    const QString service = item.section(QLatin1Char('/'), 0, 0);
    QString path = item.section(QLatin1Char('/'), 1);
    path = path.isEmpty() ? QStringLiteral("/StatusNotifierItem") : QLatin1Char('/') + path;
    const QString menuPath
        = busProperty(service, path, QStringLiteral("org.kde.StatusNotifierItem"),
                      QStringLiteral("Menu"))
              .value<QDBusObjectPath>()
              .path();
    if (menuPath.isEmpty())
        return false;
    m_menu.emplace(service, menuPath);
    return m_menu->layout().has_value();
}

int TestTrayShutdown::heldRequests(const QString &pathPart) const
{
    int held = 0;
    for (const auto &[request, status] : m_served)
        held += status == 0 && request.contains(pathPart) ? 1 : 0;
    return held;
}

void TestTrayShutdown::quitAndCheck()
{
    QFETCH(bool, viaMenu);
    const QDir runtime(qEnvironmentVariable("XDG_RUNTIME_DIR"));
    const QStringList pattern { QStringLiteral("relayq-tray-*") };
    const auto filters = QDir::AllEntries | QDir::System | QDir::Hidden;
    // The socket and its lock are there while it runs, so their absence later means something.
    QCOMPARE(runtime.entryList(pattern, filters).size(), 2);
    const QList<ProcessEntry> children = descendantsOf(m_tray->processId());
    QElapsedTimer timer;
    timer.start();
    if (viaMenu) {
        const int quit = m_menu->open({ QStringLiteral("Quit") });
        QVERIFY2(quit != 0, "no Quit in the tray menu");
        QVERIFY(m_menu->click(quit));
    } else {
        m_tray->terminate();
    }
    QVERIFY2(m_tray->waitForFinished(kQuitBoundMs),
             qPrintable(QStringLiteral("still running after %1 ms").arg(timer.elapsed())));
    qInfo("%s: exited after %lld ms", QTest::currentDataTag(), timer.elapsed());
    QCOMPARE(m_tray->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_tray->exitCode(), 0);

    // Nothing the tray started lives on without it (reparented to init, say).
    // An orphan that just ended may still be a zombie for a moment (it counts as ended).
    QStringList left;
    std::ignore = QTest::qWaitFor(
        [&] {
            left.clear();
            for (const ProcessEntry &child : children)
                if (stillAlive(child))
                    left << QStringLiteral("%1 %2").arg(child.pid).arg(
                        QString::fromLocal8Bit(child.command));
            return left.isEmpty();
        },
        3000);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));

    // The single-instance socket and its lock file went with it.
    const QStringList leftovers = runtime.entryList(pattern, filters);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    checkFilesWhole();
    checkOutput();
}

// The files the tray reads or writes are whole: the settings are byte for byte what was written
// (the tray never saves them by itself) and load without a warning, recent dispatches are what
// they were, every audit line is JSON.
void TestTrayShutdown::checkFilesWhole()
{
    QCOMPARE(readAll(m_settingsPath), m_settingsBefore);
    QStringList warnings;
    SettingsStore store(m_settingsPath);
    const AppSettings settings = store.load(&warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(settings.runnerBindings.size(), 1);
    QCOMPARE(settings.runnerBindings.first().runnerName, kRunner);
    QCOMPARE(settings.targets.size(), 1);

    if (!m_recentBefore.isEmpty()) {
        const QByteArray recent = readAll(dataFile(QStringLiteral("recent-dispatches.json")));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(recent, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document, QJsonDocument::fromJson(m_recentBefore)); // the held one was not sent
    }
    const QByteArray audit = readAll(dataFile(QStringLiteral("audit.log")));
    QVERIFY2(audit.isEmpty() || audit.endsWith('\n'), audit.right(200).constData());
    for (const QByteArray &line : audit.split('\n'))
        if (!line.isEmpty())
            QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
}

// What it printed (stdout and stderr) and every file it wrote carry no token and no sign of a
// crash or of a child destroyed while running.
void TestTrayShutdown::checkOutput()
{
    const QByteArray output = readAll(m_logPath);
    const QByteArray token = kToken.toUtf8();
    QVERIFY2(!output.contains(token), "the token is in the tray's output");
    for (const char *sign : { "Segmentation", "Aborted", "terminate called", "ASSERT",
                              "AddressSanitizer", "runtime error", "QProcess: Destroyed",
                              "QThread: Destroyed", "Timers cannot be stopped", "core dumped" })
        QVERIFY2(!output.contains(sign),
                 qPrintable(QStringLiteral("\"%1\" in %2").arg(QLatin1String(sign), m_logPath)));
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QVERIFY2(!readAll(path).contains(token), qPrintable(path));
    }
}

void TestTrayShutdown::quitDuringHungPoll()
{
    sim::SimFault hang;
    hang.kind = sim::SimFault::Kind::NoAnswer;
    hang.pathContains = QStringLiteral("/actions/runners");
    m_sim->addFault(hang);
    startTray();
    QTRY_VERIFY_WITH_TIMEOUT(heldRequests(QStringLiteral("/actions/runners")) > 0, 20000);
    QVERIFY(m_tray->state() == QProcess::Running);
    quitAndCheck();
}

void TestTrayShutdown::quitDuringRestart()
{
    startTray();
    // Restarts need the runner as GitHub listed it: wait for the first list.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_served.cbegin(), m_served.cend(),
                                         [](const auto &served) {
                                             return served.first.contains(
                                                        QLatin1String("/actions/runners"))
                                                 && served.second == 200;
                                         }),
                             20000);
    // Runners ▸ rpi4-runner ▸ Restart, clicked again until the helper runs (the poll whose
    // snapshot the restart needs may still have been finishing).
    for (int attempt = 0; attempt < 10 && !QFile::exists(m_helperPidFile); ++attempt) {
        const int restart
            = m_menu->open({ QStringLiteral("Runners"), kRunner, QStringLiteral("Restart") });
        QVERIFY2(restart != 0, "no Runners ▸ rpi4-runner ▸ Restart in the tray menu");
        QVERIFY(m_menu->click(restart));
        std::ignore = QTest::qWaitFor([this] { return QFile::exists(m_helperPidFile); }, 1500);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!readAll(m_helperPidFile).trimmed().isEmpty(), 5000);
    const qint64 helper = readAll(m_helperPidFile).trimmed().toLongLong();
    const auto helperProcess = readProcess(helper);
    QVERIFY(helperProcess);
    // It is the tray's own child: the check after the quit covers it.
    bool ours = false;
    for (const ProcessEntry &child : descendantsOf(m_tray->processId()))
        ours = ours || child.pid == helper;
    QVERIFY2(ours, "the stop helper is not a child of the tray");
    quitAndCheck();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!stillAlive(*helperProcess));
    // The audit log says the restart did not finish: the runner may be left stopped.
    const QByteArray audit = readAll(dataFile(QStringLiteral("audit.log"))).trimmed();
    const QList<QByteArray> lines = audit.isEmpty() ? QList<QByteArray>() : audit.split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject entry = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("restart"));
    QCOMPARE(entry.value(QStringLiteral("subject")).toString(), kRunner);
    QCOMPARE(entry.value(QStringLiteral("succeeded")).toBool(true), false);
    QCOMPARE(entry.value(QStringLiteral("origin")).toString(), QStringLiteral("tray"));
    QVERIFY2(
        entry.value(QStringLiteral("message")).toString().contains(QLatin1String("quit before")),
        lines.first().constData());
}

void TestTrayShutdown::quitDuringHeldDispatch()
{
    writeRecentDispatch();
    sim::SimFault hold;
    hold.kind = sim::SimFault::Kind::NoAnswer;
    hold.pathContains = QStringLiteral("/dispatches");
    m_sim->addFault(hold);
    startTray();
    // Dispatch again ▸ Render video …: the dialog opens filled in; Return presses Dispatch once
    // the workflows are listed.
    const int again = m_menu->open({ QStringLiteral("Dispatch again"), QStringLiteral("Render") });
    QVERIFY2(again != 0, "no Dispatch again ▸ Render video in the tray menu");
    QVERIFY(m_menu->click(again));
    QString window;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(window = visibleWindow(m_tray->processId(), QStringLiteral("Dispatch again"))).isEmpty(),
        10000);
    for (int attempt = 0; attempt < 20 && heldRequests(QStringLiteral("/dispatches")) == 0;
         ++attempt) {
        QProcess::execute(QStringLiteral("xdotool"),
                          { QStringLiteral("windowfocus"), window, QStringLiteral("key"),
                            QStringLiteral("Return") });
        std::ignore = QTest::qWaitFor(
            [this] { return heldRequests(QStringLiteral("/dispatches")) > 0; }, 1000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(heldRequests(QStringLiteral("/dispatches")), 1, 2000);
    QVERIFY(m_tray->state() == QProcess::Running);
    quitAndCheck();
}

QTEST_GUILESS_MAIN(TestTrayShutdown)
#include "TestTrayShutdown.moc"
