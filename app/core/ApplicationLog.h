#pragma once
// Where RelayQ's log lines go, and which ones. relayq-tray keeps a rotating file in its data
// folder (<GenericDataLocation>/relayq-tray/logs/relayq-tray.log, 1 MiB, the current file and
// 4 older ones: relayq-tray.1.log is the newest of those) so a user can attach it to a bug
// report, and copies every line to stderr; relayqctl logs to stderr only. Either way every line
// passes through SecretRedaction first. The level comes from the settings' log_level; --verbose
// makes it at least "debug", whatever the settings say.
// While it lives, spdlog's default logger (what spdlog::info() & co. use) is this log.

#include <QCoreApplication>
#include <QString>

#include <iosfwd>
#include <memory>

namespace spdlog {
class logger;
namespace sinks {
class sink;
}
} // namespace spdlog

namespace relayq {

class SecretRedaction;

class ApplicationLog
{
    Q_DECLARE_TR_FUNCTIONS(relayq::ApplicationLog)
public:
    struct Options
    {
        bool writeFile = true; // false: stderr only (relayqctl)
        QString folder; // empty: defaultFolder()
        // Tests make these small to see rotation happen.
        qint64 maxFileBytes = 1024 * 1024;
        int olderFiles = 4; // kept besides the current file
        std::ostream *console = nullptr; // null: stderr; tests read what "stderr" got here
    };

    ApplicationLog() : ApplicationLog(Options()) { }
    explicit ApplicationLog(const Options &options);
    // Flushes and gives spdlog its previous default logger back.
    ~ApplicationLog();
    ApplicationLog(const ApplicationLog &) = delete;
    ApplicationLog &operator=(const ApplicationLog &) = delete;

    // <GenericDataLocation>/relayq-tray/logs, e.g. ~/.local/share/relayq-tray/logs: beside the
    // audit log, backups and recent dispatches.
    static QString defaultFolder();
    static QString fileName() { return QStringLiteral("relayq-tray.log"); }

    QString folder() const { return m_folder; }
    QString filePath() const; // the current file
    // False when there is no file (relayqctl) or it could not be opened (problem() says why).
    bool writesFile() const { return m_writesFile; }
    QString problem() const { return m_problem; }

    // The settings' log_level: trace, debug, info, warn or error (anything else: info).
    void setLevel(const QString &level);
    // --verbose: at least debug, even when the settings (also ones saved later) say less.
    void setVerbose(bool verbose);
    // The level in force, as spdlog names it ("debug", "info" …).
    QString level() const;

    // Masks `secret` (the token in use, a runner token) in every line from now on.
    void addSecret(const QString &secret);

private:
    std::shared_ptr<spdlog::sinks::sink> openFile(const Options &options);
    void applyLevel();

    std::shared_ptr<SecretRedaction> m_redaction;
    std::shared_ptr<spdlog::logger> m_logger;
    std::shared_ptr<spdlog::logger> m_previous;
    QString m_folder;
    QString m_problem;
    QString m_settingsLevel = QStringLiteral("info");
    bool m_verbose = false;
    bool m_writesFile = false;
};

} // namespace relayq
