#pragma once
// A workflow file of a simulated repository, with the runs-on labels its (single) job asks for.

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace relayq::sim {

struct SimWorkflow
{
    qint64 id = 0;
    QString repo; // "owner/repo"
    QString name; // display name, e.g. "Transcribe audio"
    QString path; // ".github/workflows/transcribe_audio.yml"
    QStringList labels; // runs-on of its job
    QDateTime createdAt;
    int nextRunNumber = 1;

    QString fileName() const { return path.section(QLatin1Char('/'), -1); }
};

} // namespace relayq::sim
