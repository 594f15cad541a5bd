#pragma once
// A workflow file of a simulated repository, with the runs-on labels its (single) job asks for.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace relayq::sim {

// The workflow's file as the contents API serves it, and what the simulator knows of its
// workflow_dispatch trigger. The simulator never parses the YAML (the client's parser must not
// be checked against itself): whoever sets the text also sets the trigger and inputs it declares.
struct SimWorkflowFile
{
    QByteArray yaml; // empty: never set (a minimal file is served, any inputs are accepted)
    bool dispatchable = true; // `on:` has workflow_dispatch
    QStringList inputs; // declared input names
    QStringList requiredInputs; // declared `required: true` without a default
};

struct SimWorkflow
{
    qint64 id = 0;
    QString repo; // "owner/repo"
    QString name; // display name, e.g. "Transcribe audio"
    QString path; // ".github/workflows/transcribe_audio.yml"
    QStringList labels; // runs-on of its job
    QDateTime createdAt;
    int nextRunNumber = 1;
    SimWorkflowFile file;

    QString fileName() const { return path.section(QLatin1Char('/'), -1); }
};

} // namespace relayq::sim
