#pragma once
// A server the contract tests start as a child process (Prism, relayq-sim). It counts as ready
// once its output shows the line that announces its address, so tests wait for that line
// instead of sleeping. The process is killed when this object goes away.

#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

namespace relayq::contract {

class ServerProcess : public QObject
{
    Q_OBJECT
public:
    // readyLine must capture the server's base URL in its first group.
    ServerProcess(const QString &name, const QRegularExpression &readyLine,
                  QObject *parent = nullptr);
    ~ServerProcess() override;

    void start(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // Waits for the ready line on the event loop; false if the process died or time ran out.
    bool waitUntilReady(int timeoutMs);
    void stop();

    bool isReady() const { return m_url.isValid(); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl url() const { return m_url; }
    QString name() const { return m_name; }

    // Everything the process printed so far (stdout and stderr merged). Tests take a mark
    // before an action and look only at what was printed after it.
    qsizetype outputMark() const { return m_output.size(); }
    QString output(qsizetype sinceMark = 0) const { return m_output.mid(sinceMark); }
    // A short description for failure messages: how it was started and how it ended.
    QString describe() const;

signals:
    void ready();
    void exited();

private:
    void readOutput();

    QString m_name;
    QRegularExpression m_readyLine;
    QProcess m_process;
    QString m_output;
    QUrl m_url;
    QString m_commandLine;
};

} // namespace relayq::contract
