// The token must never leave the process except in the Authorization header to the configured
// API host. This runs the whole monitoring loop at the most verbose log level through a good
// poll and every kind of failure, capturing everything a user or a bug report could see:
// spdlog output, Qt's own messages, connection messages and the URLs of every exchange.

#include "Clock.h"
#include "ConnectionStatus.h"
#include "FleetWatch.h"
#include "GitHubClient.h"
#include "SimFleet.h"
#include "Simulator.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <sstream>

using namespace relayq;
using relayq::sim::SimFault;
using relayq::sim::Simulator;

namespace {
const QString kToken = QStringLiteral("ghp_hygieneTOKEN0123456789abcdefABCDEF");
const QString kRepo = QStringLiteral("acme/media");

QString g_qtMessages;
void captureQtMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_qtMessages += message + QLatin1Char('\n');
}
} // namespace

class TestTokenHygiene : public QObject
{
    Q_OBJECT

    std::ostringstream m_log;
    std::shared_ptr<spdlog::logger> m_previousLogger;
    ManualClock m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FleetWatch> m_watch;
    QStringList m_seen; // everything shown or logged besides the log itself

    void poll()
    {
        QSignalSpy polled(m_watch.get(), &FleetWatch::polled);
        QVERIFY(m_watch->checkNow());
        QVERIFY(polled.wait(15000));
        m_seen.append(m_watch->connection().message);
    }

    void verifyNoToken(const QString &where, const QString &text)
    {
        QVERIFY2(!text.contains(kToken), qPrintable(where + QStringLiteral(" shows the token")));
        // Also no recognisable part of it (a log line cut in the middle still leaks).
        QVERIFY2(!text.contains(kToken.mid(4, 16)),
                 qPrintable(where + QStringLiteral(" shows part of the token")));
    }

private slots:
    void initTestCase()
    {
        m_previousLogger = spdlog::default_logger();
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_log);
        auto logger = std::make_shared<spdlog::logger>("hygiene", sink);
        logger->set_level(spdlog::level::trace);
        spdlog::set_default_logger(logger);
        qInstallMessageHandler(captureQtMessage);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=true"));

        m_sim = std::make_unique<Simulator>(m_clock);
        m_sim->setRequiredToken(kToken);
        QVERIFY(m_sim->listen());
        m_sim->fleet().addRepository(QStringLiteral("acme"), QStringLiteral("media"));
        m_sim->fleet().addRunner(kRepo, QStringLiteral("rpi4-runner"), { QStringLiteral("rpi4") });

        m_network = std::make_unique<QNetworkAccessManager>();
        m_watch = std::make_unique<FleetWatch>(m_network.get(), m_clock);
        QVERIFY(!m_watch->setApiBase(m_sim->baseUrl()).has_value());
        m_watch->setToken(kToken);
        m_watch->setTargets({ *Target::parse(kRepo) });
        m_watch->setSettings(MonitorSettings {});
        m_watch->client().setTransferTimeoutMs(300);
        connect(&m_watch->client(), &GitHubClient::exchangeFinished, this,
                [this](const QUrl &url, int, bool) { m_seen.append(url.toString()); });
    }

    void cleanupTestCase()
    {
        m_watch.reset();
        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules(QString());
        spdlog::set_default_logger(m_previousLogger);
    }

    void goodPollThenEveryFailure()
    {
        poll();
        QVERIFY(m_watch->connection().isOk());
        QVERIFY2(m_sim->lastAuthorization() == QStringLiteral("Bearer ") + kToken,
                 "the simulator must have received the token, or this test proves nothing");

        auto fault = [](SimFault::Kind kind, int status = 500) {
            SimFault f;
            f.kind = kind;
            f.status = status;
            return f;
        };
        const QList<SimFault> faults = {
            fault(SimFault::Kind::Status, 401), fault(SimFault::Kind::Status, 403),
            fault(SimFault::Kind::Status, 500), fault(SimFault::Kind::Malformed),
            fault(SimFault::Kind::Truncated),   fault(SimFault::Kind::ResetMidBody),
            fault(SimFault::Kind::NoAnswer),
        };
        for (const SimFault &each : faults) {
            m_sim->clearFaults();
            m_sim->addFault(each);
            poll();
            QVERIFY2(!m_watch->connection().isOk(),
                     qPrintable(QStringLiteral("fault %1 was not noticed").arg(int(each.kind))));
            m_clock.advance(2 * 60 * 60); // past any back-off
        }
        m_sim->clearFaults();
        poll();
        QVERIFY(m_watch->connection().isOk());

        const QString log = QString::fromStdString(m_log.str());
        QVERIFY2(log.contains(QStringLiteral("GET")), "the client logged nothing at trace level");
        verifyNoToken(QStringLiteral("the log"), log);
        verifyNoToken(QStringLiteral("Qt's messages"), g_qtMessages);
        verifyNoToken(QStringLiteral("connection messages and URLs"),
                      m_seen.join(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestTokenHygiene)
#include "TestTokenHygiene.moc"
