#include "ArchiveReader.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace relayq {

namespace {

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

QString errorOf(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : ArchiveReader::tr("libarchive gave no reason");
}

ArchiveEntry::Kind kindOf(archive_entry *entry)
{
    if (archive_entry_hardlink(entry) || archive_entry_symlink(entry))
        return ArchiveEntry::Kind::Link;
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG: return ArchiveEntry::Kind::File;
    case AE_IFDIR: return ArchiveEntry::Kind::Directory;
    case AE_IFLNK: return ArchiveEntry::Kind::Link;
    default: return ArchiveEntry::Kind::Other;
    }
}

// Reads the current entry's bytes; reading to the end is also what checks the gzip CRC.
bool readData(archive *a, ArchiveEntry &entry, QString &error)
{
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const la_ssize_t n
            = archive_read_data(a, buffer.data(), static_cast<size_t>(buffer.size()));
        if (n < 0) {
            error = errorOf(a);
            return false;
        }
        if (n == 0)
            return true;
        if (entry.data.size() + n > ArchiveReader::MaxEntrySize) {
            error = ArchiveReader::tr("entry %1 is larger than %2 bytes")
                        .arg(entry.name)
                        .arg(ArchiveReader::MaxEntrySize);
            return false;
        }
        entry.data.append(buffer.constData(), n);
    }
}

} // namespace

ArchiveContents ArchiveReader::read(const QString &path)
{
    ArchiveContents contents;
    ArchivePtr a(archive_read_new(), &archive_read_free);
    archive_read_support_filter_all(a.get());
    archive_read_support_format_tar(a.get());
    const QByteArray encoded = QFile::encodeName(path);
    if (archive_read_open_filename(a.get(), encoded.constData(), 64 * 1024) != ARCHIVE_OK) {
        contents.error = errorOf(a.get());
        return contents;
    }
    archive_entry *header = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(a.get(), &header)) == ARCHIVE_OK) {
        if (contents.entries.size() >= MaxEntries) {
            contents.error = tr("more than %1 entries").arg(MaxEntries);
            return contents;
        }
        ArchiveEntry entry;
        const char *name = archive_entry_pathname_utf8(header);
        entry.name
            = name ? QString::fromUtf8(name) : QFile::decodeName(archive_entry_pathname(header));
        entry.kind = kindOf(header);
        entry.size = archive_entry_size(header);
        entry.permissions = static_cast<int>(archive_entry_perm(header));
        if (entry.kind == ArchiveEntry::Kind::File && !readData(a.get(), entry, contents.error))
            return contents;
        contents.entries.append(entry);
    }
    if (status != ARCHIVE_EOF)
        contents.error = errorOf(a.get());
    return contents;
}

} // namespace relayq
