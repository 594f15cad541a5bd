#pragma once
// What a workflow file says about being dispatched by hand: whether `on:` has a
// `workflow_dispatch` trigger (as a scalar, a list or a map) and the inputs it declares, read
// from the YAML text with yaml-cpp. The dispatch dialog builds its form from this and
// `relayqctl dispatch` checks NAME=VALUE pairs against it before anything is sent.

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace relayq {

struct WorkflowInput
{
    enum class Type { String, Boolean, Choice, Number, Environment };
    QString name;
    Type type = Type::String; // a missing `type:` is a string, as on GitHub
    QString description;
    bool required = false;
    QString defaultValue; // as written ("true"/"false" for booleans); empty: none
    QStringList options; // for Choice

    bool operator==(const WorkflowInput &) const = default;
};

struct WorkflowDefinition
{
    QString name; // `name:` of the workflow; empty when it has none
    bool dispatchable = false; // `on:` includes workflow_dispatch
    QList<WorkflowInput> inputs; // in file order
    QString problem; // in words when the YAML could not be read; then nothing else is set
    // Things GitHub would likely refuse or that were read leniently (an unknown input type read
    // as a string, a choice without options …), in words. The definition is still usable.
    QStringList warnings;

    // GitHub takes at most this many properties in a dispatch's `inputs` (OpenAPI
    // maxProperties of actions/create-workflow-dispatch).
    static constexpr int maxDispatchInputs = 25;

    // Never throws: malformed YAML, a document that is not a map and the like give `problem`.
    static WorkflowDefinition parse(const QByteArray &yaml);

    const WorkflowInput *input(const QString &name) const;

    // Checks values typed by the user (NAME → VALUE as text) against the inputs: unknown
    // names, a missing required input without default, a value not among the choices, a
    // number that is not one, a boolean other than true/false. Returns the problems in words
    // (empty when all is well).
    // More than maxDispatchInputs values is a problem too.
    QStringList check(const QMap<QString, QString> &values) const;

    // The `inputs` object of the dispatch request for values that passed check(). Every value is
    // a JSON string, as GitHub's web form and `gh workflow run` send them; booleans become
    // "true"/"false". Defaults are not filled in: an input left out gets its default from
    // GitHub. An empty value is left out (GitHub then applies the default) except for a string
    // input, where "" is a value the user chose over the default.
    QJsonObject dispatchInputs(const QMap<QString, QString> &values) const;

    static QString typeName(WorkflowInput::Type type); // "string", "boolean" … as in the YAML

    Q_DECLARE_TR_FUNCTIONS(relayq::WorkflowDefinition)
};

} // namespace relayq
