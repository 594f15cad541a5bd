#pragma once
// The record of every action RelayQ took on the user's behalf (restart, dispatch, backup,
// recovery, auto-recovery): what, which runner or workflow, when, the outcome and the helper's
// output. Appended as one JSON object per line to a file in the app's data folder, so a crash
// loses at most the line being written; the status window and `relayqctl` read the recent end.
// The token never reaches it: callers pass outcomes and helper output, which never hold it.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace relayq {

class Clock;

struct AuditEntry
{
    QDateTime when; // UTC; filled from the clock by append() when invalid
    QString action; // "restart", "dispatch", "backup", "restore", "recover", "auto-recovery" …
    QString subject; // the runner's name, or "owner/repo workflow.yml"
    bool succeeded = false;
    QString message; // the outcome in words, as the user was told
    QString helperOutput; // commands run and what they printed; may be empty
    QString origin; // "tray", "notification", "relayqctl", "auto-recovery"
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(relayq::AuditLog)

public:
    // `filePath` empty: defaultPath().
    AuditLog(const Clock &clock, const QString &filePath = QString());

    // <GenericDataLocation>/relayq-tray/audit.log, e.g. ~/.local/share/relayq-tray/audit.log,
    // whichever face (tray, relayqctl) asks.
    static QString defaultPath();
    QString filePath() const { return m_filePath; }

    // Appends one line (the folder is created, the file is 0600). False with problem() set when
    // it could not be written; the action itself is not undone.
    bool append(AuditEntry entry);
    // The last `count` entries, oldest first; lines that cannot be read are skipped.
    QList<AuditEntry> recent(int count) const;
    QString problem() const { return m_problem; }

    // Past this size the file is moved to "<file>.1" (replacing the older one) before the next
    // line is written, so the log stays small and the latest history survives. Default 1 MiB.
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    QString rotatedPath() const { return m_filePath + QLatin1String(".1"); }

private:
    bool ensureFolder();
    bool rotateIfFull();
    bool writeLine(const QByteArray &line);

    const Clock &m_clock;
    QString m_filePath;
    QString m_problem;
    qint64 m_maxBytes = 1024 * 1024;
};

} // namespace relayq
