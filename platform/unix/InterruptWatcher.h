#pragma once
// Turns SIGINT/SIGTERM into a Qt signal, so `watch` ends through the event loop (flushing its
// output) instead of dying mid-line. The handler only writes a byte to a pipe: that is all a
// signal handler may safely do.

#include <QObject>

class QSocketNotifier;

namespace relayq {

class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace relayq
