// Reading real workflow files the way GitHub does for workflow_dispatch: `on` as a scalar, a list
// or a map (also quoted, also turned into `true:` by a YAML 1.1 tool), inputs of every type in
// file order, then checking typed values and building the `inputs` object of the request.

#include "WorkflowDefinition.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace relayq;

namespace {
// QT_NO_CAST_FROM_ASCII is in force: lists of literals go through here.
QStringList list(std::initializer_list<const char *> items)
{
    QStringList strings;
    for (const char *item : items)
        strings << QString::fromUtf8(item);
    return strings;
}

QByteArray workflowFile(const QString &name)
{
    QFile file(QStringLiteral(RELAYQ_TEST_DATA "/workflows/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

WorkflowDefinition parsedFile(const QString &name)
{
    const QByteArray yaml = workflowFile(name);
    if (yaml.isEmpty())
        qFatal("test data %s is missing", qPrintable(name));
    return WorkflowDefinition::parse(yaml);
}

// "a=1", "b=" → {a: "1", b: ""}
QMap<QString, QString> values(const QStringList &pairs)
{
    QMap<QString, QString> map;
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        map.insert(pair.left(equals), pair.mid(equals + 1));
    }
    return map;
}

QStringList names(const WorkflowDefinition &definition)
{
    QStringList list;
    for (const WorkflowInput &input : definition.inputs)
        list << input.name;
    return list;
}

QString joined(const QStringList &list)
{
    return list.join(QStringLiteral(" | "));
}
} // namespace

class TestWorkflowDefinition : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryOnShape_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dispatchable");
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<int>("warnings");

        QTest::newRow("map with inputs of every type")
            << QStringLiteral("deploy-all-types.yml") << QStringLiteral("Deploy") << true
            << list({ "version", "environment", "log_level", "dry_run", "replicas", "notes" }) << 0;
        QTest::newRow("scalar") << QStringLiteral("nightly-scalar.yml")
                                << QStringLiteral("Nightly cleanup") << true << QStringList() << 0;
        QTest::newRow("list") << QStringLiteral("ci-list.yml") << QStringLiteral("CI") << true
                              << QStringList() << 0;
        QTest::newRow("list without dispatch")
            << QStringLiteral("lint-list-without-dispatch.yml") << QStringLiteral("Lint") << false
            << QStringList() << 0;
        QTest::newRow("map, workflow_dispatch with null value")
            << QStringLiteral("docs-null-dispatch.yml") << QStringLiteral("Publish docs") << true
            << QStringList() << 0;
        QTest::newRow("map, workflow_dispatch: {}")
            << QStringLiteral("tests-no-inputs.yml") << QStringLiteral("Tests") << true
            << QStringList() << 0;
        QTest::newRow("map without dispatch")
            << QStringLiteral("release-map-without-dispatch.yml") << QStringLiteral("Release")
            << false << QStringList() << 0;
        QTest::newRow("quoted keys")
            << QStringLiteral("quoted-keys.yml") << QStringLiteral("Benchmarks") << true
            << list({ "suite", "compare" }) << 0;
        QTest::newRow("on written as true")
            << QStringLiteral("on-as-true.yml") << QStringLiteral("Rebuild cache") << true
            << list({ "key" }) << 0;
        QTest::newRow("unknown type")
            << QStringLiteral("unknown-type.yml") << QStringLiteral("Migrate database") << true
            << list({ "target", "confirm" }) << 1;
    }

    void readsEveryOnShape()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(bool, dispatchable);
        QFETCH(QStringList, inputs);
        QFETCH(int, warnings);

