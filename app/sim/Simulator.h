#pragma once
// The simulator's front door: an HTTP/1.1 server on loopback that answers the GitHub REST
// endpoints RelayQ uses, from a stateful fleet, with ETags, Link pagination, rate-limit headers,
// injected faults and a control API under /_sim/ (documented in docs/simulator.md).

#include "SimFault.h"
#include "SimToken.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace relayq {
class Clock;
}

namespace relayq::sim {

class SimFleet;
class SimRegistration;

struct SimCounters
{
    qint64 requests = 0; // every API request answered (control API excluded)
    qint64 notModified = 0; // answered 304
    qint64 charged = 0; // counted against the primary rate limit
    qint64 bytesSent = 0; // response bytes (headers + body)
    qint64 unauthorized = 0; // answered 401
};

class Simulator : public QObject
{
    Q_OBJECT
public:
    explicit Simulator(const Clock &clock, QObject *parent = nullptr);
    ~Simulator() override;

    // port 0 picks a free port. Only loopback addresses are accepted.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    // Stops listening and drops every open connection: clients meet "connection refused" (not a
    // kept-alive socket) until listen() again; listen(QHostAddress::LocalHost, oldPort) brings
    // the server back where they look. The fleet and everything else are kept.
    void close();

    SimFleet &fleet();

    // Requests must carry "Authorization: Bearer <token>" (else 401 Bad credentials).
    // An empty token accepts any request (as the demo does).
    void setRequiredToken(const QString &token);
    // Tokens with owners, kinds and rights (docs/simulator.md, "Tokens"). From the first
    // addToken until clearTokens, every API request is judged by these tokens (unknown, revoked
    // or expired: 401) and setRequiredToken no longer applies.
    void addToken(const SimToken &token); // replaces a token with the same secret
    bool revokeToken(const QString &secret); // false when unknown
    void clearTokens(); // back to setRequiredToken / accept all

    // The Authorization header of the last API request, exactly as received.
    QString lastAuthorization() const;

    void addFault(const SimFault &fault);
    void clearFaults();

    // Primary rate limit per hour window (default 5000).
    void setRateLimit(int limit);

    SimCounters counters() const;
    void resetCounters();
    // Drops the list answers kept while the fleet is unchanged (they are made again when asked
    // for): a test measuring its own process's heap does not count them as the client's.
    void forgetKeptAnswers();

    // Runner registration (docs/simulator.md, "Registering runners"): what a runner's config.sh
    // does on GitHub with a token the API issued, reported by whoever plays the runner.
    SimRegistration &registration();

signals:
    // One API request answered: method, path with query, HTTP status.
    void requestServed(const QString &method, const QString &path, int status);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace relayq::sim
