#include "ApplicationLog.h"

#include "RedactingSink.h"
#include "SecretRedaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <array>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace relayq {

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFolder = kOwnerOnly | QFileDevice::ExeOwner;
// The file has the UTC offset: a log attached to a bug report is read in another time zone.
const char *const kFilePattern = "%Y-%m-%dT%H:%M:%S.%e%z %l %v";
const char *const kConsolePattern = "%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v";

// By spdlog::level::level_enum; the names the settings file uses ("warn", not "warning").
constexpr std::array<const char *, 7> kLevelNames { "trace", "debug",    "info", "warn",
                                                    "error", "critical", "off" };

spdlog::level::level_enum levelNamed(const QString &name)
{
    for (std::size_t i = 0; i < kLevelNames.size(); ++i) {
        if (name == QLatin1String(kLevelNames[i]))
            return spdlog::level::level_enum(i);
    }
    return spdlog::level::info; // a hand-edited file's typo should not silence the log
}

QString nativeName(const spdlog::filename_t &name)
{
    return QFile::decodeName(QByteArray::fromStdString(name));
}

// spdlog opens the file with fopen(), which creates it readable by everyone (0644 under the
// usual umask): create it first, the user's alone, so fopen() finds it and keeps its rights.
spdlog::file_event_handlers ownerOnlyFiles()
{
    spdlog::file_event_handlers handlers;
    handlers.before_open = [](const spdlog::filename_t &name) {
        QFile file(nativeName(name));
        if (!file.exists())
            file.open(QIODevice::WriteOnly | QIODevice::Append, kOwnerOnly);
    };
    // An older file made with wider rights (by hand, by an older version) is narrowed.
    handlers.after_open = [](const spdlog::filename_t &name, std::FILE *) {
        QFile::setPermissions(nativeName(name), kOwnerOnly);
    };
    return handlers;
}

spdlog::sink_ptr consoleSink(std::ostream *console)
{
    if (console)
        return std::make_shared<spdlog::sinks::ostream_sink_mt>(*console, true);
    return std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
}
} // namespace

ApplicationLog::ApplicationLog(const Options &options)
    : m_redaction(std::make_shared<SecretRedaction>())
{
    auto sink = std::make_shared<RedactingSink>(m_redaction);
    spdlog::sink_ptr console = consoleSink(options.console);
    console->set_pattern(kConsolePattern);
    sink->add_sink(console);
    if (options.writeFile) {
        m_folder = options.folder.isEmpty() ? defaultFolder() : options.folder;
        if (spdlog::sink_ptr file = openFile(options)) {
            file->set_pattern(kFilePattern);
            sink->add_sink(file);
        }
    }
    m_logger = std::make_shared<spdlog::logger>("relayq", sink);
    // Every line reaches the disk at once: the lines before a crash are the ones wanted, and
    // RelayQ logs a few lines a minute, not thousands.
    m_logger->flush_on(spdlog::level::trace);
    applyLevel();
    m_previous = spdlog::default_logger();
    spdlog::set_default_logger(m_logger);
    // Once, on stderr: the app goes on without its file (a read-only home, a full disk).
    if (!m_problem.isEmpty())
        m_logger->warn("{}", m_problem.toStdString());
}

ApplicationLog::~ApplicationLog()
{
    m_logger->flush();
    if (spdlog::default_logger() == m_logger)
        spdlog::set_default_logger(m_previous);
}

QString ApplicationLog::defaultFolder()
{
    // Like the audit log: relayq-tray and relayqctl have different application names, so the
    // product's folder in the generic data location, not AppDataLocation.
    const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return (generic.isEmpty() ? QDir::homePath() : generic) + QLatin1String("/relayq-tray/logs");
}

QString ApplicationLog::filePath() const
{
    return m_folder.isEmpty() ? QString() : m_folder + QLatin1Char('/') + fileName();
}

spdlog::sink_ptr ApplicationLog::openFile(const Options &options)
{
    const QString parent = QFileInfo(m_folder).absolutePath();
    const bool parentExisted = QFileInfo(parent).isDir();
    if (!QFileInfo(m_folder).isDir() && !QDir().mkpath(m_folder)) {
        m_problem = tr("Could not create the log folder %1; logging to stderr only.")
                        .arg(QDir::toNativeSeparators(m_folder));
        return nullptr;
    }
    // Log lines name hosts, runners and paths: the folder is the user's alone, like the files.
    // So is the product's folder when it was made just now (as the audit log makes it).
    QFile::setPermissions(m_folder, kOwnerOnlyFolder);
    if (!parentExisted)
        QFile::setPermissions(parent, kOwnerOnlyFolder);
    try {
        auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            QFile::encodeName(filePath()).toStdString(), std::size_t(options.maxFileBytes),
            std::size_t(options.olderFiles), false, ownerOnlyFiles());
        m_writesFile = true;
        return file;
    } catch (const std::exception &error) {
        m_problem
            = tr("Could not open the log file %1 (%2); logging to stderr only.")
                  .arg(QDir::toNativeSeparators(filePath()), QString::fromLocal8Bit(error.what()));
        return nullptr;
    }
}

void ApplicationLog::setLevel(const QString &level)
{
    m_settingsLevel = level;
    applyLevel();
}

void ApplicationLog::setVerbose(bool verbose)
{
    m_verbose = verbose;
    applyLevel();
}

void ApplicationLog::applyLevel()
{
    spdlog::level::level_enum level = levelNamed(m_settingsLevel);
    if (m_verbose)
        level = std::min(level, spdlog::level::debug); // trace in the settings stays trace
    m_logger->set_level(level);
}

QString ApplicationLog::level() const
{
    return QLatin1String(kLevelNames.at(std::size_t(m_logger->level())));
}

void ApplicationLog::addSecret(const QString &secret)
{
    m_redaction->addSecret(secret);
}

} // namespace relayq
