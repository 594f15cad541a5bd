#pragma once
// Everything relayq-tray runs, assembled once: the clock, the network, the monitoring loop
// (FleetWatch), the notification policy and its delivery, the status window and the tray
// controller — plus, with --demo, the in-process simulator serving the demo fleet on loopback.
// main() only parses the command line and hands it over; tests build a session the same way.

#include "Clock.h"
#include "TrayCommandLine.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace relayq::sim {
class Simulator;
}

namespace relayq {

class FleetWatch;
class NotificationDelivery;
class NotificationPolicy;
class Notifier;
class StatusWindow;
class TrayController;

class TraySession : public QObject
{
    Q_OBJECT
public:
    explicit TraySession(QObject *parent = nullptr);
    ~TraySession() override;

    // Configures monitoring. Without a token or targets nothing is watched and the window says
    // what to set (setupMessage()); the app still runs.
    void prepare(const TrayCommandLine &commandLine);
    // Shows the tray icon (or the window where there is no tray) and starts polling.
    void start();

    QString setupMessage() const { return m_setupMessage; }
    bool isWatching() const { return m_setupMessage.isEmpty(); }
    // How pages on GitHub are opened (QDesktopServices by default; tests record instead).
    void setUrlOpener(std::function<void(const QUrl &)> opener);

    const Clock &clock() const { return m_clock; }
    FleetWatch &watch() const { return *m_watch; }
    NotificationPolicy &policy() const { return *m_policy; }
    NotificationDelivery &delivery() const { return *m_delivery; }
    StatusWindow &window() const { return *m_window; }
    TrayController &controller() const { return *m_controller; }

private:
    QString configure(const TrayCommandLine &commandLine);
    void connectParts();
    void chooseNotifiers();
    void openUrl(const QUrl &url);

    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<sim::Simulator> m_demo;
    std::unique_ptr<FleetWatch> m_watch;
    std::unique_ptr<NotificationPolicy> m_policy;
    std::unique_ptr<StatusWindow> m_window;
    std::unique_ptr<NotificationDelivery> m_delivery;
    std::unique_ptr<TrayController> m_controller;
    std::vector<std::unique_ptr<Notifier>> m_notifiers;
    std::function<void(const QUrl &)> m_opener;
    QString m_setupMessage;
};

} // namespace relayq