        const WorkflowDefinition definition = parsedFile(file);
        QVERIFY2(definition.problem.isEmpty(), qPrintable(definition.problem));
        QCOMPARE(definition.name, name);
        QCOMPARE(definition.dispatchable, dispatchable);
        QCOMPARE(names(definition), inputs); // file order, not alphabetical
        QVERIFY2(definition.warnings.size() == warnings, qPrintable(joined(definition.warnings)));
    }

    void readsEveryInputType()
    {
        const WorkflowDefinition definition = parsedFile(QStringLiteral("deploy-all-types.yml"));
        QCOMPARE(definition.inputs.size(), 6);

        const WorkflowInput *version = definition.input(QStringLiteral("version"));
        QVERIFY(version);
        QCOMPARE(version->type, WorkflowInput::Type::String);
        QCOMPARE(version->description, QStringLiteral("Version to deploy (e.g. 1.4.2)"));
        QVERIFY(version->required);
        QCOMPARE(version->defaultValue, QString());

        QCOMPARE(definition.inputs.at(1).type, WorkflowInput::Type::Environment);
        QVERIFY(definition.inputs.at(1).required);

        const WorkflowInput &logLevel = definition.inputs.at(2);
        QCOMPARE(logLevel.type, WorkflowInput::Type::Choice);
        QCOMPARE(logLevel.options, list({ "info", "warning", "debug" }));
        QCOMPARE(logLevel.defaultValue, QStringLiteral("warning"));
        QVERIFY(!logLevel.required);

        const WorkflowInput &dryRun = definition.inputs.at(3);
        QCOMPARE(dryRun.type, WorkflowInput::Type::Boolean);
        QCOMPARE(dryRun.defaultValue, QStringLiteral("false"));
        QVERIFY(!dryRun.required); // no `required:` at all

        QCOMPARE(definition.inputs.at(4).type, WorkflowInput::Type::Number);
        QCOMPARE(definition.inputs.at(4).defaultValue, QStringLiteral("3"));

        const WorkflowInput &notes = definition.inputs.at(5);
        QCOMPARE(notes.type, WorkflowInput::Type::String); // no `type:`: a string, as on GitHub
        QCOMPARE(notes.description,
                 QStringLiteral("Free text for the release notes.\nMay span lines.\n"));
        QVERIFY(!definition.input(QStringLiteral("Version"))); // names are exact
    }

    void readsQuotedValuesAndYaml11Spellings()
    {
        const WorkflowDefinition quoted = parsedFile(QStringLiteral("quoted-keys.yml"));
        QVERIFY(quoted.inputs.at(0).required); // required: "true"
        QCOMPARE(quoted.inputs.at(0).type, WorkflowInput::Type::Choice);
        QCOMPARE(quoted.inputs.at(0).options, list({ "micro", "macro", "all" }));
        QVERIFY(!quoted.inputs.at(1).required); // required: "false"
        QCOMPARE(quoted.inputs.at(1).defaultValue, QStringLiteral("true"));

        const WorkflowDefinition unknown = parsedFile(QStringLiteral("unknown-type.yml"));
        QCOMPARE(unknown.inputs.at(0).type, WorkflowInput::Type::String); // type: semver
        QVERIFY(unknown.warnings.value(0).contains(QStringLiteral("semver")));
        QVERIFY(unknown.warnings.value(0).contains(QStringLiteral("target")));
        QCOMPARE(unknown.inputs.at(1).defaultValue, QStringLiteral("true")); // default: True
    }

    void refusesBrokenDocuments_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("malformed file")
            << workflowFile(QStringLiteral("malformed.yml")) << QStringLiteral("line 8");
        QTest::newRow("list document")
            << workflowFile(QStringLiteral("not-a-map.yml")) << QStringLiteral("not a map");
        QTest::newRow("empty document") << QByteArray() << QStringLiteral("not a map");
        QTest::newRow("plain text") << QByteArray("just words\n") << QStringLiteral("not a map");
        QTest::newRow("bad indentation") << QByteArray(
            "name: x\non:\n  workflow_dispatch:\n    inputs:\n      a: 1\n     b: 2\n")
                                         << QStringLiteral("line 6");
        QTest::newRow("inputs as a list")
            << QByteArray("on:\n  workflow_dispatch:\n    inputs:\n      - a\n      - b\n")
            << QStringLiteral("line 4");
        QTest::newRow("input as a scalar")
            << QByteArray("on:\n  workflow_dispatch:\n    inputs:\n      a: hello\n")
            << QStringLiteral("“a”");
        QTest::newRow("trigger as a scalar")
            << QByteArray("on:\n  workflow_dispatch: yes\n") << QStringLiteral("line 2");
        QTest::newRow("unclosed flow map")
            << QByteArray("on: { workflow_dispatch: { inputs: {}\n") << QStringLiteral("line");
        QTest::newRow("deep nesting") << QByteArray(5000, '[') << QStringLiteral("YAML");
    }

    void refusesBrokenDocuments()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, mentions);

        const WorkflowDefinition definition = WorkflowDefinition::parse(yaml);
        QVERIFY(!definition.problem.isEmpty());
        QVERIFY2(definition.problem.contains(mentions), qPrintable(definition.problem));
        QVERIFY(!definition.dispatchable);
        QVERIFY(definition.inputs.isEmpty());
        QVERIFY(definition.name.isEmpty());
    }

    void readsFlowStyleAndLenientCases()
    {
        const WorkflowDefinition flow = WorkflowDefinition::parse(
            "on: { workflow_dispatch: { inputs: { n: { type: number, required: TRUE }, "
            "pick: { type: choice } } } }\njobs: {}\n");
        QVERIFY2(flow.problem.isEmpty(), qPrintable(flow.problem));
        QVERIFY(flow.dispatchable);
        QCOMPARE(names(flow), list({ "n", "pick" }));
        QVERIFY(flow.inputs.at(0).required);
        QCOMPARE(flow.warnings.size(), 1); // a choice without options
        QVERIFY(flow.warnings.at(0).contains(QStringLiteral("pick")));

        const WorkflowDefinition noOn = WorkflowDefinition::parse("name: x\njobs: {}\n");
        QVERIFY(noOn.problem.isEmpty());
        QVERIFY(!noOn.dispatchable);

        const WorkflowDefinition bare
            = WorkflowDefinition::parse("on:\n  workflow_dispatch:\n    inputs:\n      who:\n");
        QVERIFY2(bare.problem.isEmpty(), qPrintable(bare.problem));
        QCOMPARE(bare.inputs.value(0).type, WorkflowInput::Type::String);
    }

    void warnsAboutMoreInputsThanGitHubTakes()
    {
        QByteArray yaml("on:\n  workflow_dispatch:\n    inputs:\n");
        for (int i = 0; i < 26; ++i)
            yaml += "      in" + QByteArray::number(i) + ":\n        type: string\n";
        const WorkflowDefinition definition = WorkflowDefinition::parse(yaml);
        QCOMPARE(definition.inputs.size(), 26);
        QCOMPARE(definition.inputs.last().name, QStringLiteral("in25"));
        QVERIFY2(definition.warnings.size() == 1
                     && definition.warnings.at(0).contains(QStringLiteral("25")),
                 qPrintable(joined(definition.warnings)));
    }

    void checksValues_data()
    {
        QTest::addColumn<QStringList>("given");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("mentions"); // input names the problems must name

        const QStringList required = list({ "version=1.4.2", "environment=production" });
        auto row = [](const char *name, const QStringList &given, int count,
                      const QStringList &mentions) {
            QTest::newRow(name) << given << count << mentions;
        };
        row("all well", required, 0, list({}));
        row("every type valid",
            required + list({ "log_level=debug", "dry_run=true", "replicas=2.5", "notes=" }), 0,
            {});
        row("boolean in capitals", required + list({ "dry_run=False" }), 0, list({}));
        row("number with spaces and sign", required + list({ "replicas= -4 " }), 0, list({}));
        row("optional number left empty", required + list({ "replicas=" }), 0, list({}));
        row("unknown name", required + list({ "region=eu" }), 1, list({ "region" }));
        row("name in wrong case (and so version missing)",
            list({ "Version=1", "environment=prod" }), 2, list({ "Version", "version" }));
        row("missing required without default", list({}), 2, list({ "version", "environment" }));
        row("required given empty", list({ "version=", "environment=prod" }), 1,
            list({ "version" }));
        row("not among choices", required + list({ "log_level=verbose" }), 1,
            list({ "log_level", "info, warning, debug" }));
        row("not a number", required + list({ "replicas=three" }), 1, list({ "replicas" }));
        row("nan is not a number", required + list({ "replicas=nan" }), 1, list({ "replicas" }));
        row("infinity is not a number", required + list({ "replicas=inf" }), 1,
            list({ "replicas" }));
        row("boolean as yes", required + list({ "dry_run=yes" }), 1, list({ "dry_run" }));
        row("several at once", list({ "environment=prod", "dry_run=1", "log_level=loud" }), 3,
            list({ "dry_run", "log_level", "version" }));
    }

    void checksValues()
    {
        QFETCH(QStringList, given);
        QFETCH(int, count);
        QFETCH(QStringList, mentions);

        const WorkflowDefinition definition = parsedFile(QStringLiteral("deploy-all-types.yml"));
        const QStringList problems = definition.check(values(given));
        QVERIFY2(problems.size() == count, qPrintable(joined(problems)));
        for (const QString &name : mentions)
            QVERIFY2(joined(problems).contains(name),
                     qPrintable(name + QStringLiteral(" not named in: ") + joined(problems)));
    }

    void requiredWithDefaultNeedsNoValue()
    {
        const WorkflowDefinition definition = WorkflowDefinition::parse(
            "on:\n  workflow_dispatch:\n    inputs:\n      tier:\n        required: true\n"
            "        default: small\n");
        QCOMPARE(definition.check({}), QStringList()); // GitHub fills in the default
        QCOMPARE(definition.check(values({ QStringLiteral("tier=") })).size(), 1);
    }

    void refusesMoreValuesThanGitHubTakes()
    {
        QByteArray yaml("on:\n  workflow_dispatch:\n    inputs:\n");
        QStringList given;
        for (int i = 0; i < 26; ++i) {
            yaml += "      in" + QByteArray::number(i) + ":\n";
            given << QStringLiteral("in%1=x").arg(i);
        }
        const WorkflowDefinition definition = WorkflowDefinition::parse(yaml);
        QCOMPARE(definition.check(values(given.mid(0, 25))), QStringList());
        const QStringList problems = definition.check(values(given));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).contains(QStringLiteral("25")));
    }

    void buildsDispatchInputs_data()
    {
        QTest::addColumn<QStringList>("given");
        QTest::addColumn<QByteArray>("json");

        QTest::newRow("no values: GitHub applies every default")
            << QStringList() << QByteArray("{}");
        QTest::newRow("all strings, defaults not added")
            << list({ "version=1.4.2", "environment=production", "replicas=5" })
            << QByteArray(R"({"environment":"production","replicas":"5","version":"1.4.2"})");
        QTest::newRow("booleans spelled as GitHub does")
            << list({ "dry_run=TRUE" }) << QByteArray(R"({"dry_run":"true"})");
        QTest::newRow("number trimmed")
            << list({ "replicas= 7 " }) << QByteArray(R"({"replicas":"7"})");
        QTest::newRow("empty non-string left to the default")
            << list({ "replicas=", "dry_run=", "log_level=", "environment=" }) << QByteArray("{}");
        QTest::newRow("empty string kept: chosen over the default")
            << list({ "notes=" }) << QByteArray(R"({"notes":""})");
    }

    void buildsDispatchInputs()
    {
        QFETCH(QStringList, given);
        QFETCH(QByteArray, json);

        const WorkflowDefinition definition = parsedFile(QStringLiteral("deploy-all-types.yml"));
        const QJsonObject inputs = definition.dispatchInputs(values(given));
        QCOMPARE(QJsonDocument(inputs).toJson(QJsonDocument::Compact), json);
        for (const QJsonValue &value : inputs)
            QVERIFY(value.isString());
    }

    void namesTypesAsTheYamlDoes()
    {
        QCOMPARE(WorkflowDefinition::typeName(WorkflowInput::Type::Environment),
                 QStringLiteral("environment"));
        QCOMPARE(WorkflowDefinition::typeName(WorkflowInput::Type::Boolean),
                 QStringLiteral("boolean"));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowDefinition)
#include "TestWorkflowDefinition.moc"
