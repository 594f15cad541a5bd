// Fuzz target: a workflow file's `on: workflow_dispatch` inputs (WorkflowDefinition, yaml-cpp
// underneath), the YAML that the dispatch dialog and `relayqctl dispatch` build their forms and
// checks from. Each input is a workflow file; what parsed is then used as the dialog uses it:
// every input looked up, its default checked and turned into the request's `inputs`.
// The checks: a problem leaves nothing else set, only a dispatchable workflow has inputs, and
// the request carries only given inputs, each as a JSON string.

#include "FuzzCheck.h"
#include "WorkflowDefinition.h"

using namespace relayq;
using relayq::fuzz::check;

namespace {

void useAsTheDialogDoes(const WorkflowDefinition &definition)
{
    QMap<QString, QString> values;
    for (const WorkflowInput &input : definition.inputs) {
        check(definition.input(input.name) != nullptr, "every input can be looked up");
        values.insert(input.name, input.defaultValue);
    }
    // The problems are in words; only their absence is checked where it is certain.
    const QStringList problems = definition.check(values);
    for (const QString &problem : problems)
        check(!problem.isEmpty(), "a problem is said in words");
    const QJsonObject request = definition.dispatchInputs(values);
    check(request.size() <= values.size(), "the request sends no input that was not given");
    for (auto it = request.begin(); it != request.end(); ++it)
        check(it.value().isString(), "every dispatched value is a JSON string");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const WorkflowDefinition definition = WorkflowDefinition::parse(fuzz::bytesOf(data, size));
    if (!definition.problem.isEmpty()) {
        check(definition.inputs.isEmpty() && definition.warnings.isEmpty()
                  && !definition.dispatchable && definition.name.isEmpty(),
              "a workflow that could not be read says nothing else");
        return 0;
    }
    check(definition.dispatchable || definition.inputs.isEmpty(),
          "only a dispatchable workflow has inputs");
    useAsTheDialogDoes(definition);
    return 0;
}
