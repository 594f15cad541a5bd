// The control API's dispatch settings (docs/simulator.md): a workflow's file with the inputs it
// declares, a repository's default branch, and the enterprise (GHES) switch.

#include "SimApi.h"
#include "SimControl.h"
#include "SimFleet.h"
#include "SimJsonWriter.h"

#include <QJsonArray>

namespace relayq::sim {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out << item.toString();
    return out;
}

} // namespace

std::optional<SimHttpResponse> SimControl::dispatchSetting(const QString &what,
                                                           const QJsonObject &body)
{
    const QString repo = body.value(QStringLiteral("repo")).toString();
    if (what == QLatin1String("workflow-file")) {
        SimWorkflowFile file;
        file.yaml = body.value(QStringLiteral("yaml")).toString().toUtf8();
        file.dispatchable = body.value(QStringLiteral("dispatchable")).toBool(true);
        file.inputs = strings(body.value(QStringLiteral("inputs")));
        file.requiredInputs = strings(body.value(QStringLiteral("required")));
        if (!m_fleet.setWorkflowFile(repo, body.value(QStringLiteral("workflow")).toString(), file))
            return SimApi::notFound();
        return SimApi::json(200, { { QStringLiteral("size"), file.yaml.size() } });
    }
    if (what == QLatin1String("default-branch")) {
        const QString branch = body.value(QStringLiteral("branch")).toString();
        if (!m_fleet.hasRepository(repo) || branch.isEmpty())
            return SimApi::notFound();
        m_fleet.setDefaultBranch(repo, branch);
        return SimApi::json(200, { { QStringLiteral("default_branch"), branch } });
    }
    if (what == QLatin1String("enterprise")) {
        m_fleet.setEnterprise(body.value(QStringLiteral("enabled")).toBool());
        return SimApi::json(200, { { QStringLiteral("enterprise"), m_fleet.isEnterprise() } });
    }
    return std::nullopt;
}

} // namespace relayq::sim
