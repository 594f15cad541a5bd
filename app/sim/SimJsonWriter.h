#pragma once
// Writes the simulator's fleet as GitHub's REST API shows it, shaped by GitHub's OpenAPI
// description (every required property, with its type). Deliberately independent from the
// client's parsers: the two sides only meet through GitHub's published format.

#include "SimJob.h"
#include "SimRunner.h"
#include "SimWorkflow.h"
#include "SimWorkflowRun.h"

#include <QJsonObject>

namespace relayq::sim {

class SimJsonWriter
{
public:
    // apiBase: "http://127.0.0.1:PORT" (plus "/api/v3" when asked the GHES way).
    explicit SimJsonWriter(QString apiBase);

    QJsonObject runner(const SimRunner &runner) const;
    QJsonObject workflow(const SimWorkflow &workflow) const;
    QJsonObject workflowRun(const SimWorkflowRun &run) const;
    QJsonObject job(const SimJob &job, const SimWorkflowRun &run) const;
    QJsonObject minimalRepository(const QString &fullName) const;
    // permissions: the caller's {admin, maintain, push, triage, pull}; empty: all true.
    QJsonObject fullRepository(const QString &fullName, const QDateTime &now, bool isPublic = false,
                               const QJsonObject &permissions = {}) const;
    QJsonObject organization(const QString &login, const QDateTime &now) const; // organization-full
    QJsonObject user(const QString &login, const QString &type) const; // simple-user
    QJsonObject privateUser(const QString &login) const;
    static QJsonObject rate(int limit, int remaining, int used, qint64 reset);
    static QJsonObject error(const QString &message, int status);

    static QString timestamp(const QDateTime &at); // "2026-11-28T05:39:10Z"
    static QString documentationUrl() { return QStringLiteral("https://docs.github.com/rest"); }

private:
    QString m_api;
};

} // namespace relayq::sim
