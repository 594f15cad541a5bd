#include "WorkflowDefinition.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>
#include <exception>
#include <yaml-cpp/yaml.h>

namespace relayq {

namespace {
QString text(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

const QLatin1String dispatchEvent("workflow_dispatch");

// yaml-cpp keeps the key `on` as the text "on", but a file may quote it differently or have gone
// through a YAML 1.1 tool that rewrote it as `true:`; GitHub reads all of them as the trigger.
bool isOnKey(const QString &key)
{
    return key.compare(QLatin1String("on"), Qt::CaseInsensitive) == 0
        || key.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

std::optional<bool> yamlBool(const QString &value)
{
    if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

// The value under a map key, or an invalid node; iterating keeps us clear of yaml-cpp's
// subscript, which creates entries or throws on the wrong node kind.
YAML::Node valueOf(const YAML::Node &map, QLatin1String key)
{
    if (map.IsMap())
        for (const auto &entry : map)
            if (text(entry.first) == key)
                return entry.second;
    return YAML::Node(YAML::NodeType::Undefined);
}

std::optional<WorkflowInput::Type> typeFromName(const QString &name)
{
    for (auto type :
         { WorkflowInput::Type::String, WorkflowInput::Type::Boolean, WorkflowInput::Type::Choice,
           WorkflowInput::Type::Number, WorkflowInput::Type::Environment })
        if (name.compare(WorkflowDefinition::typeName(type), Qt::CaseInsensitive) == 0)
            return type;
    return std::nullopt;
}

bool isNumber(const QString &value)
{
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    return ok && std::isfinite(number);
}

void readType(WorkflowInput &input, const YAML::Node &node, QStringList &warnings)
{
    if (!node.IsDefined() || node.IsNull())
        return;
    if (const auto type = typeFromName(text(node))) {
        input.type = *type;
        return;
    }
    warnings << WorkflowDefinition::tr(
                    "Input “%1” has the unknown type “%2”; it is treated as text.")
                    .arg(input.name, text(node));
}

void readRequired(WorkflowInput &input, const YAML::Node &node, QStringList &warnings)
{
    if (!node.IsDefined() || node.IsNull())
        return;
    if (const auto required = yamlBool(text(node)))
        input.required = *required;
    else
        warnings << WorkflowDefinition::tr(
                        "Input “%1” says required: “%2”, which is neither true nor false; it is "
                        "treated as not required.")
                        .arg(input.name, text(node));
}

void readDefault(WorkflowInput &input, const YAML::Node &node, QStringList &warnings)
{
    if (!node.IsDefined() || node.IsNull())
        return;
    if (!node.IsScalar()) {
        warnings << WorkflowDefinition::tr(
                        "The default of input “%1” is not a single value; it is ignored.")
                        .arg(input.name);
        return;
    }
    input.defaultValue = text(node);
    if (input.type != WorkflowInput::Type::Boolean)
        return;
    if (const auto value = yamlBool(input.defaultValue))
        input.defaultValue = *value ? QStringLiteral("true") : QStringLiteral("false");
    else
        warnings << WorkflowDefinition::tr(
                        "The default of boolean input “%1” is “%2”, not true or false.")
                        .arg(input.name, input.defaultValue);
}

void readOptions(WorkflowInput &input, const YAML::Node &node, QStringList &warnings)
{
    if (node.IsSequence())
        for (const auto &option : node)
            if (option.IsScalar())
                input.options << text(option);
    if (input.type != WorkflowInput::Type::Choice)
        return;
    if (input.options.isEmpty())
        warnings << WorkflowDefinition::tr("Choice input “%1” has no options.").arg(input.name);
    else if (!input.defaultValue.isEmpty() && !input.options.contains(input.defaultValue))
        warnings << WorkflowDefinition::tr(
                        "The default “%1” of choice input “%2” is not among its options.")
                        .arg(input.defaultValue, input.name);
}

// False when the input's entry is not a map (or empty), which GitHub refuses outright.
bool readInput(WorkflowInput &input, const YAML::Node &node, QStringList &warnings)
{
    if (node.IsNull())
        return true; // `name:` with nothing under it: a string input without description
    if (!node.IsMap())
        return false;
    readType(input, valueOf(node, QLatin1String("type")), warnings);
    input.description = text(valueOf(node, QLatin1String("description")));
    readRequired(input, valueOf(node, QLatin1String("required")), warnings);
    readDefault(input, valueOf(node, QLatin1String("default")), warnings);
    readOptions(input, valueOf(node, QLatin1String("options")), warnings);
    return true;
}

// Reads `on.workflow_dispatch.inputs`; false with `problem` set when their shape is wrong.
bool readInputs(WorkflowDefinition &definition, const YAML::Node &dispatch)
{
    const YAML::Node inputs = valueOf(dispatch, QLatin1String("inputs"));
    if (!inputs.IsDefined() || inputs.IsNull())
        return true;
    if (!inputs.IsMap()) {
        definition.problem = WorkflowDefinition::tr(
                                 "The workflow’s workflow_dispatch inputs (line %1) are not a list "
                                 "of named inputs.")
                                 .arg(inputs.Mark().line + 1);
        return false;
    }
    for (const auto &entry : inputs) {
        WorkflowInput input;
        input.name = text(entry.first);
        if (input.name.isEmpty() || !readInput(input, entry.second, definition.warnings)) {
            definition.problem = WorkflowDefinition::tr(
                                     "Input “%1” of the workflow (line %2) is not described by a "
                                     "map of type, description, required and default.")
                                     .arg(input.name)
                                     .arg(entry.first.Mark().line + 1);
            return false;
        }
        definition.inputs << input;
    }
    if (definition.inputs.size() > WorkflowDefinition::maxDispatchInputs)
        definition.warnings << WorkflowDefinition::tr(
                                   "The workflow declares %1 inputs; GitHub accepts at most %2.")
                                   .arg(definition.inputs.size())
                                   .arg(WorkflowDefinition::maxDispatchInputs);
    return true;
}

// `on:` as a scalar, a list or a map; returns the workflow_dispatch entry of a map (null when
// the trigger has no settings), invalid when there is none.
YAML::Node dispatchTrigger(const YAML::Node &on, bool &dispatchable)
{
    dispatchable = false;
    if (on.IsScalar()) {
        dispatchable = text(on) == dispatchEvent;
    } else if (on.IsSequence()) {
        for (const auto &event : on)
            dispatchable = dispatchable || text(event) == dispatchEvent;
    } else if (on.IsMap()) {
        for (const auto &entry : on)
            if (text(entry.first) == dispatchEvent) {
                dispatchable = true;
                return entry.second;
            }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

void readDocument(WorkflowDefinition &definition, const YAML::Node &root)
{
    if (!root.IsMap()) {
        definition.problem = WorkflowDefinition::tr(
            "The workflow file does not describe a workflow (it is not a map "
            "of keys such as name, on and jobs).");
        return;
    }
    YAML::Node on(YAML::NodeType::Undefined);
    for (const auto &entry : root) {
        const QString key = text(entry.first);
        if (key == QLatin1String("name"))
            definition.name = text(entry.second);
        else if (isOnKey(key))
            on = entry.second;
    }
    const YAML::Node dispatch = dispatchTrigger(on, definition.dispatchable);
    if (dispatch.IsDefined() && !dispatch.IsNull() && !dispatch.IsMap()) {
        definition.problem = WorkflowDefinition::tr(
                                 "The workflow’s workflow_dispatch trigger (line %1) is neither "
                                 "empty nor a map.")
                                 .arg(dispatch.Mark().line + 1);
        return;
    }
    readInputs(definition, dispatch);
}
} // namespace

WorkflowDefinition WorkflowDefinition::parse(const QByteArray &yaml)
{
    WorkflowDefinition definition;
    try {
        readDocument(definition, YAML::Load(yaml.toStdString()));
    } catch (const YAML::Exception &error) {
        definition = WorkflowDefinition();
        definition.problem = tr("The workflow file is not valid YAML: line %1, column %2: %3.")
                                 .arg(error.mark.line + 1)
                                 .arg(error.mark.column + 1)
                                 .arg(QString::fromStdString(error.msg));
    } catch (const std::exception &error) {
        definition = WorkflowDefinition();
        definition.problem = tr("The workflow file could not be read: %1.")
                                 .arg(QString::fromLocal8Bit(error.what()));
    }
    if (!definition.problem.isEmpty()) {
        definition.name.clear();
        definition.dispatchable = false;
        definition.inputs.clear();
        definition.warnings.clear();
    }
    return definition;
}

QString WorkflowDefinition::typeName(WorkflowInput::Type type)
{
    switch (type) {
    case WorkflowInput::Type::String: return QStringLiteral("string");
    case WorkflowInput::Type::Boolean: return QStringLiteral("boolean");
    case WorkflowInput::Type::Choice: return QStringLiteral("choice");
    case WorkflowInput::Type::Number: return QStringLiteral("number");
    case WorkflowInput::Type::Environment: return QStringLiteral("environment");
    }
    return QStringLiteral("string");
}

const WorkflowInput *WorkflowDefinition::input(const QString &name) const
{
    for (const WorkflowInput &candidate : inputs)
        if (candidate.name == name)
            return &candidate;
    return nullptr;
}

namespace {
QString unknownInput(const WorkflowDefinition &definition, const QString &name)
{
    for (const WorkflowInput &candidate : definition.inputs)
        if (candidate.name.compare(name, Qt::CaseInsensitive) == 0)
            return WorkflowDefinition::tr(
                       "“%1” is not an input of this workflow (did you mean “%2”?).")
                .arg(name, candidate.name);
    if (definition.inputs.isEmpty())
        return WorkflowDefinition::tr("“%1” is not an input of this workflow; it takes no inputs.")
            .arg(name);
    QStringList names;
    for (const WorkflowInput &candidate : definition.inputs)
        names << candidate.name;
    return WorkflowDefinition::tr("“%1” is not an input of this workflow; its inputs are %2.")
        .arg(name, names.join(QStringLiteral(", ")));
}

// The problem with one given value of a declared input, or an empty string.
QString valueProblem(const WorkflowInput &input, const QString &value)
{
    if (value.isEmpty())
        return input.required
            ? WorkflowDefinition::tr("Input “%1” is required and may not be empty.").arg(input.name)
            : QString();
    switch (input.type) {
    case WorkflowInput::Type::Boolean:
        if (!yamlBool(value))
            return WorkflowDefinition::tr(
                       "Input “%1” is a boolean: “%2” is neither true nor false.")
                .arg(input.name, value);
        break;
    case WorkflowInput::Type::Choice:
        if (!input.options.contains(value))
            return WorkflowDefinition::tr("Input “%1” must be one of %2, not “%3”.")
                .arg(input.name, input.options.join(QStringLiteral(", ")), value);
        break;
    case WorkflowInput::Type::Number:
        if (!isNumber(value))
            return WorkflowDefinition::tr("Input “%1” is a number: “%2” is not one.")
                .arg(input.name, value);
        break;
    case WorkflowInput::Type::String:
    case WorkflowInput::Type::Environment: break;
    }
    return QString();
}
} // namespace

QStringList WorkflowDefinition::check(const QMap<QString, QString> &values) const
{
    QStringList problems;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (const WorkflowInput *declared = input(it.key())) {
            const QString problem = valueProblem(*declared, it.value());
            if (!problem.isEmpty())
                problems << problem;
        } else {
            problems << unknownInput(*this, it.key());
        }
    }
    for (const WorkflowInput &declared : inputs)
        if (declared.required && declared.defaultValue.isEmpty() && !values.contains(declared.name))
            problems << tr("Input “%1” is required and has no default; give it a value.")
                            .arg(declared.name);
    if (values.size() > maxDispatchInputs)
        problems << tr("GitHub accepts at most %1 inputs in one dispatch; %2 were given.")
                        .arg(maxDispatchInputs)
                        .arg(values.size());
    return problems;
}

QJsonObject WorkflowDefinition::dispatchInputs(const QMap<QString, QString> &values) const
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const WorkflowInput *declared = input(it.key());
        const auto type = declared ? declared->type : WorkflowInput::Type::String;
        QString value = it.value();
        if (value.isEmpty() && type != WorkflowInput::Type::String)
            continue; // left to GitHub, which applies the default
        if (type == WorkflowInput::Type::Boolean)
            if (const auto flag = yamlBool(value))
                value = *flag ? QStringLiteral("true") : QStringLiteral("false");
        if (type == WorkflowInput::Type::Number)
            value = value.trimmed();
        object.insert(it.key(), value);
    }
    return object;
}

} // namespace relayq
