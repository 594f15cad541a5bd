#include "WorkflowDefinition.h"

// STUB: replaced by the helper that owns workflow definitions.

namespace relayq {

WorkflowDefinition WorkflowDefinition::parse(const QByteArray &)
{
    WorkflowDefinition definition;
    definition.problem = QStringLiteral("not implemented");
    return definition;
}

const WorkflowInput *WorkflowDefinition::input(const QString &name) const
{
    for (const WorkflowInput &candidate : inputs)
        if (candidate.name == name)
            return &candidate;
    return nullptr;
}

QStringList WorkflowDefinition::check(const QMap<QString, QString> &) const
{
    return {};
}

} // namespace relayq
