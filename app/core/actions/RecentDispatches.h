#pragma once
// The last few workflow dispatches the user sent (repository, workflow, ref, inputs, when), for
// "Dispatch again" in the tray menu. Most recent first; sending an identical dispatch again moves
// it to the top instead of listing it twice. Kept as a small JSON file in the app's data folder,
// shared by the tray and `relayqctl`, replaced atomically so a crash never leaves half a file.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace relayq {

class Clock;

struct RecentDispatch
{
    QString repository; // "owner/repo"
    QString workflowFile; // as the API names it: "deploy.yml" (or the id as text)
    qint64 workflowId = 0; // 0 when unknown
    QString workflowName; // the workflow's `name:`, for the menu; may be empty
    QString ref; // branch or tag
    QMap<QString, QString> inputs; // NAME → VALUE as sent
    QDateTime when; // UTC; filled from the clock by record() when invalid

    // Same repository (GitHub names ignore case), workflow, ref and inputs: "the same dispatch"
    // whatever its time or display name.
    bool sameDispatchAs(const RecentDispatch &other) const;
    // For a menu entry: "Deploy on main — acme/web (environment=prod)".
    QString label() const;

    bool operator==(const RecentDispatch &) const = default;
};

class RecentDispatches
{
    Q_DECLARE_TR_FUNCTIONS(relayq::RecentDispatches)

public:
    static constexpr int maxEntries = 5;

    // `filePath` empty: defaultPath(). Reads the file; see problem() when it could not be read.
    explicit RecentDispatches(const Clock &clock, const QString &filePath = QString());

    // <GenericDataLocation>/relayq-tray/recent-dispatches.json, shared by tray and relayqctl.
    static QString defaultPath();
    QString filePath() const { return m_filePath; }

    // Reads the file again (another process may have dispatched). A missing file is an empty
    // list; an unreadable one is an empty list with problem() in words. False on a problem.
    bool reload();
    // Most recent first, at most maxEntries.
    QList<RecentDispatch> entries() const { return m_entries; }

    // Puts `dispatch` on top (re-reading the file first so other processes' entries survive),
    // drops an identical older entry and anything past maxEntries, and saves. False with
    // problem() set when it could not be saved; the list in memory is updated anyway.
    bool record(RecentDispatch dispatch);
    // Forgets every entry (and saves the empty list).
    bool clear();

    QString problem() const { return m_problem; }

private:
    bool save();

    const Clock &m_clock;
    QString m_filePath;
    QList<RecentDispatch> m_entries;
    QString m_problem;
};

} // namespace relayq
