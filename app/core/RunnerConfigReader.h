#pragma once
// Reads a runner directory the way actions/runner wrote it: `.runner` (JSON, camelCase keys,
// UTF-8 BOM on some systems) and `.service` (one line: the service name). Nothing here throws or
// crashes on a bad file: what is wrong becomes a problem in words on the LocalRunner.

#include "LocalRunner.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace relayq {

class RunnerConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(relayq::RunnerConfigReader)

public:
    // Fills the `.runner` fields of `runner` from the file's bytes; adds a problem for malformed
    // JSON, a missing field or a field of the wrong type. Keys match case-insensitively.
    static void parseRunnerFile(const QByteArray &bytes, LocalRunner *runner);
    // The service name from `.service`: its first line, trimmed (BOM dropped).
    static QString parseServiceFile(const QByteArray &bytes);
    // Reads `.runner` and `.service` of `directory`. A directory without `.runner` yields a
    // LocalRunner with the problem "no .runner file: not a configured runner directory".
    static LocalRunner readDirectory(const QString &directory);
};

} // namespace relayq
