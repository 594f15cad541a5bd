#pragma once
// One relayq-tray per user: the first launch listens on a local socket named per user; a later
// launch connects, asks it to show its status window, and exits.

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
    // Becomes the running instance (removing a socket left behind by a crash); false when the
    // name cannot be taken.
    bool listen();
    bool isListening() const;
    QString serverName() const { return m_serverName; }

signals:
    void showRequested();

private:
    void onNewConnection();

    QString m_serverName;
    QLocalServer *m_server;
};

} // namespace relayq
