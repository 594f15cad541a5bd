#include "ArchiveWriter.h"

#include <archive.h>
#include <archive_entry.h>

namespace relayq {

ArchiveWriter::ArchiveWriter() : m_archive(archive_write_new()) { }

ArchiveWriter::~ArchiveWriter()
{
    // archive_write_free also closes when finish() was not reached; the caller deletes the file.
    archive_write_free(m_archive);
}

bool ArchiveWriter::fail()
{
    const char *text = archive_error_string(m_archive);
    m_error = text ? QString::fromLocal8Bit(text) : tr("libarchive gave no reason");
    return false;
}

bool ArchiveWriter::open(int fd)
{
    if (!m_archive) {
        m_error = tr("out of memory");
        return false;
    }
    // pax_restricted: plain ustar unless a name needs more, readable by every tar.
    if (archive_write_add_filter_gzip(m_archive) != ARCHIVE_OK
        || archive_write_set_format_pax_restricted(m_archive) != ARCHIVE_OK
        || archive_write_open_fd(m_archive, fd) != ARCHIVE_OK)
        return fail();
    return true;
}

bool ArchiveWriter::addFile(const QString &name, const QByteArray &data, int permissions,
                            qint64 mtime)
{
    archive_entry *entry = archive_entry_new();
    const QByteArray path = name.toUtf8();
    archive_entry_set_pathname(entry, path.constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, static_cast<mode_t>(permissions & 07777));
    archive_entry_set_size(entry, data.size());
    archive_entry_set_mtime(entry, static_cast<time_t>(mtime), 0);
    bool ok = archive_write_header(m_archive, entry) == ARCHIVE_OK;
    archive_entry_free(entry);
    if (ok && !data.isEmpty())
        ok = archive_write_data(m_archive, data.constData(), static_cast<size_t>(data.size()))
            == data.size();
    return ok ? true : fail();
}

bool ArchiveWriter::finish()
{
    return archive_write_close(m_archive) == ARCHIVE_OK ? true : fail();
}

} // namespace relayq
