#pragma once
// One relayq-tray per user: the first launch listens on a local socket named per user; a later
// launch connects, asks it to show its status window, and exits. A lock file next to the socket
// decides between two launches at the same moment (both found nobody listening yet).

#include <QLockFile>
#include <QObject>
#include <QString>

class QLocalServer;

namespace relayq {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // "relayq-tray-<user name>"
    static QString serverNameForUser();

    // True when a running instance took the request to show its window. Connecting to a local
    // socket completes at once when someone listens; this runs before the event loop starts.
    bool askRunningToShow(int timeoutMs = 1000) const;
    // Becomes the running instance: takes the lock (held until this object goes), then listens,
    // removing a socket left behind by a crash. False when another instance holds the lock
    // (anotherInstanceRuns()) or the name cannot be taken.
    bool listen();
    bool isListening() const;
    // After listen() failed: a live instance holds the lock, perhaps still starting up.
    bool anotherInstanceRuns() const { return m_anotherRuns; }
    // askRunningToShow(), retried until the instance holding the lock listens or patienceMs pass.
    bool handOver(int patienceMs = 5000) const;
    QString serverName() const { return m_serverName; }

signals:
    void showRequested();

private:
    void onNewConnection();

    QString m_serverName;
    QLocalServer *m_server;
    QLockFile m_lock;
    bool m_anotherRuns = false;
};

} // namespace relayq
