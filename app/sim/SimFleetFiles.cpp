// SimFleet's workflow files, branches and GHES switch: what the contents API serves and what
// a dispatch is checked against. The demo fleet's files are realistic; their declared inputs
// are written out by hand next to them (the simulator never parses YAML).

#include "SimFleet.h"

namespace relayq::sim {

namespace {

SimWorkflowFile demoFile(const char *yaml, bool dispatchable, const QStringList &inputs,
                         const QStringList &required)
{
    return { QByteArray(yaml), dispatchable, inputs, required };
}

} // namespace

bool SimFleet::setWorkflowFile(const QString &repo, const QString &idOrFile,
                               const SimWorkflowFile &file)
{
    ++m_revision;
    const std::optional<SimWorkflow> found = workflow(repo, idOrFile);
    if (!found)
        return false;
    m_workflows[found->id].file = file;
    return true;
}

void SimFleet::setDefaultBranch(const QString &repo, const QString &branch)
{
    ++m_revision;
    m_defaultBranches.insert(repoKey(repo), branch);
}

QString SimFleet::defaultBranch(const QString &repo) const
{
    return m_defaultBranches.value(repoKey(repo), QStringLiteral("main"));
}

bool SimFleet::hasRef(const QString &repo, const QString &ref) const
{
    const QString prefix = QStringLiteral("refs/heads/");
    const QString branch = ref.startsWith(prefix) ? ref.mid(prefix.size()) : ref;
    return branch == QLatin1String("main") || branch == defaultBranch(repo);
}

void SimFleet::setEnterprise(bool enterprise)
{
    ++m_revision;
    m_enterprise = enterprise;
}

bool SimFleet::isEnterprise() const
{
    return m_enterprise;
}

void SimFleet::loadDemoWorkflowFiles()
{
    ++m_revision;
    const QString repo = QStringLiteral("relayq-demo/media-jobs");
    setWorkflowFile(repo, QStringLiteral("transcribe_audio.yml"),
                    demoFile(R"(name: Transcribe audio

on:
  push:
    paths: ["audio/**"]
  workflow_dispatch:
    inputs:
      audio_url:
        description: "URL of the recording to transcribe"
        required: true
        type: string
      language:
        description: "Spoken language"
        type: choice
        options:
          - auto
          - en
          - de
          - fr
        default: auto
      diarize:
        description: "Label speakers"
        type: boolean
        default: false

jobs:
  transcribe:
    runs-on: [self-hosted, audio]
    timeout-minutes: 90
    steps:
      - uses: actions/checkout@v4
      - name: Transcribe
        run: ./scripts/transcribe.sh "${{ inputs.audio_url }}" "${{ inputs.language }}"
)",
                             true,
                             { QStringLiteral("audio_url"), QStringLiteral("language"),
                               QStringLiteral("diarize") },
                             { QStringLiteral("audio_url") }));
    setWorkflowFile(repo, QStringLiteral("summarize.yml"),
                    demoFile(R"(name: Summarize
on:
  workflow_dispatch:
    inputs:
      transcript:
        description: Path of the transcript in the bucket
        required: true
      max_words:
        description: Longest summary, in words
        type: number
        default: 200
      dry_run:
        description: Print the summary instead of publishing it
        type: boolean
        required: false
jobs:
  summarize:
    runs-on: [self-hosted, light]
    steps:
      - uses: actions/checkout@v4
      - run: python3 summarize.py --max-words "${{ inputs.max_words }}"
)",
                             true,
                             { QStringLiteral("transcript"), QStringLiteral("max_words"),
                               QStringLiteral("dry_run") },
                             { QStringLiteral("transcript") }));
    setWorkflowFile(repo, QStringLiteral("cleanup.yml"),
                    demoFile(R"(name: Cleanup
on:
  schedule:
    - cron: "17 3 * * *"
jobs:
  cleanup:
    runs-on: [self-hosted, verylight]
    steps:
      - run: find /srv/media/tmp -mtime +7 -delete
)",
                             false, {}, {}));
    setWorkflowFile(repo, QStringLiteral("render_video.yml"),
                    demoFile(R"(name: Render video
on: [push, workflow_dispatch]
jobs:
  render:
    runs-on: [self-hosted, gpu]
    steps:
      - uses: actions/checkout@v4
      - run: ./render.sh
)",
                             true, {}, {}));
}

} // namespace relayq::sim
