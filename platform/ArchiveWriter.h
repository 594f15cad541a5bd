#pragma once
// Writes a gzip-compressed tar archive (libarchive) to a file descriptor the caller opened, so
// the caller decides how the file is created (its mode, its name) and what happens to it after.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct archive;

namespace relayq {

class ArchiveWriter
{
    Q_DECLARE_TR_FUNCTIONS(relayq::ArchiveWriter)

public:
    ArchiveWriter();
    ~ArchiveWriter();
    ArchiveWriter(const ArchiveWriter &) = delete;
    ArchiveWriter &operator=(const ArchiveWriter &) = delete;

    // Starts the archive on `fd` (which stays the caller's to close).
    bool open(int fd);
    // One regular file: `name` inside the archive, its bytes, permission bits, mtime (seconds).
    bool addFile(const QString &name, const QByteArray &data, int permissions, qint64 mtime);
    // Writes the end of the archive and flushes the compressor.
    bool finish();
    // libarchive's own words for the last failure (English, for the detail part of a message).
    QString errorString() const { return m_error; }

private:
    bool fail();

    archive *m_archive = nullptr;
    QString m_error;
};

} // namespace relayq
